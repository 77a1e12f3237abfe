using InclusiveAnalyzers.Documents.Wording;

namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>A parameter's type in braces (node's API docs), which Markdig would drop as generic attributes, is text.</summary>
public class TypeBracesTests
{
    [Theory]
    [InlineData("{AbortSignal}", true)]
    [InlineData("{string}", true)]
    [InlineData("{#event-end}", false)] // a heading's id
    [InlineData("{.note}", false)] // a class
    [InlineData("{lang=en}", false)] // an attribute with a value
    [InlineData("{}", false)]
    [InlineData("{1}", false)]
    public void Only_a_bare_name_in_braces_is_a_type(string text, bool expected)
        => Assert.Equal(expected, TypeBraces.IsTypeName(text, 0, text.Length));

    [Fact]
    public void A_word_after_a_class_attribute_is_still_read()
    {
        const string text = "# API\n\n* `signal` {.note} aborted if the stream is destroyed.\n";
        var flagged = Lint.Scan("docs/api.md", text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length));
        Assert.Equal(new[] { "aborted" }, flagged);
    }
}
