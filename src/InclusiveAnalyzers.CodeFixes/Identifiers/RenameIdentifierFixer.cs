using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InclusiveAnalyzers.CodeFixes.Identifiers;
using InclusiveAnalyzers.CodeFixes.Shared;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Identifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InclusiveAnalyzers.CodeFixes
{
    /// <summary>
    /// INCL101: renames the declared symbol everywhere in the solution, one action per suggested name
    /// (keys INCL101.Rename.0..2), and for public API that can forward the same with an [Obsolete]
    /// forwarder left under the old name (INCL101.RenameKeepObsolete.0..2), first when the public_api
    /// policy is forward. A taken name is offered with a numeric suffix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameIdentifierFixer))]
    [Shared]
    public sealed class RenameIdentifierFixer : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleCatalog.Identifier);

        public override FixAllProvider GetFixAllProvider() => RenameFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                await RegisterAsync(context, diagnostic).ConfigureAwait(false);
            }
        }

        private static async Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic)
        {
            var names = Suggestions.NewNames(diagnostic);
            var document = context.Document;
            var found = await DeclaredSymbols.AtAsync(document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (names.IsEmpty || found is null || !SafeRenamer.CanRename(found.Value.Symbol))
            {
                return;
            }

            var symbol = found.Value.Symbol;
            int position = found.Value.Token.SpanStart;
            var solution = document.Project.Solution;
            bool canForward = ObsoleteForwarder.CanForward(symbol);
            var mode = PublicApiDecision.Decide(PublicApiDecision.PolicyOf(diagnostic), symbol);
            string breaks = mode == RenameMode.Plain || !PublicApiShape.IsPublicApi(symbol) ? "" : " (breaks callers of the public API)";
            var plain = new List<CodeAction>();
            var forwarding = new List<CodeAction>();
            for (int i = 0; i < names.Length; i++)
            {
                string wanted = names[i];
                string? name = wanted == symbol.Name ? null : await SafeRenamer.ChooseNameAsync(solution, symbol, wanted, context.CancellationToken).ConfigureAwait(false);
                if (name is null)
                {
                    continue;
                }

                string target = name == wanted ? $"'{name}'" : $"'{name}' ('{wanted}' is taken)";
                plain.Add(CodeAction.Create(
                    $"Rename '{symbol.Name}' to {target}{breaks}",
                    ct => RenameAsync(solution, symbol, document.Id, position, wanted, keepForwarder: false, ct),
                    FixKeys.Create(RuleCatalog.Identifier, FixKeys.Rename, i)));
                if (canForward)
                {
                    forwarding.Add(CodeAction.Create(
                        $"Rename '{symbol.Name}' to {target} and keep an [Obsolete] forwarder",
                        ct => RenameAsync(solution, symbol, document.Id, position, wanted, keepForwarder: true, ct),
                        FixKeys.Create(RuleCatalog.Identifier, FixKeys.RenameKeepObsolete, i)));
                }
            }

            // dotnet format applies the first action's key to every diagnostic (its Fix All follows the policy
            // either way); in the IDE the first action is the default, so it is what the policy would do.
            foreach (var action in mode == RenameMode.KeepForwarder ? forwarding.Concat(plain) : plain.Concat(forwarding))
            {
                context.RegisterCodeFix(action, diagnostic);
            }
        }

        private static async Task<Solution> RenameAsync(Solution solution, ISymbol symbol, DocumentId documentId, int position, string wanted, bool keepForwarder, CancellationToken cancellationToken)
            => await SafeRenamer.RenameAsync(solution, symbol, documentId, position, wanted, keepForwarder, cancellationToken).ConfigureAwait(false) ?? solution;
    }
}
