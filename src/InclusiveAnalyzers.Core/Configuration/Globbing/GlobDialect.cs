namespace InclusiveAnalyzers.Core.Configuration.Globbing
{
    /// <summary>How a dialect reads "**".</summary>
    public enum DoubleStar
    {
        /// <summary>Any run of characters, '/' included, wherever it stands (.editorconfig: "**/" needs a folder).</summary>
        AnyRun,

        /// <summary>"**/" is zero or more whole folders; any other "**" is any run (inclusive.json).</summary>
        AnyRunOrFolders,

        /// <summary>Only a whole segment crosses folders: "**/" zero or more folders, a trailing "/**" everything inside; elsewhere "**" is "*" (.gitignore).</summary>
        WholeSegment,
    }

    /// <summary>
    /// What one file format's glob syntax allows, for <see cref="GlobCompiler"/>. Anchoring, negation and a
    /// trailing '/' are decided by each format's own front end (Glob, EditorConfigSection, GitIgnoreFile),
    /// which hands the compiler the pattern body; docs/configuration.md has the table of the three dialects.
    /// </summary>
    public sealed class GlobDialect
    {
        /// <summary>inclusive.json include/exclude/overrides: lenient, braces, '\' is a path separator (folded before compiling).</summary>
        public static readonly GlobDialect InclusiveJson = new GlobDialect("inclusive.json", DoubleStar.AnyRunOrFolders)
        {
            Braces = true,
        };

        /// <summary>.editorconfig section names, read with the C# compiler's grammar: strict, braces, {n..m}, '?' crosses '/'.</summary>
        public static readonly GlobDialect EditorConfig = new GlobDialect(".editorconfig", DoubleStar.AnyRun)
        {
            Braces = true,
            NumberRanges = true,
            Strict = true,
            BackslashEscapes = true,
            QuestionMatchesSlash = true,
        };

        /// <summary>.gitignore lines, read with git's rules: no braces, '\' escapes, "[^...]" negates too, ']' first in a class is literal.</summary>
        public static readonly GlobDialect GitIgnore = new GlobDialect(".gitignore", DoubleStar.WholeSegment)
        {
            BackslashEscapes = true,
            CaretNegatesClass = true,
            BracketFirstIsLiteral = true,
        };

        private GlobDialect(string name, DoubleStar doubleStar)
        {
            Name = name;
            DoubleStar = doubleStar;
        }

        public string Name { get; }

        public DoubleStar DoubleStar { get; }

        /// <summary>"{a,b}" alternatives (nestable, at most <see cref="GlobBuilder.MaxGroupDepth"/> deep); otherwise '{' is literal.</summary>
        public bool Braces { get; private set; }

        /// <summary>"{n..m}": an integer between n and m (either order, optionally negative).</summary>
        public bool NumberRanges { get; private set; }

        /// <summary>
        /// A malformed pattern (unclosed '{' or '[', a ',' or '}' outside braces, a trailing '\') matches nothing.
        /// Otherwise an unclosed '[' and a stray ',' or '}' are literal, unclosed braces close at the end and a trailing '\' is dropped.
        /// </summary>
        public bool Strict { get; private set; }

        /// <summary>'\' makes the next character literal (also inside "[...]").</summary>
        public bool BackslashEscapes { get; private set; }

        /// <summary>'?' matches '/' as well.</summary>
        public bool QuestionMatchesSlash { get; private set; }

        /// <summary>"[^...]" negates as "[!...]" does.</summary>
        public bool CaretNegatesClass { get; private set; }

        /// <summary>A ']' right after "[" (or "[!") is a character of the class, not its end.</summary>
        public bool BracketFirstIsLiteral { get; private set; }

        public override string ToString() => Name;
    }
}
