using System;

namespace InclusiveAnalyzers.Documents.Accessibility.Page
{
    /// <summary>
    /// Checks a lang value as a BCP 47 (RFC 5646) language tag against the IANA registry:
    /// well-formed (language, extlang, script, region, variants, extensions, private use, in that
    /// order) and every language, extlang, script, region and variant subtag registered. A three-letter
    /// code that has a two-letter one ("eng") is not registered, so it fails as the standard says.
    /// </summary>
    internal static class LanguageTag
    {
        // The Preferred-Value of the grandfathered tags that have one (IANA Language Subtag Registry).
        private static readonly System.Collections.Generic.Dictionary<string, string> Replacements =
            new System.Collections.Generic.Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["art-lojban"] = "jbo", ["en-GB-oed"] = "en-GB-oxendict", ["i-ami"] = "ami", ["i-bnn"] = "bnn", ["i-hak"] = "hak",
                ["i-klingon"] = "tlh", ["i-lux"] = "lb", ["i-navajo"] = "nv", ["i-pwn"] = "pwn", ["i-tao"] = "tao", ["i-tay"] = "tay",
                ["i-tsu"] = "tsu", ["no-bok"] = "nb", ["no-nyn"] = "nn", ["sgn-BE-FR"] = "sfb", ["sgn-BE-NL"] = "vgt", ["sgn-CH-DE"] = "sgg",
                ["zh-guoyu"] = "cmn", ["zh-hakka"] = "hak", ["zh-min-nan"] = "nan", ["zh-xiang"] = "hsn",
            };

        /// <summary>Null when valid; otherwise what is wrong, in words a page author can act on.</summary>
        public static string? Problem(string value)
        {
            var tag = value.Trim();
            if (tag.Length == 0)
            {
                return "it is empty";
            }

            var registry = LanguageSubtagRegistry.Default;
            if (registry.Contains("grandfathered", tag))
            {
                // Whole tags kept from RFC 3066: browsers and screen readers know no primary language in
                // them (ACT bf051a, de46e4), and the registry deprecates most in favour of a subtag.
                return Replacements.TryGetValue(tag, out var replacement)
                    ? $"\"{tag}\" is a grandfathered tag that assistive technology does not recognise; the registry replaces it with \"{replacement}\""
                    : $"\"{tag}\" is a grandfathered tag with no language subtag that assistive technology recognises";
            }

            if (tag.IndexOf('_') >= 0)
            {
                return $"subtags are separated by '-', not '_' (\"{tag.Replace('_', '-')}\")";
            }

            var parts = tag.Split('-');
            foreach (var part in parts)
            {
                if (part.Length == 0 || part.Length > 8 || !IsAlphanumeric(part))
                {
                    return part.Length == 0 ? "it has an empty subtag" : $"\"{part}\" is not a subtag (1 to 8 letters or digits)";
                }
            }

            int i = 0;
            var primary = parts[0];
            if (primary.Equals("x", StringComparison.OrdinalIgnoreCase))
            {
                return PrivateUse(parts, 0);
            }

            if (!IsAlpha(primary) || primary.Length == 1 || primary.Length == 4)
            {
                return $"\"{primary}\" is not a language subtag";
            }

            if (!registry.Contains("language", primary))
            {
                return primary.Length == 3
                    ? $"\"{primary}\" is not a registered language subtag (where a two-letter code exists, it is the one to use: \"en\", not \"eng\")"
                    : $"\"{primary}\" is not a registered language subtag";
            }

            i = 1;
            for (int extlangs = 0; i < parts.Length && extlangs < 3 && parts[i].Length == 3 && IsAlpha(parts[i]); i++, extlangs++)
            {
                if (!registry.Contains("extlang", parts[i]))
                {
                    return $"\"{parts[i]}\" is not a registered extended language subtag";
                }
            }

            if (i < parts.Length && parts[i].Length == 4 && IsAlpha(parts[i]))
            {
                if (!registry.Contains("script", parts[i]))
                {
                    return $"\"{parts[i]}\" is not a registered script subtag (such as \"Latn\" or \"Hant\")";
                }

                i++;
            }

            if (i < parts.Length && ((parts[i].Length == 2 && IsAlpha(parts[i])) || (parts[i].Length == 3 && IsDigits(parts[i]))))
            {
                if (!registry.Contains("region", parts[i]))
                {
                    return $"\"{parts[i]}\" is not a registered region subtag (such as \"US\" or \"419\")";
                }

                i++;
            }

            for (; i < parts.Length && IsVariantShape(parts[i]); i++)
            {
                if (!registry.Contains("variant", parts[i]))
                {
                    return $"\"{parts[i]}\" is not a registered variant subtag";
                }
            }

            while (i < parts.Length && parts[i].Length == 1)
            {
                if (parts[i].Equals("x", StringComparison.OrdinalIgnoreCase))
                {
                    return PrivateUse(parts, i);
                }

                int start = ++i;
                while (i < parts.Length && parts[i].Length >= 2)
                {
                    i++;
                }

                if (i == start)
                {
                    return $"the extension \"{parts[start - 1]}\" has no subtags after it";
                }
            }

            return i < parts.Length ? $"\"{parts[i]}\" is out of place (the order is language-script-region-variant)" : null;
        }

        private static string? PrivateUse(string[] parts, int x)
            => x + 1 < parts.Length ? null : "\"x\" must be followed by private-use subtags";

        private static bool IsVariantShape(string part)
            => part.Length >= 5 || (part.Length == 4 && part[0] >= '0' && part[0] <= '9');

        private static bool IsAlphanumeric(string part)
        {
            foreach (char c in part)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAlpha(string part)
        {
            foreach (char c in part)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDigits(string part)
        {
            foreach (char c in part)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
