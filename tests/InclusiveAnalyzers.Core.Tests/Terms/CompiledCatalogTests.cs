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
