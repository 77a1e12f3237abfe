using System;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// "a" or "an" before a rewritten word: "keeps a whitelist" becomes "keeps an allowlist", not
    /// "keeps a allowlist". By the sound of the first letters, with the common exceptions
    /// (a user, a one-off, an hour).
    /// </summary>
    public static class Articles
    {
        private static readonly string[] ConsonantSoundingVowels = { "uni", "use", "usa", "usu", "uti", "ure", "eu", "ewe", "one", "once" };
        private static readonly string[] VowelSoundingH = { "hour", "honest", "honor", "honour", "heir" };

        /// <summary>
        /// When text[..wordStart) ends with the article "a"/"an" and one space, and <paramref name="word"/>
        /// needs the other article: where that article is (never before <paramref name="low"/>) and what replaces it, case kept.
        /// </summary>
        public static bool TryFix(string text, int low, int wordStart, string word, out int articleStart, out int articleEnd, out string article)
        {
            articleStart = articleEnd = wordStart;
            article = string.Empty;
            if (word.Length == 0 || wordStart < low + 2 || text[wordStart - 1] != ' ')
            {
                return false;
            }

            articleEnd = wordStart - 1;
            int k = articleEnd;
            while (k > low && char.IsLetter(text[k - 1]))
            {
                k--;
            }

            articleStart = k;
            int length = articleEnd - articleStart;
            bool isA = length == 1 && (text[k] == 'a' || text[k] == 'A');
            bool isAn = length == 2 && (text[k] == 'a' || text[k] == 'A') && (text[k + 1] == 'n' || text[k + 1] == 'N');
            if (!(isA || isAn) || (k > 0 && (char.IsLetterOrDigit(text[k - 1]) || text[k - 1] == '\'' || text[k - 1] == '-')))
            {
                return false;
            }

            bool wantAn = NeedsAn(word);
            if (wantAn == isAn)
            {
                return false;
            }

            bool upper = char.IsUpper(text[k]);
            bool allUpper = isAn && char.IsUpper(text[k + 1]);
            article = wantAn ? (upper ? (allUpper ? "AN" : "An") : "an") : (upper ? "A" : "a");
            if (!wantAn && upper && length == 2 && char.IsUpper(text[k + 1]))
            {
                article = "A";
            }

            return true;
        }

        /// <summary>Whether the word is said with a vowel sound first.</summary>
        public static bool NeedsAn(string word)
        {
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                return false;
            }

            foreach (var prefix in VowelSoundingH)
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if ("aeiouAEIOU".IndexOf(word[0]) < 0)
            {
                return false;
            }

            foreach (var prefix in ConsonantSoundingVowels)
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
