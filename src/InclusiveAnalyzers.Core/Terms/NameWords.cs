using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Whether a code name (an identifier, a dotted namespace) holds a word as one of its parts, as its casing splits it:
    /// "modbus" is a part of <c>ModbusUdpSlave</c> and <c>NModbus4.Device</c>, "i2c" of <c>I2cSlaveDevice</c> and
    /// <c>System.Device.I2c</c>, "spi" of <c>SPIMaster</c>; "spi" is no part of <c>Spinner</c> or <c>ASPIRE</c>. And
    /// whether one name's words run unbroken through another's (<c>Abort</c> through <c>Abort_SendAndAbort_Success</c>).
    /// </summary>
    public static class NameWords
    {
        public static bool ContainsAny(string name, IReadOnlyList<string> words)
        {
            foreach (var word in words)
            {
                if (Contains(name, word))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool Contains(string name, string word)
        {
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(word) || word.IndexOf(' ') >= 0)
            {
                return false; // near phrases of several words are for prose
            }

            for (int at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (StartsPart(name, at) && EndsPart(name, at + word.Length))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="inner"/>'s words appear in <paramref name="outer"/>'s as one unbroken run (case
        /// aside) that covers outer[<paramref name="coverStart"/>, <paramref name="coverEnd"/>); a negative start asks for any run.
        /// </summary>
        public static bool RunsThrough(string outer, string inner, int coverStart = -1, int coverEnd = -1)
        {
            var outerWords = new Token[16];
            var innerWords = new Token[8];
            int outerCount = Tokenizer.Tokenize(outer, 0, outer.Length, TextKind.Identifier, ref outerWords);
            int innerCount = Tokenizer.Tokenize(inner, 0, inner.Length, TextKind.Identifier, ref innerWords);
            if (innerCount == 0)
            {
                return false;
            }

            for (int first = 0; first + innerCount <= outerCount; first++)
            {
                if (coverStart >= 0 && (outerWords[first].Start > coverStart || outerWords[first + innerCount - 1].End < coverEnd))
                {
                    continue;
                }

                bool same = true;
                for (int k = 0; k < innerCount && same; k++)
                {
                    same = outerWords[first + k].Length == innerWords[k].Length
                        && string.Compare(outer, outerWords[first + k].Start, inner, innerWords[k].Start, innerWords[k].Length, StringComparison.OrdinalIgnoreCase) == 0;
                }

                if (same)
                {
                    return true;
                }
            }

            return false;
        }

        // A part starts after a non-letter, at a lower-to-upper change, or at the capital that begins a word after a run of
        // capitals (the M of NModbus).
        private static bool StartsPart(string name, int at)
        {
            if (at == 0 || !char.IsLetter(name[at - 1]))
            {
                return true;
            }

            char previous = name[at - 1], first = name[at];
            return char.IsUpper(first) && (char.IsLower(previous) || (at + 1 < name.Length && char.IsLower(name[at + 1])));
        }

        // A part ends before a non-letter, or before a capital (after capitals only when that capital begins a word: SPIMaster).
        private static bool EndsPart(string name, int end)
        {
            if (end == name.Length || !char.IsLetter(name[end]))
            {
                return true;
            }

            char last = name[end - 1], next = name[end];
            return char.IsUpper(next) && (!char.IsUpper(last) || (end + 1 < name.Length && char.IsLower(name[end + 1])));
        }
    }
}
