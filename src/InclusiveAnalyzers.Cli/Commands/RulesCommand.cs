using System.Text;
using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Reporting;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Cli.Commands;

/// <summary>
/// <c>inclusive rules</c>: every rule id and every term of the catalog in force (the default merged
/// with the nearest inclusive.json, or --config), as a table or JSON.
/// </summary>
public static class RulesCommand
{
    public static int Run(CliOptions options, CliConsole console)
    {
        var configPath = options.ConfigPath is null ? null : Path.GetFullPath(Path.Combine(console.WorkingDirectory, options.ConfigPath));
        var configuration = LoadedConfiguration.Load(configPath, console.WorkingDirectory);
        foreach (var problem in configuration.Problems)
        {
            console.Error.WriteLine($"inclusive: {problem.Path}:{problem.Line}:{problem.Column}: {problem.RuleId} {problem.Message}");
        }

        var terms = configuration.Settings.Catalog.Terms.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var isOn = IsOnFunction(configuration.Settings.Config?.Options ?? MatcherOptions.Empty);
        OutputTarget.Write(console, options.OutputPath, writer =>
        {
            if (options.Format == OutputFormat.Json)
            {
                WriteJson(writer, terms, isOn);
            }
            else
            {
                WriteText(writer, terms, isOn);
            }
        });

        return configuration.Problems.Count > 0 ? ExitCodes.UsageOrConfiguration : ExitCodes.Success;
    }

    /// <summary>Whether a term is reported under the configuration's top-level switches (path overrides aside), as the matcher decides.</summary>
    private static Func<Term, bool> IsOnFunction(MatcherOptions options)
    {
        var disabled = new HashSet<string>(options.Disable, StringComparer.OrdinalIgnoreCase);
        var enabled = new HashSet<string>(options.Enable, StringComparer.OrdinalIgnoreCase);
        var categoriesOff = new HashSet<string>(options.DisableCategories, StringComparer.OrdinalIgnoreCase);
        var categoriesOn = new HashSet<string>(options.EnableCategories, StringComparer.OrdinalIgnoreCase);
        return term => !disabled.Contains(term.Id)
            && (enabled.Contains(term.Id)
                || (term.Enabled && term.Severity > Severity.None && !categoriesOff.Contains(term.Category)
                    && (categoriesOn.Contains(term.Category) || Categories.EnabledByDefault(term.Category))));
    }

    private static void WriteText(TextWriter writer, IReadOnlyList<Term> terms, Func<Term, bool> isOn)
    {
        var rules = RuleCatalog.All;
        writer.WriteLine($"Rules ({rules.Count})");
        WriteTable(writer, new[] { "ID", "SEVERITY", "ON", "CATEGORY", "TITLE" }, rules.Select(r => new[]
        {
            r.Id, r.DefaultSeverity.ToName(), r.EnabledByDefault ? "yes" : "no", r.Category, r.Title,
        }));

        writer.WriteLine();
        writer.WriteLine($"Terms ({terms.Count})");
        WriteTable(writer, new[] { "TERM", "CATEGORY", "SEVERITY", "ON", "REPLACEMENTS" }, terms.Select(t => new[]
        {
            t.Id, t.Category, t.Severity.ToName(), isOn(t) ? "yes" : "no", string.Join(", ", t.Replacements),
        }));

        writer.WriteLine();
        writer.WriteLine("Help for a rule: " + RuleCatalog.HelpLinkBase + "ID.md");
    }

    private static void WriteTable(TextWriter writer, string[] header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header };
        all.AddRange(rows);
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(i == row.Length - 1 ? row[i] : row[i].PadRight(widths[i] + 2));
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }
    }

    private static void WriteJson(TextWriter writer, IReadOnlyList<Term> terms, Func<Term, bool> isOn) => JsonOutput.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("title", rule.Title);
            json.WriteString("category", rule.Category);
            json.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
            json.WriteBoolean("enabledByDefault", rule.EnabledByDefault);
            json.WriteBoolean("fixable", rule.Fixable);
            json.WriteString("description", rule.Description);
            json.WriteString("helpUri", rule.HelpLink);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("terms");
        foreach (var term in terms)
        {
            json.WriteStartObject();
            json.WriteString("id", term.Id);
            json.WriteStringArray("words", term.Words);
            json.WriteStringArray("replacements", term.Replacements);
            json.WriteString("category", term.Category);
            json.WriteString("severity", term.Severity.ToName());
            json.WriteBoolean("enabled", isOn(term));
            json.WriteString("reason", term.Reason);
            json.WriteString("source", term.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
