using System;
using System.Threading;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>The text of a tree for the hit-first scan: the string it already is, or a window over it.</summary>
    internal static class SourceTexts
    {
        private static Type? stringTextType;

        /// <summary>
        /// The text's own string when it is one (Roslyn's StringText, the usual file), else null: then read it through
        /// <see cref="SourceTextWindow"/>, because ToString() would copy it whole (on the large object heap past 42,500 characters).
        /// </summary>
        public static string? AsString(SourceText text)
        {
            var type = text.GetType();
            if (!ReferenceEquals(type, stringTextType))
            {
                // Not a public type: a Roslyn that renamed it only sends every text through the window, which finds the same.
                if (type.FullName != "Microsoft.CodeAnalysis.Text.StringText")
                {
                    return null;
                }

                stringTextType = type;
            }

            return text.ToString();
        }

        /// <summary>Whether a \u or \U escape occurs (a declared name may then hold a term its text does not spell).</summary>
        public static bool HasUnicodeEscape(string text)
            => text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0;
    }

    /// <summary>A <see cref="CharWindow"/> over a <see cref="SourceText"/>; one per thread, reused, so a scan allocates nothing.</summary>
    internal sealed class SourceTextWindow : CharWindow
    {
        [ThreadStatic]
        private static SourceTextWindow? current;

        private SourceText? text;

        private SourceTextWindow()
        {
        }

        /// <summary>This thread's window, reading <paramref name="text"/>; call <see cref="Release"/> when done.</summary>
        public static SourceTextWindow Over(SourceText text)
        {
            var window = current ?? new SourceTextWindow();
            current = null; // a nested use (none today) gets its own window instead of moving this one
            window.text = text;
            window.Reset(text.Length);
            return window;
        }

        /// <summary>Lets go of the text (a window kept by the thread must not keep a document alive) and hands the window back.</summary>
        public void Release()
        {
            text = null;
            Reset(0);
            current = this;
        }

        protected override void CopyTo(int sourceIndex, char[] destination, int count)
            => text!.CopyTo(sourceIndex, destination, 0, count);
    }
}
