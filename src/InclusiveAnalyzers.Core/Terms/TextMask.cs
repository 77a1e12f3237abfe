namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Recognises runs of prose that are not words a reader reads as language: URLs
    /// (/blob/master/), e-mail addresses, @handles, snake_case code names, commit hashes, GUIDs and base64 blobs.
    /// </summary>
    public static class TextMask
    {
        public static bool IsMasked(string text, int start, int end)
        {
            int length = end - start;
            if (length < 4)
            {
                return false;
            }

            if (text[start] == '@')
            {
                return true;
            }

            bool hasDigit = false, hasUpper = false, hasLower = false, allHex = true, base64 = true, snake = false; // snake_case or key=value: code or data
            int at = -1, dotAfterAt = -1, hexDigits = 0, caseRuns = 0;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == ':' && i + 2 < end && text[i + 1] == '/' && text[i + 2] == '/')
                {
                    return true; // scheme://
                }

                // key=value (connection strings, query strings, config lines) is data, not prose.
                if (c == '=' && i > start && i + 1 < end && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
                {
                    snake = true;
                }

                if (c == '_' && i > start && i + 1 < end && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
                {
                    snake = true;
                }

                if (c == '@')
                {
                    at = i;
                }
                else if (c == '.' && at >= 0)
                {
                    dotAfterAt = i;
                }

                bool digit = c >= '0' && c <= '9';
                bool upper = c >= 'A' && c <= 'Z';
                bool lower = c >= 'a' && c <= 'z';
                hasDigit |= digit;
                hasUpper |= upper;
                hasLower |= lower;
                bool hex = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (hex)
                {
                    hexDigits++;
                }
                else if (c != '-' && c != '.' && c != ',' && c != ';')
                {
                    allHex = false;
                }

                if (!(digit || upper || lower || c == '+' || c == '/' || c == '=' || c == '_' || c == '-'))
                {
                    base64 = false;
                }

                if (i > start && (upper != (text[i - 1] >= 'A' && text[i - 1] <= 'Z')))
                {
                    caseRuns++;
                }
            }

            // snake_case in prose is a code name (bdist_dumb, MASTER_KEY): the code rules judge its declaration.
            if (snake)
            {
                return true;
            }

            if (at > start && dotAfterAt > at + 1)
            {
                return true; // e-mail address
            }

            if (length >= 4 && string.CompareOrdinal(text, start, "www.", 0, 4) == 0)
            {
                return true;
            }

            // Commit hashes and GUIDs: hex with digits, at least 7 hex characters.
            if (allHex && hasDigit && hexDigits >= 7)
            {
                return true;
            }

            // Random base64: long, mixed case with digits, and case flips every few characters
            // (words such as WhitelistV2Handler2Config flip far less often).
            return base64 && length >= 20 && hasDigit && hasUpper && hasLower && caseRuns * 3 >= length;
        }
    }
}
