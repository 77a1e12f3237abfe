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
        public void NoCodeOfConduct_IsAnError_AnchoredOnTheReadme()
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "docs/README.md", "README.md", "src/Program.cs" }, _ => "# Grove");
            var finding = Assert.Single(findings);
            Assert.Equal((RuleCatalog.CocMissing, Severity.Error, 0), (finding.RuleId, finding.Severity, finding.Line));
            Assert.Equal("missing", finding.Properties!["variant"]);
            // Never a path to the CODE_OF_CONDUCT.md that does not exist.
            Assert.Equal("README.md", finding.Path);
        }

        [Fact]
        public void NoCodeOfConduct_NoReadme_IsAnchoredOnTheContributingGuide()
        {
            var finding = Assert.Single(CodeOfConductAuditor.AuditRepository("/repo", new[] { "CONTRIBUTING.md", "src/Program.cs" }, _ => "# Contributing"));
            Assert.Equal((RuleCatalog.CocMissing, "CONTRIBUTING.md"), (finding.RuleId, finding.Path));
        }

        [Fact]
        public void NoCodeOfConduct_NoEntryPoint_IsAnchoredOnTheRepository()
        {
            var finding = Assert.Single(CodeOfConductAuditor.AuditRepository("/repo", new[] { "src/Program.cs" }, _ => "x"));
            Assert.Equal((RuleCatalog.CocMissing, ""), (finding.RuleId, finding.Path));
        }

        [Theory]
        [InlineData("CONTRIBUTING.md", "# Contributing\n\nSince Polly is part of the .NET Foundation, we ask our contributors to abide by their [Code of Conduct](https://www.dotnetfoundation.org/code-of-conduct).\n", "adopted: .NET Foundation Code of Conduct")]
        [InlineData("README.md", "# Widgets\n\nA widget library.\n\n## Code of Conduct\n\nThis project has adopted the code of conduct defined by the Contributor Covenant to clarify expected behavior in our community.\nFor more information see the [.NET Foundation Code of Conduct](https://dotnetfoundation.org/code-of-conduct).\n", "adopted: .NET Foundation Code of Conduct")]
        [InlineData("CONTRIBUTING.md", "# Contributing\n\nPlease read [Project Jupyter's Code of Conduct](https://github.com/jupyter/governance/blob/main/conduct/code_of_conduct.md).\n", "adopted: Project Jupyter Code of Conduct")]
        [InlineData(".github/CONTRIBUTING.md", "This project has adopted the [Microsoft Open Source Code of Conduct](https://opensource.microsoft.com/codeofconduct/).\n", "adopted: Microsoft Open Source Code of Conduct")]
        public void EntryPointThatAdoptsAnOrganisationsCode_IsNotMissingACode(string path, string text, string grade)
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { path, "src/Program.cs" }, p => p == path ? text : null);
            var finding = Assert.Single(findings);
            Assert.Equal((RuleCatalog.CocAuditSummary, Severity.Suggestion, path), (finding.RuleId, finding.Severity, finding.Path));
            Assert.Equal(grade, finding.Properties!["grade"]);
        }

        [Fact]
        public void EntryPointWithAnUncataloguedCodeLink_GivesOneSuggestion()
        {
            const string readme = "# Lib\n\n## Code of Conduct\n\nAll contributors follow the [Widget Guild Code of Conduct](https://widgets.example.org/guild/code-of-conduct).\n";
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md" }, _ => readme);
            var suggestion = Assert.Single(findings, f => f.RuleId != RuleCatalog.CocAuditSummary);
            Assert.Equal((RuleCatalog.CocLinkOnly, Severity.Suggestion, "README.md", 5), (suggestion.RuleId, suggestion.Severity, suggestion.Path, suggestion.Line));
            Assert.Contains("\"codeOfConduct\": {\"adopts\": \"https://widgets.example.org/guild/code-of-conduct\"", suggestion.Message);
            Assert.DoesNotContain(findings, f => f.RuleId == RuleCatalog.CocMissing);
        }

        [Fact]
        public void EntryPointThatAdoptsTheTemplateWithoutContact_GivesOneFinding()
        {
            const string readme = "# Lib\n\n## Code of Conduct\n\nWe follow the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct/).\n";
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md" }, _ => readme);
            var finding = Assert.Single(findings, f => f.RuleId != RuleCatalog.CocAuditSummary);
            Assert.Equal((RuleCatalog.CocNoReportingContact, "README.md", 5), (finding.RuleId, finding.Path, finding.Line));
            Assert.StartsWith("This file adopts Contributor Covenant 2.1 by link.", finding.Message);
        }

        [Fact]
        public void EntryPointThatAdoptsTheTemplateWithAContactInTheSection_IsAdopted()
        {
            const string readme = "# Lib\n\n## Code of Conduct\n\nWe follow the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct/). Report problems to conduct@lib.dev.\n\n## License\n\nMIT\n";
            var finding = Assert.Single(CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md" }, _ => readme));
            Assert.Equal("adopted: Contributor Covenant 2.1", finding.Properties!["grade"]);
        }

        [Fact]
        public void EntryPointWithARelativeLinkToAMissingFile_IsStillMissingACode()
        {
            const string readme = "# Lib\n\nSee our [Code of Conduct](CODE_OF_CONDUCT.md).\n";
            var finding = Assert.Single(CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md" }, _ => readme));
            Assert.Equal((RuleCatalog.CocMissing, "README.md"), (finding.RuleId, finding.Path));
        }

        [Fact]
        public void DeclaredAdoption_WithoutAnyFile_IsNotMissing()
        {
            var options = new CodeOfConductOptions { Adopts = "https://dotnetfoundation.org/code-of-conduct" };
            var finding = Assert.Single(CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md" }, _ => "# Lib", options));
            Assert.Equal((RuleCatalog.CocAuditSummary, "README.md"), (finding.RuleId, finding.Path));
            Assert.Equal("adopted: .NET Foundation Code of Conduct", finding.Properties!["grade"]);
        }

        [Fact]
        public void OrganisationWideDefault_IsStillNotSeenInAClone()
        {
            // The .github repository's default is not part of the clone: the message says so, the finding stays.
            var finding = Assert.Single(CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md" }, _ => "# Lib"));
            Assert.Contains("organisation-wide default in a .github repository", finding.Message);
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
            // Each relative link's target is in the repository (a link to a file that is not there is tested below).
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", "CODE_OF_CONDUCT.md", ".github/CODE_OF_CONDUCT.md", "docs/code-of-conduct.html" },
                p => p == "README.md" ? readme : "x");
            Assert.Empty(findings);
        }

        // php-amqplib (judged-coc2.md): the README links CODE_OF_CONDUCT.md in the root, the file is only in .github/.
        [Theory]
        [InlineData("See our [Code of Conduct](CODE_OF_CONDUCT.md).")]
        [InlineData("See our [Code of Conduct](./docs/CODE_OF_CONDUCT.md#reporting).")]
        [InlineData("See our [Code of Conduct][coc].\n\n[coc]: /CODE_OF_CONDUCT.md")]
        [InlineData("<a href=\"code-of-conduct.html\">Conduct</a>")]
        public void ReadmeLinkToAConductFileThatIsNotThere_DoesNotCountAsLinked(string readme)
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", ".github/CODE_OF_CONDUCT.md" }, p => p == "README.md" ? readme : "x");
            var finding = Assert.Single(findings);
            Assert.Equal((RuleCatalog.CocNotLinked, "README.md"), (finding.RuleId, finding.Path));
            Assert.Contains("which is not in the repository", finding.Message);
        }

        [Theory]
        [InlineData("README.md", "See our [Code of Conduct](.github/CODE_OF_CONDUCT.md).")]
        [InlineData("README.md", "See our [Code of Conduct](/.github/CODE_OF_CONDUCT.md).")]
        [InlineData("README.md", "See our [Code of Conduct](.github/code_of_conduct.md).")]                // GitHub would not find it; the audit does not judge case
        [InlineData("docs/CONTRIBUTING.md", "See our [Code of Conduct](../.github/CODE_OF_CONDUCT.md).")]
        [InlineData("docs/CONTRIBUTING.md", "See our [Code of Conduct](../.github/CODE_OF_CONDUCT.md#enforcement).")]
        [InlineData("README.md", "See the [conduct pages](community/code-of-conduct/).")]                   // a folder the repository holds
        [InlineData("README.md", "See our [Code of Conduct](https://github.com/o/r/blob/main/CODE_OF_CONDUCT.md).")] // an address: not followed offline
        public void LinkToAConductFileThatIsThere_Counts(string entry, string text)
        {
            var paths = new[] { "README.md", entry, ".github/CODE_OF_CONDUCT.md", "community/code-of-conduct/index.md" };
            var findings = CodeOfConductAuditor.AuditRepository("/repo", paths, p => p == entry ? text : "# Grove");
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

        // spf13/cobra's CONDUCT.md is its "User Contract"; its code of conduct is a section of CONTRIBUTING.md.
        private const string UserContract = "## Cobra User Contract\n\n### Versioning\nCobra will follow a steady release cadence. Non breaking changes will be released as minor versions quarterly. "
            + "Patch bug releases are at the discretion of the maintainers.\n\n### Backward Compatibility\nWe will maintain two major releases in a moving window. "
            + "The N-1 release will only receive bug fixes and security updates and will be dropped once N+1 is released.\n\n### Deprecation\n"
            + "Deprecation of Go versions or dependent packages will only occur in major releases.\n";

        [Fact]
        public void ConductNamedFileAboutSomethingElse_IsNotACodeOfConduct()
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", "CONDUCT.md" }, p => p == "CONDUCT.md" ? UserContract : "# Cobra\n");
            var finding = Assert.Single(findings);
            Assert.Equal((RuleCatalog.CocMissing, Severity.Error, "README.md"), (finding.RuleId, finding.Severity, finding.Path));
            Assert.Equal("missing", finding.Properties!["variant"]);
        }

        [Theory]
        [InlineData("CONDUCT.md")]
        [InlineData("community/coc.md")]
        public void ConductNamedFileThatIsACode_IsStillFoundOutsideTheStandardPlaces(string path)
        {
            string code = UserContract.Replace("## Cobra User Contract", "## Code of Conduct\n\nHarassment of any kind is not tolerated.");
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", path }, p => p == path ? code : "# Cobra\n");
            var finding = Assert.Single(findings);
            Assert.Equal((RuleCatalog.CocMissing, Severity.Warning, path), (finding.RuleId, finding.Severity, finding.Path));
        }

        [Fact]
        public void CodeOfConductName_OutsideTheStandardPlaces_NeedsNoConductWords()
        {
            var findings = CodeOfConductAuditor.AuditRepository("/repo", new[] { "README.md", "community/CODE_OF_CONDUCT.md" }, p => p == "README.md" ? "# Cobra\n" : UserContract);
            Assert.Equal("nonstandard-location", Assert.Single(findings).Properties!["variant"]);
        }
    }
}
