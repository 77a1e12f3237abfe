namespace InclusiveAnalyzers.Documents.Fixing
{
    /// <summary>One link destination whose fragment now names a heading's new anchor.</summary>
    public sealed class LinkUpdate
    {
        public LinkUpdate(int offset, string oldFragment, string newFragment, string target, string anchor)
        {
            Offset = offset;
            Anchor = anchor;
            OldFragment = oldFragment;
            NewFragment = newFragment;
            Target = target;
        }

        /// <summary>Where the fragment starts (after the '#') in the linking document's text before the update.</summary>
        public int Offset { get; }

        /// <summary>The fragment as written before (percent escapes kept).</summary>
        public string OldFragment { get; }

        /// <summary>The old anchor it named (escapes decoded), as in <see cref="AnchorRename.Old"/>.</summary>
        public string Anchor { get; }

        public string NewFragment { get; }

        /// <summary>The full path of the document the link points into.</summary>
        public string Target { get; }
    }
}
