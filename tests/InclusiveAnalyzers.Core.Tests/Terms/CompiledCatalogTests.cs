using System.Globalization;
using System.Text;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Core.Tests.Catalog;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// The compiled catalog the build embeds (CompiledCatalog, written by the catalog compiler from rules.json) must be the
/// catalog rules.json says, field by field, and a form of another layout must fall back to rules.json.
/// </summary>
public class CompiledCatalogTests
{
    // Every field a term, its contexts and the catalog carry.
    private const string EveryField = """
        {
          "terms": [
            { "id": "first", "words": ["first word", "firstword"], "inflect": ["plural", "past", "gerund", "agent"], "forms": ["firsted"],
              "replacements": ["one", "two"], "category": "ableist", "severity": "error", "enabled": false, "reason": "why",
              "source": "where", "exceptions": ["first word aside"], "acronym": true, "glued": true,
              "senses": [ { "before": ["to"], "note": "the verb" } ],
              "names": [ { "near": ["sql server", "msdb"], "after": ["database"] } ],
              "contexts": [ { "near": ["kubernetes"], "replacements": ["control plane"], "note": "k8s" } ],
              "homographs": { "ro": "a word", "it": "another" } },
            { "id": "second", "words": ["second"], "replacements": [], "category": "gendered", "reason": "", "source": "" }
          ],
          "allowed": ["first word here", "second helper"]
        }
        """;

    [Fact]
    public void The_embedded_compiled_catalog_is_rules_json_field_by_field()
    {
        var fromJson = TermCatalog.Parse(CatalogFiles.ReadRules(), "rules.json", new List<ConfigError>());
        using var stream = typeof(TermCatalog).Assembly.GetManifestResourceStream(CompiledCatalog.ResourceName);
        Assert.NotNull(stream);
        var compiled = CompiledCatalog.TryRead(stream!);
        Assert.NotNull(compiled);
        Assert.Equal(Describe(fromJson), Describe(compiled!));
        Assert.Equal(Describe(fromJson), Describe(TermCatalog.Default));
    }

    [Fact]
    public void Every_field_survives_writing_and_reading()
    {
        var errors = new List<ConfigError>();
        var catalog = TermCatalog.Parse(EveryField, "every.json", errors);
        Assert.Empty(errors);
        var read = CompiledCatalog.TryRead(new MemoryStream(Write(catalog)));
        Assert.NotNull(read);
        Assert.Equal(Describe(catalog), Describe(read!));
        Assert.Contains("homographs it=another, ro=a word", Describe(read!), StringComparison.Ordinal);
        Assert.Equal("first", read!.Find("FIRST")?.Id);
    }

    [Fact]
    public void A_form_of_another_layout_version_is_not_read()
    {
        var bytes = Write(TermCatalog.Parse(EveryField, "every.json", new List<ConfigError>()));
        int version = "inclusive-catalog".Length + 1;
        bytes[version]++;
        Assert.Null(CompiledCatalog.TryRead(new MemoryStream(bytes)));
    }

    [Fact]
    public void Another_file_or_a_catalog_cut_short_is_not_read()
    {
        var bytes = Write(TermCatalog.Parse(EveryField, "every.json", new List<ConfigError>()));
        Assert.Null(CompiledCatalog.TryRead(new MemoryStream(Encoding.UTF8.GetBytes("{ \"terms\": [] }"))));
        Assert.Null(CompiledCatalog.TryRead(new MemoryStream(Array.Empty<byte>())));
        for (int length = 1; length < bytes.Length; length += 7)
        {
            Assert.Null(CompiledCatalog.TryRead(new MemoryStream(bytes, 0, length)));
        }
    }

    [Fact]
    public void Without_the_compiled_form_the_default_catalog_is_read_from_rules_json()
    {
        Assert.Equal(Describe(TermCatalog.Default), Describe(TermCatalog.LoadDefaultJson()));
    }

    [Fact]
    public void The_embedded_trie_is_the_one_the_matcher_builder_makes_from_rules_json()
    {
        var trie = TermCatalog.Default.CompiledTrie;
        Assert.NotNull(trie);
        string built = Describe(MatcherBuilder.BuildTrie(TermCatalog.LoadDefaultJson(), MatcherOptions.Empty));
        Assert.Equal(built, Describe(trie!));
        Assert.True(built.Length > 10_000, "the catalog's trie should hold thousands of keys");
    }

