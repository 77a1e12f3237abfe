using System.Text;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    internal enum SectionKind
    {
        Other,
        Pledge,
        Standards,
        Responsibilities,
        Scope,
        Reporting,
        /// <summary>Consequences: CC 2.x Enforcement Guidelines, CC 3.0 Addressing and Repairing Harm, or an equivalent.</summary>
        Consequences,
        /// <summary>One rung of a consequence ladder (Correction, Warning, Temporary Ban, ...).</summary>
        LadderRung,
        Attribution,
    }

    /// <summary>Reads English section headings. Translated templates are matched by position instead (see CovenantTemplates).</summary>
    internal static class SectionNames
    {
        private static readonly Regex Numbering = new Regex(@"^(?:\d+|[ivx]+|[a-z])[.)]\s+", RegexOptions.CultureInvariant);
        private static readonly Regex NonWord = new Regex(@"[^\p{L}\p{N}' ]+", RegexOptions.CultureInvariant);
        private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.CultureInvariant);

        // "Sources" names an attribution section; "open source" in a title ("Microsoft Open Source Code of Conduct") does not.
        private static readonly (SectionKind Kind, Regex Pattern)[] Rules =
        {
            (SectionKind.Attribution, Rx(@"\battribution\b|\bcredits?\b|\blicen[cs]e\b|\backnowledge?ments?\b|(?<!\bopen )\bsources?\b|\badapted\b")),
            (SectionKind.LadderRung, Rx(@"^(correction|warning|temporary ban|permanent ban|temporarily limited activities|temporary suspension|suspension|ban|expulsion)$")),
            (SectionKind.Consequences, Rx(@"\benforcement guidelines\b|\bconsequences?\b|\brepairing harm\b|\bladder\b|\bsanctions?\b|\bpenalt(y|ies)\b|\bremed(y|ies)\b|\bimpact guidelines\b|\benforcement (actions?|process)\b")),
            (SectionKind.Responsibilities, Rx(@"\bresponsibilit(y|ies)\b|\bmoderat(ors?|ion)\b|\bcommittee\b|\benforcement team\b|\bwho enforces\b|\bstewards?\b")),
            (SectionKind.Reporting, Rx(@"\breport(s|ing)?\b|\bcontact(s|ing)?\b|\bincidents?\b|\bcomplaints?\b|\bget(ting)? help\b|^enforc(ement|ing)\b")),
            (SectionKind.Scope, Rx(@"\bscope\b|\bwhere (this|it) applies\b|\bapplicability\b|\bapplies\b")),
            (SectionKind.Standards, Rx(@"\bstandards?\b|\bbehaviou?rs?\b|\bexpectations?\b|\bexpected\b|\bunacceptable\b|\bharassment\b|\bdo'?s and don'?ts\b|\bguidelines\b")),
            (SectionKind.Pledge, Rx(@"\bpledge\b|\bpurpose\b|\bcommitment\b|\bmission\b|\bintroduction\b|\bwelcome\b|\bour values\b")),
        };

        public static string Normalize(string heading)
        {
            string text = heading.ToLowerInvariant().Replace('\u2019', '\'').Trim();
            text = Numbering.Replace(text, string.Empty);
            text = NonWord.Replace(text, " ");
            return Spaces.Replace(text, " ").Trim();
        }

        public static SectionKind Classify(string normalized)
        {
            if (normalized.Length == 0) return SectionKind.Other;
            foreach (var (kind, pattern) in Rules)
            {
                if (pattern.IsMatch(normalized)) return kind;
            }

            return SectionKind.Other;
        }

        public static string Describe(SectionKind kind)
        {
            switch (kind)
            {
                case SectionKind.Reporting: return "how to report";
                case SectionKind.Scope: return "scope";
                case SectionKind.Standards: return "expected and unacceptable behaviour";
                case SectionKind.Responsibilities: return "enforcement responsibilities";
                case SectionKind.Consequences: return "consequences";
                default: return kind.ToString().ToLowerInvariant();
            }
        }

        private static Regex Rx(string pattern) => new Regex(pattern, RegexOptions.CultureInvariant);

        internal static string Collapse(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (!space) builder.Append(' ');
                    space = true;
                }
                else
                {
                    builder.Append(c);
                    space = false;
                }
            }

            return builder.ToString();
        }
    }
}
