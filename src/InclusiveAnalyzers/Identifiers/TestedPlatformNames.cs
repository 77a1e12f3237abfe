using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

        /// <summary>Removes the matches that such a test's name takes from a platform API; true when some are left.</summary>
        public static bool KeepOwn(List<TermMatch> matches, ISymbol symbol, Compilation compilation, CancellationToken cancellationToken)
        {
            if (!(symbol is INamedTypeSymbol || symbol is IMethodSymbol || symbol is IFieldSymbol || symbol is IPropertySymbol)
                || symbol.Locations.IsEmpty || symbol.Locations[0].SourceTree is not { } tree
                || tree.GetRoot(cancellationToken) is not CompilationUnitSyntax root || !IsTestCode(root))
            {
                return matches.Count > 0;
            }

            SemanticModel? model = null;
            matches.RemoveAll(match =>
            {
                var matched = symbol.Name.Substring(match.Start, match.Length);
                foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    var text = name.Identifier.ValueText;
                    if (text.IndexOf(matched, StringComparison.OrdinalIgnoreCase) >= 0 && NameWords.RunsThrough(symbol.Name, text, match.Start, match.End))
                    {
                        model ??= compilation.GetSemanticModel(tree);
                        if (IsPlatform(model.GetSymbolInfo(name, cancellationToken).Symbol))
                        {
                            return true;
                        }
                    }
                }

                return false;
            });
            return matches.Count > 0;
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

            foreach (var attribute in root.DescendantNodes().OfType<AttributeSyntax>())
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