    [Fact]
    public void A_read_catalog_matches_with_its_compiled_trie_as_the_built_one_does()
    {
        var catalog = TermCatalog.Parse(EveryField, "every.json", new List<ConfigError>());
        var read = CompiledCatalog.TryRead(new MemoryStream(Write(catalog)))!;
        Assert.NotNull(read.CompiledTrie);
        Assert.Equal(Describe(MatcherBuilder.BuildTrie(catalog, MatcherOptions.Empty)), Describe(read.CompiledTrie!));
        const string text = "the second helper, then second thoughts"; // the allowed phrase shields the first
        Assert.Equal(Matches(TermMatcher.Create(catalog), text), Matches(TermMatcher.Create(read), text));
        Assert.Equal("second@24", Matches(TermMatcher.Create(read), text));
    }

    [Fact]
    public void Switches_and_a_users_terms_get_a_trie_of_their_own()
    {
        const string text = "keep the whitelist";
        Assert.Equal("whitelist@9", Matches(TermMatcher.Create(TermCatalog.Default), text));
        Assert.Equal(string.Empty, Matches(TermMatcher.Create(TermCatalog.Default, new MatcherOptions { Disable = new[] { "whitelist" } }), text));
        Assert.Equal(string.Empty, Matches(TermMatcher.Create(TermCatalog.Default, new MatcherOptions { Allow = new[] { "the whitelist" } }), text));
        var merged = TermCatalog.Default.Merge(Array.Empty<Term>(), new[] { "keep the whitelist" });
        Assert.Null(merged.CompiledTrie);
        Assert.Equal(string.Empty, Matches(TermMatcher.Create(merged), text));
    }

    [Fact]
    public void A_config_without_terms_of_its_own_keeps_the_default_catalog_and_its_trie()
    {
        var errors = new List<ConfigError>();
        var plain = InclusiveSettings.Create(InclusiveConfig.Parse("{ }", "inclusive.json", errors));
        var withTerms = InclusiveSettings.Create(InclusiveConfig.Parse(
            """{ "terms": [ { "id": "sunset", "words": ["sunset"], "replacements": ["retire"], "category": "sensitive", "severity": "warning" } ] }""", "inclusive.json", errors));
        Assert.Empty(errors);
        Assert.Same(TermCatalog.Default, plain.Catalog);
        Assert.NotSame(TermCatalog.Default, withTerms.Catalog);
        Assert.Equal("sunset@4", Matches(withTerms.GetMatcher(), "the sunset date"));
        Assert.Equal("whitelist@4", Matches(plain.GetMatcher(), "the whitelist"));
    }

    private static string Matches(TermMatcher matcher, string text)
    {
        List<TermMatch>? matches = null;
        matcher.FindInProse(text, 0, text.Length, ref matches);
        return string.Join(", ", (matches ?? new List<TermMatch>()).Select(m => m.Term.Id + "@" + m.Start.ToString(CultureInfo.InvariantCulture)));
    }

    // Preorder: each key path with its entry (term, form, severity, reportable, capitals), children in the order added.
    private static string Describe(TermTrie trie)
    {
        var text = new StringBuilder();
        Walk(trie.Root, string.Empty);
        return text.ToString();

        void Walk(TermTrie.Node node, string path)
        {
            if (node.Entry is { } e)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{path}: {e.Term?.Id ?? "(shield)"} {e.Form} {e.Severity} {e.Reportable} {e.ExactText}");
            }

            for (int i = 0; i < node.ChildCount; i++)
            {
                Walk(node.ChildAt(i), path + node.KeyAt(i));
            }
        }
    }

    private static byte[] Write(TermCatalog catalog)
    {
        using var stream = new MemoryStream();
        CompiledCatalog.Write(catalog, stream);
        return stream.ToArray();
    }

    private static string Describe(TermCatalog catalog)
    {
        var text = new StringBuilder();
        foreach (var t in catalog.Terms)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"term {t.Id}: words {List(t.Words)}; inflect {string.Join("|", t.Inflections)}; forms {List(t.IrregularForms)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  replacements {List(t.Replacements)}; {t.Category}; {t.Severity}; enabled {t.Enabled}; acronym {t.Acronym}; glued {t.Glued}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  reason {t.Reason}; source {t.Source}; exceptions {List(t.Exceptions)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  senses {Contexts(t.Senses)}; names {Contexts(t.Names)}; contexts {Contexts(t.Contexts)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  homographs {string.Join(", ", t.Homographs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"allowed {List(catalog.Allowed)}");
        return text.ToString();
    }

    private static string List(IReadOnlyList<string> items) => "[" + string.Join("|", items) + "]";

    private static string Contexts(IReadOnlyList<TermContext> contexts)
        => string.Join(" ", contexts.Select(c => $"(before {List(c.Before)} after {List(c.After)} near {List(c.Near)} replacements {List(c.Replacements)} note {c.Note})"));
}
