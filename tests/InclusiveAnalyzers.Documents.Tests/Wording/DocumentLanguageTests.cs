using InclusiveAnalyzers.Documents.Wording;

namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A document declared in another language is read as that language: a catalog word that is an
/// ordinary word there ("lame": Romanian llamas, "sane": Italian healthy) is not a finding, while the
/// English terms such documents borrow (the master branch) still are. From the Open Source Guide's
/// translations (_articles/ro, _articles/it).
/// </summary>
public class DocumentLanguageTests
{
    private static string[] Flagged(string path, string text)
        => Lint.Scan(path, text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Theory]
    [InlineData("lang: ro", "Dacă începi să vorbești despre lame, ei se vor uita ciudat.")]
    [InlineData("lang: ro-RO", "Dacă începi să vorbești despre lame, ei se vor uita ciudat.")]
    [InlineData("language: fr", "Une lame bien affûtée coupe mieux.")]
    [InlineData("locale: it_IT", "Comunità sane e fiorenti alimentano l'open source.")]
    [InlineData("lang: \"it\"", "Comunità sane e fiorenti alimentano l'open source.")]
    [InlineData("lang: es", "La República Oriental del Uruguay.")]
    [InlineData("ms.contentlocale: fr-FR", "Une lame.")] // Microsoft Learn's translated repositories
    public void A_word_of_the_declared_language_is_not_a_finding(string declaration, string sentence)
    {
        Assert.Empty(Flagged("docs/guide.md", $"---\n{declaration}\ntitle: Ghid\n---\n\n{sentence}\n"));
    }

    [Theory]
    [InlineData("lang: ro", "Trimite modificările pe ramura master.", "master")] // borrowed English: still a finding
    [InlineData("lang: it", "Aggiungi l'host alla whitelist.", "whitelist")]
    [InlineData("lang: en", "That is a lame excuse.", "lame")] // English declared
    [InlineData("lang: en-GB", "That is a lame excuse.", "lame")]
    [InlineData("title: Guide", "That is a lame excuse.", "lame")] // nothing declared
    [InlineData("lang: it", "That is a lame excuse.", "lame")] // "lame" is no Italian word
    [InlineData("lang: 42", "That is a lame excuse.", "lame")] // not a language tag
    [InlineData("ms.contentlocale: en-US", "A lame excuse.", "lame")]
    [InlineData("ms.contentlocale: fr-FR", "Poussez sur la branche master.", "master")]
    public void Other_terms_and_other_languages_are_still_read(string declaration, string sentence, string expected)
    {
        Assert.Equal(new[] { expected }, Flagged("docs/guide.md", $"---\n{declaration}\n---\n\n{sentence}\n"));
    }

    [Fact]
    public void A_language_named_only_by_the_folder_is_not_a_declaration()
    {
        Assert.Equal(new[] { "lame" }, Flagged("_articles/ro/guide.md", "Dacă începi să vorbești despre lame.\n"));
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html lang=\"fr\"><body><p>Une lame bien affûtée.</p></body></html>\n")]
    [InlineData("<!DOCTYPE html>\n<!-- generated -->\n<html class='no-js' lang='ro-RO'><body><p>Despre lame.</p></body></html>\n")]
    [InlineData("<HTML xml:lang=fr><body><p>Une lame bien affûtée.</p></body></HTML>\n")]
    public void An_html_page_declares_its_language_on_its_html_tag(string html)
    {
        Assert.Empty(Flagged("site/page.html", html));
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html lang=\"en\"><body><p>A lame excuse.</p></body></html>\n")]
    [InlineData("<!DOCTYPE html>\n<html><body><p>A lame excuse.</p></body></html>\n")]
    [InlineData("<htmlx lang=\"fr\"><p>A lame excuse.</p></htmlx>\n")] // not an html tag
    [InlineData("<p lang=\"fr\">A lame excuse.</p>\n")] // only the page's own tag declares the page
    public void An_html_page_without_that_declaration_is_read_as_english(string html)
    {
        Assert.Equal(new[] { "lame" }, Flagged("site/page.html", html));
    }

    [Theory]
    [InlineData("<html lang=\"ro\">", "ro")]
    [InlineData("<!doctype html><html data-x=\"<\" lang=pt-BR>", "pt-BR")]
    [InlineData("<html\n  dir=\"ltr\"\n  lang = 'de' >", "de")]
    [InlineData("<html lang>", null)]
    [InlineData("<html lang=\"\">", null)]
    [InlineData("<head><html lang=\"fr\">", "fr")]
    [InlineData("no markup at all", null)]
    [InlineData("<html lang=\"fr\"", "fr")] // an unclosed tag still declares
    public void The_html_tag_language_is_read_from_its_attributes(string text, string? expected)
    {
        Assert.Equal(expected, DocumentLanguage.FromHtmlTag(text));
    }

    [Fact]
    public void The_html_tag_is_looked_for_only_near_the_start()
    {
        Assert.Null(DocumentLanguage.FromHtmlTag(new string(' ', 70_000) + "<html lang=\"fr\">"));
    }

    [Fact]
    public void The_file_name_follows_the_declared_language_too()
    {
        var findings = Lint.Scan("docs/lame.md", "---\nlang: ro\n---\n\nDespre animale.\n").Where(f => f.RuleId == "INCL203");
        Assert.Empty(findings);
        Assert.Single(Lint.Scan("docs/lame.md", "---\nlang: en\n---\n\nAbout animals.\n"), f => f.RuleId == "INCL203");
    }
}
