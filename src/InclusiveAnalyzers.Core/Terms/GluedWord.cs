namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Decides whether the letters after a glued term start another word (SLAVE|OF, MASTER|AUTH) or only
    /// extend the term itself (MASTER|Y, SLAVE|RY, MASTER|ED), where the whole is a different word.
    /// </summary>
    internal static class GluedWord
    {
        // Endings that make a new word from the term rather than naming a second thing.
        private static readonly string[] Suffixes =
        {
            "y", "ry", "ery", "ies", "ed", "es", "er", "ers", "ing", "ings", "ly", "ful", "fully", "less",
            "ness", "ship", "ships", "hood", "dom", "ism", "isms", "ist", "ists", "ish", "ic", "al", "ous",
            "able", "ible", "ize", "ise", "ized", "ised", "izes", "ises", "ization", "isation", "ment", "ments",
            "ee", "ees", "ess", "ette", "let", "lets", "ling", "lings", "ity", "ities", "ion", "ions",
        };

        public static bool IsWordAfter(string text, int start, int end)
        {
            int length = end - start;
            if (length < 2)
            {
                return false; // a lone letter is an ending or an initial, not a word
            }

            for (int k = start; k < end; k++)
            {
                if (!Chars.IsLetter(text[k]))
                {
                    return false;
                }
            }

            foreach (var suffix in Suffixes)
            {
                if (suffix.Length == length && string.Compare(text, start, suffix, 0, length, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
