using System.Runtime.CompilerServices;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>Character classes with an ASCII table first: the tokenizer's hot loop calls these for every character.</summary>
    internal static class Chars
    {
        private const byte Other = 0, Lower = 1, Upper = 2, Digit = 3;
        private static readonly byte[] Table = Build();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsLetterOrDigit(char c) => c < 128 ? Table[c] != Other : char.IsLetterOrDigit(c);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsUpper(char c) => c < 128 ? Table[c] == Upper : char.IsUpper(c);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsLower(char c) => c < 128 ? Table[c] == Lower : char.IsLower(c);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsDigit(char c) => c < 128 ? Table[c] == Digit : char.IsDigit(c);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsLetter(char c) => c < 128 ? Table[c] == Lower || Table[c] == Upper : char.IsLetter(c);

        private static byte[] Build()
        {
            var table = new byte[128];
            for (char c = 'a'; c <= 'z'; c++)
            {
                table[c] = Lower;
                table[c - 32] = Upper;
            }

            for (char c = '0'; c <= '9'; c++)
            {
                table[c] = Digit;
            }

            return table;
        }
    }
}
