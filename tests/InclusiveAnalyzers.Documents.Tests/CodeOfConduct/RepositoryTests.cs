using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using Xunit;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    public class RepositoryTests
    {
        [Theory]
        [InlineData("CODE_OF_CONDUCT.md")]
        [InlineData("code_of_conduct.md")]
        [InlineData("CODE-OF-CONDUCT.md")]
        [InlineData("CodeOfConduct.txt")]
        [InlineData("CODE_OF_CONDUCT")]
        [InlineData("CODE_OF_CONDUCT.fr.md")]
        [InlineData(".github/CODE_OF_CONDUCT.md")]
        [InlineData("docs/CODE_OF_CONDUCT.rst")]
        [InlineData("docs/code-of-conduct.html")]
        [InlineData("docs\\CODE_OF_CONDUCT.md")]
        [InlineData("./CODE_OF_CONDUCT.md")]
        [InlineData("DOCS/Code_Of_Conduct.markdown")]
        public void StandardPlaces_AreRecognised(string path)
        {
            Assert.True(CodeOfConductAuditor.IsCodeOfConductPath(path));
        }

        [Theory]
        [InlineData("src/CODE_OF_CONDUCT.md")]
        [InlineData("docs/community/CODE_OF_CONDUCT.md")]
        [InlineData("CONDUCT.md")]
        [InlineData("code_of_conductor.md")]
        [InlineData("CODE_OF_CONDUCT.png")]
        [InlineData("README.md")]
        [InlineData("")]
        public void OtherPaths_AreNotStandard(string path)
        {
            Assert.False(CodeOfConductAuditor.IsCodeOfConductPath(path));
        }

        [Fact]
        public void NoCodeOfConduct_IsAnError()
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", "src/Program.cs" }, _ => "# Grove");
            var finding = Assert.Single(findings);
            Assert.Equal((RuleCatalog.CocMissing, Severity.Error, 0), (finding.RuleId, finding.Severity, finding.Line));
            Assert.Equal("missing", finding.Properties!["variant"]);
        }

        [Fact]
        public void CodeOfConductOutsideStandardPlaces_IsAWarningAtThatFile()
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", "policies/conduct.md" }, _ => "# Grove");
            var finding = Assert.Single(findings);
            Assert.Equal((RuleCatalog.CocMissing, Severity.Warning, "policies/conduct.md"), (finding.RuleId, finding.Severity, finding.Path));
            Assert.Equal("nonstandard-location", finding.Properties!["variant"]);
        }

        [Theory]
        [InlineData("See our [Code of Conduct](CODE_OF_CONDUCT.md).")]
        [InlineData("See our [Code of Conduct][coc].\n\n[coc]: .github/CODE_OF_CONDUCT.md")]
        [InlineData("<a href=\"docs/code-of-conduct.html\">Conduct</a>")]
        [InlineData("[![Contributor Covenant](https://img.shields.io/badge/Contributor%20Covenant-2.1-4baaaa.svg)](https://www.contributor-covenant.org/version/2/1/code_of_conduct/)")]
        [InlineData("Read https://grove.dev/code-of-conduct before posting.")]
        public void ReadmeLink_SatisfiesIncl407(string readme)
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", "CODE_OF_CONDUCT.md" }, p => p == "README.md" ? readme : "x");
            Assert.Empty(findings);
        }

        [Fact]
        public void ReadmeWithoutLink_IsReportedAtTheReadme()
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", ".github/CODE_OF_CONDUCT.md" },
                p => p == "README.md" ? "# Grove\n\nPlease follow our code of conduct." : "x");
            var finding = Assert.Single(findings);
            Assert.Equal((RuleCatalog.CocNotLinked, Severity.Warning, "README.md", 0), (finding.RuleId, finding.Severity, finding.Path, finding.Line));
            Assert.Contains(".github/CODE_OF_CONDUCT.md", finding.Message);
        }

        [Fact]
        public void ContributingGuideLink_IsEnough()
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md" },
                p => p == "CONTRIBUTING.md" ? "Read the [code of conduct](./CODE_OF_CONDUCT.md)." : "# Grove");
            Assert.Empty(findings);
        }

        [Fact]
        public void UnreadableReadme_IsReportedNotThrown()
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", "CODE_OF_CONDUCT.md" },
                p => throw new System.IO.IOException("locked"));
            Assert.Equal(RuleCatalog.CocNotLinked, Assert.Single(findings).RuleId);
        }

        [Fact]
        public void NoReadmeAtAll_PointsAtTheCodeOfConduct()
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "CODE_OF_CONDUCT.md" }, _ => null);
            Assert.Equal("CODE_OF_CONDUCT.md", Assert.Single(findings).Path);
        }
    }
}
