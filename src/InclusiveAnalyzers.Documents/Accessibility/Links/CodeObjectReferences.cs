using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>
    /// Reference links whose label names a code object: <c>[`ValueError`][]</c>,
    /// <c>[`ValidationError`][pydantic_core.ValidationError]</c>, <c>[the vector][std::vec::Vec]</c>. API documentation
    /// generators resolve these at build time (mkdocstrings' autorefs in MkDocs sites, rustdoc's intra-doc links), so no
    /// Markdown definition is missing. A file that defines such labels by hand (<c>[`serde`]: https://serde.rs</c>)
    /// links its code names itself, and an undefined one there is a broken link.
    /// </summary>
    internal static class CodeObjectReferences
    {
        // The last part of a dotted label that makes it a file or a host name, not a code path: [notes][CONTRIBUTING.md].
        private static readonly HashSet<string> FileOrHostEndings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "md", "mdx", "rst", "txt", "html", "htm", "json", "yml", "yaml", "toml", "xml", "cfg", "ini", "lock",
            "py", "js", "mjs", "ts", "rs", "go", "cs", "java", "rb", "php", "sh", "ps1", "png", "svg", "jpg", "gif", "pdf", "zip",
            "com", "org", "net", "io", "dev", "app", "edu", "gov",
        };

        /// <summary>True when some definition of the file has a code-object label: the file links code names by hand.</summary>
        public static bool DefinesCodeLabels(MarkdownModel model)
        {
            foreach (var definition in model.Definitions)
            {
                if (definition.Label != null && IsCodeObject(definition.Label)) return true;
            }
            return false;
        }

        /// <summary>
        /// A code span holding a code path (<c>`RecursionError`</c>, <c>`pydantic.BaseModel`</c>, <c>`Vec::new()`</c>), or a
        /// qualified name written plainly: parts joined by <c>::</c>, or by dots with a capital or an underscore after the
        /// first dot or three parts or more (<c>pydantic_core.ValidationError</c>, <c>pydantic.main.model_validate</c>).
        /// <c>json.dumps</c>, <c>README.md</c> and <c>example.com</c> read as words or names of files and hosts.
        /// </summary>
        public static bool IsCodeObject(string label)
        {
            var text = label.Trim();
            int ticks = 0;
            while (ticks < text.Length && text[ticks] == '`') ticks++;
            if (ticks > 0)
            {
                int close = text.Length;
                while (close > ticks && text[close - 1] == '`') close--;
                if (text.Length - close != ticks || close == ticks) return false;
                var inner = text.Substring(ticks, close - ticks).Trim();
                if (inner.EndsWith("()", StringComparison.Ordinal)) inner = inner.Substring(0, inner.Length - 2);
                return Parts(inner, out _, out _) > 0;
            }
            int parts = Parts(text, out bool colons, out bool codeLike);
            if (parts < 2) return false;
            if (colons) return true;
            int lastDot = text.LastIndexOf('.');
            if (FileOrHostEndings.Contains(text.Substring(lastDot + 1))) return false;
            return codeLike || parts >= 3;
        }

        /// <summary>
        /// The number of identifier parts of <paramref name="text"/> joined by '.' or '::' (0 when it is not such a path);
        /// whether '::' joins them, and whether a part after the first holds a capital or an underscore.
        /// </summary>
        private static int Parts(string text, out bool colons, out bool codeLike)
        {
            colons = false;
            codeLike = false;
            int parts = 0, i = 0;
            while (true)
            {
                if (i >= text.Length || !((char.IsLetter(text[i]) && text[i] < 128) || text[i] == '_')) return 0;
                int start = i;
                while (i < text.Length && ((char.IsLetterOrDigit(text[i]) && text[i] < 128) || text[i] == '_'))
                {
                    if (parts > 0 && (char.IsUpper(text[i]) || text[i] == '_')) codeLike = true;
                    i++;
                }
                parts++;
                if (i == text.Length) return parts;
                if (text[i] == '.') { i++; continue; }
                if (i + 1 < text.Length && text[i] == ':' && text[i + 1] == ':') { colons = true; i += 2; continue; }
                return 0;
            }
        }
    }
}
