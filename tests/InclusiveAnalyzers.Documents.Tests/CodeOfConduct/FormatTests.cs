using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>Plain text, reStructuredText and HTML codes of conduct are read as well as Markdown.</summary>
    public class FormatTests
    {
        [Fact]
        public void RestructuredText_HeadingsAndPlaceholder()
        {
            var report = Audit(Lf(@"Code of Conduct
===============

Scope
-----

This code applies in all project spaces.

Enforcement
-----------

Report to [INSERT EMAIL ADDRESS].
"), "docs/CODE_OF_CONDUCT.rst");
            AssertSpan(report.Single(RuleCatalog.CocPlaceholder), 12, 11, 12, 33);
            Assert.DoesNotContain(report.Of(RuleCatalog.CocMissingSection), f => f.Properties!["element"] == "scope");
        }

        [Fact]
        public void PlainText_CapitalisedHeadings()
        {
            var report = Audit(Lf(@"CODE OF CONDUCT

SCOPE

All project spaces.

REPORTING

Write to conduct@grove.dev.
"), "CODE_OF_CONDUCT");
            Assert.DoesNotContain(report.Of(RuleCatalog.CocMissingSection), f => f.Properties!["element"] is "scope" or "reporting");
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact));
        }

        [Fact]
        public void Html_HeadingsLinksAndComments()
        {
            var report = Audit(Lf(@"<!DOCTYPE html>
<html lang=""en""><body>
<h2>Scope</h2><p>All project spaces.</p>
<!-- <p>[INSERT CONTACT METHOD]</p> -->
<h2>Reporting</h2><p>Use <a href=""https://github.com/grove/grove/issues"">the tracker</a>.</p>
</body></html>
"), "docs/code-of-conduct.html");
            Assert.False(report.Has(RuleCatalog.CocPlaceholder));
            Assert.Equal(5, report.Single(RuleCatalog.CocPublicReportingChannel).Line);
            Assert.DoesNotContain(report.Of(RuleCatalog.CocMissingSection), f => f.Properties!["element"] is "scope" or "reporting");
        }

        [Fact]
        public void Html_TagShapedPlaceholder_IsReported_ButNotInACommentOrScript()
        {
            var report = Audit(Lf(@"<html><body>
<h2>Reporting</h2>
<p>Write to <your email>.</p>
<!-- <p>Or to <team email>.</p> -->
<script>var x = '<other email>';</script>
</body></html>
"), "docs/code-of-conduct.html");
            var placeholder = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Equal(3, placeholder.Line);
            Assert.Equal(13, placeholder.Column);
        }

        [Fact]
        public void Html_HeadingsAreReadAsRendered_EntitiesAndNestedMarkupIncluded()
        {
            var report = Audit(Lf(@"<html><body>
<h2>Our <em>Scope</em></h2><p>All project spaces.</p>
<h2>Reporting &amp;
  Enforcement</h2><p>Write to <a href=""mailto:conduct@grove.dev"">the team</a>.</p>
</body></html>
"), "docs/code-of-conduct.html");
            Assert.DoesNotContain(report.Of(RuleCatalog.CocMissingSection), f => f.Properties!["element"] is "scope" or "reporting");
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact));
        }

        [Fact]
        public void Html_AddressInACodeElement_IsAContact_ButNotInAScript()
        {
            const string page = "<html><body>\n<h2>Reporting</h2>\n<p>Write to <code>conduct@grove.dev</code>.</p>\n</body></html>\n";
            Assert.False(Audit(page, "docs/code-of-conduct.html").Has(RuleCatalog.CocNoReportingContact));
            var scripted = page.Replace("<code>conduct@grove.dev</code>", "us<script>var a = 'conduct@grove.dev';</script>");
            Assert.True(Audit(scripted, "docs/code-of-conduct.html").Has(RuleCatalog.CocNoReportingContact));
        }

        [Fact]
        public void Html_KnownElementsAndClosedCustomElements_AreNotPlaceholders()
        {
            var report = Audit(Lf(@"<html><body>
<h2>Reporting</h2>
<p>Write to <contact-form>the form</contact-form> or <a href=""mailto:conduct@grove.dev"">mail</a>.<br></p>
</body></html>
"), "docs/code-of-conduct.html");
            Assert.False(report.Has(RuleCatalog.CocPlaceholder), string.Join(" | ", report.Findings));
        }

        [Fact]
        public void SetextHeadings_InMarkdown()
        {
            var report = Audit("Scope\n=====\n\nAll project spaces.\n\nReporting\n---------\n\nWrite to conduct@grove.dev.\n");
            Assert.DoesNotContain(report.Of(RuleCatalog.CocMissingSection), f => f.Properties!["element"] is "scope" or "reporting");
        }
    }
}
