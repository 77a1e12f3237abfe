using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Checks
{
    /// <summary>
    /// Does the file say who reads a reporting address (check 12)? A statement next to it of who receives reports
    /// ("report@nodejs.org (this will email all TSC members)", "reports go to the moderation team") or a link to a
    /// list of members beside it tells reporters who will see a report, as names would. A generic group ("the project
    /// team", "a project maintainer") names no one in particular.
    /// </summary>
    internal static class ReportReaders
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        /// <summary>How far from the address a statement or a members link still speaks of it: the same paragraph or list.</summary>
        private const int Window = 300;

        private static readonly Regex Statement = new Regex(
            @"\b(?:this|it|which|they|reports?|complaints?|e-?mails?|messages?)\s+(?:will\s+)?(?:(?:is|are|be|get|gets)\s+)?"
            + @"(?:e-?mail(?:s|ed)?|reach(?:es)?|go(?:es)?\s+to|(?:sent|forwarded|delivered|routed)\s+to|(?:read|received|seen|monitored|handled|reviewed)\s+by)\s+"
            + @"(?:only\s+)?(?:(?<w>[\w.&'-]+)\s+){1,5}?(?:members|team|committee|moderators|maintainers|board|council|staff|group|stewards)\b",
            Options);

        // Words that qualify no group: "all the project team members" names nobody.
        private static readonly string[] Generic = { "the", "all", "every", "each", "both", "our", "a", "an", "of", "project", "project's", "community", "core" };

        private static readonly Regex MembersLink = new Regex(@"\b(?:members|moderators|committee|council|board|steering|team)\b", Options);

        // The readers listed by name after the address (pandas: "The working group currently includes" and five names, one a
        // list item): two or more items that are a capitalised name of two to five words, nothing else on the line.
        private static readonly Regex MemberList = new Regex(
            @"\b(?:(?:currently\s+)?(?:includes?|consists\s+of|is\s+made\s+up\s+of|are)|members\s+are)\s*:?[ \t]*\r?\n(?:[ \t]*\r?\n)?"
            + @"(?:[ \t]*[-*+][ \t]+\p{Lu}[\p{L}'.-]+(?:[ \t]+[\p{L}'.-]+){1,4}[ \t]*\r?\n){2,}",
            Options);

        public static bool AreNamed(CocDocument document, string address)
        {
            string text = document.Masked;
            for (int at = text.IndexOf(address, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(address, at + address.Length, StringComparison.OrdinalIgnoreCase))
            {
                int from = Math.Max(0, at - Window);
                int to = Math.Min(text.Length, at + address.Length + Window);
                foreach (Match match in Statement.Matches(text.Substring(from, to - from)))
                {
                    if (match.Groups["w"].Captures.Cast<Capture>().Any(c => !Generic.Contains(c.Value.ToLowerInvariant()))) return true;
                }

                if (MemberList.IsMatch(text.Substring(at, to - at))) return true;

                foreach (var link in document.Links)
                {
                    if (link.End < from || link.Start > to || link.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) continue;
                    if (MembersLink.IsMatch(link.Text) || MembersLink.IsMatch(link.Url)) return true;
                }
            }

            return false;
        }
    }
}
