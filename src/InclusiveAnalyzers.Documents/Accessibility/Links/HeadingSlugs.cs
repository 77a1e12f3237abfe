using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>
    /// GitHub's anchor names for headings: lower case; letters, digits, marks, '_' and '-' kept;
    /// spaces become '-'; everything else dropped; repeats get -1, -2, ...
    /// </summary>
    internal sealed class HeadingSlugs
    {
        private readonly Dictionary<string, int> seen = new Dictionary<string, int>();

        /// <summary>The slug the next heading with this text gets (and whether its base was taken already).</summary>
        public string Next(string headingText, out bool duplicate)
        {
            var slug = Slug(headingText);
            if (seen.TryGetValue(slug, out int count))
            {
                duplicate = true;
                seen[slug] = count + 1;
                var numbered = slug + "-" + count.ToString(CultureInfo.InvariantCulture);
                seen[numbered] = 1;
                return numbered;
            }
            duplicate = false;
            seen[slug] = 1;
            return slug;
        }

        public static string Slug(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text.Trim())
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
