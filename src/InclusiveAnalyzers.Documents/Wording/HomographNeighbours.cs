using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// A catalog term that is also an ordinary word of another language (the catalog's <c>homographs</c>), written among
    /// that language's words in a document that declares no language: Centreon's French plugin page, "l'architecture de
    /// serveurs lames de Lenovo" (blade servers), or a Windows Server page's "n'utilise pas de serveurs lames, le niveau du
    /// châssis". The word is read as that language's when, within its sentence, at least two of the five words before and
    /// after it are short function words (articles, prepositions, conjunctions, the copula) of one of the languages the
    /// term lists, and none is an English function word: "a lame excuse" or "sane choices for defaults" are still English,
    /// and a heading of two words ("Sane defaults") has no neighbours to go by.
    /// </summary>
    internal static class HomographNeighbours
    {
        private const int Reach = 5;
        private const int Needed = 2;

        // Elided articles and pronouns are kept with their apostrophe ("l'", "d'"); no entry is also an English word.
        private static readonly Dictionary<string, HashSet<string>> FunctionWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["fr"] = Words("le", "la", "les", "l'", "des", "du", "de", "d'", "et", "est", "une", "pour", "avec", "dans", "sur", "pas", "n'", "qui", "que", "qu'", "au", "aux", "ce", "cette", "sont", "ne", "s'", "c'", "leur", "leurs"),
            ["es"] = Words("el", "la", "los", "las", "del", "de", "y", "es", "para", "con", "que", "en", "por", "una", "se", "lo", "al", "su", "sus", "como", "más", "muy"),
            ["pt"] = Words("os", "do", "da", "dos", "das", "de", "e", "é", "para", "com", "que", "em", "não", "um", "uma", "na", "se", "ao", "pelo", "pela"),
            ["ca"] = Words("el", "els", "les", "la", "l'", "de", "d'", "del", "i", "és", "per", "amb", "que", "en", "una", "un"),
            ["ro"] = Words("și", "şi", "în", "de", "la", "cu", "pe", "pentru", "este", "sunt", "care", "din", "nu", "al", "ale", "un", "o"),
            ["it"] = Words("il", "lo", "la", "gli", "le", "l'", "di", "del", "della", "dei", "delle", "dell'", "e", "è", "per", "con", "che", "non", "una", "sono", "nel", "nella", "un", "un'"),
            ["sv"] = Words("och", "är", "att", "det", "som", "för", "med", "på", "inte", "ett", "av", "till", "har", "kan", "ingen", "här"),
            ["da"] = Words("og", "er", "det", "som", "med", "på", "ikke", "et", "af", "til", "har", "kan", "ingen", "her"),
            ["nb"] = Words("og", "er", "det", "som", "med", "på", "ikke", "et", "av", "til", "har", "kan", "ingen", "her"),
            ["nn"] = Words("og", "er", "det", "som", "med", "på", "ikkje", "eit", "av", "til", "har", "kan", "ingen", "her"),
            ["no"] = Words("og", "er", "det", "som", "med", "på", "ikke", "et", "av", "til", "har", "kan", "ingen", "her"),
            ["de"] = Words("und", "der", "das", "ist", "nicht", "mit", "für", "von", "zu", "ein", "eine", "dem", "auf", "sich", "wir", "sie"),
            ["fi"] = Words("ja", "ei", "ovat", "että", "kun", "myös", "mutta", "tai", "tämä", "ne"),
            ["hu"] = Words("az", "és", "egy", "hogy", "nem", "van", "meg", "ez", "is"),
        };

        private static readonly HashSet<string> EnglishWords = Words(
            "the", "of", "and", "to", "is", "are", "was", "were", "in", "on", "for", "with", "that", "this", "it", "be", "by", "as",
            "at", "an", "a", "or", "from", "not", "you", "your", "we", "our", "its", "has", "have", "my", "i", "so", "very");

        /// <summary>True when the match at [<paramref name="start"/>, <paramref name="end"/>) stands among words of a language the term lists.</summary>
        public static bool AmongWordsOf(Term term, string text, int start, int end)
        {
            if (term.Homographs.Count == 0) return false;
            var neighbours = new List<string>(2 * Reach);
            CollectBefore(text, start, neighbours);
            CollectAfter(text, end, neighbours);
            foreach (var word in neighbours)
            {
                if (EnglishWords.Contains(word)) return false;
            }
            foreach (var language in term.Homographs.Keys)
            {
                if (!FunctionWords.TryGetValue(language, out var functionWords)) continue;
                int count = 0;
                foreach (var word in neighbours)
                {
                    if (functionWords.Contains(word)) count++;
                }
                if (count >= Needed) return true;
            }
            return false;
        }

        private static HashSet<string> Words(params string[] words) => new HashSet<string>(words, StringComparer.Ordinal);

        // Up to Reach words before the match, back to the start of its sentence.
        private static void CollectBefore(string text, int start, List<string> words)
        {
            int at = start - 1;
            for (int taken = 0; taken < Reach && at >= 0;)
            {
                char c = text[at];
                if (EndsSentence(text, at)) return;
                if (!char.IsLetter(c)) { at--; continue; }
                int wordEnd = at + 1;
                while (at >= 0 && char.IsLetter(text[at])) at--;
                words.Add(Word(text, at + 1, wordEnd));
                taken++;
            }
        }

        // Up to Reach words after the match, to the end of its sentence.
        private static void CollectAfter(string text, int end, List<string> words)
        {
            int at = end;
            // The rest of the matched word ("lame" in "lames") is not a neighbour.
            while (at < text.Length && char.IsLetter(text[at])) at++;
            for (int taken = 0; taken < Reach && at < text.Length;)
            {
                char c = text[at];
                if (EndsSentence(text, at)) return;
                if (!char.IsLetter(c)) { at++; continue; }
                int wordStart = at;
                while (at < text.Length && char.IsLetter(text[at])) at++;
                words.Add(Word(text, wordStart, at));
                taken++;
            }
        }

        // The word in lower case, with its apostrophe when it is elided ("l'architecture" gives "l'").
        private static string Word(string text, int start, int end)
        {
            var word = text.Substring(start, end - start).ToLowerInvariant();
            return end < text.Length && (text[end] == '\'' || text[end] == '\u2019') ? word + "'" : word;
        }

        // A full stop, question or exclamation mark, a table cell's bar or a blank line ends the sentence.
        private static bool EndsSentence(string text, int at)
        {
            char c = text[at];
            if (c == '.' || c == '!' || c == '?' || c == '|' || c == ';') return true;
            if (c != '\n') return false;
            int next = at + 1;
            while (next < text.Length && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) next++;
            return next >= text.Length || text[next] == '\n';
        }
    }
}
