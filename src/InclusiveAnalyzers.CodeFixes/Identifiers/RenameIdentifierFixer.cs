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
    /// INCL101: renames the declared symbol everywhere in the solution, one action per suggested name,
    /// and for public API that can forward the same with an [Obsolete] forwarder left under the old name.
    /// What the public_api policy does comes first, keyed INCL101.Rename.0..2 (Fix All with it follows the
    /// policy per file); the other way follows, keyed RenameKeepObsolete or RenamePlain (Fix All with it
    /// forwards, or renames plainly, everywhere). A taken name is offered with a numeric suffix.
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
            if (RazorRenamer.IsRazorOutput(document))
            {
                await RegisterRazorAsync(context, diagnostic, symbol, names).ConfigureAwait(false);
                return;
            }

            bool canForward = ObsoleteForwarder.CanForward(symbol);
            bool forwardFirst = PublicApiDecision.Decide(PublicApiDecision.PolicyOf(diagnostic), symbol) == RenameMode.KeepForwarder;
            string breaks = PublicApiShape.IsPublicApi(symbol) ? " (breaks callers of the public API)" : "";
            var first = new List<CodeAction>();
            var second = new List<CodeAction>();
            for (int i = 0; i < names.Length; i++)
            {
                string wanted = names[i];
                string? name = wanted == symbol.Name ? null : await SafeRenamer.ChooseNameAsync(solution, symbol, wanted, context.CancellationToken).ConfigureAwait(false);
                if (name is null)
                {
                    continue;
                }

                // The first action's key is always Rename: its Fix All (what dotnet format runs) follows the
                // policy of each file. The other action's key asks Fix All for the other way everywhere.
                string target = name == wanted ? $"'{name}'" : $"'{name}' ('{wanted}' is taken)";
                var plain = CodeAction.Create(
                    $"Rename '{symbol.Name}' to {target}{breaks}",
                    ct => RenameAsync(solution, symbol, document.Id, position, wanted, keepForwarder: false, ct),
                    FixKeys.Create(RuleCatalog.Identifier, forwardFirst ? FixKeys.RenamePlain : FixKeys.Rename, i));
                if (!canForward)
                {
                    first.Add(plain);
                    continue;
                }

                var forwarding = CodeAction.Create(
                    $"Rename '{symbol.Name}' to {target} and keep an [Obsolete] forwarder",
                    ct => RenameAsync(solution, symbol, document.Id, position, wanted, keepForwarder: true, ct),
                    FixKeys.Create(RuleCatalog.Identifier, forwardFirst ? FixKeys.Rename : FixKeys.RenameKeepObsolete, i));
                first.Add(forwardFirst ? forwarding : plain);
                second.Add(forwardFirst ? plain : forwarding);
            }

            foreach (var action in first.Concat(second))
            {
                context.RegisterCodeFix(action, diagnostic);
            }
        }

        // A name declared in a Razor file's C#: renamed in the Razor file (no forwarder: the generator owns the class's shape).
        private static async Task RegisterRazorAsync(CodeFixContext context, Diagnostic diagnostic, ISymbol symbol, ImmutableArray<string> names)
        {
            var project = context.Document.Project;
            for (int i = 0; i < names.Length; i++)
            {
                string wanted = names[i];
                string? name = wanted == symbol.Name ? null : await SafeRenamer.ChooseNameAsync(project.Solution, symbol, wanted, context.CancellationToken).ConfigureAwait(false);
                if (name is null)
                {
                    continue;
                }

                string target = name == wanted ? $"'{name}'" : $"'{name}' ('{wanted}' is taken)";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Rename '{symbol.Name}' to {target}",
                        async ct => await RazorRenamer.RenameAsync(project.Solution, project, symbol, name, ct).ConfigureAwait(false) ?? project.Solution,
                        FixKeys.Create(RuleCatalog.Identifier, FixKeys.Rename, i)),
                    diagnostic);
            }
        }

        private static async Task<Solution> RenameAsync(Solution solution, ISymbol symbol, DocumentId documentId, int position, string wanted, bool keepForwarder, CancellationToken cancellationToken)
            => await SafeRenamer.RenameAsync(solution, symbol, documentId, position, wanted, keepForwarder, cancellationToken).ConfigureAwait(false) ?? solution;
    }
}
