using System.Collections.Immutable;
using System.Text;
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
/// The changed documents are written back through MSBuildWorkspace, texts only: files keep their names
/// (the workspace cannot rename a document, as in dotnet format) and no project file is edited.
/// </summary>
internal sealed class ProjectFixer : IFixWriter
{
    private readonly ProjectWorkspace projects;

    private ProjectFixer(ProjectWorkspace projects)
    {
        this.projects = projects;
    }

    public static void Fix(ProjectWorkspace projects, LoadedConfiguration configuration, bool configGiven, long maxFileBytes, FixSink sink, CancellationToken cancellationToken)
    {
        var original = projects.Solution;
        Solution fixedSolution;
        var tracker = new PublicApiLeft.Tracker();
        try
        {
            fixedSolution = FixAllLoop.RunAsync(
                    original,
                    tracker.Wrap(async (solution, ct) =>
                    {
                        var all = await ProjectAnalysis.AnalyzeAsync(solution, projects.Targets, configuration, configGiven, ct).ConfigureAwait(false);
                        return all.Where(d => d.Id != RuleCatalog.InvalidConfiguration && CSharpProject.SeverityOf(d) >= Severity.Suggestion && d.Location.IsInSource).ToImmutableArray();
                    }),
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

        var writer = new ProjectFixer(projects);
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
                sink.Add(new FileFix(file, newText, Writer: writer));
            }
        }
    }

    /// <summary>Applies the new texts to the workspace's solution and saves them; each file is then checked byte for byte.</summary>
    public IReadOnlyList<string?> Write(IReadOnlyList<FileFix> fixes)
    {
        var solution = projects.Workspace.CurrentSolution;
        foreach (var fix in fixes)
        {
            var text = SourceText.From(fix.NewText, EncodingFor(fix.File));
            foreach (var id in solution.GetDocumentIdsWithFilePath(fix.File.FullPath))
            {
                solution = solution.WithDocumentText(id, text);
            }
        }

        bool applied;
        string? refused = null;
        try
        {
            applied = projects.TryApplyChanges(solution);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            applied = false;
            refused = e.Message;
        }

        var saveErrors = projects.NewMessages().Where(m => m.IsFailure).Select(m => m.Text).ToList();
        return fixes.Select(fix => Check(fix, applied, refused ?? saveErrors.FirstOrDefault())).ToList();
    }

    /// <summary>Null when the file now holds exactly the new text in its old encoding and byte order mark.</summary>
    private static string? Check(FileFix fix, bool applied, string? error)
    {
        var expected = fix.File.Encode(fix.NewText);
        try
        {
            var actual = File.ReadAllBytes(fix.File.FullPath);
            if (actual.AsSpan().SequenceEqual(expected))
            {
                return null;
            }

            if (applied && actual.AsSpan().SequenceEqual(fix.File.OriginalBytes))
            {
                return "the workspace did not save it" + (error is null ? string.Empty : ": " + error);
            }

            if (applied)
            {
                // Saved with different bytes (an encoding the workspace chose): put back exactly what was promised.
                File.WriteAllBytes(fix.File.FullPath, expected);
                return null;
            }

            return "the workspace refused the change" + (error is null ? string.Empty : ": " + error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
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

    /// <summary>The encoding that writes the file's byte order mark (or none) when the workspace saves it.</summary>
    private static Encoding EncodingFor(TextFile file) => file.PreambleLength == 0
        ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
        : file.Encoding.CodePage switch
        {
            1200 => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            1201 => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            12000 => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            12001 => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        };
}
