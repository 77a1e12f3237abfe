using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>One line per diagnostic, 1-based like a build log, so a failure reads like compiler output.</summary>
public static class DiagnosticFormatter
{
    public static string Format(DiagnosticResult d)
    {
        string where = d.MarkupKey is not null ? $"{{|{d.MarkupKey}:|}}" : Where(d.Path, d.Span, d.StartOnly);
        string severity = d.Severity is { } s ? Severity(s) : "(any severity)";
        string message = d.ExpectedMessage() is { } m ? $" \"{m}\"" : "";
        return $"{where}: {severity} {d.Id}{(d.IsSuppressed ? " [suppressed]" : "")}{message}";
    }

    public static string Format(ActualDiagnostic d)
        => $"{Where(d.Path, d.Span, false)}: {Severity(d.Severity)} {d.Id}{(d.IsSuppressed ? " [suppressed]" : "")} \"{d.Message}\"";

    /// <summary>The call that would expect this diagnostic, to paste into a test.</summary>
    public static string AsCode(ActualDiagnostic d)
    {
        string code = $"Diagnostic(\"{d.Id}\")";
        if (d.Span is { } span)
        {
            code += $".WithSpan(\"{d.Path}\", {span.Start.Line + 1}, {span.Start.Character + 1}, {span.End.Line + 1}, {span.End.Character + 1})";
        }

        code += $".WithSeverity(DiagnosticSeverity.{d.Severity})";
        return d.IsSuppressed ? code + ".WithIsSuppressed()" : code;
    }

    private static string Where(string? path, LinePositionSpan? span, bool startOnly)
    {
        if (span is not { } s)
        {
            return "(no location)";
        }

        string start = $"({s.Start.Line + 1},{s.Start.Character + 1})";
        return startOnly ? $"{path}{start}" : $"{path}{start}-({s.End.Line + 1},{s.End.Character + 1})";
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
