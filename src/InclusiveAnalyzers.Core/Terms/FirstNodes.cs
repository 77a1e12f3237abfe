namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Where a key can start, read once from the trie: the node after each ASCII character (upper and lower
    /// case alike; null for characters no key starts with), and whether any key starts outside ASCII.
    /// The candidate search reads this before anything else, so most characters cost one table read.
    /// </summary>
    internal sealed class FirstNodes
    {
        public FirstNodes(TermTrie trie)
        {
            for (char c = '\0'; c < 128; c++)
            {
                char n = TermTrie.Normalize(c);
                Ascii[c] = n == '\0' ? null : trie.Root.Next(n);
            }

            AnyOther = trie.Root.HasKeyAbove((char)127);
        }

        public TermTrie.Node?[] Ascii { get; } = new TermTrie.Node?[128];

        public bool AnyOther { get; }
    }
}
