using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Decides whether a term found in prose is used as a word, or is something else: another sense
    /// (catalog "senses"), a name the text cannot change (a command run in capitals, a quoted value,
    /// another system's fixed name from the catalog's "names"), or a mention (the word talked about:
    /// "the word master", "renaming blacklist to denylist"). Runs only on a match, never on the
    /// no-match path, so it may look around freely; it still allocates nothing.
    /// </summary>
    internal static class ProseJudge
    {
        // A word talked about follows these: "the word master", "terms like whitelist".
        private static readonly string[] MentionCues =
        {
            "word", "words", "term", "terms", "the name",
            "words like", "terms like", "names like", "things like", "ones like",
            "words such as", "terms such as", "names such as", "things such as",
        };

        // Renaming verbs: whatever follows is a name being changed ("rename the master branch").
        private static readonly string[] RenameStems = { "renam", "deprecat" };

        // Verbs that mention a name only when a replacement follows ("replace whitelist with allowlist").
        private static readonly string[] ChangeStems = { "replac", "migrat", "switch", "mov", "chang", "from" };

        private static readonly string[] Linkers = { "to", "with", "by", "into", "for", "of", "->", "=>", "\u2192" };

        /// <summary>The catalog says these words around it make it another sense (the verb "to master").</summary>
        public static bool IsOtherSense(Term term, string text, int low, int high, int start, int end)
            => (term.Senses.Count > 0 && TermContext.FirstHolding(term.Senses, text, low, high, start, end) != null)
                || DegreeSense.Holds(text, low, high, start, end)
                || TestDoubleSense.IsListedWithKinds(text, low, high, start, end);

        /// <summary>A name: part of a run of words in capitals, a quoted value, a listed constant's expansion, or a catalogued system name in its context.</summary>
        public static bool IsName(Term term, string text, int low, int high, Token[] tokens, int count, int first, int last)
        {
            int start = tokens[first].Start, end = tokens[last].End;
            if (IsCapitalRun(text, tokens, count, first, last) && (term.Acronym || !IsShouted(text, low, high, start, end)))
            {
                return true;
            }

            if (IsQuoted(text, low, high, start, end) && !IsScareQuotedNoun(text, low, high, start, end))
            {
                return true;
            }

            if (IsManPageReference(text, end, high) || IsArityReference(text, start, end, high) || IsKeyBoundCommand(text, end, high))
            {
                return true;
            }

            if (IsPullRequestSource(text, low, start))
            {
                return true;
            }

            if (IsLogRecord(text, low, start))
            {
                return true;
            }

            if (ConstantGloss.Holds(text, low, high, start, end))
            {
                return true;
            }

            if (IsListedWithItsCompounds(text, low, high, start, end))
            {
                return true;
            }

            return term.Names.Count > 0 && TermContext.FirstHolding(term.Names, text, low, high, start, end, coordinated: true) != null;
        }

        /// <summary>The word talked about rather than used.</summary>
        public static bool IsMention(Term term, IReadOnlyList<string> replacements, string text, int low, int high, int start, int end, int previousMentionEnd)
        {
            if (previousMentionEnd >= 0 && OnlyListBetween(text, previousMentionEnd, start))
            {
                return true; // "the words master and slave", "blacklist/whitelist"
            }

            // The new name of a rename pair that keeps the old one's term: "Rename jenkinsci/jnlp-slave -> jenkins/jnlp-slave".
            if (previousMentionEnd >= 0 && SameNameAfterArrow(text, previousMentionEnd, start))
            {
                return true;
            }

            int cue = start;
            while (cue > low && start - cue < 2 && IsQuoteOrEmphasis(text[cue - 1]))
            {
                cue--;
            }

            if (TermContext.AnyBefore(text, low, cue, MentionCues))
            {
                return true;
            }

            // The old name quoted as the object of the verb that replaces it: Umbraco's "These new terms replace 'Master and
            // Replica', in Umbraco versions 7 and 8." Only a quote opened right after the verb counts; "replace the master node
            // with a new VM" uses the word and is still read.
            if (cue < start && QuotedAfterSupersedingVerb(text, low, cue))
            {
                return true;
            }

            // "main instead of master": a replacement, then "instead of" (not "instead of aborting").
            if (ReplacementThenInsteadOf(term, replacements, text, low, cue))
            {
                return true;
            }

            // Another party's word for what the text names otherwise: "primary/replica (referred to as master/slave by some databases)".
            if (TermContext.AnyBefore(text, low, cue, NamingCues) && OthersFollow(text, end, high))
            {
                return true;
            }

            // The word defined as a word: "Hallucinations are a term used to describe ...", "*whitelist* is the term for ...".
            if (DefinitionFollows(text, end, high))
            {
                return true;
            }

            // The text's own name, then the older one in quotes: OpenTitan's "I2C Host ("I2C Master")", "a target ('slave')".
            if (GlossedAfterReplacement(term, replacements, text, low, start, end, high))
            {
                return true;
            }

            // The older name the text then calls by its own: "an "I2C Slave" device is here referred to as an "I2C Target"".
            if (RenamedAfter(term, replacements, text, end, high))
            {
                return true;
            }

            // A rename written as a pair, old then arrow then new: "Whitelist → Allowlist", "# Branch Migration: master → main".
            if (ArrowToReplacement(term, replacements, text, end, high))
            {
                return true;
            }

            // The old name as the subject of its rename: "the master branch has been renamed to main", "master is now named main".
            if (RenamedLater(term, replacements, text, end, high))
            {
                return true;
            }

            // A style guide's advice: "he or she… use they.", "whitelist: use allowlist", "master - say main".
            if (AdviceFollows(term, replacements, text, end, high))
            {
                return true;
            }

            // Another author's words quoted into the sentence: Palantir's "a beggar, “who had to beg with a cap in his or her
            // hand because of the inability to maintain employment.”" (a cited clause the quoting page cannot reword).
            if (InCitedQuotation(text, low, high, start, end))
            {
                return true;
            }

            // Up to four words back in the same clause: a renaming verb, or a change verb with a replacement after.
            int position = start;
            for (int n = 0; n < 4; n++)
            {
                // The parts of one compound name count as one word: "rename spi_slave_dma_rtic to rtic-spi-slave-dma".
                while (position - 1 > low && IsCompoundJoint(text[position - 1]) && Chars.IsLetterOrDigit(text[position - 2]))
                {
                    position--;
                    while (position > low && Chars.IsLetterOrDigit(text[position - 1]))
                    {
                        position--;
                    }
                }

                if (!PreviousWord(text, low, position, out int wordStart, out int wordEnd))
                {
                    break;
                }

                if (StartsWithAny(text, wordStart, wordEnd, RenameStems))
                {
                    return true;
                }

                if (StartsWithAny(text, wordStart, wordEnd, ChangeStems))
                {
                    return ReplacementFollows(term, replacements, text, end, high);
                }

                position = wordStart;
            }

            return false;
        }

        private static readonly string[] SupersedingVerbs = { "replace", "replaces", "replaced", "supersede", "supersedes", "superseded" };

        // A quote mark opens right at cue (emphasis alone is no quote) and the word before it, past white space only, is a
        // verb that puts the new name in the old one's place.
        private static bool QuotedAfterSupersedingVerb(string text, int low, int cue)
        {
            char open = text[cue];
            if (open != '\'' && open != '"' && open != '\u2018' && open != '\u201C')
            {
                return false;
            }

            int k = cue;
            while (k > low && (text[k - 1] == ' ' || text[k - 1] == '\t'))
            {
                k--;
            }

            return k < cue && PreviousWord(text, low, k, out int wordStart, out int wordEnd) && wordEnd == k
                && IsAnyWord(text, wordStart, wordEnd, SupersedingVerbs);
        }

        private static bool IsCompoundJoint(char c) => c == '-' || c == '_' || c == '.' || c == '/';

        private static readonly string[] Arrows = { "->", "=>", "\u2192" };

        // An arrow right after the term (past quotes and emphasis), then one of its replacements: the pair records a
        // rename, the old name mentioned. Only a replacement counts: "master → replica" is a direction of data and stays.
        private static bool ArrowToReplacement(Term term, IReadOnlyList<string> replacements, string text, int end, int high)
        {
            int k = SkipSpaceAndQuotes(text, end, high);
            foreach (var arrow in Arrows)
            {
                if (k + arrow.Length < high && string.CompareOrdinal(text, k, arrow, 0, arrow.Length) == 0 && char.IsWhiteSpace(text[k + arrow.Length]))
                {
                    int next = SkipSpaceAndQuotes(text, k + arrow.Length, high);
                    return StartsWithAnyReplacement(term, replacements, text, next, high);
                }
            }

            return false;
        }

        private static readonly string[] LaterRenameStems = { "renam", "replac" };

        private static readonly string[] NamingVerbs = { "named", "called" };

        // Up to five words after the term in the same clause (no comma or sentence mark between), a renaming verb with a
        // linker and one of the term's replacements after it, or "now named"/"now called" and a replacement: the term is the
        // old name a rename statement is about. "If the master fails, the replica is renamed" has a comma first and stays.
        private static bool RenamedLater(Term term, IReadOnlyList<string> replacements, string text, int end, int high)
        {
            int k = end;
            bool now = false;
            for (int n = 0; n < 6; n++)
            {
                while (k < high && (text[k] == ' ' || text[k] == '\t' || IsQuoteOrEmphasis(text[k]) || text[k] == '\u201D' || text[k] == '\u2019'))
                {
                    k++;
                }

                int wordEnd = k;
                while (wordEnd < high && Chars.IsLetterOrDigit(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (wordEnd == k)
                {
                    return false; // punctuation or the end of the line: the clause is over
                }

                if (StartsWithAny(text, k, wordEnd, LaterRenameStems))
                {
                    return ReplacementFollows(term, replacements, text, wordEnd, high);
                }

                if (now && IsAnyWord(text, k, wordEnd, NamingVerbs))
                {
                    int next = SkipSpaceAndQuotes(text, wordEnd, high);
                    return StartsWithAnyReplacement(term, replacements, text, next, high);
                }

                now = IsWordAt(text, k, wordEnd, "now") && wordEnd - k == 3;
                k = wordEnd;
            }

            return false;
        }

        private static int SkipSpaceAndQuotes(string text, int k, int high)
        {
            while (k < high && (char.IsWhiteSpace(text[k]) || IsQuoteOrEmphasis(text[k]) || text[k] == '\u201D' || text[k] == '\u2019'))
            {
                k++;
            }

            return k;
        }

        // Between a mentioned term and this one only an arrow or "to" and the new name's leading parts ("jenkins/jnlp-"):
        // the rename changed the owner or a prefix, so the new name spells the term too, and is a name as the old one is.
        private static bool SameNameAfterArrow(string text, int from, int to)
        {
            if (to - from > 40)
            {
                return false;
            }

            int k = from;
            while (k < to && Chars.IsLetterOrDigit(text[k]))
            {
                k++; // the rest of the old name's last part
            }

            k = SkipSpaceAndQuotes(text, k, to);
            int linkerEnd = -1;
            foreach (var arrow in Arrows)
            {
                if (k + arrow.Length <= to && string.CompareOrdinal(text, k, arrow, 0, arrow.Length) == 0)
                {
                    linkerEnd = k + arrow.Length;
                }
            }

            if (linkerEnd < 0 && IsWordAt(text, k, to, "to") && k + 2 < to && char.IsWhiteSpace(text[k + 2]))
            {
                linkerEnd = k + 2;
            }

            if (linkerEnd < 0 || linkerEnd == to || !char.IsWhiteSpace(text[linkerEnd]))
            {
                return false;
            }

            // The new name's leading parts: letters and digits joined by compound joints, ending in a joint right before the term.
            k = SkipSpaceAndQuotes(text, linkerEnd, to);
            if (k == to || !IsCompoundJoint(text[to - 1]))
            {
                return false;
            }

            for (; k < to; k++)
            {
                if (!Chars.IsLetterOrDigit(text[k]) && !IsCompoundJoint(text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly string[] InsteadOf = { "instead of", "rather than" };

        // After the word, these make it the subject of a definition of the word itself.
        private static readonly string[] DefinitionCues = { "is a term", "are a term", "is the term", "are terms", "is a word", "is the word", "are words" };

        private static bool DefinitionFollows(string text, int end, int high)
        {
            int e = end;
            while (e < high && end - e > -2 && IsQuoteOrEmphasis(text[e]))
            {
                e++;
            }

            return TermContext.AnyAfter(text, e, high, DefinitionCues);
        }

        private static readonly string[] WordNouns = { "terminology", "wording", "naming", "name", "names", "term", "terms", "word", "words", "language" };

        /// <summary>Whether text[start, end) is one of <paramref name="words"/>, in any case.</summary>
        internal static bool IsAnyWord(string text, int start, int end, string[] words)
        {
            foreach (var word in words)
            {
                if (word.Length == end - start && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ReplacementThenInsteadOf(Term term, IReadOnlyList<string> replacements, string text, int low, int position)
        {
            int k = position;
            while (k > low && char.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }

            foreach (var phrase in InsteadOf)
            {
                if (!(k - phrase.Length > low && TermContext.EndsAt(text, low, k, phrase)
                    && PreviousWord(text, low, k - phrase.Length, out int wordStart, out int wordEnd)))
                {
                    continue;
                }

                // "allow list terminology instead of whitelist": a word for words may stand between.
                if (IsAnyWord(text, wordStart, wordEnd, WordNouns) && !PreviousWord(text, low, wordStart, out wordStart, out wordEnd))
                {
                    continue;
                }

                if (EndsAReplacement(text, wordStart, wordEnd, replacements) || EndsAReplacement(text, wordStart, wordEnd, term.Replacements))
                {
                    return true;
                }
            }

            return false;
        }

        // The word is the last word of one of the replacements ("main", "plane" of "control plane").
        private static bool EndsAReplacement(string text, int start, int end, IReadOnlyList<string> replacements)
        {
            foreach (var replacement in replacements)
            {
                int space = replacement.LastIndexOf(' ');
                int length = replacement.Length - space - 1;
                if (length == end - start && string.Compare(text, start, replacement, space + 1, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>In a git ref or option run ("master~4", "--no-master"): no rewrite fits there.</summary>
        public static bool InNameRun(string text, int low, int high, int start)
        {
            int runStart = start;
            while (runStart > low && !TextMask.IsDelimiter(text[runStart - 1]))
            {
                runStart--;
            }

            return TextMask.ClassifyRun(text, runStart, high, out _) == RunKind.Name;
        }

        // "Merge pull request #3743 from vivex/master": the message a forge writes when it merges a pull request names the
        // branch it came from as owner/branch, a ref in someone else's repository (changelogs copy these lines verbatim).
        private static bool IsPullRequestSource(string text, int low, int start)
        {
            int runStart = start;
            bool slash = false;
            while (runStart > low && !TextMask.IsDelimiter(text[runStart - 1]))
            {
                slash |= text[runStart - 1] == '/';
                runStart--;
            }

            if (!slash || !PreviousWord(text, low, runStart, out int fromStart, out int fromEnd)
                || fromEnd - fromStart != 4 || string.Compare(text, fromStart, "from", 0, 4, System.StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            // "#<number>" right before "from", then "request".
            int k = fromStart;
            while (k > low && text[k - 1] == ' ')
            {
                k--;
            }

            int digits = k;
            while (digits > low && Chars.IsDigit(text[digits - 1]))
            {
                digits--;
            }

            if (digits == k || digits == low || text[digits - 1] != '#')
            {
                return false;
            }

            return PreviousWord(text, low, digits - 1, out int requestStart, out int requestEnd)
                && requestEnd - requestStart == 7
                && string.Compare(text, requestStart, "request", 0, 7, System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        // abort(3), slave(8), whitelist(5posix): a manual page's name with its section number right after it.
        private static bool IsManPageReference(string text, int end, int high)
        {
            if (end + 2 >= high || text[end] != '(' || !Chars.IsDigit(text[end + 1]))
            {
                return false;
            }

            int k = end + 2;
            while (k < high && k - end < 10 && Chars.IsLetterOrDigit(text[k]))
            {
                k++;
            }

            return k < high && text[k] == ')';
        }

        // abort/2, slave/1: an Erlang or Elixir function named with its arity, as those languages' manuals and their
        // indexes write it. Lower case only (functions are atoms); "Master/3.7.x" (a version) and "master/main" are read.
        private static bool IsArityReference(string text, int start, int end, int high)
        {
            if (end + 1 >= high || text[end] != '/' || !Chars.IsDigit(text[end + 1]) || !char.IsLower(text[start]))
            {
                return false;
            }

            int k = end + 1;
            while (k < high && k - end <= 3 && Chars.IsDigit(text[k]))
            {
                k++;
            }

            if (k < high && (Chars.IsLetterOrDigit(text[k]) || text[k] == '/' || text[k] == '_'))
            {
                return false;
            }

            return !(k + 1 < high && (text[k] == '.' || text[k] == '-') && Chars.IsLetterOrDigit(text[k + 1]));
        }

        // "abort (C-g)", "unix-line-discard (C-x Rubout)": an Emacs or Readline command named with its key binding right
        // after it, as bash's and Emacs's manuals list them. Every word in the parentheses is a key (C-x, M-DEL, a key
        // name in capitals such as Rubout) or "or"; "abort (C-g cancels it)" and "abort (see below)" are read.
        private static bool IsKeyBoundCommand(string text, int end, int high)
        {
            int k = end;
            if (k < high && text[k] == ' ')
            {
                k++;
            }

            if (k + 3 >= high || text[k] != '(' || (text[k + 1] != 'C' && text[k + 1] != 'M') || text[k + 2] != '-')
            {
                return false;
            }

            int limit = System.Math.Min(high, k + 40);
            int word = k + 1;
            for (int i = k + 1; i < limit; i++)
            {
                if (text[i] != ' ' && text[i] != ')')
                {
                    continue;
                }

                if (!IsKey(text, word, i))
                {
                    return false;
                }

                if (text[i] == ')')
                {
                    return true;
                }

                word = i + 1;
            }

            return false;
        }

        private static bool IsKey(string text, int start, int end)
        {
            if (end - start >= 3 && (text[start] == 'C' || text[start] == 'M') && text[start + 1] == '-')
            {
                return true;
            }

            return end - start >= 2 && (char.IsUpper(text[start]) || (end - start == 2 && text[start] == 'o' && text[start + 1] == 'r'));
        }

        // "SENTINEL MASTERS", "ALTER ROLE x ADD MEMBER y": the term in capitals beside another word in capitals.
        private static bool IsCapitalRun(string text, Token[] tokens, int count, int first, int last)
        {
            if (!AllCapitals(text, tokens[first].Start, tokens[last].End))
            {
                return false;
            }

            return (first > 0 && tokens[first].GapBefore == Gap.Space && AllCapitals(text, tokens[first - 1].Start, tokens[first - 1].End))
                || (last + 1 < count && tokens[last + 1].GapBefore == Gap.Space && AllCapitals(text, tokens[last + 1].Start, tokens[last + 1].End));
        }

        /// <summary>
        /// A line written all in capitals: a heading or label shouted ("TRUSTED DEVICE WHITELIST", "NEVER WRITE TO THE
        /// MASTER DIRECTLY"). Its words are words: a command is named in capitals inside prose that is not ("List them
        /// with SENTINEL MASTERS"). The line ends at a line break, a wide blank (markup a prose view blanked: a tag, a
        /// table cell's border) or a breaker. An acronym term stays a name there: in shouted text every word is in
        /// capitals, so "ADD TO WHITELIST" holds the verb, not the initialism. A SQL statement on a line of its own
        /// ("CHANGE MASTER TO") is written in capitals without shouting: ShoutedLine reads it with ShoutedStatement.
        /// </summary>
        private static bool IsShouted(string text, int low, int high, int start, int end) => ShoutedLine.Holds(text, low, high, start, end);

        // At least two letters, none of them lowercase.
        private static bool AllCapitals(string text, int start, int end)
        {
            int letters = 0;
            for (int k = start; k < end; k++)
            {
                char c = text[k];
                if (Chars.IsLower(c))
                {
                    return false;
                }

                if (Chars.IsLetter(c))
                {
                    letters++;
                }
            }

            return letters >= 2;
        }

        // 'master', "slave", `whitelist`, “master”: the quotes hold the term alone (a trailing comma may sit inside).
        private static bool IsQuoted(string text, int low, int high, int start, int end)
        {
            if (start <= low)
            {
                return false;
            }

            char open = text[start - 1];
            char close = Closing(open);
            if (close == '\0')
            {
                // The second of a slash pair in quotes: OpenBMC's "replacements for 'blacklist/whitelist' are".
                return IsSecondOfQuotedPair(text, low, high, start, end);
            }

            if (start - 2 >= low && text[start - 2] == open)
            {
                return false; // a doubled quote is an escaped quote in source text ("the ""master"" copy"), or an empty pair
            }

            if ((open == '\'' || open == '\u2018') && end - start > 1 && Tokenizer.IsApostrophe(text[end - 1]))
            {
                return true; // 'masters' read the closing quote as a plural possessive
            }

            int k = end;
            if (k < high && (text[k] == ',' || text[k] == '.' || text[k] == ';' || text[k] == ':' || text[k] == '!' || text[k] == '?'))
            {
                k++;
            }

            if (k < high && IsClosingOf(open, text[k]))
            {
                return true;
            }

            // The first of a slash pair in quotes: 'blacklist/whitelist', "master / slave".
            int pairEnd = PairPartnerEnd(text, end, high);
            return pairEnd > 0 && pairEnd < high && IsClosingOf(open, text[pairEnd]);
        }

        // After a word: optional spaces, a slash, optional spaces and another word; the end of that word, or -1.
        private static int PairPartnerEnd(string text, int end, int high)
        {
            int k = end;
            while (k < high && text[k] == ' ')
            {
                k++;
            }

            if (k >= high || text[k] != '/')
            {
                return -1;
            }

            k++;
            while (k < high && text[k] == ' ')
            {
                k++;
            }

            int wordStart = k;
            while (k < high && (Chars.IsLetterOrDigit(text[k]) || text[k] == '-'))
            {
                k++;
            }

            return k > wordStart && k - wordStart <= 30 ? k : -1;
        }

        // Before the word: another word, optional spaces, a slash, optional spaces, and the opening quote before that word.
        private static bool IsSecondOfQuotedPair(string text, int low, int high, int start, int end)
        {
            int k = start;
            while (k > low && text[k - 1] == ' ')
            {
                k--;
            }

            if (k <= low || text[k - 1] != '/')
            {
                return false;
            }

            k--;
            while (k > low && text[k - 1] == ' ')
            {
                k--;
            }

            int wordEnd = k;
            while (k > low && (Chars.IsLetterOrDigit(text[k - 1]) || text[k - 1] == '-'))
            {
                k--;
            }

            if (k == wordEnd || wordEnd - k > 30 || k <= low)
            {
                return false;
            }

            char open = text[k - 1];
            return Closing(open) != '\0' && end < high && IsClosingOf(open, text[end]);
        }

        /// <summary>
        /// A log record quoted on its own line: the line opens (after emphasis, quote or list marks) with a record's
        /// time stamp, a time of day with its date or glog's level and date before it (Alluxio's quoted Mesos line
        /// <c>*I0612 18:08:31.251133 3047 sched.cpp:336] New master detected at master@...*</c>,
        /// <c>2024-05-01 10:00:00,123 INFO Master: ...</c>, <c>[2024-05-01T10:00:00Z] ...</c>): program output the page
        /// quotes, which it cannot reword. A line that opens with a date alone or with words ("At 10:00:00 the master
        /// restarts") is prose. Reads at most the line's first characters; allocates nothing.
        /// </summary>
        private static bool IsLogRecord(string text, int low, int start)
        {
            int line = start;
            while (line > low && text[line - 1] != '\n' && start - line < 400)
            {
                line--;
            }

            if (line > low && text[line - 1] != '\n')
            {
                return false;
            }

            int p = line;
            while (p < start && (text[p] == ' ' || text[p] == '\t' || text[p] == '*' || text[p] == '_' || text[p] == '>' || text[p] == '-' || text[p] == '`'))
            {
                p++;
            }

            if (p < start && text[p] == '[')
            {
                p++;
            }

            if (p + 5 < start && (text[p] == 'I' || text[p] == 'W' || text[p] == 'E' || text[p] == 'F') && Digits(text, p + 1, 4) && text[p + 5] == ' ')
            {
                p += 6; // glog: I0612 18:08:31.251133
            }
            else if (p + 10 < start && Digits(text, p, 4) && (text[p + 4] == '-' || text[p + 4] == '/') && Digits(text, p + 5, 2)
                && text[p + 7] == text[p + 4] && Digits(text, p + 8, 2) && (text[p + 10] == ' ' || text[p + 10] == 'T'))
            {
                p += 11; // 2024-05-01 10:00:00, 2024-05-01T10:00:00Z
            }
            else
            {
                return false;
            }

            return p + 8 <= start && Digits(text, p, 2) && text[p + 2] == ':' && Digits(text, p + 3, 2) && text[p + 5] == ':' && Digits(text, p + 6, 2);
        }

        private static bool Digits(string text, int from, int count)
        {
            for (int k = from; k < from + count; k++)
            {
                if (k >= text.Length || text[k] < '0' || text[k] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // How far a cited quotation reaches either side of the term, and how many words it holds at least.
        private const int QuotationReach = 400;
        private const int QuotationWords = 8;

        /// <summary>
        /// The term inside a quotation woven into the writer's own sentence: double quotes (curly, straight or
        /// guillemets) opened after a space and followed by a lower-case letter (a clause taken from a source, not a
        /// sentence of the writer's own, which opens with a capital), closed after a sentence mark
        /// (<c>employment.”</c>), with at least eight words between, all in one paragraph. A quoted sentence that opens
        /// with a capital (<c>"The master node handles writes."</c>), a short quoted phrase and scare quotes are read.
        /// Looks at most <see cref="QuotationReach"/> characters either way; allocates nothing.
        /// </summary>
        private static bool InCitedQuotation(string text, int low, int high, int start, int end)
        {
            int floor = Math.Max(low, start - QuotationReach);
            int open = -1;
            for (int k = start - 1; k >= floor; k--)
            {
                char c = text[k];
                if (c == '\n' && k > low && text[k - 1] == '\n')
                {
                    return false; // a paragraph break first
                }

                if (c == '\u201D' || c == '\u00BB')
                {
                    return false; // a quotation closed before the term
                }

                if (c == '\u201C' || c == '\u00AB' || c == '"')
                {
                    open = k;
                    break;
                }
            }

            if (open < 0 || (open > low && !char.IsWhiteSpace(text[open - 1])) || open + 1 >= start || !char.IsLower(text[open + 1]))
            {
                return false;
            }

            int ceiling = Math.Min(high, end + QuotationReach);
            for (int k = end; k < ceiling; k++)
            {
                char c = text[k];
                if (c == '\n' && k + 1 < high && text[k + 1] == '\n')
                {
                    return false;
                }

                if (IsClosingOf(text[open], c))
                {
                    return IsSentenceMark(text[k - 1]) && WordsBetween(text, open + 1, k) >= QuotationWords;
                }

                if (c == text[open] && c != '"')
                {
                    return false; // another opening mark before this one closes
                }
            }

            return false;
        }

        private static bool IsSentenceMark(char c) => c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == '\u2026';

        private static int WordsBetween(string text, int from, int to)
        {
            int words = 0;
            bool inWord = false;
            for (int k = from; k < to; k++)
            {
                bool letter = Chars.IsLetterOrDigit(text[k]);
                if (letter && !inWord)
                {
                    words++;
                }

                inWord = letter;
            }

            return words;
        }

        private static bool IsClosingOf(char open, char c)
        {
            char close = Closing(open);
            return c == close || (close == '\u201D' && c == '"') || (close == '\u2019' && c == '\'');
        }

        private static readonly string[] Articles = { "a", "an", "the" };

        // 'A "whitelist" of locals', 'the "master" of the pool': an article before the quotes and 'of' after them make
        // the quoted word a noun in use (scare quotes), not a value ('set the role to "master"', 'an "abort" event').
        private static bool IsScareQuotedNoun(string text, int low, int high, int start, int end)
        {
            // end is the closing quote (no punctuation inside it), then blanks (a prose view blanks what a character reference spelled), then "of".
            int after = end + 1;
            while (after < high && after - end <= 16 && text[after] == ' ')
            {
                after++;
            }

            if (after == end + 1 || !(after + 2 < high && (text[after] | 0x20) == 'o' && (text[after + 1] | 0x20) == 'f' && !char.IsLetterOrDigit(text[after + 2])))
            {
                return false;
            }

            // Before the opening quote: a space, then the article.
            return start - 2 >= low && text[start - 2] == ' '
                && PreviousWord(text, low, start - 1, out int wordStart, out int wordEnd) && IsAnyWord(text, wordStart, wordEnd, Articles);
        }

        private static char Closing(char open)
        {
            switch (open)
            {
                case '"': return '"';
                case '\'': return '\'';
                case '`': return '`';
                case '\u201C': return '\u201D';
                case '\u2018': return '\u2019';
                case '\u00AB': return '\u00BB';
                default: return '\0';
            }
        }

        private static bool EndsWord(string text, int position) => position == text.Length || !Chars.IsLetterOrDigit(text[position]);

        private static bool IsQuoteOrEmphasis(char c)
            => c == '"' || c == '\'' || c == '`' || c == '*' || c == '_' || c == '\u201C' || c == '\u2018' || c == '\u00AB';

        // Only list punctuation, quotes, emphasis and "and"/"or" between two terms.
        private static bool OnlyListBetween(string text, int from, int to)
        {
            if (to - from > 12)
            {
                return false;
            }

            for (int k = from; k < to; k++)
            {
                char c = text[k];
                if (char.IsWhiteSpace(c) || c == ',' || c == '/' || c == '&' || IsQuoteOrEmphasis(c) || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == '(')
                {
                    continue;
                }

                if (IsWordAt(text, k, to, "and") || IsWordAt(text, k, to, "or") || IsWordAt(text, k, to, "nor"))
                {
                    k += text[k] == 'o' || text[k] == 'O' ? 1 : 2;
                    continue;
                }

                return false;
            }

            return true;
        }

        /// <summary>
        /// A bare word listed beside names built on it with an underscore: Haraka's access plugin keeps "4 files (whitelist,
        /// whitelist\_regex, blacklist, and blacklist\_regex)", the suffixes of its ACL files. The word is an item of the
        /// list (a comma or an opening parenthesis before it, a comma or a closing one after it, "and"/"or" allowed before)
        /// and the same list, on the same line, holds the word joined by <c>_</c> (or Markdown's <c>\_</c>) to more of a
        /// name. Such a list names things; the word alone in prose ("add it to the whitelist, then reload") or in a list
        /// of plain words ("(whitelist, blocklist)") stays reported.
        /// </summary>
        private static bool IsListedWithItsCompounds(string text, int low, int high, int start, int end)
        {
            int after = end;
            while (after < high && text[after] == ' ')
            {
                after++;
            }

            if (after >= high || (text[after] != ',' && text[after] != ')'))
            {
                return false;
            }

            int before = start;
            while (before > low && text[before - 1] == ' ')
            {
                before--;
            }

            if (before - 3 >= low && (IsWordAt(text, before - 3, before, "and") || IsWordAt(text, before - 2, before, "or")))
            {
                before -= IsWordAt(text, before - 2, before, "or") ? 2 : 3;
                while (before > low && text[before - 1] == ' ')
                {
                    before--;
                }
            }

            if (before <= low || (text[before - 1] != ',' && text[before - 1] != '('))
            {
                return false;
            }

            // The list: from its opening parenthesis (or the line's start) to its closing one (or the line's end).
            int from = start;
            while (from > low && text[from - 1] != '(' && text[from - 1] != '\n')
            {
                from--;
            }

            int to = end;
            while (to < high && text[to] != ')' && text[to] != '\n')
            {
                to++;
            }

            int length = end - start;
            for (int k = from; k + length < to; k++)
            {
                if (k == start || (k > from && Chars.IsLetterOrDigit(text[k - 1])) || string.Compare(text, k, text, start, length, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    continue;
                }

                int joint = k + length;
                if (text[joint] == '\\' && joint + 1 < to)
                {
                    joint++;
                }

                if (text[joint] == '_' && joint + 1 < to && Chars.IsLetterOrDigit(text[joint + 1]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsWordAt(string text, int k, int limit, string word)
            => TermContext.StartsAt(text, k, limit, word) > 0 && (k == 0 || !Chars.IsLetterOrDigit(text[k - 1]));

        // The word before position in the same clause: white space, quotes and emphasis between are fine, other punctuation ends the clause.
        private static bool PreviousWord(string text, int low, int position, out int wordStart, out int wordEnd)
        {
            int k = position;
            while (k > low && (char.IsWhiteSpace(text[k - 1]) || IsQuoteOrEmphasis(text[k - 1]) || text[k - 1] == '\u201D' || text[k - 1] == '\u2019'))
            {
                k--;
            }

            wordEnd = k;
            while (k > low && (Chars.IsLetterOrDigit(text[k - 1]) || (k - 1 > low && Tokenizer.IsApostrophe(text[k - 1]) && Chars.IsLetter(text[k - 2]))))
            {
                k--;
            }

            wordStart = k;
            return wordEnd > wordStart;
        }

        private static bool StartsWithAny(string text, int start, int end, string[] stems)
        {
            foreach (var stem in stems)
            {
                if (end - start >= stem.Length && string.Compare(text, start, stem, 0, stem.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (stem != "from" || end - start == 4) && (stem != "mov" || end - start <= 6))
                {
                    return true;
                }
            }

            return false;
        }

        // "... master to main", "whitelist with allowlist": a linker within three words, then one of the term's replacements.
        private static bool ReplacementFollows(Term term, IReadOnlyList<string> replacements, string text, int end, int high)
        {
            int k = end;
            for (int n = 0; n < 4 && k < high; n++)
            {
                k = SkipSpaceAndQuotes(text, k, high);
                int wordEnd = k;
                while (wordEnd < high && !char.IsWhiteSpace(text[wordEnd]) && !IsQuoteOrEmphasis(text[wordEnd]) && text[wordEnd] != ',' && text[wordEnd] != '.')
                {
                    wordEnd++;
                }

                if (wordEnd == k)
                {
                    return false;
                }

                foreach (var linker in Linkers)
                {
                    if (wordEnd - k == linker.Length && string.Compare(text, k, linker, 0, linker.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        int next = wordEnd;
                        while (next < high && (char.IsWhiteSpace(text[next]) || IsQuoteOrEmphasis(text[next])))
                        {
                            next++;
                        }

                        return StartsWithAnyReplacement(term, replacements, text, next, high) || WordsForWordsNext(text, next, high);
                    }
                }

                k = wordEnd;
            }

            return false;
        }

        private static readonly string[] WordsForWords = { "nouns", "adjectives", "verbs", "terms", "words", "names", "alternatives", "equivalents" };

        // ActiveMQ's "we will replace master/slave with 2 nouns to denote configured state": the replacement is words, named
        // as such (after at most two words such as a number, "new" or "more inclusive"), so the term replaced is a word talked about.
        private static bool WordsForWordsNext(string text, int position, int high)
        {
            int k = position;
            for (int n = 0; n < 3 && k < high; n++)
            {
                int wordEnd = k;
                while (wordEnd < high && Chars.IsLetterOrDigit(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (wordEnd == k)
                {
                    return false;
                }

                if (IsAnyWord(text, k, wordEnd, WordsForWords))
                {
                    return true;
                }

                k = wordEnd;
                while (k < high && text[k] == ' ')
                {
                    k++;
                }
            }

            return false;
        }

        // A quoted phrase of a few words (the term its last or only word) in parentheses right after a replacement.
        private static bool GlossedAfterReplacement(Term term, IReadOnlyList<string> replacements, string text, int low, int start, int end, int high)
        {
            int k = start;
            while (k > low && start - k < 30 && (Chars.IsLetterOrDigit(text[k - 1]) || text[k - 1] == ' ' || text[k - 1] == '-'))
            {
                k--;
            }

            if (k <= low || !IsOpeningQuote(text[k - 1]) || end >= high || !IsClosingQuote(text[end]))
            {
                return false;
            }

            k--;
            while (k > low && text[k - 1] == ' ')
            {
                k--;
            }

            if (k <= low || text[k - 1] != '(' || !PreviousWord(text, low, k - 1, out int wordStart, out int wordEnd))
            {
                return false;
            }

            return EndsAReplacement(text, wordStart, wordEnd, replacements) || EndsAReplacement(text, wordStart, wordEnd, term.Replacements);
        }

        private static bool IsOpeningQuote(char c) => c == '"' || c == '\'' || c == '\u201C' || c == '\u2018';

        private static bool IsClosingQuote(char c) => c == '"' || c == '\'' || c == '\u201D' || c == '\u2019';

        // In the same clause after the term, a naming cue ("referred to as", "known as", "called"), then (past an article and quotes)
        // a replacement as one of the next two words.
        private static bool RenamedAfter(Term term, IReadOnlyList<string> replacements, string text, int end, int high)
        {
            int limit = Math.Min(high, end + 60);
            for (int k = end; k < limit; k++)
            {
                if (text[k] == '.' || text[k] == ';' || text[k] == ':' || text[k] == '!' || text[k] == '?' || text[k] == '\n')
                {
                    limit = k;
                    break;
                }
            }

            for (int k = end; k < limit; k++)
            {
                if (k > 0 && Chars.IsLetterOrDigit(text[k - 1]))
                {
                    continue;
                }

                foreach (var cue in NamingCues)
                {
                    int after = TermContext.StartsAt(text, k, limit, cue);
                    if (after >= 0 && ReplacementNext(term, replacements, text, after, high))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool ReplacementNext(Term term, IReadOnlyList<string> replacements, string text, int position, int high)
        {
            bool article = false;
            for (int n = 0, k = position; n < 2; n++)
            {
                while (k < high && (char.IsWhiteSpace(text[k]) || IsOpeningQuote(text[k]) || IsClosingQuote(text[k])))
                {
                    k++;
                }

                int wordEnd = k;
                while (wordEnd < high && Chars.IsLetterOrDigit(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (wordEnd == k)
                {
                    return false;
                }

                if (EndsAReplacement(text, k, wordEnd, replacements) || EndsAReplacement(text, k, wordEnd, term.Replacements))
                {
                    return true;
                }

                if (n == 0 && !article && IsAnyWord(text, k, wordEnd, Articles))
                {
                    article = true;
                    n--;
                }

                k = wordEnd;
            }

            return false;
        }

        private static readonly string[] NamingCues = { "referred to as", "known as", "called", "referred to as the", "known as the", "called the", "called a" };

        private static readonly string[] Attributions = { "by", "in" };

        private static readonly string[] Others = { "some", "other", "others", "many", "older", "certain", "several", "legacy" };

        // "by some databases", "in older releases": the name belongs to others, not to this text.
        private static bool OthersFollow(string text, int end, int high)
        {
            int k = end;
            for (int n = 0; n < 2; n++)
            {
                while (k < high && char.IsWhiteSpace(text[k]))
                {
                    k++;
                }

                int wordEnd = k;
                while (wordEnd < high && Chars.IsLetterOrDigit(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (!IsAnyWord(text, k, wordEnd, n == 0 ? Attributions : Others))
                {
                    return false;
                }

                k = wordEnd;
            }

            return true;
        }

        // Punctuation that sets a word apart from the advice about it (not a comma: "if the master fails, use main" goes on).
        private static bool IsAdviceMark(char c)
            => c == '\u2026' || c == '.' || c == ':' || c == ';' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2192' || c == '>' || c == '=';

        private static readonly string[] AdviceVerbs = { "use", "say", "write", "prefer", "try" };

        // The term, a mark (ellipsis, colon, dash, arrow), then "use" and one of its replacements: the word is what the advice replaces.
        private static bool AdviceFollows(Term term, IReadOnlyList<string> replacements, string text, int end, int high)
        {
            int k = end;
            bool marked = false;
            while (k < high && (char.IsWhiteSpace(text[k]) || IsAdviceMark(text[k])))
            {
                marked |= IsAdviceMark(text[k]);
                k++;
            }

            int wordEnd = k;
            while (wordEnd < high && Chars.IsLetterOrDigit(text[wordEnd]))
            {
                wordEnd++;
            }

            if (!marked || !IsAnyWord(text, k, wordEnd, AdviceVerbs) || wordEnd >= high || !char.IsWhiteSpace(text[wordEnd]))
            {
                return false;
            }

            int next = wordEnd;
            while (next < high && (char.IsWhiteSpace(text[next]) || IsQuoteOrEmphasis(text[next])))
            {
                next++;
            }

            return StartsWithAnyReplacement(term, replacements, text, next, high, plural: true);
        }

        // The replacements the context chose, or the term's own.
        private static bool StartsWithAnyReplacement(Term term, IReadOnlyList<string> replacements, string text, int position, int high, bool plural = false)
            => StartsWithReplacement(text, position, high, replacements, plural) || StartsWithReplacement(text, position, high, term.Replacements, plural);

        private static bool StartsWithReplacement(string text, int position, int high, IReadOnlyList<string> replacements, bool plural = false)
        {
            foreach (var replacement in replacements)
            {
                int space = replacement.IndexOf(' ');
                int length = space < 0 ? replacement.Length : space;
                if (position + length <= high && string.Compare(text, position, replacement, 0, length, StringComparison.OrdinalIgnoreCase) == 0
                    && (EndsWord(text, position + length) || (plural && position + length < high && text[position + length] == 's' && EndsWord(text, position + length + 1))))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
