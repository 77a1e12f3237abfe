using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    public class TemplateTests
    {
        [Fact]
        public void Covenant14_IsOutdated_AtItsVersion()
        {
            string text = Complete.Replace("version/2/1/code_of_conduct.html", "version/1/4/code-of-conduct.html").Replace("version 2.1.", "version 1.4.");
            var report = Audit(text);
            var finding = report.Single(RuleCatalog.CocOutdatedTemplate);
            Assert.Equal(Severity.Suggestion, finding.Severity);
            Assert.Equal("1.4", finding.Properties!["version"]);
            Assert.True(finding.Line > 40);
            Assert.Equal("1.4", report.Version);
        }

        [Fact]
        public void Covenant14Layout_IsCompleteButOutdated()
        {
            var report = Audit(Lf(@"# Code of Conduct

## Our Pledge

A harassment-free experience for everyone, whatever their race, ethnicity, gender identity, sexual orientation, disability or religion.

## Our Standards

Unacceptable behaviour includes trolling and harassment.

## Our Responsibilities

Maintainers may remove, edit, or reject comments and commits, and ban temporarily or permanently any contributor.

## Scope

This Code of Conduct applies within project spaces and in public spaces when an individual is representing the project.

## Enforcement

Report to conduct@grove.dev. The team will maintain confidentiality with regard to the reporter.

## Attribution

Adapted from the [Contributor Covenant](https://www.contributor-covenant.org/version/1/4/code-of-conduct.html), version 1.4.
"));
            Assert.False(report.Has(RuleCatalog.CocMissingSection), string.Join(" | ", report.Findings));
            Assert.False(report.Has(RuleCatalog.CocNoConfidentiality));
            Assert.False(report.Has(RuleCatalog.CocNotRecognisedTemplate));
            Assert.True(report.Has(RuleCatalog.CocOutdatedTemplate));
            Assert.Equal("green", report.Grade);
        }

        [Theory]
        [InlineData("2.0")]
        [InlineData("2.1")]
        [InlineData("3.0")]
        public void CurrentVersions_AreNotOutdated(string version)
        {
            var report = Audit("## Reporting\n\nWrite to conduct@grove.dev.\n\n## Attribution\n\nAdapted from the Contributor Covenant, version " + version + ".\n");
            Assert.False(report.Has(RuleCatalog.CocOutdatedTemplate));
            Assert.Equal(version, report.Version);
        }

        [Fact]
        public void VersionFromTomlFrontMatter_IsRead_AndTheFrontMatterIsReportedInRootFile()
        {
            string text = "+++\nversion = \"1.4\"\naliases = [\"/version/1/4\"]\n+++\n\n# Contributor Covenant Code of Conduct\n\n## Our Pledge\n\nText.\n";
            var report = Audit(text);
            Assert.Equal("1.4", report.Version);
            var outdated = report.Single(RuleCatalog.CocOutdatedTemplate);
            Assert.Equal(2, outdated.Line);
            var frontMatter = report.Of(RuleCatalog.CocNotRecognisedTemplate).Single(f => f.Line == 1);
            AssertSpan(frontMatter, 1, 1, 5, 1);
            Assert.Contains("TOML front matter", frontMatter.Message);
        }

        [Fact]
        public void TomlFrontMatter_InSiteContent_IsNotReported()
        {
            string text = "+++\nversion = \"2.1\"\n+++\n\n# Contributor Covenant Code of Conduct\n";
            var report = Audit(text, "docs/CODE_OF_CONDUCT.md");
            Assert.Equal("2.1", report.Version);
            Assert.DoesNotContain(report.Of(RuleCatalog.CocNotRecognisedTemplate), f => f.Line == 1);
        }

        [Fact]
        public void VersionFromYamlFrontMatter_IsRead()
        {
            var report = Audit("---\nlayout: page\nversion: 2.0\n---\n\n# Contributor Covenant\n\nWrite to conduct@grove.dev.\n", "docs/code-of-conduct.md");
            Assert.Equal("2.0", report.Version);
        }

        [Fact]
        public void LinkOnlyCode_IsReportedAtTheLink()
        {
            // The Citizen Code of Conduct is a template the catalog of adopted codes does not hold: a bare link to it is not a code.
            // (A link to the Contributor Covenant with a contact is an adoption: see AdoptionTests.)
            var report = Audit(Lf(@"# Code of Conduct

This project follows the [Citizen Code of Conduct](http://citizencodeofconduct.org/).
Questions go to conduct@grove.dev.
"));
            var finding = report.Single(RuleCatalog.CocLinkOnly);
            AssertSpan(finding, 3, 26, 3, 85);
            Assert.Contains("link-only", report.RedFlags);
        }

        [Fact]
        public void FullCode_IsNotLinkOnly()
        {
            Assert.False(Audit(Complete).Has(RuleCatalog.CocLinkOnly));
        }

        [Fact]
        public void CovenantStructureWithoutAttribution_IsReported()
        {
            string text = Complete.Substring(0, Complete.IndexOf("## Attribution", StringComparison.Ordinal));
            var report = Audit(text);
            var finding = report.Single(RuleCatalog.CocAttributionMissing);
            Assert.Equal(0, finding.Line);
            Assert.Equal(Severity.Warning, finding.Severity);
        }

        [Fact]
        public void AttributionWithoutVersion_IsReportedAtTheAttribution()
        {
            string text = Complete.Replace("[Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct.html),\nversion 2.1.", "the Contributor Covenant.");
            var report = Audit(text);
            var finding = report.Single(RuleCatalog.CocAttributionMissing);
            Assert.Contains("version", finding.Message);
            Assert.True(finding.Line > 0);
            Assert.Null(report.Version);
        }

        [Fact]
        public void Covenant3WithoutLicence_IsReported()
        {
            var report = Audit("# Contributor Covenant 3.0 Code of Conduct\n\n## Attribution\n\nAdapted from the Contributor Covenant, version 3.0.\n");
            Assert.Contains("CC BY-SA", report.Single(RuleCatalog.CocAttributionMissing).Message);
        }

        [Fact]
        public void OriginalCode_NeedsNoAttribution()
        {
            var report = Audit("# Grove community rules\n\n## Reporting\n\nWrite to conduct@grove.dev.\n");
            Assert.False(report.Has(RuleCatalog.CocAttributionMissing));
            Assert.Null(report.Template);
        }

        [Fact]
        public void RestructuredCovenant_MayNotBeRecognised()
        {
            string text = Complete.Replace("## Our Standards", "## How we behave").Replace("## Enforcement Responsibilities", "## Who decides");
            var finding = Audit(text).Single(RuleCatalog.CocNotRecognisedTemplate);
            Assert.Equal(Severity.Suggestion, finding.Severity);
            Assert.Contains("'Our Standards'", finding.Message);
        }

        [Fact]
        public void UnmodifiedStructure_IsRecognised()
        {
            Assert.False(Audit(Complete).Has(RuleCatalog.CocNotRecognisedTemplate));
        }
    }
}
