using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// Generated code, skipped by us with the analyzer driver's own rules instead of by the driver. Left to the driver
    /// (GeneratedCodeAnalysisFlags.None), every diagnostic we report makes it walk every token of the diagnostic's tree
    /// once, looking for a [GeneratedCode] attribute: in a real build of Markdig, where six files have a finding, that walk
    /// was 15% of our analyzers' time. So the term analyzers run on all code and ask, only where they report:
    /// a generated tree (the driver tells a tree action; .editorconfig's generated_code, a generated file name or an
    /// &lt;auto-generated&gt; header otherwise), a #line hidden span, and a declaration marked
    /// [System.CodeDom.Compiler.GeneratedCode] around the place (itself or a containing type). The attribute is looked for
    /// with the semantic model only in a tree whose text names it. Beyond the driver's rules, a generator's notice in other
    /// words (the AWS SDK's "Do not modify this file. This file is generated from ...") makes a tree generated too.
    /// </summary>
    internal sealed class GeneratedCode
    {
        private const string AttributeName = "GeneratedCode";

        private readonly Compilation compilation;
        private readonly ConcurrentDictionary<SyntaxTree, bool> namesAttribute = new ConcurrentDictionary<SyntaxTree, bool>();
        private readonly ConcurrentDictionary<SyntaxTree, bool> generatedTrees = new ConcurrentDictionary<SyntaxTree, bool>();
        private readonly ConcurrentDictionary<SyntaxTree, bool> noticeTrees = new ConcurrentDictionary<SyntaxTree, bool>();
        private INamedTypeSymbol? attribute;
        private bool attributeResolved;

        public GeneratedCode(Compilation compilation) => this.compilation = compilation;

        /// <summary>
        /// Whether a finding at <paramref name="location"/>, in a tree that is not generated itself, lies in generated code:
        /// a #line hidden span or a declaration marked [GeneratedCode], as the driver decides.
        /// </summary>
        public bool Encloses(Location location, CancellationToken cancellationToken)
        {
            if (location.SourceTree is not { } tree)
            {
                return false;
            }

            if (IsHidden(tree, location.SourceSpan.Start, cancellationToken) || IsGeneratorNoticeTree(tree, cancellationToken))
            {
                return true;
            }

            if (!namesAttribute.GetOrAdd(tree, t => NamesAttribute(t, cancellationToken)) || Attribute() is not { } generated)
            {
                return false;
            }

            var model = compilation.GetSemanticModel(tree);
            for (var node = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true); node != null; node = node.Parent)
            {
                if (model.GetDeclaredSymbol(node, cancellationToken) is { } symbol && IsMarked(symbol, generated))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="symbol"/> itself carries [GeneratedCode] (not its containing types), for a member the driver
        /// did not judge on its own: read only in a tree whose text names the attribute.
        /// </summary>
        public bool MarksItself(ISymbol symbol, CancellationToken cancellationToken)
        {
            foreach (var location in symbol.Locations)
            {
                if (location.SourceTree is { } tree && namesAttribute.GetOrAdd(tree, t => NamesAttribute(t, cancellationToken)))
                {
                    return Attribute() is { } generated && IsMarkedItself(symbol, generated);
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="location"/> is in a generated tree, for a symbol declared in several trees (a partial
        /// type): the driver calls the symbol action once, and its diagnostics in generated parts were dropped.
        /// </summary>
        public bool InGeneratedTree(Location location, CancellationToken cancellationToken)
            => location.SourceTree is { } tree
                && (generatedTrees.GetOrAdd(tree, t => IsGeneratedTree(t, cancellationToken)) || IsHidden(tree, location.SourceSpan.Start, cancellationToken));

        // Under #line hidden (code a generator added around the user's own lines).
        private static bool IsHidden(SyntaxTree tree, int position, CancellationToken cancellationToken)
            => tree.HasHiddenRegions() && tree.GetLineVisibility(position, cancellationToken) == LineVisibility.Hidden;

        private bool IsGeneratedTree(SyntaxTree tree, CancellationToken cancellationToken)
        {
            switch (compilation.Options.SyntaxTreeOptionsProvider?.IsGenerated(tree, cancellationToken))
            {
                case GeneratedKind.MarkedGenerated:
                    return true;
                case GeneratedKind.NotGenerated:
                    return false;
            }

            return IsGeneratedFileName(tree.FilePath) || BeginsWithGeneratedComment(tree, cancellationToken) || IsGeneratorNoticeTree(tree, cancellationToken);
        }

        // A tree whose header is a generator's notice (see BeginsWithGeneratorNotice), read once per tree for both questions.
        private bool IsGeneratorNoticeTree(SyntaxTree tree, CancellationToken cancellationToken)
            => noticeTrees.GetOrAdd(tree, t => BeginsWithGeneratorNotice(t, cancellationToken));

        // The file names the compiler's generated-code heuristic knows.
        internal static bool IsGeneratedFileName(string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return false;
            }

            var name = Path.GetFileName(path);
            if (name.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var stem = Path.GetFileNameWithoutExtension(name);
            return stem.EndsWith(".designer", StringComparison.OrdinalIgnoreCase)
                || stem.EndsWith(".generated", StringComparison.OrdinalIgnoreCase)
                || stem.EndsWith(".g", StringComparison.OrdinalIgnoreCase)
                || stem.EndsWith(".g.i", StringComparison.OrdinalIgnoreCase);
        }

        // A comment before the first token that says <auto-generated> (or <autogenerated>).
        private static bool BeginsWithGeneratedComment(SyntaxTree tree, CancellationToken cancellationToken)
        {
            foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
                    || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
                {
                    var text = trivia.ToString();
                    if (text.IndexOf("<autogenerated", StringComparison.Ordinal) >= 0 || text.IndexOf("<auto-generated", StringComparison.Ordinal) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// A generator's notice in other words than &lt;auto-generated&gt;, in the comments before the first token: the word
        /// generated and a warning against editing, as the AWS SDK's models say ("Do not modify this file. This file is
        /// generated from the rds-2014-10-31.normal.json service model.") and Go's convention ("Code generated by X. DO NOT
        /// EDIT."). The names in such a file are the model's (an API's shapes and members): a rename belongs in the model
        /// or the generator, and is lost when the file is generated again. Either sign alone is not enough: a licence
        /// header that says "do not modify" or a comment about generated output stays hand-written.
        /// </summary>
        internal static bool BeginsWithGeneratorNotice(SyntaxTree tree, CancellationToken cancellationToken)
        {
            bool generated = false, noEdit = false;
            foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    var text = trivia.ToString();
                    generated |= text.IndexOf("generated", StringComparison.OrdinalIgnoreCase) >= 0;
                    noEdit |= text.IndexOf("do not modify", StringComparison.OrdinalIgnoreCase) >= 0
                        || text.IndexOf("do not edit", StringComparison.OrdinalIgnoreCase) >= 0;
                }
            }

            return generated && noEdit;
        }

        // The text spells the attribute's name (searched in the text, not token by token as the driver does).
        private static bool NamesAttribute(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken);
            if (SourceTexts.AsString(text) is { } whole)
            {
                return whole.IndexOf(AttributeName, StringComparison.Ordinal) >= 0;
            }

            // A large text held in chunks: searched a block at a time, never copied whole.
            var block = new char[8192];
            for (int start = 0; start < text.Length; start += block.Length - AttributeName.Length)
            {
                int count = Math.Min(block.Length, text.Length - start);
                text.CopyTo(start, block, 0, count);
                if (new string(block, 0, count).IndexOf(AttributeName, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }

                if (start + count >= text.Length)
                {
                    break;
                }
            }

            return false;
        }

        private INamedTypeSymbol? Attribute()
        {
            if (!attributeResolved)
            {
                attribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
                attributeResolved = true;
            }

            return attribute;
        }

        // The symbol or a symbol that contains it carries the attribute (namespaces cannot).
        private static bool IsMarkedItself(ISymbol symbol, INamedTypeSymbol generated)
        {
            foreach (var data in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, generated))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsMarked(ISymbol symbol, INamedTypeSymbol generated)
        {
            for (var current = symbol; current != null; current = current.ContainingSymbol)
            {
                if (current.Kind == SymbolKind.Namespace)
                {
                    continue;
                }

                foreach (var data in current.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, generated))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
