namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>Regular English inflection, applied to the last word of a phrase (sanity check -> sanity checks).</summary>
    public static class Inflector
    {
        public static string Inflect(string phrase, WordForm form)
        {
            int lastSpace = phrase.LastIndexOf(' ');
            string head = lastSpace < 0 ? string.Empty : phrase.Substring(0, lastSpace + 1);
            string word = lastSpace < 0 ? phrase : phrase.Substring(lastSpace + 1);
            return head + InflectWord(word, form);
        }

        public static string InflectWord(string word, WordForm form)
        {
            if (word.Length == 0)
            {
                return word;
            }

            switch (form)
            {
                case WordForm.Plural:
                    return Plural(word);
                case WordForm.Past:
                    return Past(word);
                case WordForm.Gerund:
                    return Gerund(word);
                case WordForm.Agent:
                    return Agent(word);
                case WordForm.AgentPlural:
                    return Agent(word) + "s";
                default:
                    return word;
            }
        }

        public static string Plural(string word)
        {
            char last = char.ToLowerInvariant(word[word.Length - 1]);
            if (last == 's' || last == 'x' || last == 'z' || EndsWith(word, "ch") || EndsWith(word, "sh"))
            {
                return word + "es";
            }

            if (last == 'y' && word.Length > 1 && !IsVowel(word[word.Length - 2]))
            {
                return word.Substring(0, word.Length - 1) + "ies";
            }

            return word + "s";
        }

        public static string Past(string word)
        {
            char last = char.ToLowerInvariant(word[word.Length - 1]);
            if (last == 'e')
            {
                return word + "d";
            }

            if (last == 'y' && word.Length > 1 && !IsVowel(word[word.Length - 2]))
            {
                return word.Substring(0, word.Length - 1) + "ied";
            }

            return (DoublesFinalConsonant(word) ? word + word[word.Length - 1] : word) + "ed";
        }

        /// <summary>The agent noun: blacklist -> blacklister, enslave -> enslaver, ban -> banner.</summary>
        public static string Agent(string word)
        {
            char last = char.ToLowerInvariant(word[word.Length - 1]);
            if (last == 'e')
            {
                return word + "r";
            }

            return (DoublesFinalConsonant(word) ? word + word[word.Length - 1] : word) + "er";
        }

        public static string Gerund(string word)
        {
            if (EndsWith(word, "ie"))
            {
                return word.Substring(0, word.Length - 2) + "ying";
            }

            char last = char.ToLowerInvariant(word[word.Length - 1]);
            if (last == 'e' && word.Length > 2 && !EndsWith(word, "ee") && !EndsWith(word, "ye") && !EndsWith(word, "oe"))
            {
                return word.Substring(0, word.Length - 1) + "ing";
            }

            return (DoublesFinalConsonant(word) ? word + word[word.Length - 1] : word) + "ing";
        }

        // Short one-vowel consonant-vowel-consonant words double the final consonant (ban -> banned, stop -> stopping).
        private static bool DoublesFinalConsonant(string word)
        {
            int n = word.Length;
            if (n < 3 || n > 4)
            {
                return false;
            }

            char c3 = char.ToLowerInvariant(word[n - 1]);
            if (IsVowel(c3) || c3 == 'w' || c3 == 'x' || c3 == 'y')
            {
                return false;
            }

            if (!IsVowel(word[n - 2]) || IsVowel(word[n - 3]))
            {
                return false;
            }

            int vowels = 0;
            foreach (char c in word)
            {
                if (IsVowel(c))
                {
                    vowels++;
                }
            }

            return vowels == 1;
        }

        private static bool EndsWith(string word, string suffix)
            => word.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase);

        private static bool IsVowel(char c) => "aeiouAEIOU".IndexOf(c) >= 0;
    }
}
