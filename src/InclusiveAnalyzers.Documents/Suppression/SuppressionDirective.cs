using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Suppression
{
    internal enum DirectiveKind
    {
        Disable,
        Enable,
        DisableLine,
        DisableNextLine,
    }

    /// <summary>One <c>&lt;!-- inclusive-… --&gt;</c> (or aliased markdownlint) comment.</summary>
    internal sealed class SuppressionDirective
    {
        public SuppressionDirective(DirectiveKind kind, int offset, int line, int endLine, IReadOnlyList<string> ids, bool markdownlint)
        {
            Kind = kind;
            Offset = offset;
            Line = line;
            EndLine = endLine;
            Ids = ids;
            FromMarkdownlint = markdownlint;
        }

        public DirectiveKind Kind { get; }
        public int Offset { get; }
        /// <summary>1-based lines where the comment starts and ends.</summary>
        public int Line { get; }
        public int EndLine { get; }
        /// <summary>Rule ids (ours or markdownlint's), or term ids; empty means every rule.</summary>
        public IReadOnlyList<string> Ids { get; }
        public bool FromMarkdownlint { get; }
    }
}
