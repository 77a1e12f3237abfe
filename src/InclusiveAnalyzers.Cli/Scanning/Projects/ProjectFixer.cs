using System.Collections.Immutable;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Scanning.CSharp;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Cli.Scanning.Projects;

/// <summary>
/// <c>fix</c> over loaded projects: <see cref="FixAllLoop"/> across the whole solution (a rename follows
/// every reference in every loaded project), for the findings the build reports at suggestion or above.
/// The changed documents are handed back as texts, written by the fix command like every other fix
/// (atomically, only when the file still holds what was loaded): files keep their names (as in
/// dotnet format) and no project file is edited.
/// </summary>
internal static class ProjectFixer
{
    public static void Fix(ProjectWorkspace projects, LoadedConfiguration configuration, bool configGiven, long maxFileBytes, FixSink sink, CancellationToken cancellationToken)
    {
        // A file nested too deeply for the parser would overflow the stack during the fix loop, as during
        // a scan: it is left out, left unchanged and said.
        var original = ProjectAnalysis.WithoutTooDeepFiles(projects.Solution, projects.Targets, sink.Skip, cancellationToken);
        Solution fixedSolution;
        var tracker = new PublicApiLeft.Tracker();
        try
        {
            var budget = FixAllLoop.RenameBudgetFor(SourceChars(original, projects.Targets));
            fixedSolution = FixAllLoop.RunAsync(
                    original,
                    tracker.Wrap(async (solution, ct) =>
                    {
                        var all = await ProjectAnalysis.AnalyzeAsync(solution, projects.Targets, configuration, configGiven, ct).ConfigureAwait(false);
                        return all.Where(d => d.Id != RuleCatalog.InvalidConfiguration && CSharpProject.SeverityOf(d) >= Severity.Suggestion && d.Location.IsInSource).ToImmutableArray();
                    }),
                    budget,
                    left => sink.Stop(FixAllLoop.RenamesLeftMessage(left, budget)),
                    cancellationToken)
                .GetAwaiter()
                .GetResult();
            tracker.Report(fixedSolution, sink);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            foreach (var id in projects.Targets)
            {
                sink.Fail(original.GetProject(id)!.FilePath!, e);
            }

            return;
        }

        foreach (var (path, oldText, newText) in ChangedFiles(original, fixedSolution, cancellationToken))
        {
            var file = TextFile.TryRead(path, maxFileBytes, out var reason);
            if (file is null)
            {
                sink.Skip(path, reason!);
            }
            else if (!file.IsValidEncoding)
            {
                sink.Skip(path, $"not valid {file.Encoding.WebName}; left unchanged so no byte is lost");
            }
            else if (!string.Equals(file.Text, oldText, StringComparison.Ordinal))
            {
                sink.Skip(path, "its text on disk is not the text the project loaded (changed since, or decoded differently); left unchanged");
            }
            else
            {
                sink.Add(new FileFix(file, newText));
            }
        }
    }

    /// <summary>Each changed source file once (a file compiled for several target frameworks is one file), with its old and new text.</summary>
    private static IEnumerable<(string Path, string OldText, string NewText)> ChangedFiles(Solution original, Solution changed, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var projectChanges in changed.GetChanges(original).GetProjectChanges())
        {
            foreach (var id in projectChanges.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true))
            {
                var before = original.GetDocument(id);
                var after = changed.GetDocument(id);
                if (before?.FilePath is not { } path || after is null || !seen.Add(path))
                {
                    continue;
                }

                var oldText = before.GetTextAsync(cancellationToken).GetAwaiter().GetResult().ToString();
                var newText = after.GetTextAsync(cancellationToken).GetAwaiter().GetResult().ToString();
                if (!string.Equals(oldText, newText, StringComparison.Ordinal))
                {
                    yield return (path, oldText, newText);
                }
            }
        }
    }

    // The size of the target projects' C# files on disk, for the rename budget.
    private static long SourceChars(Solution solution, IReadOnlyList<ProjectId> targets)
    {
        long total = 0;
        foreach (var id in targets)
        {
            foreach (var document in solution.GetProject(id)?.Documents ?? Enumerable.Empty<Document>())
            {
                if (document.FilePath is { } path && File.Exists(path))
                {
                    total += new FileInfo(path).Length;
                }
            }
        }

        return total;
    }
}
