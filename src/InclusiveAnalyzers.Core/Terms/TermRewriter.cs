using System;
using System.Collections.Generic;
using System.Text;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Builds replacement text that reads as if the author had written it: the original casing
    /// (MasterNode -> PrimaryNode, WHITELIST_MAX -> ALLOWLIST_MAX), separators (white_list ->
    /// allow_list only when the replacement has two words), inflection (Masters -> Primaries) and
    /// possessives (master's -> primary's).
    /// </summary>
    public static class TermRewriter
    {
        private enum CaseStyle
        {
            Lower,
            Upper,
            Title,   // Whitelist, White List
            Camel,   // whiteList
            Sentence // White list
        }

        /// <summary>The text to put in place of text[match.Start, match.Start + match.Length).</summary>
        public static string Rewrite(string text, TermMatch match, string replacement, TextKind kind)
        {
            string original = text.Substring(match.Start, match.Length);

            // Possessive endings are kept as written.
            string suffix = string.Empty;
            var form = match.Form;
            if (original.Length > 2 && Tokenizer.IsApostrophe(original[original.Length - 2]) && (original[original.Length - 1] == 's' || original[original.Length - 1] == 'S'))
            {
                suffix = original.Substring(original.Length - 2);
                original = original.Substring(0, original.Length - 2);
                form = WordForm.Base;
            }
            else if (original.Length > 1 && Tokenizer.IsApostrophe(original[original.Length - 1]))
            {
                suffix = original.Substring(original.Length - 1);
                original = original.Substring(0, original.Length - 1);
                form = WordForm.Plural;
            }
            else if (form == WordForm.Possessive)
            {
                form = WordForm.Base; // "masters" without an apostrophe matched the possessive key: keep the s
                suffix = "s";
            }

            var inflected = form == WordForm.Irregular ? replacement : Inflector.Inflect(replacement, form);
            var words = inflected.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

            Token[] tokens = new Token[8];
            int count = Tokenizer.Tokenize(original, 0, original.Length, kind, ref tokens);
            var style = StyleOf(original, tokens, count);
            if (style == CaseStyle.Upper && (match.Term.Acronym || original.Length <= 3) && !IsAcronym(replacement))
            {
                // An initialism is written in capitals, its spelled-out replacement is not ("OCD" -> "meticulous"); a longer
                // word in capitals is shouted, and its replacement is too (WHITELIST -> ALLOWLIST).
                style = CaseStyle.Lower;
            }

            // One capitalised word of prose replaced by several: title case only where its line is in title case
            // ("Blacklisted hosts" -> "Deny listed hosts", "Whitelist Settings" -> "Allow List Settings").
            if (kind == TextKind.Prose && style == CaseStyle.Title && count == 1 && words.Length > 1 && !LineCase.IsTitle(text, match.Start, match.End))
            {
                style = CaseStyle.Sentence;
            }

            // A compound the author wrote split (White_List, WhiteList) is replaced split the same way
            // when the replacement shares its last part: ALLOW_LIST, AllowList.
            if (count > 1 && words.Length == 1)
            {
                var last = original.Substring(tokens[count - 1].Start, tokens[count - 1].Length);
                var word = words[0];
                if (word.Length > last.Length && word.EndsWith(last, StringComparison.OrdinalIgnoreCase))
                {
                    words = new[] { word.Substring(0, word.Length - last.Length), word.Substring(word.Length - last.Length) };
                }
            }

            string separator = SeparatorOf(text, match, original, tokens, count, kind, style);

            // A single word in a camel/Pascal identifier keeps the surrounding convention for the words it adds.
            var builder = new StringBuilder(inflected.Length + 4);
            for (int w = 0; w < words.Length; w++)
            {
                if (w > 0)
                {
                    builder.Append(separator);
                }

                builder.Append(Cased(words[w], style, w, separator.Length == 0));
            }

            builder.Append(suffix);
            return builder.ToString();
        }

        /// <summary>
        /// The text with every reportable match replaced by its first suggestion; other text kept byte
        /// for byte, except an article before the word that no longer fits ("a whitelist" -> "an allowlist").
        /// </summary>
        public static string RewriteAll(string text, IReadOnlyList<TermMatch> matches, TextKind kind)
        {
            if (matches.Count == 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length + 16);
            int position = 0;
            foreach (var match in Sorted(matches))
            {
                if (match.Start < position)
                {
                    continue;
                }

                var suggestions = Suggestions(text, match, kind, 1);
                if (suggestions.Count == 0)
                {
                    continue;
                }

                var rewritten = suggestions[0];
                if (kind == TextKind.Prose && Articles.TryFix(text, position, match.Start, rewritten, out int articleStart, out int articleEnd, out string article))
                {
                    builder.Append(text, position, articleStart - position);
                    builder.Append(article);
                    position = articleEnd;
                }

                builder.Append(text, position, match.Start - position);
                builder.Append(rewritten);
                position = match.End;
            }

            builder.Append(text, position, text.Length - position);
            return builder.ToString();
        }

        /// <summary>
        /// Up to <paramref name="max"/> rewrites of the match, best first: one per distinct text (case
        /// ignored), and none that the match's form cannot carry (a noun made a verb: "exclusion listed").
        /// </summary>
        public static IReadOnlyList<string> Suggestions(string text, TermMatch match, TextKind kind, int max)
            => Distinct(match, max, r => Rewrite(text, match, r, kind));

        /// <summary>As <see cref="Suggestions"/>, each the whole identifier (IMasterService -> IPrimaryService).</summary>
        public static IReadOnlyList<string> IdentifierSuggestions(string identifier, TermMatch match, int max)
            => Distinct(match, max, r => RewriteIdentifier(identifier, match, r));

        private static IReadOnlyList<string> Distinct(TermMatch match, int max, Func<string, string> rewrite)
        {
            var result = new List<string>(Math.Min(max, match.Replacements.Count));
            foreach (var replacement in match.Replacements)
            {
                if (result.Count == max)
                {
                    break;
                }

                if (!Inflector.CanInflect(replacement, match.Form))
                {
                    continue;
                }

                var text = rewrite(replacement);
                bool seen = false;
                foreach (var earlier in result)
                {
                    seen |= string.Equals(earlier, text, StringComparison.OrdinalIgnoreCase);
                }

                if (!seen)
                {
                    result.Add(text);
                }
            }

            return result;
        }

        /// <summary>
        /// The whole identifier with one match rewritten; used for rename suggestions
        /// (_whitelist -> _allowlist, IMasterService -> IPrimaryService).
        /// </summary>
        public static string RewriteIdentifier(string identifier, TermMatch match, string replacement)
            => identifier.Substring(0, match.Start) + Rewrite(identifier, match, replacement, TextKind.Identifier) + identifier.Substring(match.End);

        private static IEnumerable<TermMatch> Sorted(IReadOnlyList<TermMatch> matches)
        {
            var list = new List<TermMatch>(matches);
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
            return list;
        }

        private static CaseStyle StyleOf(string original, Token[] tokens, int count)
        {
            bool anyLetter = false, allUpper = true, allLower = true;
            foreach (char c in original)
            {
                if (char.IsLetter(c))
                {
                    anyLetter = true;
                    allUpper &= !char.IsLower(c);
                    allLower &= !char.IsUpper(c);
                }
            }

            if (!anyLetter || allLower)
            {
                return CaseStyle.Lower;
            }

            // One capital letter alone (a one-letter word) says little: treat "A" as Title.
            if (allUpper && LetterCount(original) > 1)
            {
                return CaseStyle.Upper;
            }

            bool firstUpper = count > 0 && char.IsUpper(original[tokens[0].Start]);
            bool restUpper = true;
            for (int i = 1; i < count; i++)
            {
                restUpper &= char.IsUpper(original[tokens[i].Start]);
            }

            if (firstUpper)
            {
                return count <= 1 || restUpper ? CaseStyle.Title : CaseStyle.Sentence;
            }

            return CaseStyle.Camel;
        }

        private static int LetterCount(string s)
        {
            int n = 0;
            foreach (char c in s)
            {
                if (char.IsLetter(c))
                {
                    n++;
                }
            }

            return n;
        }

        private static string SeparatorOf(string text, TermMatch match, string original, Token[] tokens, int count, TextKind kind, CaseStyle style)
        {
            if (count > 1)
            {
                // The original's own separator between its first two words.
                int from = tokens[0].End, to = tokens[1].Start;
                return original.Substring(from, to - from);
            }

            if (kind == TextKind.Prose)
            {
                return " ";
            }

            // One word inside an identifier: follow the identifier's convention.
            if (HasInnerSeparator(text, '_') || style == CaseStyle.Upper)
            {
                return "_";
            }

            return HasInnerSeparator(text, '-') ? "-" : string.Empty;
        }

        // A separator between words (snake_case), not a prefix such as the _ of _field.
        private static bool HasInnerSeparator(string text, char separator)
        {
            for (int i = 1; i < text.Length - 1; i++)
            {
                if (text[i] == separator && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Cased(string word, CaseStyle style, int index, bool joined)
        {
            switch (style)
            {
                case CaseStyle.Upper:
                    return word.ToUpperInvariant();
                case CaseStyle.Title:
                    return Title(word);
                case CaseStyle.Sentence:
                    return index == 0 ? Title(word) : word.ToLowerInvariant();
                case CaseStyle.Camel:
                    return index == 0 ? LowerFirst(word) : Title(word);
                default:
                    // lower: "whitelist" -> "allowlist"; joined words in a lowercase identifier become camel ("controlPlane").
                    return joined && index > 0 ? Title(word) : word;
            }
        }

        private static bool IsAcronym(string replacement)
        {
            foreach (char c in replacement)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Title(string word)
            => word.Length == 0 || char.IsUpper(word[0]) ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

        private static string LowerFirst(string word)
            => word.Length == 0 ? word : char.ToLowerInvariant(word[0]) + word.Substring(1);
    }
}
