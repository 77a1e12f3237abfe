using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// A placeholder of the page's own code, written in emphasis in the prose that explains it, as manual pages write
    /// metavariables: Redis's "SENTINEL get-master-addr-by-name master-name" in a code block, then "Where *master-name*
    /// should be replaced with the actual service name". The emphasized word is that token of the sample, which the
    /// reader types as shown. Only a compound token (letters joined by hyphens or underscores) that the page's code holds
    /// exactly, and only in emphasis: the same word in plain prose ("the master-name lookup"), or an emphasized word the
    /// code does not hold, is still read. A word in capitals the code holds is such a placeholder as well: Flink's
    /// <c>hdfs://MASTER:50040/</c>, then "Replace *MASTER* with the IP/host name of your master node" (the plain "master
    /// node" after it is still read, and so is an emphasized *master* in lower case). A word in capitals that the code quotes
    /// whole as a string value is that value in plain prose too, when ordinary words stand beside it: keepalived's Puppet
    /// module sets <c>state => 'MASTER'</c>, then writes "prevent them from entering MASTER state" (the VRRP state keyword
    /// of its configuration). "Master node is unavailable" on the same page is still read, and so are capitals the code
    /// holds unquoted (a placeholder in a URL, as above, named in plain prose), capitals the code does not hold and a line
    /// written all in capitals. A compound token the code holds is a placeholder in angle brackets as well, the other
    /// metavariable notation: DeepOps' inventory puts the controller in a <c>[slurm-master]</c> group, then gives Grafana's
    /// address as "http://\&lt;slurm-master\&gt;:3000". The same compound in plain prose ("on the slurm-master") and a single
    /// word in angle brackets ("&lt;master&gt;") are still read.
    /// </summary>
    internal static class EmphasizedPlaceholders
    {
        public static void Blank(MarkdownModel model, string text, ProseView view, Func<string, bool> hasTerm)
        {
            HashSet<string>? tokens = null, quoted = null;
            foreach (var (start, end) in model.CodeRanges)
            {
                Collect(text, start, Math.Min(end, text.Length), ref tokens, ref quoted);
            }

            if (tokens == null)
            {
                return;
            }

            foreach (var token in tokens)
            {
                if (!hasTerm(token))
                {
                    continue;
                }

                for (int at = text.IndexOf(token, StringComparison.Ordinal); at >= 0; at = text.IndexOf(token, at + token.Length, StringComparison.Ordinal))
                {
                    int stop = at + token.Length;
                    if (at == 0 || stop >= text.Length || model.IsInCode(at))
                    {
                        continue;
                    }

                    char before = text[at - 1], after = text[stop];
                    if ((before == '*' || before == '_') && after == before)
                    {
                        view.Blank(at, stop);
                    }
                    else if (InAngleBrackets(text, at, stop) && token.IndexOfAny(Joiners) >= 0)
                    {
                        view.Blank(at, stop); // "http://\<slurm-master\>:3000" beside the inventory's [slurm-master]
                    }
                    else if (quoted != null && quoted.Contains(token) && !IsTokenChar(before) && !IsTokenChar(after) && HasLowerNeighbour(text, at, stop))
                    {
                        view.Blank(at, stop); // "entering MASTER state" beside state => 'MASTER'
                    }
                }
            }
        }

        // Compound tokens of a code range: runs of letters, digits, hyphens and underscores with a hyphen or underscore between letters.
        // Capitals quoted whole as a string value ('MASTER') go to quoted as well.
        private static void Collect(string text, int start, int end, ref HashSet<string>? tokens, ref HashSet<string>? quoted)
        {
            int i = start;
            while (i < end)
            {
                if (!IsTokenChar(text[i]))
                {
                    i++;
                    continue;
                }

                int tokenStart = i;
                bool compound = false, lower = false;
                int letters = 0;
                while (i < end && IsTokenChar(text[i]))
                {
                    if ((text[i] == '-' || text[i] == '_') && i > tokenStart && char.IsLetter(text[i - 1]) && i + 1 < end && char.IsLetter(text[i + 1]))
                    {
                        compound = true;
                    }

                    lower |= char.IsLower(text[i]);
                    letters += char.IsLetter(text[i]) ? 1 : 0;
                    i++;
                }

                // A metavariable in capitals is a placeholder too (hdfs://MASTER:50040/, then "Replace *MASTER* with ...").
                bool capitals = !lower && letters >= 3;
                if ((compound || capitals) && i - tokenStart <= 64)
                {
                    (tokens ??= new HashSet<string>(StringComparer.Ordinal)).Add(text.Substring(tokenStart, i - tokenStart).Trim('-', '_'));
                    if (capitals && tokenStart > start && i < end && (text[i] == '\'' || text[i] == '"') && text[tokenStart - 1] == text[i])
                    {
                        (quoted ??= new HashSet<string>(StringComparer.Ordinal)).Add(text.Substring(tokenStart, i - tokenStart));
                    }
                }
            }
        }

        // The other way to write a metavariable: in angle brackets, escaped or not (<slurm-master>, \<slurm-master\>).
        private static bool InAngleBrackets(string text, int start, int stop)
        {
            int close = stop < text.Length && text[stop] == '\\' ? stop + 1 : stop;
            return text[start - 1] == '<' && close < text.Length && text[close] == '>';
        }

        private static readonly char[] Joiners = { '-', '_' };

        private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '_';

        // The word before or after, on the same line, has a lower-case letter: the capitals stand out of ordinary prose
        // as the code's value does, rather than a heading or a sentence written all in capitals ("MASTER NODE DOWN").
        private static bool HasLowerNeighbour(string text, int start, int stop)
        {
            return NeighbourHasLower(text, start - 1, -1) || NeighbourHasLower(text, stop, 1);
        }

        private static bool NeighbourHasLower(string text, int from, int step)
        {
            int i = from;
            while (i >= 0 && i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                if (text[i] == '\n')
                {
                    return false;
                }

                i += step;
            }

            for (; i >= 0 && i < text.Length && IsTokenChar(text[i]); i += step)
            {
                if (char.IsLower(text[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
