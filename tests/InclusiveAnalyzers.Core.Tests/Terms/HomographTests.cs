using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// "homographs": the languages in which a catalog word's spelling is an ordinary word of its own
/// ("lame": Romanian llamas). Read from rules.json and inclusive.json; matched on a tag's primary subtag.
/// </summary>
public class HomographTests
{
    [Theory]
    [InlineData("ro", "ro")]
    [InlineData("pt-BR", "pt")]
    [InlineData("zh_Hans", "zh")]
    [InlineData(" EN ", "en")]
    [InlineData("fil", "fil")]
    [InlineData("", "")]
    [InlineData("r", "")]
    [InlineData("1ro", "")]
    [InlineData("ro RO", "")]
    [InlineData("ro.utf8", "")]
    public void The_primary_subtag_is_the_leading_letters_before_a_hyphen_or_underscore(string tag, string expected)
    {
        Assert.Equal(expected, LanguageTags.Primary(tag));
    }

    [Theory]
    [InlineData("lame", "ro", true)]
    [InlineData("lame", "ro-RO", true)]
    [InlineData("lame", "FR", true)]
    [InlineData("lame", "en", false)]
    [InlineData("lame", "it", false)]
    [InlineData("sane", "it_IT", true)]
    [InlineData("oriental", "es", true)]
    [InlineData("pronoun-her", "da", true)]
    [InlineData("master", "it", false)] // the git branch name is borrowed as it is: still a finding in Italian
    [InlineData("slave", "fr", false)] // French tech writing borrows master/slave: no homograph entry
    public void Default_catalog_terms_know_the_languages_their_spelling_belongs_to(string id, string language, bool expected)
    {
        Assert.Equal(expected, TermCatalog.Default.Find(id)!.IsWordOf(language));
    }

    [Fact]
    public void No_language_declared_is_never_a_homograph()
    {
        Assert.False(TermCatalog.Default.Find("lame")!.IsWordOf(null));
        Assert.False(TermCatalog.Default.Find("lame")!.IsWordOf(""));
    }

    [Fact]
    public void Inclusive_json_can_add_homographs_to_a_term_and_keeps_its_other_fields()
    {
        var errors = new List<ConfigError>();
        var config = InclusiveConfig.Parse("""{ "terms": [ { "id": "master", "homographs": { "it": "master's degree" } } ] }""", "inclusive.json", errors);
        Assert.Empty(errors);
        var term = config.Terms.Single(t => t.Id == "master");
        Assert.True(term.IsWordOf("it"));
        Assert.Equal("master's degree", term.Homographs["it"]);
        Assert.Contains("master's degree", term.Exceptions); // the catalog's fields are kept
    }

    [Fact]
    public void An_override_without_homographs_keeps_the_catalogs()
    {
        var errors = new List<ConfigError>();
        var config = InclusiveConfig.Parse("""{ "terms": [ { "id": "lame", "severity": "warning" } ] }""", "inclusive.json", errors);
        Assert.Empty(errors);
        Assert.True(config.Terms.Single(t => t.Id == "lame").IsWordOf("ro"));
    }

    [Fact]
    public void Bad_homograph_entries_are_reported_with_their_position_and_skipped()
    {
        var errors = new List<ConfigError>();
        var config = InclusiveConfig.Parse(
            """{ "terms": [ { "id": "lame", "homographs": { "Romanian": "llamas", "en": "weak", "it": "", "fr": 3, "es": "blades" } } ] }""",
            "inclusive.json", errors);
        Assert.Contains(errors, e => e.Message.Contains("'Romanian' is ignored") && e.Line == 1);
        Assert.Contains(errors, e => e.Message.Contains("cannot name English"));
        Assert.Contains(errors, e => e.Message.Contains("\"homographs\".it needs what the word means"));
        Assert.Contains(errors, e => e.Message.Contains("\"homographs\".fr"));
        Assert.Equal(4, errors.Count);
        var term = config.Terms.Single(t => t.Id == "lame");
        Assert.Equal(new[] { "es" }, term.Homographs.Keys);
    }

    [Fact]
    public void Homographs_that_are_not_an_object_are_an_error()
    {
        var errors = new List<ConfigError>();
        InclusiveConfig.Parse("""{ "terms": [ { "id": "lame", "homographs": ["ro"] } ] }""", "inclusive.json", errors);
        Assert.Single(errors);
        Assert.Contains("homographs", errors[0].Message);
    }
}
