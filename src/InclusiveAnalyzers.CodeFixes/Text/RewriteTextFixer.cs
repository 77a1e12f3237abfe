using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InclusiveAnalyzers.CodeFixes.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.CodeFixes
{
    /// <summary>
    /// Rewrites the reported word(s) in place with the analyzer's ready-made text (case kept), one action per
    /// suggestion. Edits stay in the reported span, except an article just before it that the new word
    /// needs changed ("a whitelist" -> "an allowlist"); Fix All skips an edit that would overlap the previous one.
    /// </summary>
    public abstract class RewriteTextFixer : CodeFixProvider
    {
        private readonly string diagnosticId;

        protected RewriteTextFixer(string diagnosticId) => this.diagnosticId = diagnosticId;

        public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(diagnosticId);

        public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            if (Identifiers.RazorRenamer.IsRazorOutput(context.Document))
            {
                await RegisterInRazorAsync(context).ConfigureAwait(false);
                return;
            }

            var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                var span = diagnostic.Location.SourceSpan;
                if (span.End > text.Length)
                {
                    continue;
                }

                var document = context.Document;
                RewriteActions.Register(context, diagnostic, diagnosticId, text.ToString(span), replacement => ct => ReplaceAsync(document, span, replacement, ct));
            }
        }

        // A comment in a .razor file's @code block: the generator's output is not the user's to edit, the Razor file is.
        private async Task RegisterInRazorAsync(CodeFixContext context)
        {
            var tree = await context.Document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                var place = tree is null ? null : await Identifiers.RazorRenamer.MapAsync(context.Document.Project, tree, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
                if (place is null || diagnostic.Location.SourceSpan.End > tree!.Length || place.Value.Text.ToString(place.Value.Span) != tree.GetText(context.CancellationToken).ToString(diagnostic.Location.SourceSpan))
                {
                    continue;
                }

                var (razor, text, span) = place.Value;
                RewriteActions.Register(context, diagnostic, diagnosticId, text.ToString(span), replacement => _ => Task.FromResult(RewriteActions.InAdditionalDocument(razor, text, span, replacement)));
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, TextSpan span, string replacement, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(Change(text, span, replacement)));
        }

        // The reported span replaced, and "a"/"an" before it when the new word needs the other one.
        internal static TextChange Change(SourceText text, TextSpan span, string replacement)
        {
            int from = span.Start < 5 ? 0 : span.Start - 5;
            var before = text.ToString(TextSpan.FromBounds(from, span.Start));
            if (Core.Terms.Articles.TryFix(before, 0, before.Length, replacement, out int articleStart, out int articleEnd, out string article))
            {
                return new TextChange(TextSpan.FromBounds(from + articleStart, span.End), article + before.Substring(articleEnd) + replacement);
            }

            return new TextChange(span, replacement);
        }

        private async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            // The Razor generator's output is not edited; its comments are fixed one at a time in the Razor file.
            if (!FixKeys.TryParse(context.CodeActionEquivalenceKey, out var kind, out int index) || kind != FixKeys.Rewrite || Identifiers.RazorRenamer.IsRazorOutput(document))
            {
                return document;
            }

            var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            var changes = new List<TextChange>();
            int end = -1;
            foreach (var diagnostic in diagnostics.Where(d => d.Id == diagnosticId).OrderBy(d => d.Location.SourceSpan.Start))
            {
                var span = diagnostic.Location.SourceSpan;
                string? replacement = Suggestions.At(Suggestions.NewTexts(diagnostic), index);

                // Same rule as the single action: a diagnostic without this suggestion offers no such action.
                if (replacement is null || replacement.Length == 0 || span.End > text.Length || span.Start < end)
                {
                    continue;
                }

                var change = Change(text, span, replacement);
                if (change.Span.Start < end)
                {
                    continue;
                }

                changes.Add(change);
                end = span.End;
            }

            return changes.Count == 0 ? document : document.WithText(text.WithChanges(changes));
        }
    }
}
