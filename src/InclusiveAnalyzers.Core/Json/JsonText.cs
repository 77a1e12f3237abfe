using System.IO;
using System.Text;

namespace InclusiveAnalyzers.Core.Json
{
    /// <summary>
    /// The text a <see cref="JsonParser"/> reads: one string, or a file read in pieces. The embedded term catalog is
    /// read in pieces so that no string of it reaches the large object heap (85,000 bytes, 42,500 characters): in a
    /// busy compiler one such allocation can start a full collection, measured at 150 ms inside our analyzer's first
    /// compilation-start action in a real build of Markdig.
    /// </summary>
    internal sealed class JsonText
    {
        /// <summary>Characters per piece: 32 KB strings, well below the large object heap.</summary>
        public const int DefaultPieceLength = 16384;

        private readonly string[] pieces;
        private readonly int pieceLength;

        private JsonText(string[] pieces, int pieceLength, int length)
        {
            this.pieces = pieces;
            this.pieceLength = pieceLength;
            Length = length;
        }

        public int Length { get; }

        public char this[int index] => pieces[index / pieceLength][index % pieceLength];

        public static JsonText From(string text) => new JsonText(new[] { text }, int.MaxValue, text.Length);

        /// <summary>Reads <paramref name="reader"/> to its end in pieces of <paramref name="pieceLength"/> characters.</summary>
        public static JsonText Read(TextReader reader, int pieceLength = DefaultPieceLength)
        {
            var pieces = new System.Collections.Generic.List<string>();
            var buffer = new char[pieceLength];
            int length = 0;
            while (true)
            {
                int filled = 0;
                int read;
                while (filled < pieceLength && (read = reader.Read(buffer, filled, pieceLength - filled)) > 0)
                {
                    filled += read;
                }

                if (filled > 0)
                {
                    pieces.Add(new string(buffer, 0, filled));
                    length += filled;
                }

                if (filled < pieceLength)
                {
                    return new JsonText(pieces.ToArray(), pieceLength, length);
                }
            }
        }

        public string Substring(int start, int length)
        {
            int piece = start / pieceLength;
            int offset = start % pieceLength;
            if (offset + length <= pieces[piece].Length)
            {
                return pieces[piece].Substring(offset, length);
            }

            return AppendTo(new StringBuilder(length), start, length).ToString();
        }

        public StringBuilder AppendTo(StringBuilder builder, int start, int length)
        {
            while (length > 0)
            {
                var piece = pieces[start / pieceLength];
                int offset = start % pieceLength;
                int count = System.Math.Min(length, piece.Length - offset);
                builder.Append(piece, offset, count);
                start += count;
                length -= count;
            }

            return builder;
        }

        /// <summary>Whether <paramref name="word"/> is spelled at <paramref name="start"/>.</summary>
        public bool Spells(int start, string word)
        {
            if (start + word.Length > Length)
            {
                return false;
            }

            for (int i = 0; i < word.Length; i++)
            {
                if (this[start + i] != word[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
