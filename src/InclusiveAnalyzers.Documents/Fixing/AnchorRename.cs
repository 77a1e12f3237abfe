namespace InclusiveAnalyzers.Documents.Fixing
{
    /// <summary>A heading's generated anchor before and after a fix rewrote words of the heading (or of an earlier one with the same text, which moves the -1, -2 suffixes).</summary>
    public sealed class AnchorRename
    {
        public AnchorRename(string oldAnchor, string newAnchor)
        {
            Old = oldAnchor;
            New = newAnchor;
        }

        public string Old { get; }

        public string New { get; }

        public override string ToString() => "#" + Old + " -> #" + New;
    }
}
