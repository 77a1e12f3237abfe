using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// Scans .cs files without a build: read in parallel, keep the files with a term candidate
/// (<see cref="CSharpHitFilter"/>), parse those, compile them in memory against the framework's
/// reference assemblies, run the analyzers (with #pragma and [SuppressMessage] honoured by the compiler), binding
/// only the trees that need symbols (<see cref="CSharpAnalysisScope"/>).
/// Types from NuGet packages do not resolve, which only matters for overrides of their members.
/// </summary>
internal static class CSharpAnalysis
{
    public static void Scan(IReadOnlyList<CandidateFile> files, LoadedConfiguration configuration, SeverityResolver policy, long maxFileBytes, ScanSink sink, CancellationToken cancellationToken)
    {
        var filter = new CSharpHitFilter(configuration, policy);
        var texts = CSharpProject.Read(files, maxFileBytes, filter, (path, reason) =>
        {
            sink.Add(NotChecked.Finding(path, reason));
            sink.Scanned();
        }, _ => sink.Scanned(), cancellationToken);
        if (texts.Count == 0)
        {
            return;
        }

        try
        {
            var parsed = new SyntaxTree?[texts.Count];
            FileWorkers.For(texts.Count, i =>
            {
                parsed[i] = CSharpParse.ParseOrReport(texts[i].Text, texts[i].FullPath, sink, cancellationToken);
            }, cancellationToken);

            // A file given up is counted as scanned (with its INCL002) and left out of the compilation.
            var trees = parsed.Where(t => t != null).Select(t => t!).ToList();

            // The semantic pass (binding every method body) only for the trees whose candidates lie in a name a symbol
            // action reports; the others (candidates in comments, strings, references, locals) are analysed by syntax.
            var needsSymbols = CSharpAnalysisScope.NeedingSymbols(trees, tree => filter.MatcherFor(tree.FilePath), cancellationToken);

            var compilation = CSharpCompilation.Create(
                "InclusiveScan",
                trees.Append(CSharpProject.ImplicitUsingsTree()),
                CSharpProject.FrameworkReferences,
                CSharpProject.CompilationOptions(texts, policy));
            // A file with thousands of candidates is analysed up to its budget only: the report lists 1,000 findings a file.
            var limits = CSharpReportLimits.For(trees, tree => filter.MatcherFor(tree.FilePath), cancellationToken);
            var options = CSharpProject.Options(configuration, policy, limits);
            var diagnostics = CSharpAnalysisScope.Diagnostics(compilation, trees, needsSymbols, options, cancellationToken);

            var findings = diagnostics.Select(d => CSharpProject.ToFinding(d, policy)).Where(f => f != null).Select(f => f!);
            foreach (var finding in CSharpFindingCap.Capped(findings, limits))
            {
                sink.Add(finding);
            }

            foreach (var _ in texts)
            {
                sink.Scanned();
            }
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            foreach (var text in texts)
            {
                sink.Fail(text.FullPath, e);
            }
        }
    }
}
