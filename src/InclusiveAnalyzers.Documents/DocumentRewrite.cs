using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Fixing;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>A document's rewritten text and the heading anchors the rewrite changed (links to them not yet updated).</summary>
    public sealed class DocumentRewrite
    {
        public DocumentRewrite(string text, IReadOnlyList<AnchorRename>? anchors = null)
        {
            Text = text;
            Anchors = anchors ?? Array.Empty<AnchorRename>();
        }

        public string Text { get; }

        public IReadOnlyList<AnchorRename> Anchors { get; }
    }
}
