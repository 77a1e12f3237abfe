namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>A term found in a text: the span (in the text that was searched), the term, and its effective severity.</summary>
    public readonly struct TermMatch
    {
        public TermMatch(int start, int length, Term term, Severity severity, WordForm form)
        {
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

        public override string ToString() => $"{Term.Id} [{Start},{Length}) {Severity}";
    }
}
