using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.IntegrationTests.Infrastructure;

/// <summary>One "file(line,col[,endLine,endCol]): warning CODE: message [project]" line of MSBuild's console output.</summary>
public sealed record Diagnostic(string File, int Line, int Column, string Level, string Code, string Message)
{
    // Optional "2>" node prefix (detailed verbosity), the file, an optional position, then level, code, message and [project].
    private static readonly Regex Canonical = new(
        @"^[ \t]*(?:\d+>)?(?<file>[^\s(>][^\r\n(]*?)(\((?<line>\d+),(?<col>\d+)(,\d+,\d+)?\))?[ \t]*:[ \t]*(?<level>warning|error)[ \t]+(?<code>[A-Z]+\d+)[ \t]*:[ \t]*(?<message>[^\r\n]*?)([ \t]+\[[^\]\r\n]+\])?[ \t]*\r?$",
        RegexOptions.Multiline);

    public string FileName => Path.GetFileName(File);

    /// <summary>The diagnostics as logged, before MSBuild's closing summary repeats them.</summary>
    public static IReadOnlyList<Diagnostic> Parse(string output) =>
        Canonical.Matches(BeforeSummary(output)).Select(m => new Diagnostic(
            m.Groups["file"].Value.Trim(),
            m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture) : 0,
            m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value, CultureInfo.InvariantCulture) : 0,
            m.Groups["level"].Value,
            m.Groups["code"].Value,
            m.Groups["message"].Value)).ToList();

    private static string BeforeSummary(string output)
    {
        var end = Regex.Match(output, @"^\s*Build (succeeded|FAILED)\.\s*$", RegexOptions.Multiline);
        return end.Success ? output[..end.Index] : output;
    }
}
