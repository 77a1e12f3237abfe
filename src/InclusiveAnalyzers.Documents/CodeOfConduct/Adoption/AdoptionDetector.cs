using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Documents.CodeOfConduct.Checks;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Adoption
{
    /// <summary>
    /// Finds a code of conduct adopted by reference: a short file (or a README/CONTRIBUTING section) that
    /// links an organisation's enforced code, a template page, or the code declared in inclusive.json.
    /// A long text that merely mentions such a code is a code of its own and is audited as one.
    /// </summary>
    internal static class AdoptionDetector
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        /// <summary>Below this many letters of prose (links aside) with fewer than two elements of a code, a file is a pointer.</summary>
        public const int PointerLetters = 1200;

        private const int MaxPointerHeadings = 4;

        /// <summary>A file that says it adopts an organisation's code may add a few project notes and still be a pointer.</summary>
        private const int AdoptingFileLetters = 3000;

        private static readonly Regex UrlText = new Regex(@"(?:https?://|mailto:)\S+", Options);
        private static readonly Regex BareUrl = new Regex(@"https?://[^\s<>()\[\]""'`]+", Options);

        // "has adopted", "follows", "is governed by", "abide by", "adheres to", "refer to", "is part of", "operates under".
        private static readonly Regex AdoptionPhrase = new Regex(
            @"\b(?:adopt(?:s|ed)?|follow(?:s|ed|ing)?|govern(?:s|ed)?|abide(?:s)?|adhere(?:s)?|subject\s+to|refer(?:s)?\s+to|part\s+of|operat(?:es|ing)\s+under)\b",
            Options);

        private static readonly Regex ConductUrl = new Regex(@"code[\s_%-]*(?:20)?of[\s_%-]*(?:20)?conduct|/conduct\b|/coc\b|participation[-_]guidelines|community[-_]guidelines", Options);
        private static readonly Regex ConductText = new Regex(@"\bcode\s+of\s+conduct\b|\bconduct\b|\bparticipation\s+guidelines\b|\bcommunity\s+guidelines\b", Options);

        // A relative path to a conduct file with a folder and an extension, written out in the text.
        private static readonly Regex RepositoryConductPath = new Regex(
            @"(?<![^\s(\[<""'`])(?:\.{1,2}/)*[\w.-]+(?:/[\w.-]+)*/[\w-]*code[_-]of[_-]conduct[\w.-]*\.(?:md|markdown|rst|txt|adoc|html?)\b", Options);

        // Templates that are not catalogued: linking them without a copy stays INCL408's business.
        private static readonly Regex UncataloguedTemplateHost = new Regex(@"citizencodeofconduct\.org|geekfeminism|stumpsyn/policies", Options);

        /// <summary>Adoption in a code-of-conduct file, or null when the file is a code of its own.</summary>
        public static CodeAdoption? InCodeOfConduct(CocAudit audit)
        {
            var document = audit.Document;
            var links = VisibleLinks(document, offset => audit.IsInAttribution(offset)).ToList();
            int letters = ProseLetters(document);
            // A pointer has a title and a note or two ("How to Report"); a copy of a code, even a translated one whose
            // headings are not read by name, has the code's many sections.
            bool pointer = letters < PointerLetters && SectionCheck.CodeElementCount(audit) < 2 && document.Headings.Count <= MaxPointerHeadings;
            var declared = Declared(audit.Options);

            var found = Best(links, declared);
            if (found != null)
            {
                var (code, link) = found.Value;
                // A file that opens by adopting an organisation's code and adds a few project notes is still a pointer, and so
                // is a short one that opens by adopting the template ("This project adopts the [Contributor Covenant v2.1]",
                // then Reporting and Enforcement notes); a code of its own that mentions another one further down is not.
                bool adopts = pointer
                    || ((!code.IsTemplate || letters < PointerLetters) && letters < AdoptingFileLetters && link.Start < LeadEnd(document)
                        && AdoptionPhrase.IsMatch(SentenceBefore(document.Masked, link.Start)));
                if (adopts) return new CodeAdoption(code, link.Url, link.Start, link.End);
                return null;
            }

            if (!pointer) return null;
            if (declared != null) return new CodeAdoption(declared, declared.Urls[0], 0, 0);
            var other = links.FirstOrDefault(IsOrganisationConductLink);
            // A pointer to the project's own code elsewhere in the repository ("Our Code of Conduct lives [here](../doc/conduct/code_of_conduct.rst)"),
            // or naming its path where the link syntax is broken (SciPy's "[here][../doc/source/dev/conduct/code_of_conduct.rst]").
            if (other.Url == null) other = links.FirstOrDefault(IsRepositoryConductLink);
            if (other.Url == null && RepositoryConductPath.Match(document.Masked) is { Success: true } path)
            {
                other = (path.Value, string.Empty, path.Index, path.Index + path.Length);
            }

            return other.Url == null ? null : new CodeAdoption(null, other.Url, other.Start, other.End);
        }

        /// <summary>A relative link to a file in the repository whose path names a code of conduct.</summary>
        public static bool IsRepositoryPath(string url) =>
            !string.IsNullOrWhiteSpace(url) && url.IndexOf("://", StringComparison.Ordinal) < 0 && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("#", StringComparison.Ordinal) && !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

        private static bool IsRepositoryConductLink((string Url, string Text, int Start, int End) link) =>
            IsRepositoryPath(link.Url) && ConductUrl.IsMatch(link.Url);

        /// <summary>Adoption in a README or CONTRIBUTING guide: a link to a catalogued, declared or other organisation's code.</summary>
        public static CodeAdoption? InEntryPoint(CocDocument document, CodeOfConductOptions options)
        {
            var links = VisibleLinks(document, _ => false).ToList();
            var declared = Declared(options);
            var found = Best(links, declared);
            if (found != null) return new CodeAdoption(found.Value.Code, found.Value.Link.Url, found.Value.Link.Start, found.Value.Link.End);
            var other = links.FirstOrDefault(IsOrganisationConductLink);
            return other.Url == null ? null : new CodeAdoption(null, other.Url, other.Start, other.End);
        }

        /// <summary>Letters a reader sees, links and addresses aside: how much the file says in its own words.</summary>
        public static int ProseLetters(CocDocument document)
        {
            // Counted in a loop: a regex match per letter made a million Match objects for a 1 MB file. \p{L} on UTF-16
            // units is char.IsLetter (a surrogate half is no letter for either).
            int letters = 0;
            foreach (char c in UrlText.Replace(document.Masked, " "))
            {
                if (char.IsLetter(c)) letters++;
            }

            return letters;
        }

        public static AdoptedCode? Declared(CodeOfConductOptions options)
        {
            if (string.IsNullOrWhiteSpace(options.Adopts)) return null;
            return AdoptedCode.Declared(options.Adopts!, string.IsNullOrWhiteSpace(options.Contact) ? null : options.Contact, AdoptedCodeCatalog.Find(options.Adopts!));
        }

        /// <summary>The declared code first, then an organisation's code, then a template.</summary>
        private static (AdoptedCode Code, (string Url, string Text, int Start, int End) Link)? Best(
            IReadOnlyList<(string Url, string Text, int Start, int End)> links, AdoptedCode? declared)
        {
            (AdoptedCode Code, (string Url, string Text, int Start, int End) Link)? template = null;
            (AdoptedCode Code, (string Url, string Text, int Start, int End) Link)? organisation = null;
            foreach (var link in links)
            {
                if (declared != null && declared.Matches(link.Url)) return (declared, link);
                var code = AdoptedCodeCatalog.Find(link.Url);
                if (code == null) continue;
                if (code.IsTemplate) template ??= (code, link);
                else organisation ??= (code, link);
            }

            return organisation ?? template;
        }

        private static bool IsOrganisationConductLink((string Url, string Text, int Start, int End) link)
        {
            if (AdoptedCode.Normalize(link.Url).Length == 0 || !link.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return false;
            if (UncataloguedTemplateHost.IsMatch(link.Url)) return false;
            return ConductUrl.IsMatch(link.Url) || ConductText.IsMatch(link.Text ?? string.Empty);
        }

        /// <summary>Links and bare URLs a reader sees, in document order.</summary>
        private static IEnumerable<(string Url, string Text, int Start, int End)> VisibleLinks(CocDocument document, Func<int, bool> skip)
        {
            var links = new List<(string Url, string Text, int Start, int End)>();
            foreach (var link in document.Links)
            {
                var hidden = document.FindHidden(link.Start);
                if ((hidden == null || hidden == HiddenKind.Markup) && !skip(link.Start)) links.Add((link.Url, link.Text, link.Start, link.End));
            }

            // Whether a bare address lies inside a link: the links by start, with the furthest end so far (one search per address).
            var byStart = links.OrderBy(l => l.Start).ToList();
            var starts = byStart.Select(l => l.Start).ToArray();
            var furthestEnd = new int[byStart.Count];
            for (int i = 0; i < byStart.Count; i++) furthestEnd[i] = Math.Max(byStart[i].End, i > 0 ? furthestEnd[i - 1] : int.MinValue);
            foreach (Match match in BareUrl.Matches(document.Masked))
            {
                int last = UpperBound(starts, match.Index) - 1;
                if (skip(match.Index) || (last >= 0 && match.Index < furthestEnd[last])) continue;
                links.Add((match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '*', '_'), string.Empty, match.Index, match.Index + match.Length));
            }

            return links.OrderBy(l => l.Start);
        }

        // The number of values at or below the given one in an ascending array.
        private static int UpperBound(int[] values, int value)
        {
            int low = 0, high = values.Length;
            while (low < high)
            {
                int mid = (low + high) >> 1;
                if (values[mid] <= value) low = mid + 1;
                else high = mid;
            }

            return low;
        }

        /// <summary>The end of the file's opening: its second heading (the first after the title), or the end.</summary>
        private static int LeadEnd(CocDocument document) => document.Headings.Count >= 2 ? document.Headings[1].Start : document.Text.Length;

        /// <summary>The text from the start of the sentence (or line) to the link, where "has adopted" or "follows" is said.</summary>
        private static string SentenceBefore(string text, int offset)
        {
            int from = Math.Max(0, offset - 200);
            string before = text.Substring(from, offset - from);
            int stop = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), before.LastIndexOf("\n\n", StringComparison.Ordinal));
            return stop < 0 ? before : before.Substring(stop + 1);
        }
    }
}
