using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InclusiveAnalyzers.CodeFixes.Shared;
using InclusiveAnalyzers.Core.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>One symbol to rename in a Fix All: where it is declared, its name, and every suggestion made for it.</summary>
    internal sealed class RenameTarget
    {
        public RenameTarget(DocumentId documentId, int position, string oldName, SymbolKind kind)
        {
            DocumentId = documentId;
            Position = position;
            OldName = oldName;
            Kind = kind;
        }

        public DocumentId DocumentId { get; }

        /// <summary>Start of the declaration's identifier, kept up to date as earlier renames move text.</summary>
        public int Position { get; set; }

        public string OldName { get; }

        public SymbolKind Kind { get; }

        public List<string> Suggestions { get; } = new List<string>();

        /// <summary>Plain rename, or with [Obsolete] forwarders (never Leave: those are not targets).</summary>
        public RenameMode Mode { get; set; } = RenameMode.Plain;

        /// <summary>The symbol in the current solution: at the tracked position, else the nearest declaration with the old name.</summary>
        public async Task<(ISymbol Symbol, int Position)?> RefindAsync(Solution solution, CancellationToken cancellationToken)
        {
            var document = solution.GetDocument(DocumentId);
            if (document is null)
            {
                return null;
            }

            var found = await DeclaredSymbols.AtAsync(document, Position, cancellationToken).ConfigureAwait(false);
            if (found is { } hit && hit.Symbol.Name == OldName && hit.Symbol.Kind == Kind)
            {
                return (hit.Symbol, Position);
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var candidates = root!.DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == OldName)
                .OrderBy(t => Math.Abs(t.SpanStart - Position));
            foreach (var token in candidates)
            {
                var declared = await DeclaredSymbols.AtAsync(document, token.SpanStart, cancellationToken).ConfigureAwait(false);
                // Not a forwarder left under the old name by an earlier rename.
                if (declared is { } other && other.Symbol.Kind == Kind && !other.Symbol.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute"))
                {
                    Position = token.SpanStart;
                    return (other.Symbol, Position);
                }
            }

            return null;
        }
    }

    internal static class RenameTargets
    {
        /// <summary>
        /// One target per symbol, in document order; diagnostics without the chosen suggestion are left out,
        /// and so is public API the policy leaves (<paramref name="policyOverride"/>, when set, replaces the diagnostics' policy).
        /// </summary>
        public static async Task<List<RenameTarget>> GroupAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, int index, PublicApiPolicy? policyOverride, CancellationToken cancellationToken)
        {
            var bySymbol = new Dictionary<ISymbol, RenameTarget>(SymbolEqualityComparer.Default);
            var order = new List<(string Path, int Position, RenameTarget Target)>();
            foreach (var diagnostic in diagnostics)
            {
                string? wanted = Shared.Suggestions.At(Shared.Suggestions.NewNames(diagnostic), index);
                var document = solution.GetDocument(diagnostic.Location.SourceTree);
                if (wanted is null || document is null)
                {
                    continue;
                }

                var found = await DeclaredSymbols.AtAsync(document, diagnostic.Location.SourceSpan, cancellationToken).ConfigureAwait(false);
                if (found is null || !SafeRenamer.CanRename(found.Value.Symbol))
                {
                    continue;
                }

                var symbol = found.Value.Symbol;
                var mode = PublicApiDecision.Decide(policyOverride ?? PublicApiDecision.PolicyOf(diagnostic), symbol);
                if (mode == RenameMode.Leave)
                {
                    continue;
                }

                // Overloads are renamed together, so they are one target.
                var key = symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } && symbol.ContainingType != null
                    ? symbol.ContainingType.GetMembers(symbol.Name).OfType<IMethodSymbol>().First()
                    : symbol;
                if (!bySymbol.TryGetValue(key, out var target))
                {
                    target = new RenameTarget(document.Id, found.Value.Token.SpanStart, symbol.Name, symbol.Kind);
                    bySymbol.Add(key, target);
                    order.Add((document.FilePath ?? document.Name, target.Position, target));
                }

                target.Suggestions.Add(wanted);
                if (mode == RenameMode.KeepForwarder)
                {
                    target.Mode = mode; // one overload that can forward makes the whole set forward
                }
            }

            return order.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Position).Select(o => o.Target).ToList();
        }
    }
}
