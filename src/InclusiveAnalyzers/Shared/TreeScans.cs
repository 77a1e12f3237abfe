using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// The hit-first scan's result per syntax tree, shared by the term analyzers of one compilation: each tree's
    /// text is scanned once however many analyzers (identifiers, comments, strings) and symbols ask. Most trees
    /// hold no candidate, and then every analyzer returns at once. One table per compilation, sized when the
    /// compilation is first seen, so a tree costs no allocation.
    /// </summary>
    internal sealed class TreeScans
    {
        /// <summary>No candidate in the tree, and no \u escape that could spell a name the text does not show.</summary>
        public const int None = -1;

        /// <summary>No candidate, but a \u escape: a declared name may still hold a term (symbol actions must look).</summary>
        public const int NoneButEscapes = -2;

        private const int NotScanned = int.MinValue;

        private static readonly ConditionalWeakTable<Compilation, TreeScans> PerCompilation = new ConditionalWeakTable<Compilation, TreeScans>();

        private readonly Dictionary<SyntaxTree, int> slots;
        private readonly object gate = new object();
        private readonly int[] firstCandidates;
        private readonly TermMatcher?[] scannedWith;
        private readonly TermMatcher?[] matchers;
        private readonly object?[] matcherOwners;

        private TreeScans(Compilation compilation)
        {
            var trees = compilation.SyntaxTrees;
            slots = new Dictionary<SyntaxTree, int>();
            foreach (var tree in trees)
            {
                slots[tree] = slots.Count;
            }

            firstCandidates = new int[slots.Count];
            scannedWith = new TermMatcher?[slots.Count];
            matchers = new TermMatcher?[slots.Count];
            matcherOwners = new object?[slots.Count];
            for (int i = 0; i < firstCandidates.Length; i++)
            {
                firstCandidates[i] = NotScanned;
            }
        }

        public static TreeScans For(Compilation compilation) => PerCompilation.GetValue(compilation, c => new TreeScans(c));

        /// <summary>
        /// The first candidate of <paramref name="matcher"/> in the tree's text, or <see cref="None"/> or
        /// <see cref="NoneButEscapes"/>. Scanned once per tree and matcher; a tree outside the compilation is scanned each time.
        /// </summary>
        public int FirstCandidate(SyntaxTree tree, TermMatcher matcher, CancellationToken cancellationToken)
        {
            if (!slots.TryGetValue(tree, out int slot))
            {
                return Scan(tree, matcher, cancellationToken);
            }

            lock (gate)
            {
                if (ReferenceEquals(scannedWith[slot], matcher))
                {
                    return firstCandidates[slot];
                }
            }

            // Two analyzers may scan the same tree at once; both find the same answer.
            int first = Scan(tree, matcher, cancellationToken);
            lock (gate)
            {
                scannedWith[slot] = matcher;
                firstCandidates[slot] = first;
            }

            return first;
        }

        /// <summary>
        /// The tree's matcher as <paramref name="resolve"/> makes it for <paramref name="owner"/> (the compilation's
        /// settings, the same object for every analyzer), resolved once per tree; null for a tree outside the compilation.
        /// </summary>
        public TermMatcher? MatcherFor(SyntaxTree tree, object owner, Func<SyntaxTree, TermMatcher> resolve)
        {
            if (!slots.TryGetValue(tree, out int slot))
            {
                return null;
            }

            lock (gate)
            {
                if (ReferenceEquals(matcherOwners[slot], owner))
                {
                    return matchers[slot];
                }
            }

            var matcher = resolve(tree);
            lock (gate)
            {
                matchers[slot] = matcher;
                matcherOwners[slot] = owner;
            }

            return matcher;
        }

        private static int Scan(SyntaxTree tree, TermMatcher matcher, CancellationToken cancellationToken)
        {
            var source = tree.GetText(cancellationToken);
            if (SourceTexts.AsString(source) is { } text)
            {
                int first = matcher.NextCandidate(text, 0, text.Length);
                if (first >= 0)
                {
                    return first;
                }

                // m\u0061ster declares "master" without spelling it: the symbol action still matches such names.
                return SourceTexts.HasUnicodeEscape(text) ? NoneButEscapes : None;
            }

            // A large file (Roslyn holds it in chunks) or an editor's snapshot: read through a window, not copied whole.
            var window = SourceTextWindow.Over(source);
            try
            {
                int first = matcher.NextCandidate(window, 0, window.Length);
                return first >= 0 ? first : window.HasUnicodeEscape() ? NoneButEscapes : None;
            }
            finally
            {
                window.Release();
            }
        }
    }
}
