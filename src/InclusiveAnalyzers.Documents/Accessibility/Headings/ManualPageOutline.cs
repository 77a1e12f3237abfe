using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Analysis;

namespace InclusiveAnalyzers.Documents.Accessibility.Headings
{
    /// <summary>
    /// A manual page written in Markdown for pandoc's man writer (ntpd-rs's and statime's <c>docs/man/ntp.toml.5.md</c>,
    /// <c>statime.8.md</c>): the file is named for its manual section (<c>NAME.SECTION.md</c>, section 1 to 9) and opens with
    /// <c># NAME</c>. Its level-1 headings (NAME, SYNOPSIS, DESCRIPTION, SEE ALSO) are the manual's section headings,
    /// which pandoc turns into <c>.SH</c> lines, so several of them are the format, not a second page title. PipeWire's
    /// manual pages (<c>doc/dox/programs/pw-top.1.md</c>) name the page on a Doxygen <c>\page</c> line instead of a NAME
    /// section and open with <c># SYNOPSIS</c>, then <c># DESCRIPTION</c>: the same manual outline. A page named so that
    /// opens with neither, or with SYNOPSIS and no DESCRIPTION after it, or one that does under another file name, keeps
    /// one level-1 heading. The same outline tells INCL325 that a paragraph wholly bold or italic is the manual's
    /// typography (a command, a replaceable argument, a file), not a fake heading.
    /// </summary>
    internal static class ManualPageOutline
    {
        public static bool Is(DocumentContext context, List<OutlineHeading> headings)
        {
            if (!HasSectionName(context.RelativePath))
            {
                return false;
            }

            bool synopsis = false;
            foreach (var heading in headings)
            {
                if (heading.IsDocfxTab || heading.Region != 0)
                {
                    continue;
                }

                if (synopsis)
                {
                    if (heading.Level == 1 && HeadingText.Reads(context.Text, heading, "DESCRIPTION", StringComparison.Ordinal))
                    {
                        return true;
                    }

                    continue;
                }

                if (heading.Level != 1)
                {
                    return false;
                }

                if (HeadingText.Reads(context.Text, heading, "NAME", StringComparison.Ordinal))
                {
                    return true;
                }

                if (!HeadingText.Reads(context.Text, heading, "SYNOPSIS", StringComparison.Ordinal))
                {
                    return false;
                }

                synopsis = true;
            }

            return false;
        }

        // "ntp.toml.5.md", "statime.8.md", "git.1p.md": a name, then a section digit with an optional suffix, then ".md".
        private static bool HasSectionName(string relativePath)
        {
            var name = relativePath;
            int slash = name.LastIndexOfAny(new[] { '/', '\\' });
            if (slash >= 0)
            {
                name = name.Substring(slash + 1);
            }

            if (!name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            name = name.Substring(0, name.Length - 3);
            int dot = name.LastIndexOf('.');
            if (dot <= 0 || dot + 1 >= name.Length || name[dot + 1] < '1' || name[dot + 1] > '9')
            {
                return false;
            }

            for (int i = dot + 2; i < name.Length; i++)
            {
                if (!char.IsLetter(name[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
