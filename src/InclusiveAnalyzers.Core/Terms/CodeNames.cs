using System.Text;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Another system's fixed name in code. A declared name is read as the words it is made of
    /// (<c>CreateMasterConnection</c> is "create master connection"), so a catalog name context ("master" before
    /// "connection", near "SQL Server") can hold for it as it holds in prose: SQL Server's master database is
    /// that system's name, whatever the code calls its connection to it.
    /// </summary>
    public static class CodeNames
    {
        /// <summary>
        /// Whether <paramref name="match"/>, found in <paramref name="identifier"/>, is the name of another system:
        /// one of its term's near-word name contexts holds with the identifier's own words around it, and the near
        /// words in nearText[nearLow, nearHigh) (the source around the declaration) or in <paramref name="subject"/>.
        /// Only asked for a match whose term has such contexts: the words are spelled out here, never on the hot path.
        /// A member's <paramref name="qualifier"/> (its type's name) is read before it, as callers write it: LibGit2Sharp's
        /// <c>Rebase.Abort()</c> is "rebase abort", git's rebase --abort, where a member named Abort alone says nothing.
        /// </summary>
        public static bool IsOtherSystemsName(TermMatch match, string identifier, string nearText, int nearLow, int nearHigh, string subject, string? qualifier = null)
        {
            if (!match.Term.HasNearNames)
            {
                return false;
            }

            var tokens = new Token[16];
            var words = new StringBuilder(identifier.Length + (qualifier?.Length ?? 0) + 8);
            if (!string.IsNullOrEmpty(qualifier))
            {
                AppendWords(words, qualifier!, ref tokens, -1, -1, out _, out _);
            }

            AppendWords(words, identifier, ref tokens, match.Start, match.Start + match.Length, out int start, out int end);
            if (start < 0 || end < start)
            {
                return false; // a glued match inside one word (premaster): not a name the contexts describe
            }

            var spelled = words.ToString();
            return match.Term.IsNameInCode(spelled, 0, spelled.Length, start, end, nearText, nearLow, nearHigh, subject);
        }

        // The name's words in lower case, one space apart, after what words holds; start and end: where the words that
        // begin at matchStart and end at matchEnd fall in it (-1 when no word does).
        private static void AppendWords(StringBuilder words, string name, ref Token[] tokens, int matchStart, int matchEnd, out int start, out int end)
        {
            start = end = -1;
            int count = Tokenizer.Tokenize(name, 0, name.Length, TextKind.Identifier, ref tokens);
            for (int i = 0; i < count; i++)
            {
                if (words.Length > 0)
                {
                    words.Append(' ');
                }

                if (tokens[i].Start == matchStart)
                {
                    start = words.Length;
                }

                for (int k = tokens[i].Start; k < tokens[i].End; k++)
                {
                    words.Append(char.ToLowerInvariant(name[k]));
                }

                if (tokens[i].End == matchEnd)
                {
                    end = words.Length;
                }
            }
        }
    }
}
