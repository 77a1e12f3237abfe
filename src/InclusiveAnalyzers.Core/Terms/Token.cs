namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>What separates a word from the one before it; a phrase may only continue across a joining gap.</summary>
    public enum Gap : byte
    {
        /// <summary>Nothing: a case or digit boundary inside one word (WhiteList).</summary>
        None,
        Underscore,
        Hyphen,
        Slash,
        Space,
        /// <summary>Punctuation, a paragraph break, masked text: a phrase never spans it.</summary>
        Break,
    }

    /// <summary>A word with its exact span in the source text.</summary>
    public readonly struct Token
    {
        public Token(int start, int length, Gap gap)
        {
            Start = start;
            Length = length;
            GapBefore = gap;
        }

        public int Start { get; }
        public int Length { get; }
        public int End => Start + Length;
        public Gap GapBefore { get; }

        public override string ToString() => $"[{Start},{Length}) after {GapBefore}";
    }
}
