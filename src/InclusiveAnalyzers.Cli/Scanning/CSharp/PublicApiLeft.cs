using System.Collections.Immutable;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// The public API names the Fix All loop left on purpose (inclusive_analyzers.public_api / "publicApi":
/// forward where no forwarder can keep callers compiling, or skip), for the fix summary.
/// </summary>
internal static class PublicApiLeft
{
    /// <summary>Runs <paramref name="analyze"/> and remembers its last result and the solution it analysed.</summary>
    public sealed class Tracker
    {
        private Solution? analysed;
        private ImmutableArray<Diagnostic> diagnostics = ImmutableArray<Diagnostic>.Empty;

        public Func<Solution, CancellationToken, Task<ImmutableArray<Diagnostic>>> Wrap(Func<Solution, CancellationToken, Task<ImmutableArray<Diagnostic>>> analyze)
            => async (solution, ct) =>
            {
                var result = await analyze(solution, ct).ConfigureAwait(false);
                analysed = solution;
                diagnostics = result;
                return result;
            };

        /// <summary>Reports what is left when the loop's last analysis was of the final solution (it settled).</summary>
        public void Report(Solution final, FixSink sink)
        {
            if (analysed != final)
            {
                return;
            }

            var seen = new HashSet<(string, int, int)>();
            foreach (var diagnostic in diagnostics)
            {
                if (Reason(diagnostic) is not { } reason)
                {
                    continue;
                }

                var span = diagnostic.Location.GetLineSpan();
                if (span.IsValid && seen.Add((span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character)))
                {
                    var name = diagnostic.Location.SourceTree?.GetText().ToString(diagnostic.Location.SourceSpan) ?? "";
                    sink.Leave(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, $"public API '{name}' kept: {reason}");
                }
            }
        }
    }

    private static string? Reason(Diagnostic diagnostic)
    {
        if (diagnostic.Id != RuleCatalog.Identifier || !diagnostic.Properties.TryGetValue(PropertyNames.PublicApi, out var policy))
        {
            return null;
        }

        if (diagnostic.Properties.TryGetValue(PropertyNames.NoForwarder, out var reason) && reason != null)
        {
            return "no [Obsolete] forwarder can keep its callers compiling (" + reason + "); rename it in a breaking release, or set public_api = rename";
        }

        return PublicApiPolicies.TryParse(policy, out var parsed) && parsed == PublicApiPolicy.Skip ? "public_api = skip" : null;
    }
}
