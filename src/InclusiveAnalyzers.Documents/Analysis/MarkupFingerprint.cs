using InclusiveAnalyzers.Core.Reporting;

namespace InclusiveAnalyzers.Documents.Analysis
{
    /// <summary>
    /// The fingerprint a finding carries for folding (Core's FindingFolder): a stable hash of the
    /// span's own text and of the source lines around it, whitespace runs collapsed. Template markup
    /// copied into many pages (a breadcrumb, a logo, a footer line in Markdown) hashes the same in
    /// each; the same word in other sentences does not, because the line is part of it. "../" is left
    /// out everywhere, as a template's relative links change with the page's depth. Lines are
    /// clipped to <see cref="Context"/> characters either side, so a minified page costs no more.
    /// Hashes in place: nothing is allocated but the result.
    /// HTML elements are fingerprinted by <see cref="OfElement"/> instead.
    /// </summary>
    internal static class MarkupFingerprint
    {
        private const int Context = 200;

        public static string Of(string text, int offset, int length)
        {
            if (offset < 0 || offset > text.Length) offset = text.Length;
            var end = length <= 0 ? offset : System.Math.Min(text.Length, offset + length);
            var lineStart = offset;
            while (lineStart > 0 && offset - lineStart < Context && text[lineStart - 1] != '\n') lineStart--;
            var lineEnd = end;
            while (lineEnd < text.Length && lineEnd - end < Context && text[lineEnd] != '\n' && text[lineEnd] != '\r') lineEnd++;

            var hash = Collapsed(StableHash.Seed, text, offset, end);
            hash = StableHash.Add(hash, '\u0001');
            hash = Collapsed(hash, text, lineStart, lineEnd);
            return StableHash.ToText(hash);
        }

        /// <summary>
        /// An HTML element as a page template makes it: its tag and attributes (values without
        /// "../" and a leading "./", since a template's relative links change with the page's depth) and
        /// the tag, id and class of each ancestor. Its text is left out: templates fill it per page
        /// (a breadcrumb's page title), and findings about the text name it in their message.
        /// </summary>
        public static string OfElement(AngleSharp.Dom.IElement element)
        {
            var hash = StableHash.Add(StableHash.Seed, element.LocalName);
            foreach (var attribute in element.Attributes)
            {
                hash = StableHash.Add(StableHash.Add(hash, ' '), attribute.Name);
                hash = StableHash.Add(hash, '=');
                var value = attribute.Value ?? string.Empty;
                hash = Collapsed(hash, value, RelativeStart(value), value.Length);
            }

            for (var parent = element.ParentElement; parent != null; parent = parent.ParentElement)
            {
                hash = StableHash.Add(StableHash.Add(hash, '<'), parent.LocalName);
                hash = StableHash.Add(StableHash.Add(hash, '#'), parent.Id);
                hash = StableHash.Add(StableHash.Add(hash, '.'), parent.ClassName);
            }

            return StableHash.ToText(hash);
        }

        private static int RelativeStart(string value) => value.StartsWith("./", System.StringComparison.Ordinal) ? 2 : 0;

        /// <summary>Adds text[start, end) with leading/trailing whitespace dropped and inner runs as one space.</summary>
        private static ulong Collapsed(ulong hash, string text, int start, int end)
        {
            bool pending = false, any = false;
            for (int i = start; i < end; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    pending = any;
                    continue;
                }

                if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '/')
                {
                    // "../" says how deep the page is, not what the template links to.
                    i += 2;
                    continue;
                }

                if (pending) hash = StableHash.Add(hash, ' ');
                pending = false;
                any = true;
                hash = StableHash.Add(hash, c);
            }

            return hash;
        }
    }
}
