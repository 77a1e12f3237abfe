using Xunit;

namespace InclusiveAnalyzers.Tests.Verifiers.Tests;

public class MarkupParserTests
{
    [Fact]
    public void StripsAllThreeKindsAndRecordsSpans()
    {
        var (text, spans) = MarkupParser.Parse("a [|bc|] {|INCL101:de|} {|#0:f|}");

        Assert.Equal("a bc de f", text);
        Assert.Collection(
            spans,
            s => Assert.Equal((null, 2, 4), (s.Key, s.Span.Start, s.Span.End)),
            s => Assert.Equal(("INCL101", 5, 7), (s.Key, s.Span.Start, s.Span.End)),
            s => { Assert.Equal(("#0", 8, 9), (s.Key, s.Span.Start, s.Span.End)); Assert.True(s.IsNamedLocation); });
    }

    [Fact]
    public void NestedMarkupKeepsBothSpans()
    {
        var (text, spans) = MarkupParser.Parse("{|#1:x[|yz|]|}");

        Assert.Equal("xyz", text);
        Assert.Equal(new[] { (0, 3), (1, 3) }, spans.Select(s => (s.Span.Start, s.Span.End)));
    }

    [Theory]
    [InlineData("a [|b")]
    [InlineData("a |] b")]
    [InlineData("[|a|}")]
    [InlineData("{|:x|}")]
    [InlineData("{|no colon")]
    public void UnbalancedOrMalformedMarkupIsRejected(string input)
    {
        var error = Assert.Throws<VerifierException>(() => MarkupParser.Parse(input));
        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void TextWithoutMarkupIsUnchanged()
    {
        const string code = "class C { int[] a = { 1 }; bool b = true | false; }";
        Assert.Equal(code, MarkupParser.Parse(code).Text);
    }
}
