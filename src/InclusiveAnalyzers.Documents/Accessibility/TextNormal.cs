using System.Text;

namespace InclusiveAnalyzers.Documents.Accessibility
{
    /// <summary>Text comparisons the rules share: lower case, punctuation as spaces, whitespace collapsed.</summary>
    internal static class TextNormal
    {
        public static string Normalize(string text)
        {
            var sb = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (space && sb.Length > 0) sb.Append(' ');
                    space = false;
                    sb.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    space = true;
                }
            }
            return sb.ToString();
        }

        public static bool IsBlank(string? text)
        {
            if (text == null) return true;
            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c)) return false;
            }
            return true;
        }

        /// <summary>Collapses runs of whitespace to one space and trims (for messages).</summary>
        public static string Collapse(string text, int max = 60)
        {
            var sb = new StringBuilder();
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            if (sb.Length > max) return sb.ToString(0, max - 1) + "…";
            return sb.ToString();
        }
    }
}
