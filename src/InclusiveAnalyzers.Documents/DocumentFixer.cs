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
    /// A rewritten heading of a .md or .markdown file changes its anchor (and maybe the -1, -2 of
    /// headings with the same text): <see cref="Fix(string, string, DocumentScanOptions)"/> updates the
    /// document's own links to it; <see cref="Rewrite"/> leaves the links to the caller, which may
    /// also update other documents' links (<see cref="AnchorLinks"/>).
    /// </summary>
    public static class DocumentFixer
    {
        public static string Fix(string path, string text, InclusiveSettings settings) =>
            Fix(path, text, new DocumentScanOptions { Settings = settings ?? InclusiveSettings.Default });

        /// <summary>As above, with the scan's per-file hooks (.editorconfig term switches and severities); <paramref name="path"/> is what the hooks get.</summary>
        public static string Fix(string path, string text, DocumentScanOptions options)
        {
            var rewrite = Rewrite(path, text, options, out var model);
            if (rewrite.Anchors.Count == 0 || model == null) return rewrite.Text;
            var self = System.IO.Path.GetFullPath(path);
            var renames = AnchorLinks.ByOld(rewrite.Anchors);
            var linked = FragmentLinks.Update(rewrite.Text, model, self,
                target => string.Equals(target, self, StringComparison.Ordinal) ? renames : null, new List<LinkUpdate>());
            return ReferenceEquals(linked, rewrite.Text) ? linked : TableAlignment.Keep(text, linked); // a fragment's new length, like a word's, keeps a lined-up table lined up
        }

        /// <summary>The wording rewrite alone, with the heading anchors it changed; links to them are left as they were.</summary>
        public static DocumentRewrite Rewrite(string path, string text, DocumentScanOptions options) => Rewrite(path, text, options, out _);

        private static DocumentRewrite Rewrite(string path, string text, DocumentScanOptions options, out MarkdownModel? rewrittenModel)
        {
            rewrittenModel = null;
            if (string.IsNullOrEmpty(text)) return new DocumentRewrite(text ?? "");
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
                return new DocumentRewrite(text); // not parsed, so nothing is known to be prose: change nothing
            }

            var kept = new HashSet<Core.Finding>(DocumentScanner.ApplySuppressions(context));
            var edits = context.WordingMatches
                .Where(w => w.Finding.RuleId == RuleCatalog.DocumentWording && kept.Contains(w.Finding) && w.Match.Replacements.Count > 0)
                .Select(w => w.Match)
                .OrderBy(m => m.Start)
                .ToList();
            if (edits.Count == 0) return new DocumentRewrite(text); // most files: no code-span scan, no table pass
            if (context.Kind != FileKind.Markdown)
            {
                // The engine's splice keeps every other character and lets the first of overlapping matches win.
                return new DocumentRewrite(TermRewriter.RewriteAll(text, edits, TextKind.Prose));
            }

            var names = CodeSpanNames.Collect(text);
            edits.RemoveAll(m => CodeSpanNames.Names(text, m, names));
            var rewritten = TermRewriter.RewriteAll(text, edits, TextKind.Prose);
            if (rewritten == text) return new DocumentRewrite(text);
            rewritten = TableAlignment.Keep(text, rewritten);
            var model = context.MarkdownModel;
            if (model == null || !FragmentLinks.IsMarkdownPath(path) || !TouchesHeading(model, edits)) return new DocumentRewrite(rewritten);

            try
            {
                rewrittenModel = HeadingAnchors.Parse(rewritten, display, out var targets);
                var anchors = AnchorRenames.Between(HeadingAnchors.Of(model, context.MystTargets), HeadingAnchors.Of(rewrittenModel, targets));
                return new DocumentRewrite(rewritten, anchors);
            }
            catch (DocumentTooComplexException)
            {
                rewrittenModel = null;
                return new DocumentRewrite(rewritten); // parsed before, so not expected; without a parse no anchor is known
            }
        }

        /// <summary>True when a rewrite falls in a heading: only then can an anchor change. Both lists are in document order
        /// (the edits sorted by start), so one pass over each decides it.</summary>
        private static bool TouchesHeading(MarkdownModel model, List<TermMatch> edits)
        {
            int e = 0;
            foreach (var heading in model.Headings)
            {
                var span = heading.Block.Span;
                while (e < edits.Count && edits[e].Start < span.Start) e++;
                if (e < edits.Count && edits[e].Start <= span.End) return true;
            }
            return false;
        }
    }
}
