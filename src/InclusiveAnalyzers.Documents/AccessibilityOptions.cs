using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>
    /// Tunable parts of the INCL3xx rules. The defaults follow docs/rules; tool conventions
    /// (alt length, title length) are kept here rather than hard-coded because projects disagree on them.
    /// </summary>
    public sealed class AccessibilityOptions
    {
        /// <summary>INCL301: treat Markdown <c>![](x)</c> as a decorative image instead of reporting it.</summary>
        public bool MarkdownEmptyAltIsDecorative { get; set; }

        /// <summary>INCL306: alt texts longer than this many characters are reported.</summary>
        public int MaxAltLength { get; set; } = 125;

        /// <summary>INCL343: titles longer than this are reported (info). 0 turns the length check off.</summary>
        public int MaxTitleLength { get; set; }

        /// <summary>INCL320/321/322: front-matter keys whose value is the page title (counts as the h1). Empty list: none.</summary>
        public IList<string> FrontMatterTitleKeys { get; set; } = new List<string> { "title" };

        /// <summary>INCL320: skip headings inside block quotes (call-outs).</summary>
        public bool IgnoreHeadingsInBlockquotes { get; set; }

        /// <summary>INCL321: the level the first heading must have.</summary>
        public int FirstHeadingLevel { get; set; } = 1;

        /// <summary>INCL322: the level counted as the page title; sites that inject their own h1 can use 2.</summary>
        public int TopLevelHeading { get; set; } = 1;

        /// <summary>INCL330: link texts that say nothing about the destination (compared after normalising).</summary>
        public IList<string> GenericLinkTexts { get; set; } = new List<string>
        {
            "click here", "here", "link", "a link", "more", "read more", "learn more", "this", "this link",
        };

        /// <summary>Path globs (relative to the repository root) of include files and partials: page-level rules skip them.</summary>
        public IList<string> FragmentGlobs { get; set; } = new List<string>();
    }
}
