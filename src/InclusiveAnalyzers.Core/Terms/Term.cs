using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>One catalog entry: the words it matches, what to say instead, and how loudly.</summary>
    public sealed class Term
    {
        private static readonly IReadOnlyList<TermContext> NoContexts = System.Array.Empty<TermContext>();
        private static readonly IReadOnlyDictionary<string, string> NoHomographs = new Dictionary<string, string>();

        public Term(
            string id,
            IReadOnlyList<string> words,
            IReadOnlyList<WordForm> inflections,
            IReadOnlyList<string> irregularForms,
            IReadOnlyList<string> replacements,
            string category,
            Severity severity,
            bool enabled,
            string reason,
            string source,
            IReadOnlyList<string> exceptions,
            bool acronym = false,
            IReadOnlyList<TermContext>? senses = null,
            IReadOnlyList<TermContext>? names = null,
            IReadOnlyList<TermContext>? contexts = null,
            bool glued = false,
            IReadOnlyDictionary<string, string>? homographs = null)
        {
            Homographs = homographs ?? NoHomographs;
            Acronym = acronym;
            Glued = glued;
            Senses = senses ?? NoContexts;
            Names = names ?? NoContexts;
            Contexts = contexts ?? NoContexts;
            Id = id;
            Words = words;
            Inflections = inflections;
            IrregularForms = irregularForms;
            Replacements = replacements;
            Category = category;
            Severity = severity;
            Enabled = enabled;
            Reason = reason;
            Source = source;
            Exceptions = exceptions;
        }

        public string Id { get; }
        /// <summary>Base forms, lowercase; phrases use single spaces.</summary>
        public IReadOnlyList<string> Words { get; }
        public IReadOnlyList<WordForm> Inflections { get; }
        public IReadOnlyList<string> IrregularForms { get; }
        /// <summary>Ordered: the first is the best general replacement.</summary>
        public IReadOnlyList<string> Replacements { get; }
        public string Category { get; }
        public Severity Severity { get; }
        /// <summary>False: never reported unless the user enables this term by id.</summary>
        public bool Enabled { get; }
        public string Reason { get; }
        public string Source { get; }
        /// <summary>Phrases containing the term in which it is fine (master's degree).</summary>
        public IReadOnlyList<string> Exceptions { get; }

        /// <summary>
        /// Matched only in prose and only in capitals (ADD the condition, not "add a retry");
        /// identifiers are never matched, since SCREAMING_CASE would make every ADD_USER a finding.
        /// </summary>
        public bool Acronym { get; }

        /// <summary>
        /// In identifiers, the word also matches at the start of a longer word part when the rest is
        /// another word rather than a suffix (SLAVEOF, MASTERAUTH, slaveofMsg; not Mastery, Mastered).
        /// Opt-in per term: short or common words would turn manager or helper into findings.
        /// </summary>
        public bool Glued { get; }

        /// <summary>Contexts in which the word has another sense (the verb "to master a skill"): not a finding, in prose.</summary>
        public IReadOnlyList<TermContext> Senses { get; }

        /// <summary>Contexts in which the word is another system's fixed name (the SQL Server "master database"): not a finding while names are masked.</summary>
        public IReadOnlyList<TermContext> Names { get; }

        /// <summary>Contexts with their own replacements ("master node" near Kubernetes -> "control plane"); the first that holds wins.</summary>
        public IReadOnlyList<TermContext> Contexts { get; }

        /// <summary>
        /// Languages (primary subtags, lowercase: "ro", "it") in which the same spelling is an ordinary word,
        /// with what it means there ("lame": Romanian llamas, French blade). A document declared in one of
        /// them is not checked for this term: its words are that language's, not English.
        /// </summary>
        public IReadOnlyDictionary<string, string> Homographs { get; }

        /// <summary>True when <paramref name="language"/> (a BCP 47 tag such as "ro", "pt-BR" or "it_IT") is one of <see cref="Homographs"/>.</summary>
        public bool IsWordOf(string? language)
        {
            if (Homographs.Count == 0 || string.IsNullOrEmpty(language)) return false;
            var primary = LanguageTags.Primary(language!);
            return primary.Length > 0 && Homographs.ContainsKey(primary);
        }

        /// <summary>True when one of <see cref="Names"/> holds for a whole document titled <paramref name="subject"/> (see <see cref="TermContext.HoldsForSubject"/>).</summary>
        public bool IsNameThroughout(string subject)
        {
            foreach (var context in Names)
            {
                if (context.HoldsForSubject(subject)) return true;
            }
            return false;
        }

        /// <summary>
        /// True when one of <see cref="Names"/> that needs near words holds for text[start, end) in code: its before
        /// and after words in text[low, high), its near words in nearText[nearLow, nearHigh) or in the file's
        /// <paramref name="subject"/> (see <see cref="TermContext.HoldsInCode"/>).
        /// </summary>
        public bool IsNameInCode(string text, int low, int high, int start, int end, string nearText, int nearLow, int nearHigh, string subject)
        {
            foreach (var context in Names)
            {
                if (context.HoldsInCode(text, low, high, start, end, nearText, nearLow, nearHigh, subject)) return true;
            }
            return false;
        }

        /// <summary>Whether any of <see cref="Names"/> asks for near words and words at the occurrence (the only ones <see cref="IsNameInCode"/> can hold).</summary>
        public bool HasNearNames
        {
            get
            {
                foreach (var context in Names)
                {
                    if (context.Near.Count > 0 && (context.Before.Count > 0 || context.After.Count > 0)) return true;
                }
                return false;
            }
        }

        /// <summary>The first word or phrase, for messages.</summary>
        public string DisplayWord => Words.Count > 0 ? Words[0] : Id;

        public Term With(
            IReadOnlyList<string>? words = null,
            IReadOnlyList<WordForm>? inflections = null,
            IReadOnlyList<string>? irregularForms = null,
            IReadOnlyList<string>? replacements = null,
            string? category = null,
            Severity? severity = null,
            bool? enabled = null,
            string? reason = null,
            string? source = null,
            IReadOnlyList<string>? exceptions = null,
            bool? acronym = null,
            IReadOnlyList<TermContext>? senses = null,
            IReadOnlyList<TermContext>? names = null,
            IReadOnlyList<TermContext>? contexts = null,
            bool? glued = null,
            IReadOnlyDictionary<string, string>? homographs = null)
            => new Term(
                Id,
                words ?? Words,
                inflections ?? Inflections,
                irregularForms ?? IrregularForms,
                replacements ?? Replacements,
                category ?? Category,
                severity ?? Severity,
                enabled ?? Enabled,
                reason ?? Reason,
                source ?? Source,
                exceptions ?? Exceptions,
                acronym ?? Acronym,
                senses ?? Senses,
                names ?? Names,
                contexts ?? Contexts,
                glued ?? Glued,
                homographs ?? Homographs);

        public override string ToString() => Id;
    }

    /// <summary>Which form of a catalog word matched, so the rewriter can inflect the replacement the same way.</summary>
    public enum WordForm : byte
    {
        Base,
        Plural,
        Past,
        Gerund,
        Possessive,
        Irregular,
        /// <summary>The agent noun: blacklist -> blacklister.</summary>
        Agent,
        /// <summary>The agent noun's plural: blacklisters.</summary>
        AgentPlural,
    }
}
