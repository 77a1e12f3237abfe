using System;
using System.Linq;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using InclusiveAnalyzers.Documents.Markdown;
using InclusiveAnalyzers.Documents.Parsing;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>A scanned code of conduct is parsed once: the audit reads the front matter, tree and DOM the document scan made.</summary>
    public class SharedParseTests
    {
        private const string Body = "# Enforcement\n\nReport to [INSERT CONTACT METHOD].\n";

        /// <summary>What the scan leaves in its context for <paramref name="text"/>, with a tree parsed from <paramref name="parsedText"/>.</summary>
        private static DocumentContext Scanned(string text, string parsedText)
        {
            var context = new DocumentContext("CODE_OF_CONDUCT.md", "CODE_OF_CONDUCT.md", text, FileKind.Markdown, new DocumentScanOptions());
            context.Markdown = MarkdownParsing.Parse(parsedText);
            context.MarkdownModel = MarkdownWalker.Walk(context.Markdown, parsedText);
            return context;
        }

        [Fact]
        public void The_scan_tree_is_read_when_it_was_parsed_from_the_same_text()
        {
            // A tree of other text stands in for the scan's: its heading shows the audit did not parse again.
            var context = Scanned(Body, Body);
            context.Markdown = MarkdownParsing.Parse("# Scope\n");
            var document = CocDocument.Parse("CODE_OF_CONDUCT.md", Body, context);
            Assert.Equal(new[] { "Scope" }, document.Headings.Select(h => h.Text));
        }

        [Fact]
        public void The_audit_parses_its_own_text_when_the_scan_parsed_other_text()
        {
            var document = CocDocument.Parse("CODE_OF_CONDUCT.md", Body, Scanned(Body, "# Scope\n"));
            Assert.Equal(new[] { "Enforcement" }, document.Headings.Select(h => h.Text));
        }

        [Fact]
        public void The_scan_front_matter_is_read_and_not_read_again()
        {
            var context = Scanned(Body, Body);
            context.FrontMatter = FrontMatter.Read("+++\nversion = \"2.1\"\n+++\n");
            var document = CocDocument.Parse("CODE_OF_CONDUCT.md", Body, context);
            Assert.Equal("2.1", document.FrontMatter?.Get("version")?.Text);
            Assert.Null(CocDocument.Parse("CODE_OF_CONDUCT.md", Body).FrontMatter);
        }

        [Fact]
        public void The_scan_dom_is_read_for_an_html_code_of_conduct()
        {
            const string html = "<h2>Enforcement</h2><p>Report to <a href=\"mailto:conduct@grove.dev\">us</a>.</p>";
            var context = new DocumentContext("code-of-conduct.html", "code-of-conduct.html", html, FileKind.Html, new DocumentScanOptions())
            {
                // A DOM of other text stands in for the scan's: its heading shows the audit did not parse again.
                Html = HtmlParsing.Parse("<h2>Enforcement</h2><h3>Scope</h3>"),
            };
            Assert.Equal(new[] { "Enforcement", "Scope" }, CocDocument.Parse("code-of-conduct.html", html, context).Headings.Select(h => h.Text));
            var own = CocDocument.Parse("code-of-conduct.html", html);
            Assert.Equal(new[] { "Enforcement" }, own.Headings.Select(h => h.Text));
            Assert.Equal("mailto:conduct@grove.dev", Assert.Single(own.Links).Url);
        }

        [Theory]
        [InlineData("")]
        [InlineData("+++\nversion = \"2.1\"\n+++\n")]
        [InlineData("---\ntitle: Conduct\n---\n")]
        [InlineData("{\n  \"title\": \"Conduct\"\n}\n")] // JSON front matter: the scan blanks it, the audit reads it as text
        [InlineData("\uFEFF---\ntitle: Conduct\n---\n")] // after a byte-order mark
        [InlineData("<!-- <your email> -->\n")]
        public void Scanned_and_standalone_audits_agree(string frontMatter)
        {
            string text = frontMatter + "# Code of Conduct\n\n## Scope\n\nAll spaces.\n\n## Enforcement\n\n" +
                "Report to [INSERT CONTACT METHOD]. See <https://example.org/help>.\n\n```\n<your email>\n```\n";
            var standalone = CodeOfConductAuditor.Audit("CODE_OF_CONDUCT.md", text).Findings
                .Select(f => (f.RuleId, f.Line, f.Column, f.Message)).ToList();
            var scanned = new DocumentScanner(new DocumentScanOptions()).Scan("CODE_OF_CONDUCT.md", text)
                .Where(f => f.RuleId.StartsWith("INCL4", StringComparison.Ordinal))
                .Select(f => (f.RuleId, f.Line, f.Column, f.Message)).ToList();
            Assert.Contains(standalone, f => f.RuleId == "INCL402");
            Assert.Equal(standalone, scanned);
        }

        [Fact]
        public void Scanned_and_standalone_audits_of_html_agree()
        {
            const string html = "<html><body>\n<h2>Scope</h2><p>All spaces.</p>\n<h2>Enforcement</h2>\n<p>Report to <your email> or [INSERT CONTACT METHOD].</p>\n<!-- <p>[OLD CONTACT]</p> -->\n</body></html>\n";
            var standalone = CodeOfConductAuditor.Audit("docs/CODE_OF_CONDUCT.html", html).Findings
                .Select(f => (f.RuleId, f.Line, f.Column, f.Message)).ToList();
            var scanned = new DocumentScanner(new DocumentScanOptions()).Scan("docs/CODE_OF_CONDUCT.html", html)
                .Where(f => f.RuleId.StartsWith("INCL4", StringComparison.Ordinal))
                .Select(f => (f.RuleId, f.Line, f.Column, f.Message)).ToList();
            Assert.Equal(2, standalone.Count(f => f.RuleId == "INCL402"));
            Assert.Equal(standalone, scanned);
        }
    }
}
