using System.Collections.Immutable;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// <c>fix</c> for .cs files: the shipped code fixes through their Fix All providers over the whole
/// in-memory solution, first suggestion, in the order comments (INCL102), strings (INCL103), then
/// identifiers (INCL101, renamed with every reference). Only findings the configuration reports are fixed.
/// </summary>
internal static class CSharpFixer
{
    private static readonly (string Id, string Kind)[] Order =
    {
        (RuleCatalog.Comment, "Rewrite"),
        (RuleCatalog.StringLiteral, "Rewrite"),
        (RuleCatalog.Identifier, "Rename"),
    };

    /// <summary>Renames can uncover further matches (a type and its file's other members): a few passes settle it.</summary>
    private const int MaxPasses = 3;

    public static void Fix(IReadOnlyList<CandidateFile> files, LoadedConfiguration configuration, SeverityPolicy policy, long maxFileBytes, FixSink sink, CancellationToken cancellationToken)
    {
        var texts = CSharpProject.Read(files, maxFileBytes, sink.Skip, cancellationToken)
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
            var (solution, ids) = FixAllAsync(texts, configuration, policy, cancellationToken).GetAwaiter().GetResult();
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
    private static async Task<(Solution Solution, Dictionary<string, DocumentId> Ids)> FixAllAsync(List<TextFile> texts, LoadedConfiguration configuration, SeverityPolicy policy, CancellationToken cancellationToken)
    {
        var workspace = new AdhocWorkspace();
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

        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var changed = false;
            foreach (var (id, kind) in Order)
            {
                var diagnostics = await ReportedAsync(solution, options, id, policy, cancellationToken).ConfigureAwait(false);
                if (diagnostics.IsEmpty)
                {
                    continue;
                }

                var fixer = CSharpProject.AllFixers.FirstOrDefault(f => f.FixableDiagnosticIds.Contains(id));
                var fixAll = fixer?.GetFixAllProvider();
                if (fixer is null || fixAll is null)
                {
                    continue;
                }

                var first = solution.GetDocument(diagnostics[0].Location.SourceTree);
                if (first is null)
                {
                    continue;
                }

                var context = new FixAllContext(first, fixer, FixAllScope.Solution, $"{id}.{kind}.0", new[] { id }, new Provider(diagnostics), cancellationToken);
                var action = await fixAll.GetFixAsync(context).ConfigureAwait(false);
                if (action is null)
                {
                    continue;
                }

                foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (operation is ApplyChangesOperation apply && apply.ChangedSolution != solution)
                    {
                        solution = apply.ChangedSolution;
                        changed = true;
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return (solution, ids);
    }

    /// <summary>The diagnostics of <paramref name="id"/> that the configuration reports (severity suggestion or higher in their file).</summary>
    private static async Task<ImmutableArray<Diagnostic>> ReportedAsync(Solution solution, AnalyzerOptions options, string id, SeverityPolicy policy, CancellationToken cancellationToken)
    {
        var compilation = await solution.Projects.Single().GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var all = await compilation!.WithAnalyzers(CSharpProject.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return all.Where(d => d.Id == id && CSharpProject.ToFinding(d, policy) is { Severity: >= Severity.Suggestion }).ToImmutableArray();
    }

    /// <summary>Hands the precomputed diagnostics to a Fix All provider.</summary>
    private sealed class Provider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public Provider(ImmutableArray<Diagnostic> diagnostics)
        {
            this.diagnostics = diagnostics;
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
