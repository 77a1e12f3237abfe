using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// The text of a tree being checked at its candidates. The usual file is one string already; a large file (Roslyn
    /// holds it in chunks) or an editor's snapshot is read through a window, and copied whole only when a check needs
    /// the string (a comment to match): a candidate in code is passed over without it. A copy over 42,500 characters
    /// lands on the large object heap, where one allocation can start a full collection in a busy compiler.
    /// </summary>
    internal sealed class TreeText
    {
        private readonly SourceText source;
        private string? whole;
        private SourceTextWindow? window;

        public TreeText(SourceText source)
        {
            this.source = source;
            whole = SourceTexts.AsString(source);
        }

        public int Length => source.Length;

        /// <summary>The whole text as one string (copied once, the first time it is asked for, when the text is not one).</summary>
        public string Whole
        {
            get
            {
                if (whole is { } text)
                {
                    return text;
                }

                whole = text = source.ToString();
                Release();
                return text;
            }
        }

        /// <summary>The next candidate at or after <paramref name="start"/>, or -1.</summary>
        public int NextCandidate(TermMatcher matcher, int start)
        {
            if (whole != null)
            {
                return matcher.NextCandidate(whole, start, whole.Length);
            }

            window ??= SourceTextWindow.Over(source);
            return matcher.NextCandidate(window, start, window.Length);
        }

        /// <summary>Hands the window back to the thread (call when the checks are done).</summary>
        public void Release()
        {
            window?.Release();
            window = null;
        }
    }
}
