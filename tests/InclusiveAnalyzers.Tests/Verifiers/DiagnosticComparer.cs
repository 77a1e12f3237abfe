using System.Text;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>Compares expected and reported diagnostics as sorted multisets and explains any difference.</summary>
public static class DiagnosticComparer
{
    public static void AssertEqual(IEnumerable<DiagnosticResult> expected, IEnumerable<ActualDiagnostic> actual, string context)
    {
        var expectedSorted = expected.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Span?.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var actualSorted = actual.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Span?.Start).ThenBy(d => d.Span?.End).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

        var unmatched = new List<ActualDiagnostic>(actualSorted);
        var missing = new List<DiagnosticResult>();
        foreach (var e in expectedSorted)
        {
            int index = unmatched.FindIndex(a => Matches(e, a));
            if (index < 0)
            {
                missing.Add(e);
            }
            else
            {
                unmatched.RemoveAt(index);
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        text.AppendLine($"{context}: the diagnostics differ.");
        foreach (var m in missing)
        {
            text.AppendLine("  - expected, not reported: " + DiagnosticFormatter.Format(m));
        }

        foreach (var u in unmatched)
        {
            text.AppendLine("  + reported, not expected: " + DiagnosticFormatter.Format(u));
        }

        text.AppendLine($"Expected ({expectedSorted.Count}):");
        expectedSorted.ForEach(e => text.AppendLine("    " + DiagnosticFormatter.Format(e)));
        text.AppendLine($"Reported ({actualSorted.Count}):");
        actualSorted.ForEach(a => text.AppendLine("    " + DiagnosticFormatter.Format(a)));
        if (actualSorted.Count > 0)
        {
            text.AppendLine("Reported, as code:");
            actualSorted.ForEach(a => text.AppendLine("    " + DiagnosticFormatter.AsCode(a) + ","));
        }

        throw new VerifierException(text.ToString());
    }

    public static bool Matches(DiagnosticResult e, ActualDiagnostic a)
    {
        if (e.Id != a.Id || e.IsSuppressed != a.IsSuppressed)
        {
            return false;
        }

        if (e.Severity is { } severity && severity != a.Severity)
        {
            return false;
        }

        if (e.ExpectedMessage() is { } message && message != a.Message)
        {
            return false;
        }

        if (e.Span is not { } span)
        {
            return a.Span is null;
        }

        if (a.Span is not { } actualSpan || !string.Equals(e.Path, a.Path, StringComparison.Ordinal))
        {
            return false;
        }

        return e.StartOnly ? span.Start == actualSpan.Start : span == actualSpan;
    }
}
