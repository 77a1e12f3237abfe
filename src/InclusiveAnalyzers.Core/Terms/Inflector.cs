namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Regular English inflection, applied to the last word of a phrase (sanity check -> sanity checks),
    /// except that a verb phrase inflects its verb: the first word, when the phrase ends in a particle,
    /// an -ing word or a noun in -ion, or has three words or more (turn off -> turned off).
    /// </summary>
    public static class Inflector
    {
        private static readonly string[] Particles = { "off", "on", "up", "down", "out", "in", "away", "back", "over" };
        private static readonly string[] NounEndings = { "ion", "ment", "ness", "ity", "ence", "ance" };

        /// <summary>
        /// Whether <paramref name="phrase"/> can take <paramref name="form"/>: a noun does not become a
        /// verb ("verification" has no past; "exclusion list" and "disabled person" are no verbs, so not "exclusion listed").
        /// </summary>
        public static bool CanInflect(string phrase, WordForm form)
        {
            if (form != WordForm.Past && form != WordForm.Gerund)
            {
                return true;
            }

            int firstSpace = phrase.IndexOf(' ');
            int lastSpace = phrase.LastIndexOf(' ');
            string first = firstSpace < 0 ? phrase : phrase.Substring(0, firstSpace);
            string last = lastSpace < 0 ? phrase : phrase.Substring(lastSpace + 1);
            if (firstSpace < 0)
            {
                return !EndsWithAny(phrase, NounEndings);
            }

            // A verb phrase inflects its verb; a two-word compound led by a noun, or by a participle used as an
            // adjective ("disabled person"), cannot be a verb.
            return VerbFirst(phrase, last) || (!EndsWithAny(first, NounEndings) && !EndsWith(first, "ed"));
        }

        public static string Inflect(string phrase, WordForm form)
        {
            if ((form == WordForm.Past || form == WordForm.Gerund) && phrase.IndexOf(' ') > 0)
            {
                int firstSpace = phrase.IndexOf(' ');
                int last = phrase.LastIndexOf(' ');
                if (VerbFirst(phrase, phrase.Substring(last + 1)))
                {
                    return InflectWord(phrase.Substring(0, firstSpace), form) + phrase.Substring(firstSpace);
                }
            }

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

        /// <summary>The agent noun: blacklist -> blacklister, enslave -> enslaver, ban -> banner, replicate -> replicator.</summary>
        public static string Agent(string word)
        {
            char last = char.ToLowerInvariant(word[word.Length - 1]);
            if (last == 'e')
            {
                // Latinate verbs in -ate take -or (replicator, subordinator, validator); short ones take -r (updater, debater).
                return word.Length >= 7 && EndsWith(word, "ate") ? word.Substring(0, word.Length - 1) + (char.IsUpper(word[word.Length - 1]) ? "OR" : "or") : word + "r";
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

        private static bool VerbFirst(string phrase, string last)
        {
            if (last.EndsWith("ing", System.StringComparison.OrdinalIgnoreCase) || EndsWithAny(last, NounEndings))
            {
                return true;
            }

            foreach (var particle in Particles)
            {
                if (string.Equals(last, particle, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return phrase.Split(' ').Length >= 3;
        }

        private static bool EndsWithAny(string word, string[] endings)
        {
            foreach (var ending in endings)
            {
                if (word.Length > ending.Length + 1 && EndsWith(word, ending))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool EndsWith(string word, string suffix)
            => word.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase);

        private static bool IsVowel(char c) => "aeiouAEIOU".IndexOf(c) >= 0;
    }
}
