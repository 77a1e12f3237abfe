using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>
    /// The structure of each Contributor Covenant version (facts from reference/code-of-conduct.md section 1):
    /// the top-level sections in order, what each one covers, and the ladder. No template text is held.
    /// </summary>
    internal sealed class CovenantTemplate
    {
        private CovenantTemplate(string version, string[] headings, SectionKind[] kinds, int ladderRungs, bool licenceInAttribution)
        {
            Version = version;
            Headings = headings;
            Kinds = kinds;
            LadderRungs = ladderRungs;
            LicenceInAttribution = licenceInAttribution;
        }

        public string Version { get; }
        /// <summary>The English top-level headings, normalised.</summary>
        public IReadOnlyList<string> Headings { get; }
        public IReadOnlyList<SectionKind> Kinds { get; }
        /// <summary>Rungs written as headings under the consequences section (2.x); 0 when the ladder is a list or absent.</summary>
        public int LadderRungs { get; }
        /// <summary>3.0 names its licence (CC BY-SA 4.0) in the attribution; earlier versions do not.</summary>
        public bool LicenceInAttribution { get; }

        private static readonly CovenantTemplate V14 = new CovenantTemplate("1.4",
            new[] { "our pledge", "our standards", "our responsibilities", "scope", "enforcement", "attribution" },
            new[] { SectionKind.Pledge, SectionKind.Standards, SectionKind.Responsibilities, SectionKind.Scope, SectionKind.Reporting, SectionKind.Attribution },
            0, false);

        private static readonly string[] V2Headings =
            { "our pledge", "our standards", "enforcement responsibilities", "scope", "enforcement", "enforcement guidelines", "attribution" };

        private static readonly SectionKind[] V2Kinds =
        {
            SectionKind.Pledge, SectionKind.Standards, SectionKind.Responsibilities, SectionKind.Scope, SectionKind.Reporting,
            SectionKind.Consequences, SectionKind.Attribution,
        };

        private static readonly CovenantTemplate V20 = new CovenantTemplate("2.0", V2Headings, V2Kinds, 4, false);
        private static readonly CovenantTemplate V21 = new CovenantTemplate("2.1", V2Headings, V2Kinds, 4, false);

        // 3.0 has no "Enforcement Responsibilities" heading: its Community Moderators are named in "Reporting an Issue".
        private static readonly CovenantTemplate V30 = new CovenantTemplate("3.0",
            new[] { "our pledge", "encouraged behaviors", "restricted behaviors", "reporting an issue", "addressing and repairing harm", "scope", "attribution" },
            new[] { SectionKind.Pledge, SectionKind.Standards, SectionKind.Standards, SectionKind.Reporting, SectionKind.Consequences, SectionKind.Scope, SectionKind.Attribution },
            0, true);

        /// <summary>Headings only a Contributor Covenant (of some version) uses: three of them mark a copy even without attribution.</summary>
        public static readonly IReadOnlyList<string> DistinctiveHeadings = new[]
        {
            "our pledge", "our standards", "our responsibilities", "enforcement responsibilities", "enforcement guidelines",
            "encouraged behaviors", "restricted behaviors", "reporting an issue", "addressing and repairing harm",
        };

        public static CovenantTemplate? ForVersion(string? version)
        {
            switch (version)
            {
                case "1.4": return V14;
                case "2.0": return V20;
                case "2.1": return V21;
                case "3.0": return V30;
                default: return null;
            }
        }
    }

    /// <summary>Where a version was read, so that INCL406 can point at it.</summary>
    internal sealed class VersionMention
    {
        public VersionMention(string version, int start, int end, string source)
        {
            Version = version;
            Start = start;
            End = end;
            Source = source;
        }

        public string Version { get; }
        public int Start { get; }
        public int End { get; }
        /// <summary>"text", "url" or "front matter".</summary>
        public string Source { get; }

        public bool IsBefore(string other)
        {
            return Compare(Version, other) < 0;
        }

        public static int Compare(string a, string b)
        {
            var pa = a.Split('.');
            var pb = b.Split('.');
            for (int i = 0; i < Math.Max(pa.Length, pb.Length); i++)
            {
                int x = i < pa.Length && int.TryParse(pa[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var px) ? px : 0;
                int y = i < pb.Length && int.TryParse(pb[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var py) ? py : 0;
                if (x != y) return x.CompareTo(y);
            }

            return 0;
        }
    }

    internal static class CovenantDetector
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        private static readonly Regex Name = new Regex(@"contributor[\s_-]?covenant", Options);

        private static readonly Regex VersionUrl = new Regex(
            @"contributor-covenant\.org/(?:[a-z]{2,3}(?:[-_][a-z]{2,4})?/)?version/(?<major>\d+)/(?<minor>\d+)", Options);

        // "Contributor Covenant 3.0", "Contributor Covenant v2.1", "[Contributor Covenant][homepage],\nversion 2.1".
        private static readonly Regex VersionText = new Regex(
            @"contributor[\s_-]?covenant[^\r\n\d]{0,40}?(?:[\r\n][^\r\n\d]{0,40}?)?(?:\b(?:version|versi[oó]n|vers[aã]o|versione|versie|wersj[ai]|v)\.?\s*)?(?<v>\d+\.\d+(?:\.\d+)?)\b",
            Options);

        private static readonly Regex FrontMatterVersion = new Regex(@"^\d+\.\d+(?:\.\d+)?$", RegexOptions.CultureInvariant);

        /// <summary>True when the document says it is (or is adapted from) the Contributor Covenant.</summary>
        public static bool NamesCovenant(CocDocument document) =>
            Name.IsMatch(document.Masked)
            || document.Links.Any(l => l.Url.IndexOf("contributor-covenant.org", StringComparison.OrdinalIgnoreCase) >= 0)
            || (document.FrontMatter?.Get("aliases")?.Text.IndexOf("/version/", StringComparison.Ordinal) ?? -1) >= 0;

        /// <summary>Counts the headings that only Contributor Covenant copies use.</summary>
        public static int DistinctiveHeadingCount(CocDocument document) =>
            document.Headings.Select(h => h.Normalized).Distinct().Count(h => CovenantTemplate.DistinctiveHeadings.Contains(h));

        /// <summary>The first visible version mention (text or link), else the front matter's version.</summary>
        public static VersionMention? FindVersion(CocDocument document)
        {
            var mentions = new List<VersionMention>();
            foreach (Match match in VersionText.Matches(document.Masked))
            {
                var group = match.Groups["v"];
                mentions.Add(new VersionMention(Shorten(group.Value), group.Index, group.Index + group.Length, "text"));
            }

            foreach (Match match in VersionUrl.Matches(document.Masked))
            {
                mentions.Add(new VersionMention(match.Groups["major"].Value + "." + match.Groups["minor"].Value, match.Index, match.Index + match.Length, "url"));
            }

            foreach (var link in document.Links)
            {
                var match = VersionUrl.Match(link.Url);
                if (match.Success)
                {
                    mentions.Add(new VersionMention(match.Groups["major"].Value + "." + match.Groups["minor"].Value, link.Start, link.End, "url"));
                }
            }

            if (mentions.Count > 0) return mentions.OrderBy(m => m.Start).First();

            var fromFrontMatter = document.FrontMatter?.Get("version");
            if (fromFrontMatter != null && FrontMatterVersion.IsMatch(fromFrontMatter.Text.Trim()))
            {
                return new VersionMention(Shorten(fromFrontMatter.Text.Trim()), fromFrontMatter.Offset,
                    fromFrontMatter.Offset + fromFrontMatter.Text.Length, "front matter");
            }

            return null;
        }

        /// <summary>"1.4.0" and "1.4" are the same template for the audit.</summary>
        private static string Shorten(string version)
        {
            var parts = version.Split('.');
            return parts.Length > 2 ? parts[0] + "." + parts[1] : version;
        }
    }
}
