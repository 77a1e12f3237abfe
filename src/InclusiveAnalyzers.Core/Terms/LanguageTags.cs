namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>BCP 47 language tags as documents declare them ("ro", "pt-BR", "zh_Hans", "EN").</summary>
    public static class LanguageTags
    {
        /// <summary>The primary language subtag in lower case ("pt-BR" -> "pt"), or "" when the tag does not start with 2 to 8 letters.</summary>
        public static string Primary(string tag)
        {
            var trimmed = tag.Trim();
            int end = 0;
            while (end < trimmed.Length && IsAsciiLetter(trimmed[end])) end++;
            if (end < 2 || end > 8) return "";
            if (end < trimmed.Length && trimmed[end] != '-' && trimmed[end] != '_') return "";
            return trimmed.Substring(0, end).ToLowerInvariant();
        }

        /// <summary>True for a tag whose primary subtag is English ("en", "en-GB"), the catalog's language.</summary>
        public static bool IsEnglish(string tag) => Primary(tag) == "en";

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
