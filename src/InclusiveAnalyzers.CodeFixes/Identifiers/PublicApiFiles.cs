using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>
    /// Projects that track their API with Microsoft.CodeAnalysis.PublicApiAnalyzers list it in
    /// PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt (AdditionalFiles). A renamed member's lines are
    /// copied under the new name into Unshipped (RS0016 quiet); a plain rename also marks the old lines
    /// removed (RS0017 quiet). Lines are derived from the existing ones, so their format is the analyzer's own.
    /// </summary>
    internal static class PublicApiFiles
    {
        private const string Shipped = "PublicAPI.Shipped.txt";
        private const string Unshipped = "PublicAPI.Unshipped.txt";
        private const string Removed = "*REMOVED*";

        /// <summary>The type names (as the files write them) whose members named like <paramref name="symbol"/> are renamed with it.</summary>
        public static async Task<HashSet<string>> TypesAsync(Solution solution, ISymbol symbol, CancellationToken cancellationToken)
        {
            var types = new HashSet<string>(StringComparer.Ordinal);
            if (symbol.ContainingType is null || symbol is INamedTypeSymbol || !solution.Projects.Any(HasFiles))
            {
                return types;
            }

            types.Add(Name(symbol.ContainingType));
            if (symbol.ContainingType.TypeKind == TypeKind.Interface)
            {
                foreach (var implementation in await SymbolFinder.FindImplementationsAsync(symbol, solution, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    types.Add(Name(implementation.ContainingType));
                }
            }
            else if (symbol.IsVirtual || symbol.IsAbstract)
            {
                foreach (var overriding in await SymbolFinder.FindOverridesAsync(symbol, solution, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    types.Add(Name(overriding.ContainingType));
                }
            }

            return types;
        }

        /// <summary>Adds the new names' lines (and, when the old name goes, its removal) to each project's Unshipped file.</summary>
        public static async Task<Solution> UpdateAsync(Solution solution, HashSet<string> types, string oldName, string newName, bool oldNameKept, CancellationToken cancellationToken)
        {
            if (types.Count == 0)
            {
                return solution;
            }

            foreach (var projectId in solution.ProjectIds)
            {
                var project = solution.GetProject(projectId)!;
                var unshipped = project.AdditionalDocuments.FirstOrDefault(d => IsNamed(d, Unshipped));
                if (unshipped is null)
                {
                    continue;
                }

                var shipped = project.AdditionalDocuments.FirstOrDefault(d => IsNamed(d, Shipped));
                var shippedLines = shipped is null ? new List<string>() : Lines(await shipped.GetTextAsync(cancellationToken).ConfigureAwait(false));
                var unshippedText = await unshipped.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var unshippedLines = Lines(unshippedText);
                var result = new List<string>(unshippedLines);
                bool changed = false;
                foreach (var (line, fromShipped) in shippedLines.Select(l => (l, true)).Concat(unshippedLines.Select(l => (l, false))).ToList())
                {
                    var renamed = Rename(line, types, oldName, newName);
                    if (renamed is null)
                    {
                        continue;
                    }

                    if (!result.Contains(renamed))
                    {
                        result.Add(renamed);
                        changed = true;
                    }

                    if (!oldNameKept)
                    {
                        changed = true;
                        if (fromShipped)
                        {
                            result.Add(Removed + line);
                        }
                        else
                        {
                            result.Remove(line);
                        }
                    }
                }

                if (changed)
                {
                    string newLine = unshippedText.ToString().Contains("\r\n") ? "\r\n" : "\n";
                    var text = string.Join(newLine, result.Where(l => l.Length > 0)) + newLine;
                    solution = solution.WithAdditionalDocumentText(unshipped.Id, SourceText.From(text, unshippedText.Encoding));
                }
            }

            return solution;
        }

        private static bool HasFiles(Project project) => project.AdditionalDocuments.Any(d => IsNamed(d, Unshipped));

        private static bool IsNamed(TextDocument document, string name)
            => string.Equals(Path.GetFileName(document.FilePath ?? document.Name), name, StringComparison.OrdinalIgnoreCase);

        private static List<string> Lines(SourceText text) => text.Lines.Select(l => l.ToString()).ToList();

        private static string Name(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

        // "[~]Ns.Type.Old(...) -> T", "Ns.Type.Old.get -> T", "Ns.Type.Old -> T", "Ns.Enum.Old = 1 -> Ns.Enum": the name right after the type.
        private static string? Rename(string line, HashSet<string> types, string oldName, string newName)
        {
            if (line.StartsWith(Removed, StringComparison.Ordinal) || line.StartsWith("#", StringComparison.Ordinal))
            {
                return null;
            }

            string prefix = line.StartsWith("~", StringComparison.Ordinal) ? "~" : "";
            string body = line.Substring(prefix.Length);
            foreach (var type in types)
            {
                string start = type + "." + oldName;
                if (body.StartsWith(start, StringComparison.Ordinal) && body.Length > start.Length && "(<. =".IndexOf(body[start.Length]) >= 0)
                {
                    return prefix + type + "." + newName + body.Substring(start.Length);
                }
            }

            return null;
        }
    }
}
