using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>A reported diagnostic reduced to what tests compare.</summary>
public sealed record ActualDiagnostic(string Id, string? Path, LinePositionSpan? Span, DiagnosticSeverity Severity, string Message, bool IsSuppressed)
{
    public static ActualDiagnostic From(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        string? path = null;
        LinePositionSpan? span = null;
        if (location.IsInSource || location.Kind == LocationKind.ExternalFile)
        {
            var lineSpan = location.GetLineSpan();
            path = lineSpan.Path;
            span = lineSpan.Span;
        }

        return new ActualDiagnostic(diagnostic.Id, path, span, diagnostic.Severity, diagnostic.GetMessage(CultureInfo.InvariantCulture), diagnostic.IsSuppressed);
    }

    public override string ToString() => DiagnosticFormatter.Format(this);
}
