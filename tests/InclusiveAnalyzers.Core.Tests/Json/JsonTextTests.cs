using InclusiveAnalyzers.Core.Json;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Core.Tests.Catalog;

namespace InclusiveAnalyzers.Core.Tests.Json;

/// <summary>
/// JSON read in pieces (the embedded catalog, so that none of it lands on the large object heap) must parse as the same
/// text in one string does, wherever the pieces end: inside strings, escapes, numbers, literals and comments.
/// </summary>
public class JsonTextTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(JsonText.DefaultPieceLength)]
    public void The_catalog_read_in_pieces_parses_as_one_string(int pieceLength)
    {
        var json = CatalogFiles.ReadRules();
        Assert.Equal(Describe(JsonParser.Parse(json)), Describe(JsonParser.Parse(JsonText.Read(new StringReader(json), pieceLength))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Escapes_numbers_literals_and_comments_across_piece_ends(int pieceLength)
    {
        const string json = "// note\n{ \"a\\u0041\\n\": [1.5e3, -2, true, false, null, \"x\\\\y\\\"z\"], /* c */ \"long\": \"abcdefghijklmnop\", }";
        Assert.Equal(Describe(JsonParser.Parse(json)), Describe(JsonParser.Parse(JsonText.Read(new StringReader(json), pieceLength))));
    }

    [Theory]
    [InlineData("{\"a\": tru}")]
    [InlineData("{\n  \"a\": [1 2]\n}")]
    [InlineData("\"\\q\"")]
    public void Errors_carry_the_same_line_and_column(string json)
    {
        var whole = Assert.Throws<JsonParseException>(() => JsonParser.Parse(json));
        var pieces = Assert.Throws<JsonParseException>(() => JsonParser.Parse(JsonText.Read(new StringReader(json), 2)));
        Assert.Equal((whole.Line, whole.Column, whole.Message), (pieces.Line, pieces.Column, pieces.Message));
    }

    [Fact]
    public void The_default_catalog_is_read_in_pieces_below_the_large_object_heap()
    {
        Assert.True(CatalogFiles.ReadRules().Length > 42_500, "the catalog now fits one small-object string: this guard can go");
        Assert.True(JsonText.DefaultPieceLength * sizeof(char) < 85_000);
        Assert.Equal(TermCatalog.Parse(CatalogFiles.ReadRules(), "rules.json", new List<InclusiveAnalyzers.Core.Configuration.ConfigError>()).Terms.Select(t => t.Id), TermCatalog.Default.Terms.Select(t => t.Id));
    }

    private static string Describe(JsonValue value) => value.Kind switch
    {
        JsonKind.Object => "{" + string.Join(",", value.Properties!.Select(p => p.Name + "@" + p.Line + ":" + p.Column + ":" + Describe(p.Value))) + "}",
        JsonKind.Array => "[" + string.Join(",", value.Items!.Select(Describe)) + "]",
        JsonKind.String => "\"" + value.String + "\"@" + value.Line + ":" + value.Column,
        JsonKind.Number => value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@" + value.Line + ":" + value.Column,
        _ => value.Kind + ":" + value.Boolean + "@" + value.Line + ":" + value.Column,
    };
}
