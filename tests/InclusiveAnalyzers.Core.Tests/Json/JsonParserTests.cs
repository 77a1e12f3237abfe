using InclusiveAnalyzers.Core.Json;

namespace InclusiveAnalyzers.Core.Tests.Json;

public class JsonParserTests
{
    [Fact]
    public void Parses_values_with_positions()
    {
        var root = JsonParser.Parse("\uFEFF{\n  \"a\": [1, true, null, \"x\\n\\u0041\"],\n  \"b\": { \"c\": -2.5e1 }\n}");
        var a = root["a"]!;
        Assert.Equal((2, 8), (a.Line, a.Column));
        Assert.Equal(new[] { JsonKind.Number, JsonKind.Boolean, JsonKind.Null, JsonKind.String }, a.Items!.Select(i => i.Kind));
        Assert.Equal("x\nA", a.Items![3].String);
        Assert.Equal(-25, root["b"]!["c"]!.Number);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("{\"a\" 1}", 1, 6)]
    [InlineData("{\"a\": tru}", 1, 7)]
    [InlineData("[1 2]", 1, 4)]
    [InlineData("{} x", 1, 4)]
    [InlineData("/* open", 1, 8)]
    [InlineData("\"\\q\"", 1, 3)]
    public void Errors_carry_line_and_column(string json, int line, int column)
    {
        var e = Assert.Throws<JsonParseException>(() => JsonParser.Parse(json));
        Assert.Equal((line, column), (e.Line, e.Column));
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var e = Assert.Throws<JsonParseException>(() => JsonParser.Parse(new string('[', 100000)));
        Assert.Contains("nested deeper", e.Message);
    }
}
