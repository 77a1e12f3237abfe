using System;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// Standalone page or fragment (include, partial, snippet)? Page-level rules (first heading,
    /// single h1, page language and title) would only produce noise on fragments.
    /// </summary>
    internal static class DocumentRole
    {
        private static readonly string[] FragmentFolders = { "_includes", "includes", "snippets", "_snippets", "partials", "_partials" };

        /// <summary>
        /// GitHub issue and pull-request templates (a file of that name, or any file in a folder of that name):
        /// their text fills an issue's body, under the issue's own title, so they start at any level.
        /// </summary>
        private static readonly string[] TemplateNames = { "issue_template", "pull_request_template" };

        /// <summary>The per-file marker wins; then the path (folders, leading underscore, configured globs).</summary>
        public static bool IsFragmentPath(string relativePath, AccessibilityOptions options, Func<string, string, bool>? globMatch)
        {
            var path = relativePath.Replace('\\', '/');
            var segments = path.Split('/');
            for (int i = 0; i < segments.Length - 1; i++)
            {
                foreach (var folder in FragmentFolders)
                {
                    if (string.Equals(segments[i], folder, StringComparison.OrdinalIgnoreCase)) return true;
                }
                if (IsTemplateName(segments[i])) return true;
            }
            var name = segments[segments.Length - 1];
            if (name.StartsWith("_", StringComparison.Ordinal)) return true;
            int dot = name.LastIndexOf('.');
            var baseName = dot > 0 ? name.Substring(0, dot) : name;
            if (IsTemplateName(baseName) || IsNamedAsInclude(baseName)) return true;
            if (globMatch != null && options.FragmentGlobs != null)
            {
                foreach (var glob in options.FragmentGlobs)
                {
                    if (!string.IsNullOrEmpty(glob) && globMatch(glob, path)) return true;
                }
            }
            return false;
        }

        /// <summary>
        /// A file named as an include or partial: an <c>include-</c>/<c>include_</c> prefix (Uno's DocFX tutorials,
        /// <c>counterapp/include-intro.md</c>) or an <c>include</c>/<c>partial</c> suffix after a dot, dash or
        /// underscore (docs.particular.net's <c>warning.include.md</c>, <c>scanning_nested_core_[6,].partial.md</c>).
        /// Only a whole leading or trailing word counts: <c>partial-classes.md</c> and <c>includes.md</c> are pages.
        /// </summary>
        private static bool IsNamedAsInclude(string name)
        {
            if (name.Length > 8 && name.StartsWith("include", StringComparison.OrdinalIgnoreCase) && (name[7] == '-' || name[7] == '_')) return true;
            return EndsWithWord(name, "include") || EndsWithWord(name, "partial");
        }

        private static bool EndsWithWord(string name, string word)
        {
            int start = name.Length - word.Length;
            if (start < 2 || !name.EndsWith(word, StringComparison.OrdinalIgnoreCase)) return false;
            char before = name[start - 1];
            return before == '.' || before == '-' || before == '_';
        }

        private static bool IsTemplateName(string name)
        {
            foreach (var template in TemplateNames)
            {
                if (string.Equals(name, template, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        /// <summary>
        /// Reads an <c>&lt;!-- inclusive-document: fragment --&gt;</c> or <c>standalone</c> marker.
        /// Returns true for fragment, false for standalone, null when there is no marker.
        /// </summary>
        public static bool? Marker(string text) => Marker(text, "<!--");

        /// <summary>As above, in comments opened by <paramref name="opener"/> (Razor's <c>@*</c>).</summary>
        public static bool? Marker(string text, string opener)
        {
            int index = 0;
            while ((index = text.IndexOf("inclusive-document", index, StringComparison.Ordinal)) >= 0)
            {
                int open = text.LastIndexOf(opener, index, Math.Min(index + 1, 64), StringComparison.Ordinal);
                int i = index + "inclusive-document".Length;
                index = i;
                if (open < 0 || text.Substring(open + opener.Length, i - "inclusive-document".Length - open - opener.Length).Trim().Length != 0) continue;
                while (i < text.Length && (text[i] == ' ' || text[i] == ':' || text[i] == '\t')) i++;
                if (string.Compare(text, i, "fragment", 0, 8, StringComparison.OrdinalIgnoreCase) == 0) return true;
                if (string.Compare(text, i, "standalone", 0, 10, StringComparison.OrdinalIgnoreCase) == 0) return false;
            }
            return null;
        }
    }
}
