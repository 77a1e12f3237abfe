using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Checks
{
    /// <summary>
    /// INCL403 (no visible reporting contact) and INCL404 (only public channels). A contact counts
    /// when a reader can see it: an e-mail address (or mailto: link), a form, a private-message route,
    /// or named people. The attribution section is not read: its links are the template's, not a contact.
    /// </summary>
    internal static class ContactCheck
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        private static readonly Regex Url = new Regex(@"(?:https?://|mailto:)[^\s<>()\[\]""'`]+", Options);

        private static readonly Regex ObfuscatedEmail = new Regex(
            @"\b[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\sAT\s)\s*[\w-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\sDOT\s)\s*[\w-]+)+", RegexOptions.CultureInvariant);

        private static readonly Regex FormUrl = new Regex(
            @"^https?://(?:[^/]+\.)?(?:forms\.gle|docs\.google\.com/forms|forms\.office\.com|forms\.microsoft\.com|typeform\.com|jotform\.com|form\.jotform\.com|tally\.so|airtable\.com|formspree\.io|surveymonkey\.com|hsforms\.com|cognitoforms\.com|wufoo\.com|app\.smartsheet\.com/b/form)",
            Options);

        private static readonly Regex PrivateReportUrl = new Regex(@"github\.com/contact/report-abuse|/security/advisories/new|[/.-](?:report|contact|form|incident|abuse|safety|conduct-report)\b", Options);

        private static readonly Regex IssueUrl = new Regex(@"^https?://(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|gitea\.com|sr\.ht|[^/]*gitlab[^/]*)/[^?#]*?/(?:-/)?issues\b", Options);
        private static readonly Regex DiscussionUrl = new Regex(@"^https?://(?:www\.)?github\.com/[^?#]*?/discussions\b|^https?://github\.com/orgs/[^/]+/discussions", Options);
        private static readonly Regex ChatUrl = new Regex(
            @"^https?://(?:[^/]+\.)?(?:discord\.gg|discord\.com/invite|discord\.com/channels|discordapp\.com/invite|gitter\.im|slack\.com|join\.slack\.com|matrix\.to|t\.me|zulipchat\.com|libera\.chat|web\.libera\.chat|kiwiirc\.com)|^irc://",
            Options);
        private static readonly Regex SocialUrl = new Regex(@"^https?://(?:www\.|mobile\.)?(?:twitter\.com|x\.com|facebook\.com|linkedin\.com|bsky\.app|mastodon\.[a-z]+|fosstodon\.org|reddit\.com)/", Options);
        private static readonly Regex MailingListUrl = new Regex(@"^https?://(?:groups\.google\.com|lists\.[^/]+|[^/]+/mailman/|[^/]+/pipermail/|groups\.io)", Options);
        private static readonly Regex MailingListAddress = new Regex(@"@(?:googlegroups\.com|groups\.io|lists\.[\w.-]+)$|^[\w.+-]*-(?:dev|devel|users?|discuss|general|announce|list)@", Options);

        // A list host also serves closed team aliases: autofac-internal@googlegroups.com, express-coc@lists.openjsf.org.
        // A local part that names the conduct team or a private group is a private route, not a broadcast list.
        private static readonly Regex TeamAlias = new Regex(
            @"^(?:[\w+]+[-_.])*(?:coc|conduct|codeofconduct|internal|private|moderators?|moderation|mods|safety|abuse|incidents?|escalations?|steering|tsc|core-?team|maintainers)(?:[-_.][\w+]+)*@", Options);

        /// <summary>A mailing-list host or list name, unless the local part names a closed team.</summary>
        /// <summary>
        /// Does the file give a private address of its own (not a placeholder, a reserved example or a public list)? Read
        /// without adding findings, for a file that adopts another organisation's code and names its own route.
        /// </summary>
        internal static bool StatesPrivateAddress(CocAudit audit)
        {
            foreach (Match match in PlaceholderCheck.Email.Matches(audit.Document.Masked))
            {
                if (Readable(audit, match.Index, match.Index + match.Length) && !PlaceholderCheck.IsReservedAddress(match.Value) && !IsPublicListAddress(match.Value)) return true;
            }

            return false;
        }

        internal static bool IsPublicListAddress(string address) => MailingListAddress.IsMatch(address) && !TeamAlias.IsMatch(address);

        /// <summary>A closed team's alias on a list host: it reaches a group, never one person.</summary>
        internal static bool IsTeamListAddress(string address) => MailingListAddress.IsMatch(address) && TeamAlias.IsMatch(address);

        private static readonly Regex PublicPhrase = new Regex(
            @"\b(?:open(?:ing)?|fil(?:e|ing)|creat(?:e|ing)|rais(?:e|ing)|submit(?:ting)?|post(?:ing)?|log(?:ging)?)\s+(?:a|an|a\s+new|new)\s+(?:github\s+|gitlab\s+|public\s+)?issues?\b|\bissue\s+tracker\b|\bgithub\s+issues\b|\bgithub\s+discussions\b|\bmailing\s+list\b|\bpublic\s+(?:chat|channel)\b|\bon\s+(?:twitter|mastodon|social\s+media)\b|\bin\s+(?:the\s+|our\s+)?(?:discord|slack|gitter|matrix|irc)(?:\s+(?:server|channel|room))?\b",
            Options);

        private static readonly Regex PrivatePhrase = new Regex(@"\b(?:direct\s+message|private\s+message|privately\s+(?:message|contact|email|e-mail)|DM)\b", RegexOptions.CultureInvariant);

        // '@octocat' as a named responder (not part of an address); only read in reporting sections.
        private static readonly Regex Handle = new Regex(@"(?<![\w.@/])@(?<name>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\b(?!\.[A-Za-z]{2,}|@)", RegexOptions.CultureInvariant);

        private static readonly Regex TemplatedContact = new Regex(@"\{\{\s*[^{}\r\n]*(?:mail|contact)[^{}\r\n]*\}\}", Options);

        private static readonly Regex ReportWords = new Regex(@"\b(?:report\w*|contact\w*|complain\w*|incidents?|violations?)\b", Options);

        private enum Channel { Private, Public, Person }

        public static void Run(CocAudit audit)
        {
            var document = audit.Document;
            string masked = document.Masked;
            var channels = new List<(Channel Kind, int Start, int End, string What)>();

            foreach (Match match in PlaceholderCheck.Email.Matches(masked))
            {
                if (!Readable(audit, match.Index, match.Index + match.Length) || PlaceholderCheck.IsReservedAddress(match.Value)) continue;
                if (IsPublicListAddress(match.Value))
                {
                    channels.Add((Channel.Public, match.Index, match.Index + match.Length, $"the mailing list {match.Value}"));
                    continue;
                }

                channels.Add((Channel.Private, match.Index, match.Index + match.Length, match.Value));
                audit.AddPrivateEmail(match.Value);
            }

            foreach (Match match in ObfuscatedEmail.Matches(masked))
            {
                if (Readable(audit, match.Index, match.Index + match.Length)) channels.Add((Channel.Private, match.Index, match.Index + match.Length, match.Value));
            }

            var urls = new List<(string Url, int Start, int End)>();
            foreach (Match match in Url.Matches(masked)) urls.Add((match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '*', '_'), match.Index, match.Index + match.Length));
            foreach (var link in document.Links) urls.Add((link.Url, link.Start, link.End));

            foreach (var (url, start, end) in urls)
            {
                if (!Readable(audit, start, end)) continue;
                if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                {
                    string address = url.Substring("mailto:".Length).Split('?')[0].Trim();
                    if (address.Length == 0 || PlaceholderCheck.IsReservedAddress(address)) continue;
                    var kind = IsPublicListAddress(address) ? Channel.Public : Channel.Private;
                    channels.Add((kind, start, end, address));
                    if (kind == Channel.Private) audit.AddPrivateEmail(address);
                    continue;
                }

                string? publicKind = IssueUrl.IsMatch(url) ? "the issue tracker"
                    : DiscussionUrl.IsMatch(url) ? "GitHub Discussions"
                    : ChatUrl.IsMatch(url) ? "a public chat"
                    : SocialUrl.IsMatch(url) ? "social media"
                    : MailingListUrl.IsMatch(url) ? "a mailing list"
                    : null;
                if (publicKind != null)
                {
                    if (!InReportingContext(audit, start)) continue;
                    channels.Add((Channel.Public, start, end, publicKind));
                }
                else if (FormUrl.IsMatch(url) || (PrivateReportUrl.IsMatch(url) && !IsTemplateSite(url)))
                {
                    channels.Add((Channel.Private, start, end, "a form"));
                }
            }

            foreach (Match match in PublicPhrase.Matches(masked))
            {
                if (Readable(audit, match.Index, match.Index + match.Length) && InReportingContext(audit, match.Index))
                {
                    channels.Add((Channel.Public, match.Index, match.Index + match.Length, $"'{match.Value}'"));
                }
            }

            foreach (Match match in PrivatePhrase.Matches(masked))
            {
                if (Readable(audit, match.Index, match.Index + match.Length)) channels.Add((Channel.Private, match.Index, match.Index + match.Length, "a private message"));
            }

            if (document.FrontMatter != null)
            {
                foreach (Match match in TemplatedContact.Matches(masked))
                {
                    channels.Add((Channel.Private, match.Index, match.Index + match.Length, "a site variable"));
                }
            }

            bool hasReportingSection = audit.HasSection(SectionKind.Reporting);
            foreach (Match match in Handle.Matches(masked))
            {
                int start = match.Index;
                if (!Readable(audit, start, start + match.Length)) continue;
                if (hasReportingSection && !document.IsInSectionOfKind(start, SectionKind.Reporting)) continue;
                channels.Add((Channel.Person, start, start + match.Length, match.Value));
                audit.HasNamedPeople = true;
            }

            audit.HasReportingContact = channels.Count > 0;
            audit.HasPrivateContact = channels.Any(c => c.Kind == Channel.Private);

            if (!audit.HasReportingContact)
            {
                var adoption = audit.Adoption;
                if (adoption?.Code != null && adoption.Code.IsTemplate && adoption.End > adoption.Start)
                {
                    audit.Add(RuleCatalog.CocNoReportingContact, adoption.Start, adoption.End, AdoptedTemplateMessage(adoption.DisplayName));
                }
                else
                {
                    audit.AddFileLevel(RuleCatalog.CocNoReportingContact, adoption?.Code?.IsTemplate == true ? AdoptedTemplateMessage(adoption.DisplayName) : NoContactMessage(audit));
                }

                return;
            }

            if (!audit.HasPrivateContact && !channels.Any(c => c.Kind == Channel.Person))
            {
                var first = channels.OrderBy(c => c.Start).First();
                audit.HasPublicOnlyChannel = true;
                audit.Add(RuleCatalog.CocPublicReportingChannel, first.Start, first.End,
                    $"The only way to report given here is public ({first.What}): people reporting harassment need a private channel. "
                    + "Add a reporting e-mail address or a private form, read by more than one person.");
            }
        }

        /// <summary>The one thing a file that adopts a template by link lacks: the contact the template leaves to each project.</summary>
        public static string AdoptedTemplateMessage(string template) =>
            $"This file adopts {template} by link. That is a template whose reporting section each project fills in, so this project still "
            + "needs its own reporting contact: add a private e-mail address or form (and who reads it) here, or set \"codeOfConduct\": {\"contact\": \"...\"} in inclusive.json.";

        private static string NoContactMessage(CocAudit audit)
        {
            string hiddenAddress = HiddenAddress(audit.Document);
            if (hiddenAddress.Length > 0)
            {
                return $"The only reporting contact ({hiddenAddress}) is inside an HTML comment or code block, so readers never see it: "
                    + "put a visible e-mail address or form in the reporting section.";
            }

            return audit.HasPlaceholder
                ? "No reporting contact: the only one is an unfilled placeholder. Say where to report a violation with a private e-mail address or form."
                : "No reporting contact: say where to report a violation, with a private e-mail address or form and the people who read it.";
        }

        private static string HiddenAddress(CocDocument document)
        {
            foreach (var range in document.Hidden)
            {
                if (range.Kind != HiddenKind.Comment && range.Kind != HiddenKind.CodeBlock) continue;
                var match = PlaceholderCheck.Email.Match(document.Text.Substring(range.Start, range.End - range.Start));
                if (match.Success && !PlaceholderCheck.IsReservedAddress(match.Value)) return match.Value;
            }

            return string.Empty;
        }

        private static bool Readable(CocAudit audit, int start, int end)
        {
            // Links in an HTML document start at their (masked) '<a' tag; markup is not a reason to skip them.
            var hidden = audit.Document.FindHidden(start);
            return (hidden == null || hidden == HiddenKind.Markup) && !audit.IsInAttribution(start) && !audit.OverlapsPlaceholder(start, end);
        }

        /// <summary>
        /// A chat room or issue tracker is a reporting channel only where the text is about reporting:
        /// in a reporting, enforcement or consequences section, or (without such sections) in a sentence about reporting.
        /// </summary>
        private static bool InReportingContext(CocAudit audit, int offset)
        {
            var document = audit.Document;
            if (audit.HasSection(SectionKind.Reporting))
            {
                return document.IsInSectionOfKind(offset, SectionKind.Reporting)
                    || document.IsInSectionOfKind(offset, SectionKind.Responsibilities)
                    || document.IsInSectionOfKind(offset, SectionKind.Consequences);
            }

            int from = Math.Max(0, offset - 200);
            int to = Math.Min(document.Masked.Length, offset + 200);
            return ReportWords.IsMatch(document.Masked.Substring(from, to - from));
        }

        private static bool IsTemplateSite(string url) =>
            url.IndexOf("contributor-covenant.org", StringComparison.OrdinalIgnoreCase) >= 0
            || url.IndexOf("creativecommons.org", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
