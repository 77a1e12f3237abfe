using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Adoption
{
    /// <summary>
    /// An organisation's code of conduct that projects adopt by link (codes-of-conduct.json), or the one a
    /// project declares in inclusive.json. Its elements and reporting route are the organisation's, so a
    /// pointer to it is judged by them rather than by the pointer's own few lines.
    /// </summary>
    internal sealed class AdoptedCode
    {
        /// <summary>Catalog element names, in the order the summary lists them.</summary>
        public static readonly string[] ElementNames = { "scope", "standards", "enforcement", "consequences", "reporterProtection" };

        public AdoptedCode(string id, string name, bool isTemplate, IReadOnlyList<string> urls, string route, string? contact, string? reportingUrl,
            IReadOnlyDictionary<string, bool?> elements)
        {
            Id = id;
            Name = name;
            IsTemplate = isTemplate;
            Urls = urls;
            Route = route;
            Contact = contact;
            ReportingUrl = reportingUrl;
            Elements = elements;
            patterns = new List<Regex>();
            foreach (var url in urls) patterns.Add(Compile(url));
        }

        private readonly List<Regex> patterns;

        public string Id { get; }
        public string Name { get; }
        /// <summary>A template (the Contributor Covenant): its reporting section is the adopter's to fill in.</summary>
        public bool IsTemplate { get; }
        public IReadOnlyList<string> Urls { get; }
        /// <summary>email, page or adopter (none of its own).</summary>
        public string Route { get; }
        public string? Contact { get; }
        public string? ReportingUrl { get; }
        /// <summary>Element name to true (stated), false (not stated) or null (not verified).</summary>
        public IReadOnlyDictionary<string, bool?> Elements { get; }
        /// <summary>True when this entry comes from inclusive.json rather than the catalog.</summary>
        public bool IsDeclared { get; private set; }

        /// <summary>Reports go to the organisation (an address or a page that names the people), not to the project.</summary>
        public bool HasOwnReportingRoute => !IsTemplate && (Route == "email" || Route == "page") && (Contact != null || ReportingUrl != null);

        public bool Matches(string url)
        {
            string normalized = Normalize(url);
            if (normalized.Length == 0) return false;
            foreach (var pattern in patterns)
            {
                if (pattern.IsMatch(normalized)) return true;
            }

            return false;
        }

        /// <summary>The code a project names in inclusive.json ("codeOfConduct": {"adopts": URL, "contact": ...}).</summary>
        public static AdoptedCode Declared(string url, string? contact, AdoptedCode? catalogued)
        {
            var elements = new Dictionary<string, bool?>();
            foreach (var name in ElementNames) elements[name] = catalogued?.Elements.TryGetValue(name, out var value) == true ? value : null;
            var code = new AdoptedCode(catalogued?.Id ?? "declared", catalogued?.Name ?? url, catalogued?.IsTemplate ?? false, new[] { url },
                contact != null ? "email" : catalogued?.Route ?? "adopter", contact ?? catalogued?.Contact, catalogued?.ReportingUrl, elements)
            {
                IsDeclared = true,
            };
            return code;
        }

        /// <summary>Lower case, no scheme, no "www.", no query or fragment, no trailing slash.</summary>
        public static string Normalize(string url)
        {
            string text = (url ?? string.Empty).Trim().ToLowerInvariant();
            int scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0)
            {
                if (!(text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal))) return string.Empty;
                text = text.Substring(scheme + 3);
            }
            else if (text.StartsWith("//", StringComparison.Ordinal))
            {
                text = text.Substring(2);
            }

            if (text.StartsWith("www.", StringComparison.Ordinal)) text = text.Substring(4);
            int cut = text.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0) text = text.Substring(0, cut);
            return text.TrimEnd('/');
        }

        /// <summary>A prefix that ends at a path-segment boundary; '*' stands for one segment (a branch, a locale).</summary>
        private static Regex Compile(string pattern)
        {
            string escaped = Regex.Escape(Normalize(pattern)).Replace(@"\*", "[^/]+");
            return new Regex("^" + escaped + "(?:/|$)", RegexOptions.CultureInvariant);
        }
    }
}
