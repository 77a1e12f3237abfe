using System;
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
    /// The wording fixes' actions, one per suggestion, whatever holds the text: a C# document, the Razor file behind a
    /// generated one, or an additional document. Same titles and equivalence keys everywhere, so Fix All and
    /// <c>dotnet format</c> pick the same suggestion as a single fix.
    /// </summary>
    internal static class RewriteActions
    {
        /// <summary>Registers "Replace 'old' with 'new'" for each suggestion of <paramref name="diagnostic"/> that changes <paramref name="old"/>.</summary>
        public static void Register(CodeFixContext context, Diagnostic diagnostic, string diagnosticId, string old, Func<string, Func<CancellationToken, Task<Document>>> apply)
            => Register(context, diagnostic, diagnosticId, old, (title, replacement, key) => CodeAction.Create(title, apply(replacement), key));

        /// <inheritdoc cref="Register(CodeFixContext, Diagnostic, string, string, Func{string, Func{CancellationToken, Task{Document}}})"/>
        public static void Register(CodeFixContext context, Diagnostic diagnostic, string diagnosticId, string old, Func<string, Func<CancellationToken, Task<Solution>>> apply)
            => Register(context, diagnostic, diagnosticId, old, (title, replacement, key) => CodeAction.Create(title, apply(replacement), key));

        private static void Register(CodeFixContext context, Diagnostic diagnostic, string diagnosticId, string old, Func<string, string, string, CodeAction> action)
        {
            var texts = Suggestions.NewTexts(diagnostic);
            for (int i = 0; i < texts.Length; i++)
            {
                string replacement = texts[i];
                if (replacement.Length == 0 || replacement == old)
                {
                    continue;
                }

                context.RegisterCodeFix(action($"Replace '{old}' with '{replacement}'", replacement, FixKeys.Create(diagnosticId, FixKeys.Rewrite, i)), diagnostic);
            }
        }

        /// <summary>The solution with <paramref name="span"/> of an additional document's <paramref name="text"/> rewritten (article included).</summary>
        public static Solution InAdditionalDocument(TextDocument document, SourceText text, TextSpan span, string replacement)
            => document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(RewriteTextFixer.Change(text, span, replacement)), PreservationMode.PreserveIdentity);
    }
}
