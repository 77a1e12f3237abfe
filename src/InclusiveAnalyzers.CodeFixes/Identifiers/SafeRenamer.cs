using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InclusiveAnalyzers.CodeFixes.Shared;
using InclusiveAnalyzers.Identifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Rename;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>
    /// Renames a symbol across the solution without ever breaking the build: a taken name gets a numeric
    /// suffix (PrimaryNode2), and a result that adds a compiler error is thrown away for the next candidate.
    /// </summary>
    internal static class SafeRenamer
    {
        private const int MaxSuffix = 9;

        /// <summary>Tuple element names are left alone: the renamer fails on them (Roslyn 4.x asserts in its conflict engine).</summary>
        public static bool CanRename(ISymbol symbol)
            => !(symbol is IFieldSymbol field && (field.ContainingType?.IsTupleType ?? false));

        /// <summary>The name the rename will use: the wanted one if free, else the first free suffixed one, else null.</summary>
        public static async Task<string?> ChooseNameAsync(Solution solution, ISymbol symbol, string wanted, CancellationToken cancellationToken)
        {
            foreach (var candidate in Candidates(wanted))
            {
                if (!await RenameConflicts.IsTakenAsync(solution, symbol, candidate, cancellationToken).ConfigureAwait(false))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>
        /// Renames the symbol declared at <paramref name="position"/> of <paramref name="documentId"/>;
        /// null when no candidate name gives code that compiles as well as before.
        /// </summary>
        public static async Task<Solution?> RenameAsync(Solution solution, ISymbol symbol, DocumentId documentId, int position, string wanted, bool keepForwarder, CancellationToken cancellationToken)
        {
            foreach (var candidate in Candidates(wanted))
            {
                if (await RenameConflicts.IsTakenAsync(solution, symbol, candidate, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                // Overloads share the name (and the diagnostic): renamed together, or the second would clash with the first.
                var options = new SymbolRenameOptions(RenameOverloads: symbol is IMethodSymbol);
                Solution renamed;
                try
                {
                    renamed = await Renamer.RenameSymbolAsync(solution, symbol, options, candidate, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    // The renamer cannot handle every symbol (it asserts on some tuple elements): no fix beats a crash.
                    return null;
                }
                if (keepForwarder)
                {
                    renamed = await AddForwardersAsync(solution, renamed, symbol, documentId, position, candidate, cancellationToken).ConfigureAwait(false);
                }

                if (PublicApiShape.IsPublicApi(symbol))
                {
                    var types = await PublicApiFiles.TypesAsync(solution, symbol, cancellationToken).ConfigureAwait(false);
                    renamed = await PublicApiFiles.UpdateAsync(renamed, types, symbol.Name, candidate, keepForwarder, cancellationToken).ConfigureAwait(false);
                }

                if (await CompileErrors.AddedAsync(solution, renamed, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                return RenameFiles(solution, renamed, symbol, candidate);
            }

            return null;
        }

        /// <summary>Where <paramref name="position"/> of a document moved to between two solutions.</summary>
        public static async Task<int> MapAsync(Solution before, Solution after, DocumentId documentId, int position, CancellationToken cancellationToken)
        {
            var oldDocument = before.GetDocument(documentId);
            var newDocument = after.GetDocument(documentId);
            if (oldDocument is null || newDocument is null || oldDocument == newDocument)
            {
                return position;
            }

            var changes = await newDocument.GetTextChangesAsync(oldDocument, cancellationToken).ConfigureAwait(false);
            return PositionMap.Map(position, changes);
        }

        // One forwarder per renamed declaration (every overload of a method), and for an interface member one
        // in every implementing type of the solution; last first so earlier positions stay put.
        private static async Task<Solution> AddForwardersAsync(Solution before, Solution after, ISymbol symbol, DocumentId documentId, int position, string newName, CancellationToken cancellationToken)
        {
            var declarations = new List<(DocumentId Document, int Position)> { (documentId, position) };
            var members = new List<ISymbol> { symbol };
            if (symbol is IMethodSymbol && symbol.ContainingType != null)
            {
                foreach (var overload in symbol.ContainingType.GetMembers(symbol.Name).OfType<IMethodSymbol>())
                {
                    if (!overload.Equals(symbol, SymbolEqualityComparer.Default) && ObsoleteForwarder.CanForward(overload)
                        && Declaration(before, overload, cancellationToken) is { } declaration)
                    {
                        declarations.Add(declaration);
                        members.Add(overload);
                    }
                }
            }

            if (symbol.ContainingType?.TypeKind == TypeKind.Interface)
            {
                foreach (var member in members)
                {
                    foreach (var implementation in await SymbolFinder.FindImplementationsAsync(member, before, cancellationToken: cancellationToken).ConfigureAwait(false))
                    {
                        if (implementation.ContainingType?.TypeKind != TypeKind.Interface && Declaration(before, implementation, cancellationToken) is { } declaration)
                        {
                            declarations.Add(declaration);
                        }
                    }
                }
            }

            var moved = new List<(DocumentId Document, int Position)>();
            foreach (var (document, at) in declarations.Distinct())
            {
                moved.Add((document, await MapAsync(before, after, document, at, cancellationToken).ConfigureAwait(false)));
            }

            foreach (var (document, at) in moved.OrderByDescending(d => d.Position))
            {
                after = await ObsoleteForwarder.AddAsync(after, document, at, symbol.Name, newName, cancellationToken).ConfigureAwait(false);
            }

            return after;
        }

        // Where a member's name is declared: its document and the identifier's start.
        private static (DocumentId Document, int Position)? Declaration(Solution solution, ISymbol member, CancellationToken cancellationToken)
        {
            if (member.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var node = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            var identifier = node switch
            {
                MethodDeclarationSyntax method => method.Identifier,
                PropertyDeclarationSyntax property => property.Identifier,
                EventDeclarationSyntax @event => @event.Identifier,
                VariableDeclaratorSyntax variable => variable.Identifier,
                _ => default,
            };
            var document = solution.GetDocument(node.SyntaxTree);
            return document is null || identifier == default ? null : (document.Id, identifier.SpanStart);
        }

        private static IEnumerable<string> Candidates(string wanted)
        {
            yield return wanted;
            for (int i = 2; i <= MaxSuffix; i++)
            {
                yield return wanted + i.ToString(CultureInfo.InvariantCulture);
            }
        }

        /// <summary>
        /// A top-level type's files named after it (Master.cs, Master.Designer.cs, Master{T}.cs) follow the
        /// new name, where the host can rename files (dotnet format's MSBuildWorkspace cannot, and would
        /// refuse the whole change).
        /// </summary>
        private static Solution RenameFiles(Solution before, Solution after, ISymbol symbol, string newName)
        {
            if (!(symbol is INamedTypeSymbol type) || type.ContainingType != null || !after.Workspace.CanApplyChange(ApplyChangesKind.ChangeDocumentInfo))
            {
                return after;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var document = before.GetDocument(reference.SyntaxTree);
                if (document is null || !IsNamedAfter(document.Name, type.Name))
                {
                    continue;
                }

                string newFileName = newName + document.Name.Substring(type.Name.Length);
                var project = after.GetProject(document.Project.Id)!;
                string? folder = document.FilePath is null ? null : Path.GetDirectoryName(document.FilePath);
                bool taken = project.Documents.Any(d => string.Equals(d.Name, newFileName, StringComparison.OrdinalIgnoreCase)
                    && (d.FilePath is null ? folder is null : string.Equals(Path.GetDirectoryName(d.FilePath), folder, StringComparison.OrdinalIgnoreCase)));
                if (taken)
                {
                    continue;
                }

                after = after.WithDocumentName(document.Id, newFileName);
                if (document.FilePath != null && folder != null)
                {
                    after = after.WithDocumentFilePath(document.Id, Path.Combine(folder, newFileName));
                }
            }

            return after;
        }

        private static bool IsNamedAfter(string fileName, string typeName)
            => fileName.StartsWith(typeName, StringComparison.Ordinal)
               && fileName.Length > typeName.Length
               && (fileName[typeName.Length] == '.' || fileName[typeName.Length] == '{' || fileName[typeName.Length] == '`');
    }
}
