using System;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// A character trie over normalised keys (lowercase letters and digits; spaces, hyphens and
    /// apostrophes removed), so one walk matches "WhiteList", "white_list" and "whitelist" alike.
    /// </summary>
    internal sealed class TermTrie
    {
        public readonly Node Root = new Node();

        /// <summary>What a key leads to: a reportable term, or a shield (exception, allowed phrase, disabled term).</summary>
        internal sealed class Entry
        {
            public Entry(Term? term, WordForm form, Severity severity, bool reportable, string? exactText = null)
            {
                ExactText = exactText;
                Term = term;
                Form = form;
                Severity = severity;
                Reportable = reportable;
            }

            public Term? Term { get; }
            public WordForm Form { get; }
            public Severity Severity { get; }
            public bool Reportable { get; }

            /// <summary>For acronym terms: the form in capitals; the letters matched must equal it exactly.</summary>
            public string? ExactText { get; }
        }

        internal sealed class Node
        {
            private static readonly char[] NoKeys = Array.Empty<char>();
            private static readonly Node[] NoChildren = Array.Empty<Node>();
            private char[] keys = NoKeys;
            private Node[] children = NoChildren;

            public Entry? Entry { get; set; }

            // Nodes with many children (the root) get a direct table for ASCII: most words stop here.
            private Node?[]? ascii;

            // Inlined into the candidate scan, which is optimised at once (see TermMatcher.NextCandidate).
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            public Node? Next(char c)
            {
                if (ascii != null && c < 128)
                {
                    return ascii[c];
                }

                var k = keys;
                for (int i = 0; i < k.Length; i++)
                {
                    if (k[i] == c)
                    {
                        return children[i];
                    }
                }

                return null;
            }

            /// <summary>Whether a child is keyed by a character above <paramref name="limit"/>.</summary>
            public bool HasKeyAbove(char limit)
            {
                foreach (var key in keys)
                {
                    if (key > limit)
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>The node's children in the order they were added (the compiled catalog writes them so).</summary>
            internal int ChildCount => keys.Length;

            internal char KeyAt(int index) => keys[index];

            internal Node ChildAt(int index) => children[index];

            /// <summary>Sets a new node's children at once, as <see cref="GetOrAdd"/> would have left them (the compiled catalog's reader).</summary>
            internal void Attach(char[] newKeys, Node[] newChildren)
            {
                keys = newKeys;
                children = newChildren;
                if (keys.Length >= 8)
                {
                    ascii = new Node?[128];
                    for (int i = 0; i < keys.Length; i++)
                    {
                        if (keys[i] < 128)
                        {
                            ascii[keys[i]] = children[i];
                        }
                    }
                }
            }

            public Node GetOrAdd(char c)
            {
                var existing = Next(c);
                if (existing != null)
                {
                    return existing;
                }

                var node = new Node();
                Array.Resize(ref keys, keys.Length + 1);
                Array.Resize(ref children, children.Length + 1);
                keys[keys.Length - 1] = c;
                children[children.Length - 1] = node;
                if (keys.Length >= 8)
                {
                    ascii ??= new Node?[128];
                    for (int i = 0; i < keys.Length; i++)
                    {
                        if (keys[i] < 128)
                        {
                            ascii[keys[i]] = children[i];
                        }
                    }
                }

                return node;
            }
        }

        /// <summary>
        /// Adds a key. A shield always replaces a term on the same key (an exception beats the word);
        /// otherwise the first entry added keeps the key.
        /// </summary>
        public void Add(string phrase, Entry entry)
        {
            var node = Root;
            bool any = false;
            foreach (char raw in phrase)
            {
                char c = Normalize(raw);
                if (c == '\0')
                {
                    continue;
                }

                node = node.GetOrAdd(c);
                any = true;
            }

            if (!any)
            {
                return;
            }

            if (node.Entry is null || (!entry.Reportable && node.Entry.Reportable))
            {
                node.Entry = entry;
            }
        }

        /// <summary>Lowercases letters and digits; returns '\0' for characters that keys ignore.</summary>
        // Inlined into the candidate scan and the tokenizer, which call it for every character.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static char Normalize(char c)
        {
            if (c >= 'a' && c <= 'z')
            {
                return c;
            }

            if (c >= 'A' && c <= 'Z')
            {
                return (char)(c + 32);
            }

            if (c >= '0' && c <= '9')
            {
                return c;
            }

            if (c < 128)
            {
                return '\0';
            }

            return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
        }
    }
}
