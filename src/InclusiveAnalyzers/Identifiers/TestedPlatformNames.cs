using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// A test named after the .NET platform API it exercises. Test code names its tests, fixtures and helper values
    /// after the member under test (<c>Abort_SendAndAbort_Success</c> calls <c>ClientWebSocket.Abort()</c>; an enum
    /// value <c>SinglePhaseVote.Aborted</c> selects <c>SinglePhaseEnlistment.Aborted()</c>), and a platform member's
    /// name is fixed: no one but the platform can rename it, so the test's name keeps it. Both signs must hold: the
    /// file is test code (it imports a test framework or declares a test method), and the words of a member or type
    /// that the file references, from an assembly signed with the platform's keys, run unbroken through the name over
    /// the term. A member of the project's own code (or a package's) is reported where it is declared, where its
    /// rename starts; an unresolved name, which a scan of loose files cannot place, stays reported.
    /// </summary>
    internal static class TestedPlatformNames
    {
        // The strong-name keys of .NET's own assemblies: ECMA and Microsoft (System.*, mscorlib, netstandard),
        // System.Private.CoreLib, .NET Core's shared framework, ASP.NET Core and Microsoft.Extensions, and the
        // older Microsoft shared key (WPF, System.Web).
        private static readonly ImmutableHashSet<string> PlatformKeys = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "b77a5c561934e089",
            "b03f5f7f11d50a3a",
            "7cec85d7bea7798e",
            "cc7b13ffcd2ddd51",
            "adb9793829ddae60",
            "31bf3856ad364e35");

        // Test frameworks' namespaces and their test attributes, as test code imports and writes them.
        private static readonly string[] FrameworkNamespaces = { "Xunit", "NUnit.Framework", "Microsoft.VisualStudio.TestTools.UnitTesting", "TUnit.Core" };
        private static readonly ImmutableHashSet<string> TestAttributes = ImmutableHashSet.Create(
            StringComparer.Ordinal, "Fact", "Theory", "Test", "TestCase", "TestCaseSource", "TestMethod", "DataTestMethod");

        // What a tree tells, read once per tree of a compilation: whether it is test code, and its simple names by spelling
        // (a file with thousands of matched names would otherwise be walked once per name). Kept per compilation: the
        // names resolve against its references, and an editor reuses a tree in the next compilation.
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, TreeNames>> Trees =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, TreeNames>>();

        /// <summary>Removes the matches that such a test's name takes from a platform API; true when some are left.</summary>
        public static bool KeepOwn(List<TermMatch> matches, ISymbol symbol, Compilation compilation, CancellationToken cancellationToken)
        {
            if (!(symbol is INamedTypeSymbol || symbol is IMethodSymbol || symbol is IFieldSymbol || symbol is IPropertySymbol)
                || symbol.Locations.IsEmpty || symbol.Locations[0].SourceTree is not { } tree)
            {
                return matches.Count > 0;
            }

            var names = Trees.GetValue(compilation, _ => new ConcurrentDictionary<SyntaxTree, TreeNames>())
                .GetOrAdd(tree, t => new TreeNames(t, cancellationToken));
            if (!names.IsTest)
            {
                return matches.Count > 0;
            }

            matches.RemoveAll(match =>
            {
                foreach (var spelling in names.Holding(symbol.Name.Substring(match.Start, match.Length)))
                {
                    if (NameWords.RunsThrough(symbol.Name, spelling, match.Start, match.End) && names.NamesPlatform(spelling, compilation, cancellationToken))
                    {
                        return true;
                    }
                }

                return false;
            });
            return matches.Count > 0;
        }

        private sealed class TreeNames
        {
            public TreeNames(SyntaxTree tree, CancellationToken cancellationToken)
            {
                var root = tree.GetRoot(cancellationToken) as CompilationUnitSyntax;
                IsTest = root != null && IsTestCode(root);
                if (IsTest)
                {
                    foreach (var name in root!.DescendantNodes().OfType<SimpleNameSyntax>())
                    {
                        var text = name.Identifier.ValueText;
                        if (!BySpelling.TryGetValue(text, out var list))
                        {
                            BySpelling.Add(text, list = new List<SimpleNameSyntax>());
                        }

                        list.Add(name);
                    }
                }
            }

            public bool IsTest { get; }

            private Dictionary<string, List<SimpleNameSyntax>> BySpelling { get; } = new Dictionary<string, List<SimpleNameSyntax>>(StringComparer.Ordinal);

            // Per matched word, the spellings that hold it; per spelling, whether some name so spelled is the platform's:
            // each read once, whatever the number of matched names in the file.
            private readonly ConcurrentDictionary<string, string[]> holding = new ConcurrentDictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            private readonly ConcurrentDictionary<string, bool> platform = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            private SemanticModel? model;

            public string[] Holding(string word)
                => holding.GetOrAdd(word, w => BySpelling.Keys.Where(text => text.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0).ToArray());

            public bool NamesPlatform(string spelling, Compilation compilation, CancellationToken cancellationToken)
                => platform.GetOrAdd(spelling, text =>
                {
                    var semantic = model ??= compilation.GetSemanticModel(BySpelling[text][0].SyntaxTree);
                    return BySpelling[text].Exists(name => IsPlatform(semantic.GetSymbolInfo(name, cancellationToken).Symbol));
                });
        }

        /// <summary>A file that imports a test framework or declares a method with a test attribute.</summary>
        internal static bool IsTestCode(CompilationUnitSyntax root)
        {
            foreach (var directive in root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
            {
                if (directive.Name?.ToString() is { } imported && Array.Exists(FrameworkNamespaces, ns => imported == ns || imported.StartsWith(ns + ".", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            // A test attribute sits in a method's attribute list: method bodies, most of a file's nodes, are not walked.
            foreach (var attribute in root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax || n is TypeDeclarationSyntax
                || n is MethodDeclarationSyntax || n is AttributeListSyntax).OfType<AttributeSyntax>())
            {
                var name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : attribute.Name.ToString();
                if (attribute.Parent?.Parent is MethodDeclarationSyntax
                    && (TestAttributes.Contains(name) || (name.EndsWith("Attribute", StringComparison.Ordinal) && TestAttributes.Contains(name.Substring(0, name.Length - "Attribute".Length)))))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPlatform(ISymbol? symbol)
        {
            if (!(symbol is INamedTypeSymbol || symbol is IMethodSymbol || symbol is IPropertySymbol || symbol is IFieldSymbol || symbol is IEventSymbol)
                || (symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource))
            {
                return false;
            }

            var key = symbol.ContainingAssembly?.Identity.PublicKeyToken;
            if (key is null || key.Value.IsDefaultOrEmpty)
            {
                return false;
            }

            var hex = new System.Text.StringBuilder(16);
            foreach (var b in key.Value)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return PlatformKeys.Contains(hex.ToString());
        }
    }
}
