namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Where a key can start, read once from the trie: the node after each ASCII character (upper and lower
    /// case alike; null for characters no key starts with), and whether any key starts outside ASCII.
    /// The candidate search reads this before anything else, so most characters cost one table read.
    /// </summary>
    internal sealed class FirstNodes
    {
        private readonly bool[] pairs = new bool[128 * 128];

        public FirstNodes(TermTrie trie)
        {
            for (char c = '\0'; c < 128; c++)
            {
                char n = TermTrie.Normalize(c);
                Ascii[c] = n == '\0' ? null : trie.Root.Next(n);
            }

            AnyOther = trie.Root.HasKeyAbove((char)127);
            for (char a = '0'; a < 128; a++)
            {
                var node = TermTrie.Normalize(a) == a ? Ascii[a] : null;
                for (char b = '0'; node != null && b < 128; b++)
                {
                    if (TermTrie.Normalize(b) == b && node.Next(b) != null)
                    {
                        pairs[(a << 7) | b] = true;
                    }
                }
            }
        }

        public TermTrie.Node?[] Ascii { get; } = new TermTrie.Node?[128];

        public bool AnyOther { get; }

        /// <summary>
        /// Whether some key goes on from the ASCII character <paramref name="first"/> to <paramref name="second"/>, both read
        /// through <see cref="TermTrie.Normalize"/> and both letters or digits: most places where a key's first
        /// letter stands fail here, without walking the trie.
        /// </summary>
        public bool Continues(char first, char second) => pairs[(TermTrie.Normalize(first) << 7) | TermTrie.Normalize(second)];
    }
}
