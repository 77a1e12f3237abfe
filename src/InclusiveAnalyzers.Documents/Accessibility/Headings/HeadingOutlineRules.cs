using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Analysis;

namespace InclusiveAnalyzers.Documents.Accessibility.Headings
{
    /// <summary>
    /// Rules over the whole outline, Markdown and raw HTML headings together in document order:
    /// INCL320 (skipped levels), INCL321 (first level), INCL322 (single top level), INCL323 (page has an h1).
    /// A front-matter title counts as a top-level heading placed before everything else.
    /// </summary>
    internal static class HeadingOutlineRules
    {
        /// <param name="firstLevelKnown">False where the outline may be opened by markup outside the file (a Razor page inside its layout): INCL321 is not judged.</param>
        public static void Run(DocumentContext context, List<OutlineHeading> headings, string? frontMatterTitle, bool fullHtmlPage, int pageOffset, int pageLength, bool firstLevelKnown = true)
        {
            headings.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            var options = context.A11y;
            bool standalone = context.IsStandalone;
            bool hasTitle = frontMatterTitle != null;

            // INCL320. In fragments the first heading is never constrained, whatever the front matter says.
            // A landmark region (a menu, a sidebar) is an outline of its own: its first heading is free.
            int previous = hasTitle && standalone ? 1 : 0;
            Dictionary<int, int>? regionPrevious = null;
            List<(OutlineHeading Heading, int Before, string From)>? skips = null;
            foreach (var heading in headings)
            {
                if (heading.IsDocfxTab) continue;
                if (heading.InBlockquote && options.IgnoreHeadingsInBlockquotes) continue;
                int before = previous;
                if (heading.Region != 0)
                {
                    regionPrevious ??= new Dictionary<int, int>();
                    regionPrevious.TryGetValue(heading.Region, out before);
                }
                if (before > 0 && heading.Level > before + 1)
                {
                    var from = before == 1 && hasTitle && standalone && heading.Region == 0 && IsFirst(headings, heading) ? "the front-matter title (level 1)" : $"a level-{before} heading";
                    (skips ??= new List<(OutlineHeading, int, string)>()).Add((heading, before, from));
                }
                if (heading.Region == 0) previous = heading.Level;
                else regionPrevious![heading.Region] = heading.Level;
            }
            if (skips != null) ReportSkips(context, skips);

            if (!standalone) return;

            // INCL321: the first heading (or the front-matter title) starts the outline at the top level.
            if (!hasTitle && firstLevelKnown)
            {
                foreach (var heading in headings)
                {
                    if (heading.IsDocfxTab || heading.Region != 0) continue;
                    if (heading.Level != options.FirstHeadingLevel)
                    {
                        context.Report("INCL321", heading.Offset, heading.Length,
                            $"The document's first heading is level {heading.Level}; a standalone page should start at level {options.FirstHeadingLevel}. " +
                            "If this file is included in another page, mark it with <!-- inclusive-document: fragment -->.");
                    }
                    break;
                }
            }

            // INCL322: one top-level heading per page; a Markdown manual page's level-1 headings are its sections, and
            // so are those of a proposal template that has no title (an RFC opening with "# Summary", then "# Motivation").
            // Both are read only once a second top-level heading is found.
            int top = options.TopLevelHeading;
            bool? flatOutline = null;
            int count = hasTitle && top == 1 ? 1 : 0;
            int total = count;
            foreach (var heading in headings)
            {
                if (IsPageHeading(heading, top)) total++;
            }
            foreach (var heading in headings)
            {
                if (!IsPageHeading(heading, top)) continue;
                count++;
                if (count < 2) continue;
                flatOutline ??= top == 1 && (ManualPageOutline.Is(context, headings) || (!hasTitle && ProposalTemplateOutline.Is(context, headings)));
                if (flatOutline.Value) break;
                if (total >= FoldThreshold(context))
                {
                    // A changelog or FAQ that writes every entry at the top level: one decision, reported once.
                    context.Report("INCL322", heading.Offset, heading.Length,
                        $"The page has {total} level-{top} headings: it writes each section as a top-level heading. Keep one title and make the sections level {top + 1} " +
                        "(reported on the second one only).");
                    break;
                }
                var why = hasTitle && top == 1 && count == 2
                    ? $"The front matter already gives the page a title ('{TextNormal.Collapse(frontMatterTitle!)}'), so this heading is a second level-{top} heading."
                    : $"The page already has a level-{top} heading.";
                context.Report("INCL322", heading.Offset, heading.Length,
                    why + $" Use level {top + 1} for sections, or remove the duplicate title.");
            }

            // INCL323: full HTML pages need an h1 (or role=heading aria-level=1). An app shell's outline is
            // rendered by its script, so its missing h1 is not in the file; a page that redirects at once is never read.
            if (fullHtmlPage)
            {
                bool hasH1 = false;
                foreach (var heading in headings)
                {
                    if (heading.Level == 1) { hasH1 = true; break; }
                }
                if (!hasH1 && !Html.AppShell.Is(context.Html) && !Html.RedirectPage.Is(context.Html))
                {
                    context.Report("INCL323", pageOffset, pageLength,
                        "The page has no level-one heading. Add an <h1> that names the page's main content.");
                }
            }
        }

        /// <summary>
        /// A document that repeats one outline decision this many times (a changelog with every release at level 1 and
        /// its sections at level 3) gets that decision reported once, with the count: hundreds of identical findings in
        /// one file hide the others and ask for one fix.
        /// </summary>
        internal const int FoldAt = 10;

        // --no-fold (DocumentScanOptions.FoldRepeatedOutline false) lists every occurrence.
        private static int FoldThreshold(DocumentContext context) => context.Options.FoldRepeatedOutline ? FoldAt : int.MaxValue;

        private static void ReportSkips(DocumentContext context, List<(OutlineHeading Heading, int Before, string From)> skips)
        {
            var counts = new Dictionary<(int, int), int>();
            foreach (var (heading, before, _) in skips)
            {
                counts.TryGetValue((before, heading.Level), out int n);
                counts[(before, heading.Level)] = n + 1;
            }
            HashSet<(int, int)>? reported = null;
            foreach (var (heading, before, from) in skips)
            {
                int times = counts[(before, heading.Level)];
                var message = $"This level-{heading.Level} heading follows {from}; headings should go down one level at a time. Make it level {before + 1}.";
                if (times >= FoldThreshold(context))
                {
                    if (!(reported ??= new HashSet<(int, int)>()).Add((before, heading.Level))) continue;
                    message += $" The same step from level {before} to level {heading.Level} comes {times} times in this document (reported on the first only).";
                }
                context.Report("INCL320", heading.Offset, heading.Length, message);
            }
        }

        // A heading of the page's own outline at this level (not a DocFX tab, not inside a menu or sidebar region).
        private static bool IsPageHeading(OutlineHeading heading, int level) => !heading.IsDocfxTab && heading.Region == 0 && heading.Level == level;

        private static bool IsFirst(List<OutlineHeading> headings, OutlineHeading heading)
        {
            foreach (var h in headings)
            {
                if (h.IsDocfxTab || h.Region != 0) continue;
                return h.Offset == heading.Offset;
            }
            return false;
        }
    }
}
