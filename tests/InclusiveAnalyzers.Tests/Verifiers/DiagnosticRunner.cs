using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// Runs analyzers over every project of a solution the way the compiler host does, reporting suppressed
/// diagnostics too. Compiler errors, analyzer exceptions and AD0001 fail the test.
/// </summary>
public static class DiagnosticRunner
{
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Solution solution, ImmutableArray<DiagnosticAnalyzer> analyzers, string context, CancellationToken cancellationToken)
    {
        var all = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var project in solution.Projects.OrderBy(p => p.FilePath, StringComparer.Ordinal))
        {
            all.AddRange(await GetDiagnosticsAsync(project, analyzers, context, cancellationToken).ConfigureAwait(false));
        }

        return all.ToImmutable();
    }

    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, string context, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new VerifierException($"{context}: project {project.Name} has no compilation.");
        AssertCompiles(compilation, project, context);

        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            (exception, analyzer, diagnostic) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var crashes = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()).Concat(exceptions).ToList();
        if (crashes.Count > 0)
        {
            throw new VerifierException($"{context}: an analyzer threw (AD0001):\n" + string.Join("\n", crashes));
        }

        return diagnostics;
    }

    private static void AssertCompiles(Compilation compilation, Project project, string context)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        var text = new StringBuilder($"{context}: project {project.Name} does not compile:\n");
        foreach (var error in errors)
        {
            var span = error.Location.GetLineSpan();
            string line = error.Location.SourceTree?.GetText().Lines[span.StartLinePosition.Line].ToString().Trim() ?? "";
            text.AppendLine($"  {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {error.Id} {error.GetMessage()}   | {line}");
        }

        throw new VerifierException(text.ToString());
    }
}
