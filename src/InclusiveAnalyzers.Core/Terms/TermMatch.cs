namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>A term found in a text: the span (in the text that was searched), the term, and its effective severity.</summary>
    public readonly struct TermMatch
    {
        public TermMatch(int start, int length, Term term, Severity severity, WordForm form, System.Collections.Generic.IReadOnlyList<string>? replacements = null)
        {
            Replacements = replacements ?? term.Replacements;
            Start = start;
            Length = length;
            Term = term;
            Severity = severity;
            Form = form;
        }

        public int Start { get; }
        public int Length { get; }
        public int End => Start + Length;
        public Term Term { get; }
        public Severity Severity { get; }
        public WordForm Form { get; }

        /// <summary>
        /// What to say instead here, best first: a catalog context's replacements when one holds
        /// ("control plane" for a Kubernetes master node), none inside a git ref or option, else the term's.
        /// </summary>
        public System.Collections.Generic.IReadOnlyList<string> Replacements { get; }

        public override string ToString() => $"{Term.Id} [{Start},{Length}) {Severity}";
    }
}
