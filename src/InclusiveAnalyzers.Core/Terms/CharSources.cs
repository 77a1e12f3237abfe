namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>Indexed characters: the candidate search runs over strings and over buffers with one generic loop (structs, so no call cost).</summary>
    internal interface ICharSource
    {
        char this[int index] { get; }
    }

    internal readonly struct StringChars : ICharSource
    {
        private readonly string text;

        public StringChars(string text) => this.text = text;

        public char this[int index] => text[index];
    }

    internal readonly struct ArrayChars : ICharSource
    {
        private readonly char[] text;

        public ArrayChars(char[] text) => this.text = text;

        public char this[int index] => text[index];
    }

    internal readonly struct WindowChars : ICharSource
    {
        private readonly CharWindow text;

        public WindowChars(CharWindow text) => this.text = text;

        public char this[int index] => text[index];
    }
}
