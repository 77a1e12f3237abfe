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

        // Each slot's two pairs are read without a lock (every symbol of every tree asks, from every analyzer thread: a lock
        // around them cost 30 ms of spinning in a real Markdig build). A version per pair, odd while a writer is in it,
        // tells a reader whether it read one writer's pair whole; a reader that did not just answers itself.
        private readonly int[] scanVersions;
        private readonly int[] matcherVersions;
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

            scanVersions = new int[slots.Count];
            matcherVersions = new int[slots.Count];
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

            int version = Volatile.Read(ref scanVersions[slot]);
            int known = firstCandidates[slot];
            bool same = ReferenceEquals(scannedWith[slot], matcher);
            Interlocked.MemoryBarrier();
            if (same && (version & 1) == 0 && Volatile.Read(ref scanVersions[slot]) == version)
            {
                return known;
            }

            // Two analyzers may scan the same tree at once; both find the same answer, and one of them keeps it.
            int first = Scan(tree, matcher, cancellationToken);
            if ((version & 1) == 0 && Interlocked.CompareExchange(ref scanVersions[slot], version + 1, version) == version)
            {
                firstCandidates[slot] = first;
                scannedWith[slot] = matcher;
                Volatile.Write(ref scanVersions[slot], version + 2);
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

            int version = Volatile.Read(ref matcherVersions[slot]);
            var known = matchers[slot];
            bool same = ReferenceEquals(matcherOwners[slot], owner);
            Interlocked.MemoryBarrier();
            if (same && (version & 1) == 0 && Volatile.Read(ref matcherVersions[slot]) == version)
            {
                return known;
            }

            var matcher = resolve(tree);
            if ((version & 1) == 0 && Interlocked.CompareExchange(ref matcherVersions[slot], version + 1, version) == version)
            {
                matchers[slot] = matcher;
                matcherOwners[slot] = owner;
                Volatile.Write(ref matcherVersions[slot], version + 2);
            }

            return matcher;
        }

        private static int Scan(SyntaxTree tree, TermMatcher matcher, CancellationToken cancellationToken)
        {
            // Every text, one string or chunks, is read through the thread's window: the search then runs the one loop
            // compiled for buffers (see TermMatcher.NextCandidate(CharWindow, ...)), and nothing is copied whole.
            var source = tree.GetText(cancellationToken);
            var window = SourceTextWindow.Over(source);
            try
            {
                int first = matcher.NextCandidate(window, 0, window.Length);
                if (first >= 0)
                {
                    return first;
                }

                // m\u0061ster declares "master" without spelling it: the symbol action still matches such names.
                return (SourceTexts.AsString(source) is { } text ? SourceTexts.HasUnicodeEscape(text) : window.HasUnicodeEscape()) ? NoneButEscapes : None;
            }
            finally
            {
                window.Release();
            }
        }
    }
}
