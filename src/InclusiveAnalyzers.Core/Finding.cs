using System.Collections.Generic;

namespace InclusiveAnalyzers.Core
{
    /// <summary>
    /// One problem in one file, as every door reports it. Lines and columns are 1-based;
    /// the end is exclusive (the column just past the last character), as in SARIF.
    /// A file-level finding has Line = 0. Immutable: a door that reports it at another severity or
    /// with another message makes a copy (<see cref="WithSeverity"/>, <see cref="WithMessage"/>).
    /// </summary>
    public sealed class Finding
    {
        /// <param name="path">The file's full path (or the path as the caller gave it, for text held in memory).</param>
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
        public Severity Severity { get; private set; }
        public string Message { get; private set; }

        /// <summary>The file's full path, as every door locates it (the path as given for text held in memory).</summary>
        public string Path { get; }

        /// <summary>
        /// The path people read (relative to the repository root or scan root, with '/'); the
        /// <see cref="Path"/> when not set. What folded messages, SARIF URIs and text reports show.
        /// </summary>
        public string DisplayPath
        {
            get => displayPath ?? Path;
            init => displayPath = value;
        }

        public int Line { get; }
        public int Column { get; }
        public int EndLine { get; }
        public int EndColumn { get; }

        /// <summary>Offset of the finding in the file's text (UTF-16 units), or -1 when not known.</summary>
        public int Offset { get; init; } = -1;
        public int Length { get; init; }

        /// <summary>The catalog term id, for wording findings.</summary>
        public string? Term { get; init; }
        public IReadOnlyList<string>? Replacements { get; init; }

        /// <summary>
        /// For wording findings: the replacements as written in place of the reported text (its casing and word form
        /// kept: 'Blacklisted' -> 'Denylisted'), best first, for fixes that edit the text; null when not known.
        /// Not part of the reports (they carry <see cref="Replacements"/>).
        /// </summary>
        public IReadOnlyList<string>? Suggestions { get; set; }

        /// <summary>
        /// A hash of the markup the finding is about (its source lines, whitespace collapsed), equal for
        /// copies of the same template markup in other documents; null when there is none. See FindingFolder.
        /// </summary>
        public string? Fingerprint { get; init; }

        /// <summary>Extra key/value facts for JSON/SARIF (e.g. the code-of-conduct grade).</summary>
        public IReadOnlyDictionary<string, string>? Properties
        {
            get => properties;
            init => properties = value;
        }

        private readonly string? displayPath;
        private IReadOnlyDictionary<string, string>? properties;

        /// <summary>This finding at another severity (itself when the severity is the same).</summary>
        public Finding WithSeverity(Severity severity) => severity == Severity ? this : Copy(f => f.Severity = severity);

        /// <summary>This finding with another message (a folded finding's count, for one).</summary>
        public Finding WithMessage(string message) => Copy(f => f.Message = message);

        /// <summary>This finding with one more property (or that property's value replaced).</summary>
        public Finding WithProperty(string key, string value)
        {
            var properties = new Dictionary<string, string>();
            foreach (var pair in Properties ?? new Dictionary<string, string>())
            {
                properties[pair.Key] = pair.Value;
            }

            properties[key] = value;
            return Copy(f => f.properties = properties);
        }

        private Finding Copy(System.Action<Finding> change)
        {
            var copy = (Finding)MemberwiseClone();
            change(copy);
            return copy;
        }

        public override string ToString() => $"{DisplayPath}:{Line}:{Column}: {Severity.ToName()} {RuleId} {Message}";
    }
}
