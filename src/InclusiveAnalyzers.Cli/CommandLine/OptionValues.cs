using System.CommandLine.Parsing;
using System.Globalization;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.CommandLine;

/// <summary>
/// The values our options take that System.CommandLine cannot read by type (case-insensitive formats and
/// levels, sizes with units, bounded counts). Each reader reports a mistake as a parse error in its own
/// words, which the program prints with exit code 2.
/// </summary>
internal static class OptionValues
{
    /// <summary>The names a command's --format accepts, in the order help and completion list them.</summary>
    public static readonly string[] ScanFormats = { "text", "json", "sarif", "github" };
    public static readonly string[] RulesFormats = { "text", "json" };
    public static readonly string[] ReportFormats = { "html", "json" };
    public static readonly string[] FailOnLevels = { "error", "warning", "suggestion", "none" };

    /// <summary>A --format value for <paramref name="command"/>; text is report's old name for html.</summary>
    public static OutputFormat? Format(ArgumentResult result, string command)
    {
        var value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        OutputFormat? format = value.ToLowerInvariant() switch
        {
            "text" => command == "report" ? OutputFormat.Html : OutputFormat.Text,
            "json" => OutputFormat.Json,
            "sarif" => OutputFormat.Sarif,
            "github" => OutputFormat.GitHub,
            "html" => OutputFormat.Html,
            _ => null,
        };

        string? problem = (command, format) switch
        {
            ("report", null) => $"unknown format '{value}'; use html or json.",
            ("report", not (OutputFormat.Html or OutputFormat.Json)) => "'report' writes html (the default) or json.",
            ("report", _) => null,
            (_, null) => $"unknown format '{value}'; use text, json, sarif or github.",
            (_, OutputFormat.Html) => $"'{command}' has no html format; 'inclusive report' writes the page.",
            ("rules", OutputFormat.Sarif or OutputFormat.GitHub) => "'rules' prints text or json.",
            _ => null,
        };

        if (problem != null)
        {
            result.AddError(problem);
            return default;
        }

        return format!.Value;
    }

    public static Severity? FailOn(ArgumentResult result)
    {
        var value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        if (SeverityNames.TryParse(value, out var severity) && severity != Severity.Silent)
        {
            return severity;
        }

        result.AddError($"unknown --fail-on level '{value}'; use error, warning, suggestion or none.");
        return Severity.Warning;
    }

    /// <summary>A whole number from 1 to 1,000 (--history).</summary>
    public static int HistoryPoints(ArgumentResult result)
    {
        var value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 1000)
        {
            return count;
        }

        result.AddError($"--history '{value}' is not a number of points from 1 to 1000.");
        return 0;
    }

    public static long? MaxFileBytes(ArgumentResult result)
    {
        var value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        if (TryParseSize(value, out var bytes))
        {
            return bytes;
        }

        result.AddError($"--max-file-size '{value}' is not a size; use e.g. 10MB, 512KB or 1048576.");
        return CliOptions.DefaultMaxFileBytes;
    }

    /// <summary>Bytes, or a number with K/KB, M/MB, G/GB (powers of 1024).</summary>
    internal static bool TryParseSize(string value, out long bytes)
    {
        var text = value.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("KB", 1024L), ("MB", 1024L * 1024), ("GB", 1024L * 1024 * 1024), ("K", 1024L), ("M", 1024L * 1024), ("G", 1024L * 1024 * 1024), ("B", 1L) })
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                text = text[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0 && number * unit <= long.MaxValue)
        {
            bytes = (long)(number * unit);
            return true;
        }

        bytes = 0;
        return false;
    }

    /// <summary>A file name option given an empty value (<c>--output ""</c>).</summary>
    public static string? NonEmpty(ArgumentResult result, string name)
    {
        var value = result.Tokens.Count == 0 ? null : result.Tokens[^1].Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            result.AddError($"{name} needs a value.");
            return null;
        }

        return value;
    }
}
