using System;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// A changelog news fragment (conda's <c>news/</c> files, towncrier's <c>changelog.d/</c>, rever): a file made of
    /// changelog section headings only (<c>### Enhancements</c>, <c>### Bug fixes</c>, <c>### Deprecations</c>,
    /// <c>### Docs</c>, <c>### Other</c>), each over its list of entries, which the release tool pastes under a release
    /// heading. A fragment, not a page: it starts at the level the release's sections take. Read from the content,
    /// not the folder (a <c>news/</c> folder is also a site's posts): two headings or more, all of one level below 1,
    /// every one a section name, and nothing but lists, paragraphs and comments under them. A page with a title, a
    /// version heading or any other heading is a page.
    /// </summary>
    internal static class ChangelogFragment
    {
        private static readonly string[] SectionNames =
        {
            "enhancements", "features", "new features", "feature", "improvements", "bug fixes", "bugfixes", "bug fix",
            "fixes", "fixed", "deprecations", "deprecated", "removals", "removed", "docs", "documentation", "other",
            "misc", "miscellaneous", "breaking changes", "added", "changed", "security", "performance", "internal",
            "dependencies", "maintenance", "contributors",
        };

        public static bool IsFragment(MarkdownDocument document)
        {
            int headings = 0, level = 0;
            foreach (var block in document)
            {
                if (block is HeadingBlock heading)
                {
                    if (heading.Level < 2 || (level != 0 && heading.Level != level) || !IsSectionName(heading.Inline)) return false;
                    level = heading.Level;
                    headings++;
                    continue;
                }

                if (headings == 0) return false; // text before the first heading: a page's own lead
                if (block is ListBlock || block is ParagraphBlock || block is LinkReferenceDefinitionGroup) continue;
                if (block is HtmlBlock html && html.Type == HtmlBlockType.Comment) continue;
                return false;
            }

            return headings >= 2;
        }

        private static bool IsSectionName(ContainerInline? inline)
        {
            if (inline is null || inline.FirstChild is not LiteralInline literal || literal.NextSibling != null) return false;
            var text = literal.Content.ToString().Trim().TrimEnd(':').Trim();
            foreach (var name in SectionNames)
            {
                if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }
    }
}
