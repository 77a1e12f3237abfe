using InclusiveAnalyzers.Core.Policy;
using System.Collections.Immutable;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// <c>fix</c> for .cs files: <see cref="FixAllLoop"/> over the whole in-memory solution. Only findings
/// the configuration reports are fixed.
/// </summary>
internal static class CSharpFixer
{
    public static void Fix(IReadOnlyList<CandidateFile> files, LoadedConfiguration configuration, SeverityResolver policy, long maxFileBytes, FixSink sink, CancellationToken cancellationToken)
    {
        var texts = CSharpProject.Read(files, maxFileBytes, new CSharpHitFilter(configuration, policy), sink.Skip, _ => { }, cancellationToken)
            .Where(t =>
            {
                if (!t.IsValidEncoding)
                {
                    sink.Skip(t.FullPath, $"not valid {t.Encoding.WebName}; left unchanged so no byte is lost");
                }

                return t.IsValidEncoding;
            })
            .ToList();
        if (texts.Count == 0)
        {
            return;
        }

        try
        {
            var tracker = new PublicApiLeft.Tracker();
            var (solution, ids) = FixAllAsync(texts, configuration, policy, tracker, sink, cancellationToken).GetAwaiter().GetResult();
            tracker.Report(solution, sink);
            foreach (var text in texts)
            {
                var document = solution.GetDocument(ids[text.FullPath]);
                if (document is null)
                {
                    continue;
                }

                var newText = document.GetTextAsync(cancellationToken).GetAwaiter().GetResult().ToString();
                var newPath = document.FilePath is { } path && !string.Equals(path, text.FullPath, StringComparison.Ordinal) ? path : null;
                if (newPath != null || !string.Equals(newText, text.Text, StringComparison.Ordinal))
                {
                    sink.Add(new FileFix(text, newText, newPath));
                }
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

    /// <returns>The fixed solution, and each file's document id (a fix may rename a document: the file of a renamed type).</returns>
    private static async Task<(Solution Solution, Dictionary<string, DocumentId> Ids)> FixAllAsync(List<TextFile> texts, LoadedConfiguration configuration, SeverityResolver policy, PublicApiLeft.Tracker tracker, FixSink sink, CancellationToken cancellationToken)
    {
        // Not disposed: the returned Solution is read after this method, and disposing its workspace disposes its services.
#pragma warning disable CA2000
        var workspace = new AdhocWorkspace();
#pragma warning restore CA2000
        var projectId = ProjectId.CreateNewId();
        var ids = texts.ToDictionary(t => t.FullPath, _ => DocumentId.CreateNewId(projectId), StringComparer.Ordinal);
        var documents = texts.Select(t => DocumentInfo.Create(
                ids[t.FullPath],
                Path.GetFileName(t.FullPath),
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(t.Text), VersionStamp.Create(), t.FullPath)),
                filePath: t.FullPath))
            .Append(DocumentInfo.Create(
                DocumentId.CreateNewId(projectId),
                "ImplicitUsings.g.cs",
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(CSharpProject.ImplicitUsings), VersionStamp.Create()))));
        var project = ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "InclusiveScan",
            "InclusiveScan",
            LanguageNames.CSharp,
            compilationOptions: CSharpProject.CompilationOptions(texts, policy),
            parseOptions: CSharpProject.ParseOptions,
            documents: documents,
            metadataReferences: CSharpProject.FrameworkReferences);
        var solution = workspace.AddSolution(SolutionInfo.Create(SolutionId.CreateNewId(), VersionStamp.Create(), projects: new[] { project }));
        var options = CSharpProject.Options(configuration, policy);
        var filter = new CSharpHitFilter(configuration, policy);
        var budget = FixAllLoop.RenameBudgetFor(texts.Sum(t => (long)t.Text.Length));
        solution = await FixAllLoop.RunAsync(
            solution,
            tracker.Wrap((s, ct) => ReportedAsync(s, options, policy, filter, ct)),
            budget,
            left => sink.Stop(FixAllLoop.RenamesLeftMessage(left, budget)),
            cancellationToken).ConfigureAwait(false);
        return (solution, ids);
    }

    /// <summary>
    /// The diagnostics that the configuration reports (severity suggestion or higher in their file); as in a scan, only the
    /// files that need symbols are bound (<see cref="CSharpAnalysisScope"/>).
    /// </summary>
    private static async Task<ImmutableArray<Diagnostic>> ReportedAsync(Solution solution, AnalyzerOptions options, SeverityResolver policy, CSharpHitFilter filter, CancellationToken cancellationToken)
    {
        var compilation = (CSharpCompilation)(await solution.Projects.Single().GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var trees = compilation.SyntaxTrees.Where(t => t.FilePath.Length > 0).ToList(); // not the implicit usings
        var needsSymbols = CSharpAnalysisScope.NeedingSymbols(trees, tree => filter.MatcherFor(tree.FilePath), cancellationToken);
        var all = CSharpAnalysisScope.Diagnostics(compilation, trees, needsSymbols, options, cancellationToken);
        return all.Where(d => CSharpProject.ToFinding(d, policy) is { Severity: >= Severity.Suggestion }).ToImmutableArray();
    }
}
