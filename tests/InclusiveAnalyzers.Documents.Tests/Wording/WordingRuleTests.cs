using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Documents.Tests.Wording;

public class WordingRuleTests
{
    private static string[] Flagged(string path, string text, string? config = null, string rule = "INCL201")
        => Lint.Scan(path, text, config).Where(f => f.RuleId == rule).Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Fact]
    public void Findings_carry_term_replacements_and_exact_position()
    {
        const string text = "# Setup\n\nAdd the host to the whitelist first.\n";
        var finding = Lint.Markdown(text).Single(f => f.RuleId == "INCL201");
        Assert.Equal("whitelist", finding.Term);
        Assert.Equal("allowlist", finding.Replacements![0]);
        Assert.Equal((3, 21, 3, 30), (finding.Line, finding.Column, finding.EndLine, finding.EndColumn));
        Assert.Contains("'allowlist'", finding.Message);
    }

    [Theory]
    [InlineData("Use `master` here.")]
    [InlineData("```\ngit push origin master\n```")]
    [InlineData("    git push origin master")]
    [InlineData("See [the docs](https://example.org/blob/master/README.md).")]
    [InlineData("<https://example.org/master>")]
    [InlineData("[guide][ref]\n\n[ref]: https://example.org/master")]
    [InlineData("<a href=\"/master\" class=\"master\">Guide</a>")]
    [InlineData("<pre>master</pre>")]
    [InlineData("<code>slave</code>")]
    [InlineData("<!-- master -->")]
    public void Never_in_code_urls_destinations_or_unread_attributes(string markdown)
    {
        Assert.Empty(Flagged("doc.md", markdown + "\n"));
    }

    [Theory]
    [InlineData("[the master list](https://example.org)", "master")]
    [InlineData("![The master node dashboard](a.png)", "master")]
    [InlineData("<img src=\"a.png\" alt=\"whitelist settings\">", "whitelist")]
    [InlineData("<abbr title=\"the master switch\">MS</abbr>", "master")]
    [InlineData("<input aria-label=\"Blacklist\" placeholder=\"blacklisted hosts\">", "Blacklist")]
    [InlineData("<details><summary>Whitelist setup</summary>Text</details>", "Whitelist")]
    [InlineData("| Role | Node |\n|---|---|\n| primary | master |", "master")]
    [InlineData("> Note: the slave restarts.", "slave")]
    [InlineData("## Master node", "Master")]
    public void Read_text_is_checked(string markdown, string expected)
    {
        Assert.Contains(expected, Flagged("doc.md", markdown + "\n"));
    }

    // From review 14: Erlang/OTP's generated index titles each entry with its anchor, and names it with its arity.
    [Theory]
    [InlineData("<li title=\"abort-2\"><a href=\"gen_sctp.html#abort-2\">abort/2</a></li>")]
    [InlineData("<li title=\" slave_1 \">x</li>")]
    public void An_attribute_holding_one_numbered_identifier_is_not_read(string html)
    {
        Assert.Empty(Flagged("page.html", "<html lang=\"en\"><body>" + html + "</body></html>\n"));
    }

    [Theory]
    [InlineData("<li title=\"abort-all\">x</li>", "abort")]          // no number: a word
    [InlineData("<li title=\"abort 2 jobs\">x</li>", "abort")]       // a phrase
    [InlineData("<img src=\"a.png\" alt=\"whitelist-2\u00A0hosts\">", "whitelist")]
    [InlineData("<li title=\"abort-2\"><a href=\"#abort-2\">abort the job</a></li>", "abort")]
    public void Attributes_and_text_that_are_words_are_still_read(string html, string expected)
    {
        Assert.Contains(expected, Flagged("page.html", "<html lang=\"en\"><body>" + html + "</body></html>\n"));
    }

    [Theory]
    [InlineData("master-slave replication", "master-slave")]
    [InlineData("a sanity-check pass", "sanity-check")]
    [InlineData("40 man-hours", "man-hours")]
    [InlineData("the white list", "white list")]
    public void Hyphenated_and_spaced_forms(string prose, string expected)
    {
        Assert.Contains(expected, Flagged("doc.md", prose + "\n"));
    }

    [Fact]
    public void Phrase_split_over_two_lines_of_a_paragraph_is_found()
    {
        Assert.Contains("sanity\ncheck", Flagged("doc.md", "Run a sanity\ncheck first.\n"));
    }

    [Fact]
    public void Phrase_across_paragraphs_or_heading_and_text_is_not_joined()
    {
        Assert.Empty(Flagged("doc.md", "Run a sanity\n\ncheck first.\n"));
        Assert.Empty(Flagged("doc.md", "# Sanity\ncheck first.\n"));
    }

    [Fact]
    public void Emphasis_inside_a_phrase_still_matches()
    {
        Assert.Single(Flagged("doc.md", "Run a **sanity** check.\n"));
    }

    [Fact]
    public void Html_files_check_text_and_read_attributes_only()
    {
        const string html = "<html lang=\"en\"><head><title>Master guide</title><script>var slave = 1;</script><style>.master{}</style></head>" +
                            "<body><h1 class=\"master\">Blacklist</h1><p data-x=\"slave\">Text</p></body></html>";
        var flagged = Flagged("page.html", html);
        Assert.Equal(new[] { "Master", "Blacklist" }, flagged);
    }

    [Fact]
    public void Plain_text_files_are_prose()
    {
        Assert.Equal(new[] { "whitelist" }, Flagged("NOTES.txt", "Update the whitelist.\n"));
    }

    [Fact]
    public void Front_matter_title_is_prose_other_keys_are_not()
    {
        var flagged = Flagged("doc.md", "---\ntitle: Master guide\nlayout: master\n---\n\nText.\n");
        Assert.Equal(new[] { "Master" }, flagged);
    }

    [Fact]
    public void Term_severity_is_used_unless_the_rule_severity_is_configured()
    {
        var tier1 = Lint.Markdown("The whitelist.\n").Single(f => f.RuleId == "INCL201");
        Assert.Equal(Severity.Warning, tier1.Severity);
        var tier3 = Lint.Markdown("It can hallucinate.\n").Single(f => f.RuleId == "INCL201");
        Assert.Equal(Severity.Suggestion, tier3.Severity);
        var configured = Lint.Markdown("It can hallucinate.\n", config: """{ "rules": { "INCL201": "error" } }""").Single(f => f.RuleId == "INCL201");
        Assert.Equal(Severity.Error, configured.Severity);
        Assert.Empty(Lint.Markdown("The whitelist.\n", config: """{ "rules": { "INCL201": "none" } }"""));
    }

    [Fact]
    public void Config_allow_disable_and_path_overrides_apply()
    {
        Assert.Empty(Flagged("doc.md", "The master key opens it.\n", """{ "allow": ["master key"] }"""));
        Assert.Empty(Flagged("doc.md", "The whitelist.\n", """{ "disable": ["whitelist"] }"""));
        const string overrides = """{ "overrides": [ { "files": ["legacy/**"], "disable": ["whitelist"] }, { "files": ["CHANGELOG.md"], "rules": { "INCL201": "none" } } ] }""";
        Assert.Empty(Flagged("legacy/notes.md", "The whitelist.\n", overrides));
        Assert.Empty(Flagged("CHANGELOG.md", "The whitelist.\n", overrides));
        Assert.Single(Flagged("docs/notes.md", "The whitelist.\n", overrides));
    }

    [Fact]
    public void Condescending_words_are_INCL202_and_off_by_default()
    {
        const string text = "Simply run the installer.\n";
        Assert.DoesNotContain(Lint.Markdown(text), f => f.RuleId == "INCL202");
        var on = Lint.Markdown(text, config: """{ "rules": { "INCL202": "suggestion" } }""").Single(f => f.RuleId == "INCL202");
        Assert.Equal("Simply", text.Substring(on.Offset, on.Length));
        Assert.Equal(Severity.Suggestion, on.Severity);
        var byCategory = Lint.Markdown(text, config: """{ "categories": { "condescending": true } }""");
        Assert.Contains(byCategory, f => f.RuleId == "INCL202");
        var offAgain = Lint.Markdown(text, config: """{ "categories": { "condescending": true }, "rules": { "INCL202": "none" } }""");
        Assert.DoesNotContain(offAgain, f => f.RuleId == "INCL202");
    }

    [Theory]
    [InlineData("docs/whitelist.md", "whitelist")]
    [InlineData("docs/master-slave-setup.md", "master-slave")]
    [InlineData("guides/Blacklisted_Hosts.html", "Blacklisted")]
    public void File_names_with_terms_are_INCL203(string path, string term)
    {
        var finding = Lint.Scan(path, "Nothing to see.\n").Single(f => f.RuleId == "INCL203");
        Assert.Equal(0, finding.Line);
        Assert.Contains(term, finding.Message);
        Assert.NotNull(finding.Replacements);
    }

    [Fact]
    public void Plain_file_names_are_fine()
    {
        Assert.DoesNotContain(Lint.Scan("docs/mastery-guide.md", "Text.\n"), f => f.RuleId == "INCL203");
        Assert.DoesNotContain(Lint.Scan("docs/allowlist.md", "Text.\n"), f => f.RuleId == "INCL203");
    }
}
