using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Accessibility.Page
{
    /// <summary>
    /// Is the primary subtag of a lang value a language? Two letters must be an ISO 639-1 code
    /// (including the withdrawn iw, in, ji, jw, mo, sh that browsers still map); three letters are
    /// accepted as ISO 639-2/3 (too many to list; a typo of three letters slips through);
    /// 'x' and 'i' start private-use and grandfathered tags. Anything else, such as "english", is not a language code.
    /// </summary>
    internal static class LanguageCodes
    {
        private static readonly HashSet<string> Iso6391 = new HashSet<string>(StringComparer.Ordinal)
        {
            "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm", "bn", "bo",
            "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es",
            "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr",
            "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
            "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv",
            "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv",
            "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd",
            "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
            "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
            "yo", "za", "zh", "zu",
            "iw", "in", "ji", "jw", "mo", "sh",
        };

        public static bool IsValid(string value)
        {
            var primary = Primary(value);
            if (primary.Length == 0) return false;
            foreach (char c in primary)
            {
                if (c < 'a' || c > 'z') return false;
            }
            if (primary.Length == 1) return primary == "x" || primary == "i";
            if (primary.Length == 2) return Iso6391.Contains(primary);
            return primary.Length == 3;
        }

        /// <summary>The primary subtag, lower case ("de" for "de-CH"; '_' is accepted as a separator too).</summary>
        public static string Primary(string value)
        {
            var trimmed = value.Trim();
            int cut = trimmed.IndexOfAny(new[] { '-', '_' });
            return (cut < 0 ? trimmed : trimmed.Substring(0, cut)).ToLowerInvariant();
        }
    }
}
