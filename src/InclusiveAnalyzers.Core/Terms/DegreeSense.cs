using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// The academic and skill senses of master that the catalog's phrases cannot say: a degree said short in English
    /// ("did my masters in Data Science", "she holds two masters", "a masters in statistics") or named in another
    /// language ("un master en droit", "einen Master in Informatik", "Master en Data Science"), the degree with its field
    /// ("a Master in Computer Science"), listed with other degrees ("Bachelor and Master students"), glossed ("Master (MSc)")
    /// or held by its student ("a master student at EPFL"), and the verb at the head of a learning objective ("- Master the
    /// command line", "Master Python in 30 days" on a course page).
    /// The role stays a finding: "our masters replicate", "the database holds two masters", "renommer master en main",
    /// "Master node setup".
    /// </summary>
    internal static class DegreeSense
    {
        // The degrees English names by a possessive alone ("a master's", "her bachelor's"); the catalog's only such word is master.
        private static readonly string[] DegreeNouns = { "master", "bachelor" };

        // Studying verbs that take the degree as object ("did my masters", "pursuing a master's").
        private static readonly string[] StudyVerbs =
        {
            "did", "do", "doing", "done", "complete", "completed", "completing", "finish", "finished", "finishing",
            "pursue", "pursued", "pursuing", "earn", "earned", "earning", "obtain", "obtained", "obtaining",
            "study", "studied", "studying", "graduated from",
        };

        // Whose degree it is, or how many: "did my masters", "doing a masters", "completed two masters".
        private static readonly string[] Holders = { "my", "his", "her", "their", "your", "our", "a", "an", "two", "both" };

        // A person's degree in time: "during my masters", "after her master's".
        private static readonly string[] TimeWords = { "during", "after", "before", "throughout", "since", "started", "starting", "began", "begun" };

        private static readonly string[] PersonPossessives = { "my", "his", "her" };

        // A person who has the degree: "she holds two masters", "he has a master's"; a database or a catalogue "holds two masters" too.
        private static readonly string[] People = { "she", "he" };

        private static readonly string[] HaveVerbs = { "has", "had", "holds", "held", "earned", "got", "obtained", "received", "completed" };

        private static readonly string[] Counts = { "a", "an", "two", "three", "both", "his", "her" };

        // An indefinite article of another language before the degree (un master en droit, einen Master in Informatik).
        private static readonly string[] ForeignArticles =
            { "un", "une", "d'un", "d'une", "d\u2019un", "d\u2019une", "um", "uma", "ein", "einen", "eines", "einem" };

        // The preposition that joins a degree to its field in those languages.
        private static readonly string[] FieldLinks = { "en", "em", "in", "di", "de" };

        private static readonly string[] ForeignFieldLinks = { "en", "em" };

        // What a learning objective masters: the verb's object starts with one of these ("Master the basics").
        private static readonly string[] ObjectStarts =
        {
            "the", "a", "an", "your", "this", "these", "those", "its", "their", "our", "every", "each", "all", "both",
            "how", "when", "what", "basic", "basics", "essential", "essentials", "fundamental", "fundamentals", "advanced",
        };

        // Words of a course page: where "Master Python" heads an objective, not a server.
        private static readonly TermContext CourseWords = new TermContext(null, null, new[]
        {
            "course", "courses", "lesson", "lessons", "learning objectives", "objectives", "syllabus", "curriculum",
            "bootcamp", "workshop", "you will learn", "you'll learn", "learning path", "learners",
        });

        // Words that end the object of "Master Python": the sentence, or a join to more of it ("in 30 days", "and Django").
        private static readonly string[] ObjectEnds = { "in", "and", "with", "from", "using", "for", "by", "through", "like", "within" };

        // What a learner masters of a named language or tool: "Master Python programming", "Master SQL fundamentals".
        private static readonly string[] SkillNouns =
        {
            "programming", "development", "skills", "fundamentals", "basics", "essentials", "syntax", "concepts", "techniques",
            "scripting", "coding", "testing", "design", "patterns",
        };

        // A capitalised role noun after Master is the role's name in a heading ("Master Node", "Master Server"), not a skill.
        private static readonly string[] RoleNouns =
        {
            "node", "nodes", "server", "servers", "branch", "branches", "instance", "instances", "database", "databases", "db",
            "process", "processes", "host", "hosts", "pod", "pods", "thread", "threads", "controller", "device", "devices",
            "mode", "volume", "bus", "key", "keys", "copy", "record", "records", "replica", "replicas", "slave", "slaves",
            "password", "clock", "port", "role", "election", "failover",
        };

        // Nouns that end the name of a field of study: "a Master in Computer Science", "a master in data analytics".
        private static readonly string[] FieldNouns =
        {
            "science", "sciences", "engineering", "mathematics", "maths", "math", "statistics", "physics", "chemistry",
            "biology", "bioinformatics", "economics", "informatics", "computing", "management", "administration", "law",
            "laws", "finance", "accounting", "marketing", "design", "education", "medicine", "philosophy", "psychology",
            "linguistics", "architecture", "analytics", "communication", "communications", "humanities", "studies",
            "technology", "technologies", "arts", "literature", "history", "journalism", "sociology", "neuroscience",
        };

        // Who has the degree, before a singular "master in": not "the master in computing mode".
        private static readonly string[] DegreeArticles = { "a", "an", "my", "his", "her", "their", "your", "our" };

        // The other degrees and levels a degree is listed with: "Bachelor and Master students", "Master/PhD", "MSc or master".
        private static readonly string[] DegreeLevels =
        {
            "bachelor", "bachelor's", "bachelor\u2019s", "bachelors", "undergraduate", "undergraduates", "postgraduate",
            "phd", "ph.d", "ph.d.", "doctoral", "doctorate", "bsc", "b.sc", "b.sc.", "msc", "m.sc", "m.sc.", "mba", "diploma",
        };

        // The abbreviation that glosses a degree in brackets: "Master (MSc) in Data Science", "Master's (M.Eng.)".
        private static readonly string[] DegreeAbbreviations =
        {
            "msc", "m.sc", "m.sc.", "m.s.", "m.a.", "meng", "m.eng", "m.eng.", "mba", "mphil", "m.phil.", "mres",
            "llm", "ll.m.", "mfa", "mph", "mtech", "m.tech", "m.tech.",
        };

        // What a student of the degree is followed by: "a master student at EPFL", "Master student of computer science",
        // "Bachelor and Master students." (not "a master student row", "Master Student accounts": a master record).
        private static readonly string[] StudentNouns = { "student", "students" };

        private static readonly string[] StudentLinks =
            { "at", "of", "in", "from", "with", "under", "and", "or", "who", "to", "is", "are", "was", "were", "can", "will", "may", "must" };

        private static readonly string[] Joiners = { "and", "or", "&" };

        private static readonly string[] StudyPhrases = Combine(StudyVerbs, Holders, alone: false);
        private static readonly string[] DegreeLinks = { "in", "at", "from" };
        private static readonly string[] SingularArticles = { "a", "an" };
        private static readonly string[] TimePhrases = Combine(TimeWords, PersonPossessives, alone: false);
        private static readonly string[] HavePhrases = Combine(Combine(People, HaveVerbs, alone: false), Counts, alone: true);

        /// <summary>Whether text[start, end), a term's occurrence, is a degree or the skill verb: a degree noun's possessive
        /// before a field (<see cref="IsEllipsis"/>), or master, masters or master's in the senses above.</summary>
        public static bool Holds(string text, int low, int high, int start, int end)
        {
            if (IsEllipsis(text, high, start, end))
            {
                return true;
            }

            if (end - start < 6 || end - start > 8 || string.Compare(text, start, "master", 0, 6, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            bool plural = end - start == 7 && (text[end - 1] == 's' || text[end - 1] == 'S');
            bool possessive = end - start == 8 && (text[end - 1] == 's' || text[end - 1] == 'S') && Tokenizer.IsApostrophe(text[end - 2]);
            if (IsFieldDegree(text, low, high, start, end, plural || possessive) || IsListedWithDegrees(text, low, high, start, end)
                || IsGlossedDegree(text, end, high) || IsStudent(text, end, high))
            {
                return true;
            }
            bool degreeForm = plural || possessive || EndsNounPhrase(text, end, high);

            if (degreeForm && (TermContext.AnyBefore(text, low, start, StudyPhrases) || TermContext.AnyBefore(text, low, start, TimePhrases)))
            {
                return true;
            }

            // The verb alone takes only the plural or the possessive: "pursuing masters in", not "finish master".
            if ((plural || possessive) && TermContext.AnyBefore(text, low, start, StudyVerbs))
            {
                return true;
            }

            // "she holds two masters", "he has a master's": not "she has a master" (a role) nor "the database holds two masters".
            if ((plural || possessive) && TermContext.AnyBefore(text, low, start, HavePhrases))
            {
                return true;
            }

            // "a masters in statistics": the singular article before the plural form is the degree's.
            if (plural && TermContext.AnyBefore(text, low, start, SingularArticles))
            {
                return true;
            }

            return !plural && !possessive && (IsForeignDegree(text, low, high, start, end) || IsObjective(text, low, high, start, end));
        }

        /// <summary>
        /// A degree noun's possessive with "in" and a field in capitals after it is a degree said short: "Master's in Data Science",
        /// "a master’s in Statistics". A possessive otherwise needs its own noun ("the master's binlog"), a plural
        /// without the apostrophe ("three masters in Kubernetes") or a field in lower case is read as before, and so is
        /// every other term ("the chairman's in London" is no degree).
        /// </summary>
        private static bool IsEllipsis(string text, int high, int start, int end)
        {
            if (end - start < 3 || (text[end - 1] != 's' && text[end - 1] != 'S') || (text[end - 2] != '\'' && text[end - 2] != '\u2019')
                || !ProseJudge.IsAnyWord(text, start, end - 2, DegreeNouns))
            {
                return false;
            }

            int p = end;
            while (p < high && text[p] == ' ')
            {
                p++;
            }

            if (p == end || p + 3 >= high || text[p] != 'i' || text[p + 1] != 'n' || text[p + 2] != ' ')
            {
                return false;
            }

            p += 3;
            while (p < high && text[p] == ' ')
            {
                p++;
            }

            return p < high && char.IsUpper(text[p]);
        }

        /// <summary>
        /// The degree named with its field: "a Master in Computer Science", "started a master in computer science",
        /// "Masters in Data Analytics". A field noun ends a phrase of at most four words after "in"; the singular also needs
        /// a capital or a holder before it ("a", "my"), so "the master in distributed computing mode" and "a master in
        /// Kubernetes" (no field) stay the role.
        /// </summary>
        private static bool IsFieldDegree(string text, int low, int high, int start, int end, bool pluralOrPossessive)
        {
            int p = NextWordStart(text, end, high);
            if (p == end || p + 2 > high || (text[p] != 'i' && text[p] != 'I') || (text[p + 1] != 'n' && text[p + 1] != 'N')
                || (p + 2 < high && Chars.IsLetterOrDigit(text[p + 2])))
            {
                return false;
            }

            if (!pluralOrPossessive && !Chars.IsUpper(text[start]) && !TermContext.AnyBefore(text, low, start, DegreeArticles))
            {
                return false;
            }

            p = NextWordStart(text, p, high);
            for (int words = 0; words < 4 && p < high; words++)
            {
                int wordEnd = p;
                while (wordEnd < high && Chars.IsLetter(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (wordEnd == p && text[p] != '&')
                {
                    return false;
                }

                if (ProseJudge.IsAnyWord(text, p, wordEnd, FieldNouns))
                {
                    return true;
                }

                p = wordEnd == p ? p + 1 : wordEnd;
                if (p < high && text[p] != ' ')
                {
                    return false; // a sentence mark or a line break ends the field's name
                }

                while (p < high && text[p] == ' ')
                {
                    p++;
                }
            }

            return false;
        }

        /// <summary>
        /// The degree listed with other degrees or levels: "Bachelor and Master students", "Bachelor/Master", "Master or PhD",
        /// "MSc or master". "the primary and master nodes" lists no degree.
        /// </summary>
        private static bool IsListedWithDegrees(string text, int low, int high, int start, int end)
        {
            if (start > low && text[start - 1] == '/' && LevelEndsAt(text, low, start - 1))
            {
                return true;
            }

            if (end < high && text[end] == '/' && LevelStartsAt(text, end + 1, high))
            {
                return true;
            }

            foreach (var joiner in Joiners)
            {
                int before = JoinerBefore(text, low, start, joiner);
                if (before >= 0 && LevelEndsAt(text, low, before))
                {
                    return true;
                }

                int after = JoinerAfter(text, end, high, joiner);
                if (after >= 0 && LevelStartsAt(text, after, high))
                {
                    return true;
                }
            }

            return false;
        }

        // "Master (MSc) in Data Science": a degree's abbreviation in brackets right after it.
        private static bool IsGlossedDegree(string text, int end, int high)
        {
            int p = end;
            while (p < high && text[p] == ' ')
            {
                p++;
            }

            if (p >= high || text[p] != '(')
            {
                return false;
            }

            int close = text.IndexOf(')', p + 1, Math.Min(high - p - 1, 12));
            return close > p + 1 && ProseJudge.IsAnyWord(text, p + 1, close, DegreeAbbreviations);
        }

        // "a master student at EPFL", "Master student of computer science", "Master students." (a noun phrase that ends there).
        private static bool IsStudent(string text, int end, int high)
        {
            int p = NextWordStart(text, end, high);
            if (p == end)
            {
                return false;
            }

            int wordEnd = p;
            while (wordEnd < high && Chars.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (!ProseJudge.IsAnyWord(text, p, wordEnd, StudentNouns))
            {
                return false;
            }

            int next = wordEnd;
            while (next < high && text[next] == ' ')
            {
                next++;
            }

            return next >= high || ".,;:)(\n\r".IndexOf(text[next]) >= 0 || TermContext.AnyAfter(text, wordEnd, high, StudentLinks);
        }

        // Where the word before "and" ends when "and" (or "or", "&") stands right before position, or -1.
        private static int JoinerBefore(string text, int low, int position, string joiner)
        {
            int p = TrimBack(text, low, position);
            if (p == position || !TermContext.EndsAt(text, low, p, joiner))
            {
                return -1;
            }

            int q = TrimBack(text, low, p - joiner.Length);
            return q < p - joiner.Length ? q : -1;
        }

        // Where the word after "and" (or "or", "&") starts when it stands right after position, or -1.
        private static int JoinerAfter(string text, int position, int high, string joiner)
        {
            int p = position;
            while (p < high && text[p] == ' ')
            {
                p++;
            }

            int joinerEnd = p > position ? TermContext.StartsAt(text, p, high, joiner) : -1;
            if (joinerEnd < 0)
            {
                return -1;
            }

            int q = joinerEnd;
            while (q < high && text[q] == ' ')
            {
                q++;
            }

            return q > joinerEnd ? q : -1;
        }

        private static int TrimBack(string text, int low, int position)
        {
            int p = position;
            while (p > low && text[p - 1] == ' ')
            {
                p--;
            }

            return p;
        }

        private static bool LevelEndsAt(string text, int low, int position)
        {
            foreach (var level in DegreeLevels)
            {
                if (TermContext.EndsAt(text, low, position, level))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool LevelStartsAt(string text, int position, int high)
        {
            foreach (var level in DegreeLevels)
            {
                if (TermContext.StartsAt(text, position, high, level) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        // "un master en droit", "einen Master in Informatik", and a title's "Master en Data Science".
        private static bool IsForeignDegree(string text, int low, int high, int start, int end)
        {
            if (TermContext.AnyBefore(text, low, start, ForeignArticles) && TermContext.AnyAfter(text, end, high, FieldLinks))
            {
                return true;
            }

            if (!Chars.IsUpper(text[start]) || !TermContext.AnyAfter(text, end, high, ForeignFieldLinks))
            {
                return false;
            }

            int field = NextWordStart(text, NextWordStart(text, end, high), high);
            return field < high && Chars.IsUpper(text[field]);
        }

        // "Master the command line" or, on a course page, "Master Python in 30 days" at the head of a sentence or list item.
        private static bool IsObjective(string text, int low, int high, int start, int end)
        {
            if (!Chars.IsUpper(text[start]) || Chars.IsUpper(text[start + 1]) || !AtClauseStart(text, low, start))
            {
                return false;
            }

            if (TermContext.AnyAfter(text, end, high, ObjectStarts))
            {
                return true;
            }

            int name = NextWordStart(text, end, high);
            if (name >= high || !Chars.IsUpper(text[name]))
            {
                return false;
            }

            int nameEnd = NameEnd(text, name, high);
            if (ProseJudge.IsAnyWord(text, name, nameEnd, RoleNouns))
            {
                return false;
            }

            // A skill noun may follow the name: "Master Python programming for data science", "Master SQL fundamentals".
            if (nameEnd < high && text[nameEnd] == ' ' && TermContext.AnyAfter(text, nameEnd, high, SkillNouns))
            {
                nameEnd = NextWordStart(text, nameEnd, high);
                while (nameEnd < high && Chars.IsLetter(text[nameEnd]))
                {
                    nameEnd++;
                }
            }

            bool objectEnds = nameEnd >= high || ".,:;!\n\r".IndexOf(text[nameEnd]) >= 0 || TermContext.AnyAfter(text, nameEnd, high, ObjectEnds);
            return objectEnds && CourseWords.Holds(text, low, high, start, end);
        }

        // The end of a product's name: letters, digits, C++'s and C#'s marks, and a dot inside it (Node.js, ASP.NET).
        private static int NameEnd(string text, int k, int high)
        {
            while (k < high)
            {
                char c = text[k];
                bool inner = c == '.' && k + 1 < high && Chars.IsLetter(text[k + 1]);
                if (!Chars.IsLetterOrDigit(c) && c != '+' && c != '#' && !inner)
                {
                    break;
                }

                k++;
            }

            return k;
        }

        // The singular said as a degree ends its noun phrase: "completed my master in Paris", "did my master." (not "did a master reset").
        private static bool EndsNounPhrase(string text, int end, int high)
        {
            if (end >= high)
            {
                return true;
            }

            char c = text[end];
            return c == '.' || c == ',' || c == ';' || c == ')' || c == '\n' || TermContext.AnyAfter(text, end, high, DegreeLinks);
        }

        // The first thing before the word, past white space, is the text's start, a sentence's end or a list marker; a
        // document view ends each block (a list item, a paragraph) with a control character or a blank line.
        private static bool AtClauseStart(string text, int low, int start)
        {
            int k = start, newlines = 0;
            while (k > low && (char.IsWhiteSpace(text[k - 1]) || char.IsControl(text[k - 1])))
            {
                if (!char.IsWhiteSpace(text[k - 1]) || (text[k - 1] == '\n' && ++newlines > 1))
                {
                    return true;
                }

                k--;
            }

            if (k == low)
            {
                return true;
            }

            char c = text[k - 1];
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '|' || c == '>' || c == '\u2022' || c == ')')
            {
                return true;
            }

            // A list marker of its own: "- Master the", "* Master Python".
            return (c == '-' || c == '*' || c == '+') && (k - 1 == low || char.IsWhiteSpace(text[k - 2]));
        }

        private static int NextWordStart(string text, int position, int high)
        {
            int k = position;
            while (k < high && Chars.IsLetterOrDigit(text[k]))
            {
                k++;
            }

            while (k < high && (text[k] == ' ' || text[k] == '\t'))
            {
                k++;
            }

            return k;
        }

        private static string[] Combine(string[] firsts, string[] seconds, bool alone)
        {
            var phrases = new List<string>(firsts.Length * (seconds.Length + 1));
            foreach (var first in firsts)
            {
                if (alone)
                {
                    phrases.Add(first);
                }

                foreach (var second in seconds)
                {
                    phrases.Add(first + " " + second);
                }
            }

            return phrases.ToArray();
        }
    }
}
