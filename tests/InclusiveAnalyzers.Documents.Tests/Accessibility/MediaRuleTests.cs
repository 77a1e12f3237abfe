namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

public class MediaRuleTests
{
    [Theory]
    [InlineData("<video src=\"a.mp4\" autoplay></video>", true)]
    [InlineData("<video src=\"a.mp4\" autoplay muted><track kind=\"captions\" src=\"a.vtt\"></video>", false)]
    [InlineData("<audio src=\"a.mp3\" autoplay></audio>", true)]
    [InlineData("<audio src=\"a.mp3\" controls></audio>", false)]
    public void Autoplay_is_reported_unless_muted_with_captions(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL371", 1);
        else findings.HasNot("INCL371");
    }

    [Fact]
    public void Captions_track_kind_is_case_insensitive()
    {
        Lint.Html("<video src=\"a.mp4\"><track kind=\"Captions\" src=\"a.vtt\"></video>\n").HasNot("INCL370");
    }

    [Fact]
    public void Video_in_markdown_raw_html()
    {
        Lint.Markdown("# Demo\n\n<video src=\"demo.mp4\" controls></video>\n").Exactly("INCL370", 3);
    }
}
