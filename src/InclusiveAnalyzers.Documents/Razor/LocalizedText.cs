using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Razor
{
    /// <summary>
    /// The text a localisation call writes into the page: <c>@T("IP Black List")</c> (Orchard Core, Oqtane),
    /// <c>@Localizer["Add to whitelist"]</c>, <c>@L["…"]</c> (ABP), <c>@_localizer[…]</c>. The call's first
    /// argument, a plain string literal, is the key and the text the page shows in its default language, so
    /// it is read as the page's prose. Only a receiver named with one letter or named a localizer, or a name the
    /// page injects with a localizer type (<c>@inject IStringLocalizer&lt;Shared&gt; sr</c>), invoked or indexed,
    /// counts: any other call's string (<c>@Html.Partial("_Whitelist")</c>, <c>@Model["master"]</c>) is a name
    /// the code passes, and stays C#.
    /// </summary>
    internal static class LocalizedText
    {
        /// <summary>
        /// The literal of a localisation call that starts the expression in [<paramref name="start"/>,
        /// <paramref name="end"/>) (after its '@', or inside <c>@( )</c>): [LiteralStart, LiteralEnd) is the text
        /// between its quotes; false when the expression is no such call or its argument is no plain literal
        /// (interpolated and raw strings, a variable).
        /// </summary>
        /// <param name="injected">Names the page injects with a localizer type, or null.</param>
        public static bool Find(string text, int start, int end, ISet<string>? injected, out int literalStart, out int literalEnd, out bool verbatim)
        {
            literalStart = literalEnd = -1;
            verbatim = false;
            int k = Spaces(text, start, end);
            int nameStart, nameEnd;
            while (true)
            {
                if (k >= end || !(char.IsLetter(text[k]) || text[k] == '_')) return false;
                nameStart = k;
                while (k < end && (char.IsLetterOrDigit(text[k]) || text[k] == '_')) k++;
                nameEnd = k;
                if (k < end && text[k] == '.') { k++; continue; }
                if (k + 1 < end && text[k] == '?' && text[k + 1] == '.') { k += 2; continue; }
                break;
            }
            if (k >= end || (text[k] != '(' && text[k] != '[') || !IsLocalizer(text, nameStart, nameEnd, injected)) return false;
            char close = text[k] == '(' ? ')' : ']';
            k = Spaces(text, k + 1, end);
            if (k < end && text[k] == '@') { verbatim = true; k++; }
            if (k >= end || text[k] != '"') return false;
            if (!verbatim && k + 2 < end && text[k + 1] == '"' && text[k + 2] == '"') return false; // a raw string literal
            int content = k + 1;
            int j = content;
            while (j < end)
            {
                char c = text[j];
                if (c == '"')
                {
                    if (verbatim && j + 1 < end && text[j + 1] == '"') { j += 2; continue; }
                    break;
                }
                if (c == '\\' && !verbatim) { j += 2; continue; }
                if ((c == '\n' || c == '\r') && !verbatim) return false;
                j++;
            }
            if (j >= end) return false;
            int after = Spaces(text, j + 1, end);
            if (after >= end || (text[after] != ',' && text[after] != close)) return false; // "a" + b: not the literal alone
            literalStart = content;
            literalEnd = j;
            return true;
        }

        /// <summary>
        /// Characters of a literal that are no text: a regular literal's escapes (<c>\"</c>, <c>\n</c>, <c>\u00e9</c>)
        /// and a verbatim literal's doubled quote; their length from <paramref name="at"/>, 0 for text.
        /// </summary>
        public static int EscapeLength(string text, int at, int end, bool verbatim)
        {
            if (verbatim) return text[at] == '"' ? 2 : 0;
            if (text[at] != '\\') return 0;
            if (at + 1 >= end) return 1;
            char kind = text[at + 1];
            int digits = kind == 'u' || kind == 'x' ? 4 : kind == 'U' ? 8 : 0;
            int k = at + 2;
            while (digits-- > 0 && k < end && Uri.IsHexDigit(text[k])) k++;
            return k - at;
        }

        // T, L, S (one letter: the names the frameworks give their localizers), any name holding "localizer", or one injected as a localizer.
        private static bool IsLocalizer(string text, int start, int end, ISet<string>? injected)
        {
            if (end - start == 1) return char.IsLetter(text[start]);
            if (injected != null && injected.Contains(text.Substring(start, end - start))) return true;
            return text.IndexOf("localizer", start, end - start, StringComparison.OrdinalIgnoreCase) >= 0;
        }

        private static int Spaces(string text, int from, int end)
        {
            while (from < end && char.IsWhiteSpace(text[from])) from++;
            return from;
        }
    }
}
