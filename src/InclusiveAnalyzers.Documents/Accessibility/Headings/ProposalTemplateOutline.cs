using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Analysis;

namespace InclusiveAnalyzers.Documents.Accessibility.Headings
{
    /// <summary>
    /// A proposal written on an RFC template that has no title heading: Rust's RFC template (<c># Summary</c>,
    /// <c># Motivation</c>, <c># Guide-level explanation</c>, <c># Drawbacks</c>, <c># Prior art</c> ...), and the Vue,
    /// Ember and React RFC templates made from it (<c># Summary</c>, <c># Basic example</c>, <c># Motivation</c>,
    /// <c># Detailed design</c>, <c># Adoption strategy</c>). The proposal's name is its file name and its metadata list;
    /// the page opens at its first section, so every level-1 heading is a section of one flat outline, not a second title.
    /// The page must open with <c># Summary</c> (its first heading of the page's own outline) and have a later level-1
    /// <c># Motivation</c>: a page with a title of its own before <c># Summary</c>, or a <c># Summary</c> page with other
    /// sections, keeps one level-1 heading. The check reads each heading's text once, only for pages with several
    /// level-1 headings.
    /// </summary>
    internal static class ProposalTemplateOutline
    {
        public static bool Is(DocumentContext context, List<OutlineHeading> headings)
        {
            bool first = true;
            foreach (var heading in headings)
            {
                if (heading.IsDocfxTab || heading.Region != 0)
                {
                    continue;
                }

                if (first)
                {
                    if (heading.Level != 1 || !HeadingText.Reads(context.Text, heading, "Summary", StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }

                    first = false;
                    continue;
                }

                if (heading.Level == 1 && HeadingText.Reads(context.Text, heading, "Motivation", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
