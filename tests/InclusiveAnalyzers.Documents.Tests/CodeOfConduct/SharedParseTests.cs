using System;
using System.Linq;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using InclusiveAnalyzers.Documents.Parsing;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>A scanned Markdown code of conduct is parsed once: the audit reads the tree the document scan made.</summary>
    public class SharedParseTests
    {
        private const string Body = "# Enforcement\n\nReport to [INSERT CONTACT METHOD].\n";

        [Fact]
        public void The_scan_tree_is_read_when_it_was_parsed_from_the_same_text()
        {
            // A tree of other text stands in for the scan's: its heading shows the audit did not parse again.
            var document = CocDocument.Parse("CODE_OF_CONDUCT.md", Body, (Body, MarkdownParsing.Parse("# Scope\n")));
            Assert.Equal(new[] { "Scope" }, document.Headings.Select(h => h.Text));
        }

        [Fact]
        public void The_audit_parses_its_own_text_when_the_scan_parsed_other_text()
        {
            var document = CocDocument.Parse("CODE_OF_CONDUCT.md", Body, ("# Scope\n", MarkdownParsing.Parse("# Scope\n")));
            Assert.Equal(new[] { "Enforcement" }, document.Headings.Select(h => h.Text));
        }

        [Theory]
        [InlineData("")]
        [InlineData("+++\nversion = \"2.1\"\n+++\n")]
        [InlineData("---\ntitle: Conduct\n---\n")]
        [InlineData("{\n  \"title\": \"Conduct\"\n}\n")] // JSON front matter: the scan blanks it, the audit reads it as text
        [InlineData("\uFEFF---\ntitle: Conduct\n---\n")] // a byte-order mark: the audit finds the front matter, the scan does not
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
    }
}
