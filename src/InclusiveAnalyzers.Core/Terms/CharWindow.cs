using System;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// A text that is not one string (Roslyn's chunked text for a large file, an editor's snapshot), read through a
    /// small buffer so the candidate search never copies it whole: a copy of a file over 42,500 characters lands on
    /// the large object heap, and in a busy compiler such an allocation can start a full collection (measured: one
    /// 70 KB Markdig file cost a 110 ms blocking collection inside our analyzer). Reads may go back a little and
    /// forward any distance; the buffer moves to the index asked for. One window per thread, reused.
    /// </summary>
    public abstract class CharWindow
    {
        /// <summary>The default buffer: small enough for the small object heap, large enough that refills are rare.</summary>
        public const int DefaultBufferSize = 8192;

        // A refill starts this far before the index asked for: the search reads back one or two characters.
        internal const int Behind = 16;

        private readonly char[] buffer;
        private int bufferStart;
        private int bufferCount;

        protected CharWindow(int bufferSize = DefaultBufferSize)
        {
            buffer = new char[Math.Max(bufferSize, 2 * Behind)];
        }

        /// <summary>The length of the text being read.</summary>
        public int Length { get; private set; }

        /// <summary>The character at <paramref name="index"/> (0 &lt;= index &lt; <see cref="Length"/>).</summary>
        public char this[int index]
        {
            get
            {
                int offset = index - bufferStart;
                return (uint)offset < (uint)bufferCount ? buffer[offset] : Refill(index);
            }
        }

        /// <summary>Starts reading a new text of <paramref name="length"/> characters (nothing is read until asked).</summary>
        protected void Reset(int length)
        {
            Length = length;
            bufferStart = 0;
            bufferCount = 0;
        }

        /// <summary>Copies text[sourceIndex, sourceIndex + count) to destination[0, count).</summary>
        protected abstract void CopyTo(int sourceIndex, char[] destination, int count);

        /// <summary>Whether a \u or \U escape occurs (a declared name may then hold a term its text does not spell).</summary>
        public bool HasUnicodeEscape()
        {
            for (int from = 0; from < Length;)
            {
                var chars = Load(from, out int at, out int count);
                int slash = Array.IndexOf(chars, '\\', from - at, at + count - from);
                if (slash < 0)
                {
                    from = at + count;
                    continue;
                }

                int next = at + slash + 1;
                if (next < Length && this[next] is 'u' or 'U')
                {
                    return true;
                }

                from = next;
            }

            return false;
        }

        /// <summary>
        /// The buffer filled from a little before <paramref name="index"/> on, as far as it holds: text[at, at + count)
        /// is chars[0, count). For the candidate search, which reads the buffer directly: one compiled loop over arrays
        /// then serves strings, arrays and windows alike.
        /// </summary>
        internal char[] Load(int index, out int at, out int count)
        {
            Refill(index);
            at = bufferStart;
            count = bufferCount;
            return buffer;
        }

        private char Refill(int index)
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            bufferStart = Math.Max(0, index - Behind);
            bufferCount = Math.Min(buffer.Length, Length - bufferStart);
            CopyTo(bufferStart, buffer, bufferCount);
            return buffer[index - bufferStart];
        }
    }
}
