using System.Text.Json;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Catalog;

/// <summary>The checked-in rules.json and rules.schema.json, found from the test output folder.</summary>
internal static class CatalogFiles
{
    private static readonly Lazy<string> root = new(FindRepositoryRoot);
    private static readonly Lazy<IReadOnlyList<CatalogTerm>> terms = new(() => ReadTerms(ReadRules()));

    public static string RepositoryRoot => root.Value;

    public static string RulesPath => Path.Combine(RepositoryRoot, "rules.json");

    public static string SchemaPath => Path.Combine(RepositoryRoot, "rules.schema.json");

    public static string ReadRules() => File.ReadAllText(RulesPath);

    public static string ReadSchema() => File.ReadAllText(SchemaPath);

    /// <summary>The terms of the checked-in rules.json, read independently of the engine's loader.</summary>
    public static IReadOnlyList<CatalogTerm> Terms => terms.Value;

    public static IReadOnlyList<string> Allowed()
    {
        using var document = JsonDocument.Parse(ReadRules());
        return document.RootElement.TryGetProperty("allowed", out var allowed)
            ? allowed.EnumerateArray().Select(a => a.GetString()!).ToList()
            : new List<string>();
    }

    public static IReadOnlyList<CatalogTerm> ReadTerms(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("terms").EnumerateArray().Select(CatalogTerm.From).ToList();
    }

    // Walk up from the test binaries to the folder that holds the solution file.
    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InclusiveAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds InclusiveAnalyzers.sln.");
    }
}

/// <summary>One term as written in rules.json (missing optional fields take their documented defaults).</summary>
internal sealed record CatalogTerm(
    string Id,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Inflect,
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> Replacements,
    string Category,
    string Severity,
    bool? Enabled,
    string Reason,
    string Source,
    IReadOnlyList<string> Exceptions,
    bool Acronym = false)
{
    public bool IsEnabled => Enabled ?? true;

    public static CatalogTerm From(JsonElement e) => new(
        e.GetProperty("id").GetString()!,
        Strings(e, "words"),
        Strings(e, "inflect"),
        Strings(e, "forms"),
        Strings(e, "replacements"),
        e.GetProperty("category").GetString()!,
        e.GetProperty("severity").GetString()!,
        e.TryGetProperty("enabled", out var enabled) ? enabled.GetBoolean() : null,
        e.GetProperty("reason").GetString()!,
        e.GetProperty("source").GetString()!,
        Strings(e, "exceptions"),
        e.TryGetProperty("acronym", out var acronym) && acronym.GetBoolean());

    /// <summary>Every spelling the matcher looks for: words, their regular inflections, possessive s, and irregular forms.</summary>
    public IEnumerable<string> MatchedForms()
    {
        foreach (var word in Words)
        {
            yield return word;
            yield return word + "s";
            foreach (var form in Inflect)
            {
                yield return Inflector.Inflect(word, Enum.Parse<WordForm>(form, ignoreCase: true));
            }
        }

        foreach (var form in Forms)
        {
            yield return form;
        }
    }

    /// <summary>What the matcher compares: lowercase, with spaces and apostrophes removed (white list = whitelist).</summary>
    public static string Key(string phrase) => new(phrase.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    private static IReadOnlyList<string> Strings(JsonElement e, string name)
        => e.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(a => a.GetString()!).ToList() : Array.Empty<string>();
}
