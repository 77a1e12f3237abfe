using System.Collections.Generic;

namespace InclusiveAnalyzers.Core
{
    /// <summary>
    /// One problem in one file, as every door reports it. Lines and columns are 1-based;
    /// the end is exclusive (the column just past the last character), as in SARIF.
    /// A file-level finding has Line = 0.
    /// </summary>
    public sealed class Finding
    {
        public Finding(string ruleId, Severity severity, string message, string path, int line, int column, int endLine, int endColumn)
        {
            RuleId = ruleId;
            Severity = severity;
            Message = message;
            Path = path;
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        public string RuleId { get; }
        public Severity Severity { get; set; }
        public string Message { get; }
        public string Path { get; set; }
        public int Line { get; }
        public int Column { get; }
        public int EndLine { get; }
        public int EndColumn { get; }

        /// <summary>Offset of the finding in the file's text (UTF-16 units), or -1 when not known.</summary>
        public int Offset { get; set; } = -1;
        public int Length { get; set; }

        /// <summary>The catalog term id, for wording findings.</summary>
        public string? Term { get; set; }
        public IReadOnlyList<string>? Replacements { get; set; }

        /// <summary>
        /// A hash of the markup the finding is about (its source lines, whitespace collapsed), equal for
        /// copies of the same template markup in other documents; null when there is none. See FindingFolder.
        /// </summary>
        public string? Fingerprint { get; set; }

        /// <summary>Extra key/value facts for JSON/SARIF (e.g. the code-of-conduct grade).</summary>
        public IDictionary<string, string>? Properties { get; set; }

        public override string ToString() => $"{Path}:{Line}:{Column}: {Severity.ToName()} {RuleId} {Message}";
    }
}
