using System.Diagnostics;
using System.Text;
using CsCheck;

namespace InclusiveAnalyzers.Documents.Tests.Robustness;

/// <summary>
/// Property-based fuzzing (CsCheck) of the document checks and the fixer: Markdown and HTML made of
/// the pieces that matter to the parsers (containers, emphasis, links, raw HTML, tables, suppression
/// comments, terms), some repeated thousands of times for deep nesting and long runs. Every input
/// must be checked without an internal error, in bounded time, and <c>fix</c> must keep every
/// character outside the words it rewrites. Failures print the seed and the shrunk input.
/// </summary>
public class DocumentFuzzTests
{
    private const int Iterations = 60;
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(20); // CPU time per input, generous (Debug build)

    private static readonly string[] MarkdownPieces =
    {
        "# ", "## ", "- ", "* ", "+ ", "1. ", "  ", "    ", "\t", "> ", "\n", "\n\n", "\r\n", "*", "**", "_", "`", "```\n", "~~~\n",
        "[", "]", "](", ")", "![", "](a.png)", "<", ">", "<div>", "</div>", "<span>", "<img src=\"a.png\">", "<!--", "-->",
        "<!-- inclusive-disable -->", "<!-- inclusive-enable -->", "<!-- inclusive-disable-next-line -->", "|", "| a | b |\n|---|---|\n",
        "---\n", "{#id}", "&amp;", "\\", "http://x.org/master", "whitelist", "the blacklist", "master", "slaves", "sanity check",
        "simply", "Master", "WHITELIST", "é", "\u200B", "\uD83D\uDE00", "word ", ". ", "\0",
    };

    private static readonly string[] HtmlPieces =
    {
        "<!doctype html>", "<html lang=\"en\">", "<head><title>T</title></head>", "<body>", "</body>", "<div>", "</div>", "<p>", "</p>",
        "<ul>", "<li>", "</ul>", "<table>", "<tr>", "<th>", "<td>", "</td>", "</table>", "<caption>c</caption>", "<img src=\"a.png\">",
        "<img alt=\"\">", "<input id=\"a\">", "<input aria-labelledby=\"a b c\">", "<label for=\"a\">", "</label>", "<span id=\"b\">",
        "</span>", "<a href=\"x\">", "</a>", "<h1>", "</h1>", "<h4>", "</h4>", "<button>", "</button>", "<svg>", "</svg>", "<math>",
        "<script>", "</script>", "<style>", "<!--", "-->", "<!-- inclusive-disable-line -->", "role=\"button\"", "<div role=\"tab\">",
        "<select>", "<option>", "<textarea>", "&nbsp;", "&", "<", ">", "\"", "'", "\n", " ", "whitelist", "the blacklist", "master",
        "slave", "sanity check", "word", "é", "\uD800",
    };

    private static readonly string[] RazorPieces =
    {
        "@page \"/x\"\n", "@using X\n", "@inject IFoo Foo\n", "@model M\n", "@code {", "@functions {", "@{", "}", "{", "@if (a) {", "} else {",
        "@foreach (var x in xs) {", "@switch (k) {", "case 1:", "@try {", "} catch (E e) {", "@do {", "} while (x);", "@using (Html.BeginForm()) {",
        "@section Scripts {", "@(", ")", "@item.Name", "@await X.Y()", "@Assets[\"a.css\"]", "@*", "*@", "@* inclusive-disable-next-line *@", "@@",
        "a@b.org", "@:", "<text>", "</text>", "@<p>", "\"", "'", "$\"{", "@\"", "\"\"\"", "//", "/*", "*/", "<NavLink href=\"\">", "</NavLink>",
        "<InputText @bind-Value=\"m.X\" />", "<InputCheckbox />", "<InputSelect>", "</InputSelect>", "<HeadOutlet />", "<Counter />", "<Foo.Bar>",
        "<label asp-for=\"E\">", "<input asp-for=\"E\">", "<a asp-action=\"I\">", "<img alt=\"@x\">", "<button @onclick=\"() => n++\">",
        "<div />", "<html lang=\"en\">", "<head>", "</head>", "<script>", "</script>", "<p>", "</p>", "<h1>", "<h3>", "</h3>", "<", ">", "\n", " ",
        "whitelist", "the blacklist", "master", "é", "\uD800",
    };

    /// <summary>A document: pieces, each once or (sometimes) repeated up to 3,000 times.</summary>
    private static Gen<string> Document(string[] pieces) =>
        Gen.Select(Gen.OneOf(pieces), Gen.Frequency((12, Gen.Const(1)), (1, Gen.Int[2, 3_000])), (piece, times) => (piece, times))
            .Array[0, 40]
            .Select(parts =>
            {
                var sb = new StringBuilder();
                foreach (var (piece, times) in parts) for (var i = 0; i < times; i++) sb.Append(piece);
                return sb.ToString();
            });

