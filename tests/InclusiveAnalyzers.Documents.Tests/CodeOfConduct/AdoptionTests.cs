using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using InclusiveAnalyzers.Documents.CodeOfConduct.Adoption;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>Codes of conduct adopted by reference, with the wording real repositories carry.</summary>
    public class AdoptionTests
    {
        // dotnet/runtime, dotnet/aspnetcore and many .NET Foundation member projects.
        public const string DotNetFoundationPointer =
@"# Code of Conduct

This project has adopted the code of conduct defined by the Contributor Covenant to clarify expected behavior in our community.
For more information, see the [.NET Foundation Code of Conduct](https://dotnetfoundation.org/code-of-conduct).
";

        // BenchmarkDotNet's wording: a link to the covenant and one to the Foundation's code, on http with www.
        public const string DotNetFoundationPointerWithCovenantLink =
@"This project has adopted the code of conduct defined by the [Contributor Covenant](http://contributor-covenant.org/)
to clarify expected behavior in our community.
For more information see the [.NET Foundation Code of Conduct](http://www.dotnetfoundation.org/code-of-conduct).
";

        // The CODE_OF_CONDUCT.md of Microsoft's repository template.
        public const string MicrosoftPointer =
@"# Microsoft Open Source Code of Conduct

This project has adopted the [Microsoft Open Source Code of Conduct](https://opensource.microsoft.com/codeofconduct/).

Resources:

- [Microsoft Open Source Code of Conduct](https://opensource.microsoft.com/codeofconduct/)
- [Microsoft Code of Conduct FAQ](https://opensource.microsoft.com/codeofconduct/faq/)
- Contact [opencode@microsoft.com](mailto:opencode@microsoft.com) with questions or concerns
";

        // The paragraph the Microsoft FAQ asks every project to carry.
        public const string MicrosoftFaqParagraph =
@"This project has adopted the [Microsoft Open Source Code of
Conduct](https://opensource.microsoft.com/codeofconduct/).
For more information see the [Code of Conduct
FAQ](https://opensource.microsoft.com/codeofconduct/faq/) or
contact [opencode@microsoft.com](mailto:opencode@microsoft.com)
with any additional questions or comments.
";

        public const string CovenantLinkWithoutContact =
@"# Code of Conduct

This project follows the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct/).
";

        private static Finding[] Problems(CodeOfConductReport report) => report.Findings.Where(f => f.RuleId != RuleCatalog.CocAuditSummary).ToArray();

        [Theory]
        [InlineData(DotNetFoundationPointer, ".NET Foundation Code of Conduct")]
        [InlineData(DotNetFoundationPointerWithCovenantLink, ".NET Foundation Code of Conduct")]
        [InlineData(MicrosoftPointer, "Microsoft Open Source Code of Conduct")]
        [InlineData(MicrosoftFaqParagraph, "Microsoft Open Source Code of Conduct")]
        public void OrganisationPointer_IsAdopted_WithNoWarningOrError(string text, string name)
        {
            var report = Audit(Lf(text));
            Assert.True(Problems(report).Length == 0, string.Join(" | ", report.Findings));
            Assert.Equal("adopted: " + name, report.Grade);
            var summary = report.Single(RuleCatalog.CocAuditSummary);
            Assert.Equal(Severity.Suggestion, summary.Severity);
            Assert.StartsWith($"Code of conduct grade: adopted: {name}.", summary.Message);
            Assert.Equal("adopted: " + name, summary.Properties!["grade"]);
        }

        [Fact]
        public void OrganisationPointer_NamesTheOrganisationsReportingRoute()
        {
            var summary = Audit(Lf(DotNetFoundationPointer)).Single(RuleCatalog.CocAuditSummary);
            Assert.Contains("conduct@dotnetfoundation.org", summary.Message);
            Assert.Equal("dotnet-foundation", summary.Properties!["adoptedId"]);
        }

        [Fact]
        public void AdoptedCode_ElementsNotVerifiedInTheCatalog_AreSaidInTheSummary_NotReported()
        {
            // The catalog could not confirm that the Microsoft code states how reporters are protected.
            var report = Audit(Lf(MicrosoftPointer));
            Assert.Contains("Not verified in the catalog: reporter protection.", report.Single(RuleCatalog.CocAuditSummary).Message);
            Assert.False(report.Has(RuleCatalog.CocNoConfidentiality));
        }

        [Fact]
        public void AdoptedCode_ElementTheFileStatesItself_IsNotCalledUnverified()
        {
            // microsoft/playwright: the pointer also carries the Covenant 1.4 text, which promises the reporter confidentiality.
            var text = Lf(MicrosoftPointer) + "\n## Enforcement\n\nInstances of abusive behavior may be reported by contacting the project team at opencode@microsoft.com. "
                + "The project team is obligated to maintain confidentiality with regard to the reporter of an incident.\n";
            var summary = Audit(text).Single(RuleCatalog.CocAuditSummary).Message;
            Assert.DoesNotContain("Not verified in the catalog", summary);
            Assert.Contains("This file states: reporter protection.", summary);
            Assert.StartsWith("Code of conduct grade: adopted: Microsoft Open Source Code of Conduct.", summary);
        }

        [Fact]
        public void AdoptedCode_PrivacyInTheStandardsList_IsNoPromiseToReporters()
        {
            // "Publishing others' private information" forbids a behaviour; it says nothing of how reports are kept.
            var text = Lf(MicrosoftPointer) + "\n## Our Standards\n\nExamples of unacceptable behavior include publishing others' private information, "
                + "such as an address, without permission, which breaks their privacy.\n";
            var summary = Audit(text).Single(RuleCatalog.CocAuditSummary).Message;
            Assert.Contains("Not verified in the catalog: reporter protection.", summary);
            Assert.DoesNotContain("This file states", summary);
        }

        [Theory]
        [InlineData(@"# Community Participation Guidelines

This repository is governed by Mozilla's code of conduct and etiquette guidelines.
For more details, please read the
[Mozilla Community Participation Guidelines](https://www.mozilla.org/about/governance/policies/participation/).

## How to Report
For more information on how to report violations of the Community Participation Guidelines, please read our '[How to Report](https://www.mozilla.org/about/governance/policies/participation/reporting/)' page.
", "Mozilla Community Participation Guidelines")]
        [InlineData(@"# Mozilla Community Participation Guidelines

This repository is governed by Mozilla's code of conduct and etiquette guidelines.
For more details, please read the
[Mozilla Community Participation Guidelines](https://www.mozilla.org/en-US/about/governance/policies/participation/).
", "Mozilla Community Participation Guidelines")]
        [InlineData(@"## CNCF Community Code of Conduct v1.0

This project follows the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/master/code-of-conduct.md).
", "CNCF Community Code of Conduct")]
        [InlineData("Please refer to [Project Jupyter's Code of Conduct](https://github.com/jupyter/governance/blob/main/conduct/code_of_conduct.md).\n", "Project Jupyter Code of Conduct")]
        [InlineData("# Code of Conduct\n\nThis project follows the [Rust Code of Conduct](https://www.rust-lang.org/policies/code-of-conduct).\n", "Rust Code of Conduct")]
        [InlineData("All contributions should conform to the [NumFOCUS Contributor Code of Conduct](https://numfocus.org/code-of-conduct).\n", "NumFOCUS Code of Conduct")]
        [InlineData("This project follows [Google's Open Source Community Guidelines](https://opensource.google/conduct/).\n", "Google Open Source Community Guidelines")]
        [InlineData("This project follows the [PSF Code of Conduct](https://www.python.org/psf/conduct/).\n", "Python Software Foundation Code of Conduct")]
        [InlineData("This project follows the [ASF Code of Conduct](https://www.apache.org/foundation/policies/conduct.html).\n", "Apache Software Foundation Code of Conduct")]
        [InlineData("This project follows the [OpenJS Foundation Code of Conduct](https://code-of-conduct.openjsf.org/).\n", "OpenJS Foundation Code of Conduct")]
        public void OtherCataloguedOrganisations_AreAdopted(string text, string name)
        {
            var report = Audit(Lf(text));
            Assert.Empty(Problems(report));
            Assert.Equal("adopted: " + name, report.Grade);
        }

        [Fact]
        public void PartialCopyThatPointsToTheFoundation_IsStillAdopted()
        {
            // AngleSharp's file quotes the pledge and a few examples, then points to the Foundation's code for the rest.
            var report = Audit(Lf(@"# Contributor Covenant Code of Conduct

This project has adopted the code of conduct defined by the Contributor Covenant to clarify expected behavior in our community.

In particular this means:

> We are committed to making participation in this project a harassment-free experience for everyone, regardless of level of experience, gender, gender identity and expression, sexual orientation, disability, personal appearance, body size, race, ethnicity, age, religion, or nationality.

Examples of unacceptable behavior by participants include:

* The use of sexualized language or imagery
* Personal attacks
* Trolling or insulting/derogatory comments
* Public or private harassment
* Publishing other's private information, such as physical or electronic addresses, without explicit permission
* Other unethical or unprofessional conduct

For the complete set of rules and more information on the topic see the [.NET Foundation Code of Conduct](https://dotnetfoundation.org/code-of-conduct).
"));
            Assert.Empty(Problems(report));
            Assert.Equal("adopted: .NET Foundation Code of Conduct", report.Grade);
        }

        [Fact]
        public void TemplateLinkWithoutContact_GivesExactlyOneFinding_AskingForTheProjectsContact()
        {
            var report = Audit(Lf(CovenantLinkWithoutContact));
            var finding = Assert.Single(Problems(report));
            Assert.Equal((RuleCatalog.CocNoReportingContact, Severity.Error), (finding.RuleId, finding.Severity));
            Assert.Equal("This file adopts Contributor Covenant 2.1 by link. That is a template whose reporting section each project fills in, so this "
                + "project still needs its own reporting contact: add a private e-mail address or form (and who reads it) here, or set "
                + "\"codeOfConduct\": {\"contact\": \"...\"} in inclusive.json.", finding.Message);
            AssertSpan(finding, 3, 26, 3, 115);
            Assert.Equal("red", report.Grade);
        }

        [Fact]
        public void TemplateLinkWithContact_IsAdopted()
        {
            var report = Audit(Lf(CovenantLinkWithoutContact + "Report unacceptable behaviour to conduct@grove.dev; only the two maintainers read it.\n"));
            Assert.Empty(Problems(report));
            Assert.Equal("adopted: Contributor Covenant 2.1", report.Grade);
            Assert.Equal("2.1", report.Version);
        }

        [Fact]
        public void TemplateLinkWithContactDeclaredInConfiguration_IsAdopted()
        {
            var report = CodeOfConductAuditor.Audit("CODE_OF_CONDUCT.md", Lf(CovenantLinkWithoutContact), new CodeOfConductOptions { Contact = "conduct@grove.dev" });
            Assert.Empty(Problems(report));
            Assert.Equal("adopted: Contributor Covenant 2.1", report.Grade);
        }

        [Fact]
        public void TemplateLinkWithOnlyAPublicChannel_IsStillAPublicChannel()
        {
            var report = Audit(Lf(CovenantLinkWithoutContact + "To report a violation, open an issue on the issue tracker.\n"));
            Assert.Equal(RuleCatalog.CocPublicReportingChannel, Assert.Single(Problems(report)).RuleId);
        }

        [Theory]
        [InlineData("NumPy has a Code of Conduct, please see: https://www.numpy.org/devdocs/dev/conduct/code_of_conduct.html\n", "https://www.numpy.org/devdocs/dev/conduct/code_of_conduct.html")]
        [InlineData(@"We follow FoundationDB and Tokio Code of Conduct.

* [FoundationDB Code of Conduct](https://github.com/apple/foundationdb/blob/6.3.24/CODE_OF_CONDUCT.md)
* [Tokio Code of Conduct](https://github.com/tokio-rs/tokio/blob/tokio-1.17.0/CODE_OF_CONDUCT.md)
", "https://github.com/apple/foundationdb/blob/6.3.24/CODE_OF_CONDUCT.md")]
        [InlineData("As a project hosted by the Eclipse Foundation, we adhere to the [Eclipse Code of Conduct](https://wiki.eclipse.org/Eclipse_Code_of_Conduct).\n", "https://wiki.eclipse.org/Eclipse_Code_of_Conduct")]
        public void UncataloguedOrganisationLink_GivesOneSuggestion_NamingTheSetting(string text, string url)
        {
            var report = Audit(Lf(text));
            var finding = Assert.Single(Problems(report));
            Assert.Equal((RuleCatalog.CocLinkOnly, Severity.Suggestion), (finding.RuleId, finding.Severity));
            Assert.Equal("adopted-by-reference", finding.Properties!["variant"]);
            Assert.Contains("cannot be checked offline", finding.Message);
            Assert.Contains($"\"codeOfConduct\": {{\"adopts\": \"{url}\", \"contact\": \"<where to report>\"}}", finding.Message);
            Assert.Equal($"adopted: {url} (not checked)", report.Grade);
        }

        [Fact]
        public void UncataloguedCodeDeclaredInConfiguration_IsAdopted_WithoutSuggestion()
        {
            const string url = "https://www.numpy.org/devdocs/dev/conduct/code_of_conduct.html";
            var report = CodeOfConductAuditor.Audit("CODE_OF_CONDUCT.md", "NumPy has a Code of Conduct, please see: " + url + "\n",
                new CodeOfConductOptions { Adopts = url });
            Assert.Empty(Problems(report));
            Assert.Equal("adopted: " + url, report.Grade);
            Assert.Contains("Declared in inclusive.json.", report.Single(RuleCatalog.CocAuditSummary).Message);
        }

        [Fact]
        public void FullCode_ThatMentionsAnOrganisationsCodeAtTheEnd_IsAuditedAsItsOwn()
        {
            var report = Audit(Complete + "\nWe also follow the [Microsoft Open Source Code of Conduct](https://opensource.microsoft.com/codeofconduct/).\n");
            Assert.Equal("green", report.Grade);
        }

        [Fact]
        public void ShortCodeOfItsOwn_WithoutAnyLink_IsNotAnAdoption()
        {
            var report = Audit("# Code of Conduct\n\nBe respectful. Harassment is not tolerated.\n");
            Assert.DoesNotContain("adopted", report.Grade);
            Assert.True(report.Has(RuleCatalog.CocNoReportingContact));
        }

        [Fact]
        public void PointerWithALeftoverPlaceholder_StillReportsThePlaceholder()
        {
            var report = Audit(Lf(@"This project has adopted the [Microsoft Open Source Code of Conduct](https://opensource.microsoft.com/codeofconduct/).
Contact [INSERT EMAIL ADDRESS] with questions.
"));
            Assert.True(report.Has(RuleCatalog.CocPlaceholder));
            Assert.Contains("placeholder", report.RedFlags);
        }

        [Fact]
        public void LinkInsideAnHtmlComment_IsNotAnAdoption()
        {
            var report = Audit("# Code of Conduct\n\n<!-- TODO: adopt https://opensource.microsoft.com/codeofconduct/ -->\nBe kind.\n");
            Assert.DoesNotContain("adopted", report.Grade);
        }

        [Theory]
        [InlineData("Microsoft Open Source Code of Conduct", "Other")]
        [InlineData("Open source community guidelines", "Standards")]
        [InlineData("Sources", "Attribution")]
        [InlineData("Source", "Attribution")]
        [InlineData("Attribution and sources", "Attribution")]
        public void OpenSourceInATitle_IsNotAnAttributionHeading(string heading, string kind)
        {
            Assert.Equal(kind, SectionNames.Classify(SectionNames.Normalize(heading)).ToString());
        }

        [Theory]
        [InlineData("https://dotnetfoundation.org/code-of-conduct", "dotnet-foundation")]
        [InlineData("HTTP://WWW.DotNetFoundation.org/code-of-conduct/", "dotnet-foundation")]
        [InlineData("https://dotnetfoundation.org/code-of-conduct#reporting", "dotnet-foundation")]
        [InlineData("https://opensource.microsoft.com/codeofconduct/faq/", "microsoft")]
        [InlineData("https://www.mozilla.org/fr/about/governance/policies/participation/", "mozilla")]
        [InlineData("https://github.com/cncf/foundation/blob/main/code-of-conduct.md", "cncf")]
        [InlineData("https://www.contributor-covenant.org/version/3/0/code_of_conduct/", "contributor-covenant")]
        public void CatalogUrls_Match(string url, string id)
        {
            Assert.Equal(id, AdoptedCodeCatalog.Find(url)?.Id);
        }

        [Theory]
        [InlineData("https://dotnetfoundation.org/code-of-conduct-archive")]
        [InlineData("https://dotnetfoundation.org/")]
        [InlineData("https://evil.example/dotnetfoundation.org/code-of-conduct")]
        [InlineData("ftp://dotnetfoundation.org/code-of-conduct")]
        [InlineData("https://github.com/cncf/foundation/blob/main/charter.md")]
        [InlineData("")]
        public void OtherUrls_DoNotMatch(string url)
        {
            Assert.Null(AdoptedCodeCatalog.Find(url));
        }

        [Fact]
        public void Catalog_HasTheRequiredOrganisations_EachFactWithASource()
        {
            var ids = AdoptedCodeCatalog.Codes.Select(c => c.Id).ToList();
            foreach (var id in new[] { "dotnet-foundation", "microsoft", "contributor-covenant", "cncf", "apache", "python-software-foundation", "jupyter", "numfocus", "rust", "mozilla", "google", "openjs-foundation" })
            {
                Assert.Contains(id, ids);
            }

            Assert.True(AdoptedCodeCatalog.Codes.Single(c => c.Id == "contributor-covenant").IsTemplate);
            Assert.All(AdoptedCodeCatalog.Codes.Where(c => !c.IsTemplate), c => Assert.True(c.HasOwnReportingRoute, c.Id));
            Assert.All(AdoptedCodeCatalog.Codes, c => Assert.Equal(AdoptedCode.ElementNames.Length, c.Elements.Count));
        }

        [Fact]
        public void CatalogParser_ReportsLocatedErrors()
        {
            var errors = new System.Collections.Generic.List<InclusiveAnalyzers.Core.Configuration.ConfigError>();
            var codes = AdoptedCodeCatalog.Parse("{\"version\": 1, \"codes\": [\n  {\"id\": \"x\", \"name\": \"X\", \"kind\": \"org\", \"urls\": [\"x.org/coc\"],\n"
                + "   \"reporting\": {\"route\": \"email\", \"source\": \"https://x.org\"}, \"elements\": {}}]}", "catalog.json", errors);
            Assert.Single(codes);
            Assert.Contains(errors, e => e.Line == 2 && e.Message.Contains("organisation or template"));
            Assert.Contains(errors, e => e.Message.Contains("needs its \"contact\""));
            Assert.Contains(errors, e => e.Message.Contains("\"scope\" is missing"));
        }
    }
}
