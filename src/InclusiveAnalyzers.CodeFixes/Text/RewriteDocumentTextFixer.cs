using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using InclusiveAnalyzers.CodeFixes.Shared;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.CodeFixes
{
    /// <summary>
    /// INCL201 in a document the compiler checks (a .razor or .cshtml file's markup, a Markdown or HTML page): rewrites
    /// the word in the additional document's text, one action per suggestion, "a"/"an" before it kept right. The
    /// analyzer reports only prose (Razor's C# is blanked before matching), so the edit never reaches code. Roslyn
    /// hands such a fix a TextDocument (DocumentKinds, Roslyn 4.5); which hosts ask for it is in docs/razor.md.
    /// No Fix All: Roslyn 4.5's Fix All providers work on source documents only.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RewriteDocumentTextFixer), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
    [Shared]
    public sealed class RewriteDocumentTextFixer : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleCatalog.DocumentWording);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.TextDocument;
            var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                var span = diagnostic.Location.SourceSpan;
                if (span.Length == 0 || span.End > text.Length)
                {
                    continue;
                }

                // A diagnostic from an older text (the file changed since) no longer covers its word: no edit then.
                string old = text.ToString(span);
                if (!Reports(diagnostic, old))
                {
                    continue;
                }

                RewriteActions.Register(context, diagnostic, RuleCatalog.DocumentWording, old, replacement => ct => ReplaceAsync(document, span, replacement, ct));
            }
        }

        // The message quotes the reported word first: 'whitelist' (racial): consider ...
        private static bool Reports(Diagnostic diagnostic, string old)
            => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("'" + old + "'", System.StringComparison.Ordinal);

        private static async Task<Solution> ReplaceAsync(TextDocument document, TextSpan span, string replacement, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return RewriteActions.InAdditionalDocument(document, text, span, replacement);
        }
    }
}
