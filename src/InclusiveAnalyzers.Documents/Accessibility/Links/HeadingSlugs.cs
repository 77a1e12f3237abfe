using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>
    /// GitHub's anchor names for headings: lower case; letters, digits, marks, '_' and '-' kept;
    /// spaces become '-'; everything else dropped; repeats get -1, -2, ... skipping a suffixed name
    /// an earlier heading already has ("A", "A 1", "A" give a, a-1, a-2), as github-slugger and
    /// Markdig's auto-identifiers do.
    /// </summary>
    internal sealed class HeadingSlugs
    {
        private readonly HashSet<string> used = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> suffixes = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>The slug the next heading with this text gets (and whether its base was taken already).</summary>
        public string Next(string headingText, out bool duplicate)
        {
            var slug = Slug(headingText);
            duplicate = !used.Add(slug);
            if (!duplicate) return slug;
            suffixes.TryGetValue(slug, out int count);
            string numbered;
            do
            {
                count++;
                numbered = slug + "-" + count.ToString(CultureInfo.InvariantCulture);
            }
            while (!used.Add(numbered));
            suffixes[slug] = count;
            return numbered;
        }

        public static string Slug(string text) => SlugOf(text.Trim());

        /// <summary>
        /// The anchor GitHub gives a heading whose text an image or inline HTML interrupts: the text as rendered
        /// (image alts are not text there), untrimmed, so the space before or after the image stays a '-'.
        /// </summary>
        public static string RenderedTextSlug(string textWithoutAlts) => SlugOf(textWithoutAlts);

        private static string SlugOf(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                var category = char.GetUnicodeCategory(c);
                if (char.IsLetterOrDigit(c) || category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark ||
                    c == '_' || c == '-')
                {
                    sb.Append(char.ToLowerInvariant(c));
                }
                else if (c == ' ')
                {
                    sb.Append('-');
                }
            }
            return sb.ToString();
        }
    }
}
