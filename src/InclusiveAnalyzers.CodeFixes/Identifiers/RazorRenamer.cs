using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InclusiveAnalyzers.Razor;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>
    /// Renames a symbol declared in a .razor/.cshtml file's C# (<c>@code</c>, <c>@functions</c>, <c>@{ }</c>). Its
    /// declaration and uses sit in the Razor generator's output, a source-generated document no fix may edit
    /// (Roslyn's renamer leaves such documents out); what the user edits is the Razor file, an additional
    /// document. So every place the name is written is found (declarations and references, the generator's output
    /// included), each one in the output is mapped through the generator's <c>#line</c> directives to its place in
    /// the Razor file, and the Razor file's text is rewritten there; uses in ordinary C# files (a code-behind
    /// <c>Counter.razor.cs</c>) are rewritten in place. The compiler reruns the generator on the new text. Nothing is
    /// renamed when one place cannot be mapped to text that reads the old name (a use the generator wrote itself),
    /// or when the renamed project has more compiler errors than before.
    /// </summary>
    internal static class RazorRenamer
    {
        /// <summary>The document is the Razor generator's output.</summary>
        public static bool IsRazorOutput(Document document)
            => document.FilePath is { } path && RazorGeneratedCode.IsOutput(path);

        public static async Task<Solution?> RenameAsync(Solution solution, Project home, ISymbol symbol, string newName, CancellationToken cancellationToken)
        {
            var places = await PlacesAsync(solution, symbol, cancellationToken).ConfigureAwait(false);
            if (places is null)
            {
                return null;
            }

            var additional = new Dictionary<DocumentId, List<TextChange>>();
            var regular = new Dictionary<DocumentId, List<TextChange>>();
            foreach (var location in places)
            {
                var tree = location.SourceTree!;
                if (RazorGeneratedCode.IsOutput(tree))
                {
                    // Written by the generator itself, or in a file the project does not hold: not renamed, nothing is.
                    var place = await MapAsync(solution.GetDocument(tree)?.Project ?? home, tree, location.SourceSpan, cancellationToken).ConfigureAwait(false);
                    if (place is null || place.Value.Text.ToString(place.Value.Span) != symbol.Name)
                    {
                        return null;
                    }

                    Add(additional, place.Value.Document.Id, new TextChange(place.Value.Span, newName));
                }
                else
                {
                    var document = solution.GetDocument(tree);
                    if (document is null || document is SourceGeneratedDocument || tree.GetText(cancellationToken).ToString(location.SourceSpan) != symbol.Name)
                    {
                        return null;
                    }

                    Add(regular, document.Id, new TextChange(location.SourceSpan, newName));
                }
            }

            var renamed = solution;
            foreach (var pair in additional)
            {
                var text = await renamed.GetAdditionalDocument(pair.Key)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                renamed = renamed.WithAdditionalDocumentText(pair.Key, text.WithChanges(pair.Value), PreservationMode.PreserveIdentity);
            }

            foreach (var pair in regular)
            {
                var text = await renamed.GetDocument(pair.Key)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                renamed = renamed.WithDocumentText(pair.Key, text.WithChanges(pair.Value), PreservationMode.PreserveIdentity);
            }

            return await ErrorsAddedAsync(solution, renamed, cancellationToken).ConfigureAwait(false) ? null : renamed;
        }

        /// <summary>
        /// Where a span of the generator's output was written in the project's .razor/.cshtml file, through its
        /// #line mapping; null for the generator's own text or a file the project does not hold.
        /// </summary>
        public static async Task<(TextDocument Document, SourceText Text, TextSpan Span)?> MapAsync(Project project, SyntaxTree tree, TextSpan span, CancellationToken cancellationToken)
        {
            var razorPath = RazorGeneratedCode.UserWrittenPath(tree, span);
            var razor = razorPath is null ? null : RazorDocument(project, razorPath);
            if (razor is null)
            {
                return null;
            }

            var text = await razor.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var mapped = Span(text, tree.GetMappedLineSpan(span).Span);
            return mapped is null ? null : (razor, text, mapped.Value);
        }

        // Declarations and references of the symbol (every overload of a method: they share the name and the
        // diagnostic), each once; null when one is not in source.
        private static async Task<List<Location>?> PlacesAsync(Solution solution, ISymbol symbol, CancellationToken cancellationToken)
        {
            IEnumerable<ISymbol> symbols = symbol is IMethodSymbol && symbol.ContainingType != null
                ? symbol.ContainingType.GetMembers(symbol.Name).OfType<IMethodSymbol>()
                : new[] { symbol };
            var places = new List<Location>();
            var seen = new HashSet<(SyntaxTree, TextSpan)>();
            foreach (var each in symbols)
            {
                foreach (var location in each.Locations)
                {
                    if (!location.IsInSource)
                    {
                        return null;
                    }

                    if (seen.Add((location.SourceTree!, location.SourceSpan)))
                    {
                        places.Add(location);
                    }
                }

                foreach (var reference in await SymbolFinder.FindReferencesAsync(each, solution, cancellationToken).ConfigureAwait(false))
                {
                    foreach (var found in reference.Locations)
                    {
                        // Implicit uses (a foreach's GetEnumerator, a deconstruction) write no name.
                        if (found.IsImplicit)
                        {
                            continue;
                        }

                        var location = found.Location;
                        if (location.IsInSource && seen.Add((location.SourceTree!, location.SourceSpan)))
                        {
                            places.Add(location);
                        }
                    }
                }
            }

            return places;
        }

        private static TextDocument? RazorDocument(Project project, string path)
        {
            foreach (var document in project.AdditionalDocuments)
            {
                if (document.FilePath != null && string.Equals(Normalize(document.FilePath), Normalize(path), StringComparison.Ordinal))
                {
                    return document;
                }
            }

            return null;
        }

        private static TextSpan? Span(SourceText text, LinePositionSpan span)
        {
            if (span.Start.Line >= text.Lines.Count || span.End.Line >= text.Lines.Count)
            {
                return null;
            }

            int start = text.Lines[span.Start.Line].Start + span.Start.Character;
            int end = text.Lines[span.End.Line].Start + span.End.Character;
            return end <= text.Length && start <= end ? TextSpan.FromBounds(start, end) : (TextSpan?)null;
        }

        private static void Add(Dictionary<DocumentId, List<TextChange>> changes, DocumentId id, TextChange change)
        {
            if (!changes.TryGetValue(id, out var list))
            {
                changes[id] = list = new List<TextChange>();
            }

            list.Add(change);
        }

        // The generator runs again on the renamed Razor file: its output, and the files that use the name, must compile as before.
        private static async Task<bool> ErrorsAddedAsync(Solution before, Solution after, CancellationToken cancellationToken)
        {
            foreach (var projectId in after.GetChanges(before).GetProjectChanges().Select(p => p.ProjectId))
            {
                int now = await ErrorCountAsync(after.GetProject(projectId), cancellationToken).ConfigureAwait(false);
                if (now > 0 && now > await ErrorCountAsync(before.GetProject(projectId), cancellationToken).ConfigureAwait(false))
                {
                    return true;
                }
            }

            return false;
        }

        private static async Task<int> ErrorCountAsync(Project? project, CancellationToken cancellationToken)
        {
            var compilation = project is null ? null : await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            return compilation is null ? 0 : compilation.GetDiagnostics(cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
        }

        private static string Normalize(string path)
        {
            try
            {
                return System.IO.Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is System.IO.PathTooLongException)
            {
                return path;
            }
        }
    }
}
