using System;
using System.Collections.Generic;
using System.Linq;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Fixing;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Markdown;
using InclusiveAnalyzers.Documents.Text;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>
    /// Rewrites document wording (INCL201) with each term's first replacement, in the original's
    /// casing. Only the matched words change (and the padding of a lined-up table they widen or
    /// narrow): every other character, line ending and byte-order choice is the caller's text as given. Suppressed findings and terms without replacements are left alone;
    /// running it twice changes nothing more. In Markdown a compound the document also writes as a code
    /// span is kept (it names that literal), and a pipe table whose columns lined up stays lined up.
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
            path ??= "";
            var display = RelativePaths.Display(path, options.RepositoryRoot);
            var context = new DocumentContext(path, display, text, DocumentScanner.KindOf(display), options) { WordingOnly = true };
            try
            {
                switch (context.Kind)
                {
                    case FileKind.Markdown: MarkdownDocumentAnalyzer.Analyze(context); break;
                    case FileKind.Html: HtmlDocumentAnalyzer.Analyze(context); break;
                    case FileKind.Razor: Razor.RazorDocumentAnalyzer.Analyze(context); break;
                    default: PlainTextAnalyzer.Analyze(context); break;
                }
            }
            catch (DocumentTooComplexException)
            {
                return text; // not parsed, so nothing is known to be prose: change nothing
            }

            var kept = new HashSet<Core.Finding>(DocumentScanner.ApplySuppressions(context));
            var edits = context.WordingMatches
                .Where(w => w.Finding.RuleId == RuleCatalog.DocumentWording && kept.Contains(w.Finding) && w.Match.Replacements.Count > 0)
                .Select(w => w.Match)
                .OrderBy(m => m.Start)
                .ToList();
            if (edits.Count == 0) return text; // most files: no code-span scan, no table pass
            if (context.Kind != FileKind.Markdown)
            {
                // The engine's splice keeps every other character and lets the first of overlapping matches win.
                return TermRewriter.RewriteAll(text, edits, TextKind.Prose);
            }

            var names = CodeSpanNames.Collect(text);
            edits.RemoveAll(m => CodeSpanNames.Names(text, m, names));
            var rewritten = TermRewriter.RewriteAll(text, edits, TextKind.Prose);
            return rewritten == text ? text : TableAlignment.Keep(text, rewritten);
        }
    }
}
