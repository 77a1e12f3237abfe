using System.Collections.Immutable;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Scanning.CSharp;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Cli.Scanning.Projects;

/// <summary>
/// The shipped analyzers over each loaded project's own compilation: its references, its source files,
/// its .editorconfig and .globalconfig (through the compiler, so NoWarn, WarningsAsErrors,
/// TreatWarningsAsErrors and per-file severities apply as in a build) and its AdditionalFiles. The
/// project's own analyzer references are not run: only ours, once.
/// </summary>
internal static class ProjectAnalysis
{
    /// <summary>Every analyzer diagnostic of the projects, the projects compiled in parallel.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Solution solution, IReadOnlyList<ProjectId> projects, LoadedConfiguration configuration, bool configGiven, CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(projects.Select(id => Task.Run(
            async () =>
            {
                var project = solution.GetProject(id)!;
                var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                return compilation is null
                    ? ImmutableArray<Diagnostic>.Empty
                    : await WithoutNullableAnalysis(compilation).WithAnalyzers(CSharpProject.AllAnalyzers, Options(project, configuration, configGiven)).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken))).ConfigureAwait(false);
        return results.SelectMany(r => r).ToImmutableArray();
    }

    // No rule reads nullability, and the compiler's nullable flow analysis is its costliest pass on a long operator
    // chain (quadratic in the chain's length), so the analysis compilation goes without it (CSharpProject does the same).
    private static Compilation WithoutNullableAnalysis(Compilation compilation)
        => compilation.Options is CSharpCompilationOptions options && options.NullableContextOptions != NullableContextOptions.Disable
            ? compilation.WithOptions(options.WithNullableContextOptions(NullableContextOptions.Disable))
            : compilation;

    /// <summary>
    /// The solution without the projects' C# files that are nested too deeply for the parser
    /// (<see cref="CSharpNesting"/>), each reported through <paramref name="skip"/> (path, reason)
    /// once: compiling one would overflow the stack and end the process.
    /// </summary>
    public static Solution WithoutTooDeepFiles(Solution solution, IReadOnlyList<ProjectId> projects, Action<string, string> skip, CancellationToken cancellationToken)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in solution.Projects.ToList())
        {
            foreach (var document in project.Documents.ToList())
            {
                if (document.FilePath is not { } path || !document.TryGetText(out var text) && !TryRead(document, cancellationToken, out text))
                {
                    continue;
                }

                if (CSharpNesting.Problem(text!.ToString()) is { } reason)
                {
                    solution = solution.RemoveDocument(document.Id);
                    if (projects.Contains(project.Id) && reported.Add(path))
                    {
                        skip(path, reason);
                    }
                }
            }
        }

        return solution;
    }

    private static bool TryRead(Document document, CancellationToken cancellationToken, out Microsoft.CodeAnalysis.Text.SourceText? text)
    {
        try
        {
            text = document.GetTextAsync(cancellationToken).GetAwaiter().GetResult();
            return true;
        }
        catch (IOException)
        {
            text = null;
            return false;
        }
    }

    /// <summary>
    /// The findings of <paramref name="diagnostics"/> with the severity the compiler gave them, once per
    /// location however many target frameworks compiled the file. inclusive.json problems in the CLI's
    /// own configuration are left out: the CLI reports those itself.
    /// </summary>
    public static IEnumerable<Finding> ToFindings(IEnumerable<Diagnostic> diagnostics, LoadedConfiguration configuration)
    {
        var seen = new HashSet<(string, int, int, string, string)>();
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            if (!span.IsValid || string.IsNullOrEmpty(span.Path) || !Path.IsPathRooted(span.Path))
            {
                continue; // source generator output has no file of its own
            }

            if (diagnostic.Id == RuleCatalog.InvalidConfiguration && string.Equals(span.Path, configuration.Path, StringComparison.Ordinal))
            {
                continue;
            }

            var finding = CSharpProject.FromDiagnostic(diagnostic, CSharpProject.SeverityOf(diagnostic), span);
            if (seen.Add((finding.Path, finding.Line, finding.Column, finding.RuleId, finding.Message)))
            {
                yield return finding;
            }
        }
    }

    /// <summary>The source files the projects compile, once each, without those the build writes under obj/ and bin/.</summary>
    public static IReadOnlyList<string> SourceFiles(Solution solution, IReadOnlyList<ProjectId> projects)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var project in projects.Select(id => solution.GetProject(id)!))
        {
            var outputs = new[] { project.CompilationOutputInfo.AssemblyPath, project.OutputFilePath }
                .Where(p => !string.IsNullOrEmpty(p))
                .Select(p => Path.GetDirectoryName(p!)!)
                .ToList();
            foreach (var document in project.Documents)
            {
                if (document.FilePath is { } path && Path.IsPathRooted(path) && !outputs.Any(o => ScanSession.IsUnder(path, o)))
                {
                    files.Add(path);
                }
            }
        }

        return files.ToList();
    }

    /// <summary>
    /// The project's analyzer options, with the inclusive.json in force: --config replaces any the
    /// project lists; without --config, the project's own AdditionalFiles entry wins (the package
    /// adds the nearest one), else the CLI's (the nearest above the solution) is added so a project
    /// without the package is configured as the folder scan is.
    /// </summary>
    private static AnalyzerOptions Options(Project project, LoadedConfiguration configuration, bool configGiven)
    {
        var options = project.AnalyzerOptions;
        var additional = options.AdditionalFiles;
        bool IsConfig(AdditionalText text) => string.Equals(Path.GetFileName(text.Path), InclusiveConfig.FileName, StringComparison.OrdinalIgnoreCase);

        if (configuration.Path != null && File.Exists(configuration.Path) && (configGiven || !additional.Any(IsConfig)))
        {
            additional = additional.RemoveAll(IsConfig).Add(new CSharpProject.FileText(configuration.Path));
        }

        return new AnalyzerOptions(additional, options.AnalyzerConfigOptionsProvider);
    }
}
