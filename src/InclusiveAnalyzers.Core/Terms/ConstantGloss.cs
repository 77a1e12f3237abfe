namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// The spelled-out name of a constant in a list of a system's constants: Telnet's "IP (Interrupt process), AO (Abort
    /// output), AYT (Are You There)". The words in parentheses are the expansion of the capitals before them (their
    /// initials spell it), a name the protocol fixed, not the author's wording. Only inside a list of such constants (a
    /// comma or semicolon and another name in capitals before or after), or at the head of a list item, table cell or line
    /// (SPI's "- **MOSI** (Master Out Slave In)", one signal an item): a lone gloss in a sentence, "our MS (master
    /// server)", is the project's own name and still read.
    /// </summary>
    internal static class ConstantGloss
    {
        // An expansion is a few words; a long parenthesis is a remark.
        private const int MaxReach = 80;
        private const int MaxLetters = 8;

        public static bool Holds(string text, int low, int high, int start, int end)
        {
            int open = start;
            while (open > low && start - open < MaxReach && IsGlossChar(text[open - 1]))
            {
                open--;
            }

            if (open <= low || text[open - 1] != '(')
            {
                return false;
            }

            open--;
            int close = end;
            while (close < high && close - end < MaxReach && IsGlossChar(text[close]))
            {
                close++;
            }

            if (close >= high || text[close] != ')')
            {
                return false;
            }

            int acronymEnd = SkipMarkersBack(text, low, SkipSpaceBack(text, low, open));
            int acronymStart = acronymEnd;
            while (acronymStart > low && Chars.IsUpper(text[acronymStart - 1]))
            {
                acronymStart--;
            }

            int letters = acronymEnd - acronymStart;
            if (letters < 2 || letters > MaxLetters || (acronymStart > low && Chars.IsLetterOrDigit(text[acronymStart - 1])))
            {
                return false;
            }

            return InitialsSpell(text, open + 1, close, acronymStart, acronymEnd)
                && (ListedBefore(text, low, acronymStart) || ListedAfter(text, close + 1, high) || LeadsBlock(text, low, acronymStart));
        }

        // Emphasis or code around the capitals: "**MOSI** (Master Out Slave In)", "`SS` (Slave Select)".
        private static int SkipMarkersBack(string text, int low, int position)
        {
            while (position > low && (text[position - 1] == '*' || text[position - 1] == '_' || text[position - 1] == '`'))
            {
                position--;
            }

            return position;
        }

        // A document's prose view ends phrases where blanked markup starts, a list item's bullet among them, with this.
        private const char Unjoined = '\u0001';

        // The capitals open their list item, table cell or line: an entry of a list of signals or constants, each item
        // defining one ("- **MOSI** (Master Out Slave In) - data from the controller"), as a glossary does.
        private static bool LeadsBlock(string text, int low, int acronymStart)
        {
            int k = SkipMarkersBack(text, low, acronymStart);
            while (k > low && (text[k - 1] == ' ' || text[k - 1] == '\t'))
            {
                k--;
            }

            // A list item's bullet or number, when the text still holds it ("- ", "* ", "2. ").
            if (k > low && (text[k - 1] == '-' || text[k - 1] == '*' || text[k - 1] == '+' || text[k - 1] == '.' || text[k - 1] == ')') && k < acronymStart)
            {
                int marker = k - 1;
                while (text[k - 1] != '-' && text[k - 1] != '*' && text[k - 1] != '+' && marker > low && Chars.IsDigit(text[marker - 1]))
                {
                    marker--;
                }

                k = marker;
                while (k > low && (text[k - 1] == ' ' || text[k - 1] == '\t'))
                {
                    k--;
                }
            }

            return k <= low || text[k - 1] == '\n' || text[k - 1] == '|' || text[k - 1] == Unjoined;
        }

        private static bool IsGlossChar(char c) => Chars.IsLetterOrDigit(c) || c == ' ' || c == '-' || c == '\n' || c == '\r' || c == '\t';

        // The first letters of the words in [start, end) are the acronym's letters, in order.
        private static bool InitialsSpell(string text, int start, int end, int acronymStart, int acronymEnd)
        {
            int a = acronymStart;
            for (int k = start; k < end; k++)
            {
                bool wordStart = Chars.IsLetter(text[k]) && (k == start || text[k - 1] == ' ' || text[k - 1] == '\n' || text[k - 1] == '\t' || text[k - 1] == '\r');
                if (!wordStart)
                {
                    continue;
                }

                if (a >= acronymEnd || char.ToUpperInvariant(text[k]) != text[a])
                {
                    return false;
                }

                a++;
            }

            return a == acronymEnd;
        }

        // ", AO (...)" after another constant: "IP (Interrupt process), AO" or "DONT, DO, AO"; "and" or "or" may follow the comma.
        private static bool ListedBefore(string text, int low, int acronymStart)
        {
            int p = SkipConjunctionBack(text, low, SkipSpaceBack(text, low, acronymStart));
            if (p <= low || (text[p - 1] != ',' && text[p - 1] != ';'))
            {
                return false;
            }

            p = SkipSpaceBack(text, low, p - 1);
            return p > low && (text[p - 1] == ')' || CapitalsEndAt(text, low, p));
        }

        // "AO (...), AYT": another constant after the comma.
        private static bool ListedAfter(string text, int position, int high)
        {
            int p = SkipSpace(text, position, high);
            if (p >= high || (text[p] != ',' && text[p] != ';'))
            {
                return false;
            }

            p = SkipSpace(text, p + 1, high);
            p = SkipConjunction(text, p, high);
            int capitals = p;
            while (capitals < high && Chars.IsUpper(text[capitals]))
            {
                capitals++;
            }

            return capitals - p >= 2 && (capitals >= high || !Chars.IsLetterOrDigit(text[capitals]));
        }

        private static bool CapitalsEndAt(string text, int low, int end)
        {
            int k = end;
            while (k > low && Chars.IsUpper(text[k - 1]))
            {
                k--;
            }

            return end - k >= 2 && (k <= low || !Chars.IsLetterOrDigit(text[k - 1]));
        }

        private static int SkipConjunctionBack(string text, int low, int position)
        {
            foreach (var word in Conjunctions)
            {
                if (TermContext.EndsAt(text, low, position, word))
                {
                    return SkipSpaceBack(text, low, position - word.Length);
                }
            }

            return position;
        }

        private static int SkipConjunction(string text, int position, int high)
        {
            foreach (var word in Conjunctions)
            {
                int after = TermContext.StartsAt(text, position, high, word);
                if (after >= 0)
                {
                    return SkipSpace(text, after, high);
                }
            }

            return position;
        }

        private static readonly string[] Conjunctions = { "and", "or" };

        private static int SkipSpace(string text, int position, int high)
        {
            while (position < high && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            return position;
        }

        private static int SkipSpaceBack(string text, int low, int position)
        {
            while (position > low && char.IsWhiteSpace(text[position - 1]))
            {
                position--;
            }

            return position;
        }
    }
}
