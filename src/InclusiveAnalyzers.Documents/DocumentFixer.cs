using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Markdown;
using InclusiveAnalyzers.Documents.Text;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>
    /// Rewrites document wording (INCL201) with each term's first replacement, in the original's
    /// casing. Only the matched words change: every other character, line ending and byte-order choice
    /// is the caller's text as given. Suppressed findings and terms without replacements are left alone;
    /// running it twice changes nothing more.
    /// </summary>
    public static class DocumentFixer
    {
        public static string Fix(string path, string text, InclusiveSettings settings) =>
            Fix(path, text, new DocumentScanOptions { Settings = settings ?? InclusiveSettings.Default });

        /// <summary>As above, with the scan's per-file hooks (.editorconfig term switches and severities); <paramref name="path"/> is what the hooks get.</summary>
        public static string Fix(string path, string text, DocumentScanOptions options)
        {
            if (string.IsNullOrEmpty(text)) return text ?? "";
            if (options == null) throw new ArgumentNullException(nameof(options));
            options.Settings ??= InclusiveSettings.Default;
            var display = PathText.Relativize(path ?? "", null);
            var context = new DocumentContext(display, display, text, DocumentScanner.KindOf(display), options) { WordingOnly = true };
            try
            {
                switch (context.Kind)
                {
                    case DocumentKind.Markdown: MarkdownDocumentAnalyzer.Analyze(context); break;
                    case DocumentKind.Html: HtmlDocumentAnalyzer.Analyze(context); break;
                    default: PlainTextAnalyzer.Analyze(context); break;
                }
            }
            catch (DocumentTooComplexException)
            {
                return text; // not parsed, so nothing is known to be prose: change nothing
            }

            var kept = new HashSet<Core.Finding>(DocumentScanner.ApplySuppressions(context));
            var edits = context.WordingMatches
                .Where(w => w.Finding.RuleId == RuleCatalog.DocumentWording && kept.Contains(w.Finding) && w.Match.Term.Replacements.Count > 0)
                .Select(w => w.Match)
                .OrderBy(m => m.Start)
                .ToList();
            if (edits.Count == 0) return text;

            var sb = new StringBuilder(text.Length + 16 * edits.Count);
            int position = 0;
            foreach (var match in edits)
            {
                if (match.Start < position) continue; // overlapping matches: the first wins
                sb.Append(text, position, match.Start - position);
                sb.Append(TermRewriter.Rewrite(text, match, match.Term.Replacements[0], TextKind.Prose));
                position = match.Start + match.Length;
            }
            sb.Append(text, position, text.Length - position);
            return sb.ToString();
        }
    }
}
