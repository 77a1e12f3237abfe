using System;

namespace InclusiveAnalyzers.Documents.Analysis
{
    /// <summary>The parser refused the document (for example nesting deeper than it supports); the message is shown to the user.</summary>
    internal sealed class DocumentTooComplexException : Exception
    {
        public DocumentTooComplexException(string message, Exception? inner = null) : base(message, inner)
        {
        }
    }
}