    private static void Check(string path, string text)
    {
        // CPU time of this thread, not wall time: CI and busy machines share two cores.
        double started = Linearity.ThreadMilliseconds();
        var options = new DocumentScanOptions { MaxFindingsPerFile = int.MaxValue };
        var findings = new DocumentScanner(options).Scan(path, text);
        Assert.DoesNotContain(findings, f => f.RuleId == "INCL002" && f.Message.Contains("internal error"));

        var fixedText = DocumentFixer.Fix(path, text, new DocumentScanOptions());
        double spent = Linearity.ThreadMilliseconds() - started;
        Assert.True(spent < PerInput.TotalMilliseconds, $"took {spent:N0} ms of CPU for {text.Length:N0} characters");
        if (findings.Any(f => f.RuleId == "INCL002")) return; // not checked (too deep), so no spans to compare with
        KeepsEverythingOutsideTheRewrites(text, fixedText, findings.Where(f => f.RuleId == "INCL201" && f.Offset >= 0).OrderBy(f => f.Offset).ToList());
    }

    /// <summary>
    /// The fixed text is the original with some reported term spans replaced: the text between reported
    /// spans appears unchanged and in order, starting the text and ending it.
    /// </summary>
    internal static void KeepsEverythingOutsideTheRewrites(string original, string fixedText, IReadOnlyList<Core.Finding> spans)
    {
        if (ReferenceEquals(original, fixedText) || original == fixedText) return;
        Assert.True(spans.Count > 0, "fix changed a text with no finding");
        var position = 0;
        var cursor = 0;
        var segments = new List<string>();
        foreach (var span in spans)
        {
            if (span.Offset < cursor) continue; // overlapping: the first wins
            segments.Add(original.Substring(cursor, span.Offset - cursor));
            cursor = span.Offset + span.Length;
        }
        segments.Add(original.Substring(cursor));

        Assert.StartsWith(segments[0], fixedText, StringComparison.Ordinal);
        Assert.EndsWith(segments[^1], fixedText, StringComparison.Ordinal);
        position = segments[0].Length;
        for (var i = 1; i < segments.Count - 1; i++)
        {
            var at = fixedText.IndexOf(segments[i], position, StringComparison.Ordinal);
            Assert.True(at >= position && at - position <= 64, $"text between rewrites lost or moved: '{segments[i]}'");
            position = at + segments[i].Length;
        }
        Assert.True(fixedText.Length - segments[^1].Length >= position);
    }

    [Fact]
    public void Markdown_never_fails_and_fix_changes_only_terms()
        => Document(MarkdownPieces).Sample(text => Check("fuzz.md", text), iter: Iterations, threads: 1);

    [Fact]
    public void Html_never_fails_and_fix_changes_only_terms()
        => Document(HtmlPieces).Sample(text => Check("fuzz.html", text), iter: Iterations, threads: 1);

    [Fact]
    public void Razor_never_fails_and_fix_changes_only_terms()
    {
        var razor = Document(RazorPieces);
        razor.Sample(text => Check("Fuzz.razor", text), iter: Iterations, threads: 1);
        razor.Sample(text => Check("Fuzz.cshtml", text), iter: Iterations / 2, threads: 1);
    }

    [Fact]
    public void Plain_text_never_fails()
        => Document(MarkdownPieces.Concat(HtmlPieces).ToArray()).Sample(text => Check("fuzz.txt", text), iter: Iterations / 2, threads: 1);

    [Fact]
    public void Random_characters_never_fail()
        => Gen.String[Gen.Char, 0, 2_000].Sample(text => { Check("noise.md", text); Check("noise.html", text); Check("noise.razor", text); }, iter: Iterations, threads: 1);

    [Fact]
    public void The_rewrite_check_catches_a_lost_character()
    {
        var spans = new List<Core.Finding> { new("INCL201", Core.Severity.Warning, "m", "a.md", 1, 5, 1, 14) { Offset = 4, Length = 9 } };
        KeepsEverythingOutsideTheRewrites("The whitelist here.", "The allowlist here.", spans);
        Assert.ThrowsAny<Exception>(() => KeepsEverythingOutsideTheRewrites("The whitelist here.", "The allowlist her.", spans));
        Assert.ThrowsAny<Exception>(() => KeepsEverythingOutsideTheRewrites("The whitelist here.", "Th allowlist here.", spans));
    }
}
