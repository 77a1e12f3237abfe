using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    public class PlaceholderTests
    {
        [Theory]
        [InlineData("[INSERT CONTACT METHOD]")]      // CC 2.0 / 2.1
        [InlineData("[INSERT EMAIL ADDRESS]")]       // CC 1.3 / 1.4, Hungarian 2.1
        [InlineData("[INSERT MAIL ADDRESS]")]
        [InlineData("[insert contact method]")]      // any case
        [InlineData("[INSERTAR MÉTODO DE CONTACTO]")] // Spanish 2.x
        [InlineData("[INSERTE CORREO AQUÍ]")]        // Spanish 1.4
        [InlineData("[INSÉRER UNE ADRESSE EMAIL]")]  // French 2.1
        [InlineData("[KONTAKTMETHODE EINFÜGEN]")]    // German 2.1
        [InlineData("[ВСТАВЬТЕ СПОСОБ СВЯЗИ]")]      // Russian 2.1
        [InlineData("[連絡方法を挿入]")]              // Japanese 2.1
        [InlineData("[插入联系方式]")]                // Chinese 2.1
        [InlineData("[연락 방법 입력]")]              // Korean 2.1
        [InlineData("[INSERT REPORTING EMAIL ADDRESS]")]
        [InlineData("[PROJECT LEAD EMAIL]")]          // any capitalised slot
        [InlineData("`[INSERT CONTACT METHOD]`")]    // in backticks
        [InlineData("**[INSERT CONTACT METHOD]**")]  // in bold
        [InlineData("[INSERT CONTACT METHOD](mailto:)")]
        public void TemplateAndTranslatedPlaceholders_AreReported(string token)
        {
            var report = Audit("## Enforcement\n\nReport violations to the leads at " + token + ".\n");
            var finding = report.Of(RuleCatalog.CocPlaceholder);
            Assert.NotEmpty(finding);
            Assert.All(finding, f => Assert.Equal(Severity.Error, f.Severity));
            Assert.Equal(3, finding[0].Line);
            Assert.Contains(token.Trim('`', '*').Replace("(mailto:)", string.Empty), report.Findings[0].Message);
        }

        [Fact]
        public void Placeholder_SpanIsExact()
        {
            var report = Audit("## Enforcement\n\nWrite to [INSERT EMAIL ADDRESS] now.\n");
            AssertSpan(report.Single(RuleCatalog.CocPlaceholder), 3, 10, 3, 32);
            Assert.Equal(report.Single(RuleCatalog.CocPlaceholder).Offset, "## Enforcement\n\nWrite to ".Length);
        }

        [Theory]
        [InlineData("See the [Contributor Covenant][homepage].\n\n[homepage]: https://www.contributor-covenant.org")]
        [InlineData("Keywords follow [RFC 2119].")]
        [InlineData("- [x] done")]
        [InlineData("Read the [FAQ] and the [MIT](LICENSE) licence.")]
        [InlineData("[Note: this page is also on our website.]")]
        [InlineData("Use the [CODE OF CONDUCT](CODE_OF_CONDUCT.md) link.")]
        [InlineData("Mehr dazu [finden Sie hier](https://grove.dev/hilfe).")]
        public void OrdinaryBrackets_AreNotPlaceholders(string line)
        {
            var report = Audit("## Enforcement\n\nWrite to conduct@grove.dev.\n\n" + line + "\n");
            Assert.False(report.Has(RuleCatalog.CocPlaceholder), string.Join(" | ", report.Findings));
        }

        [Fact]
        public void PlaceholderInFencedCodeBlock_IsNotReported()
        {
            var report = Audit(Lf(@"## Enforcement

Write to conduct@grove.dev.

Adopters replace the token like this:

```
sed -i 's/[INSERT CONTACT METHOD]/conduct@grove.dev/' CODE_OF_CONDUCT.md
```
"));
            Assert.False(report.Has(RuleCatalog.CocPlaceholder));
        }

        [Fact]
        public void PlaceholderInHtmlComment_WithVisibleContact_IsNotReported()
        {
            var report = Audit(Lf(@"## Enforcement

<!-- Replace [INSERT CONTACT METHOD] below before publishing. -->
Write to conduct@grove.dev.
"));
            Assert.False(report.Has(RuleCatalog.CocPlaceholder));
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact));
        }

        [Fact]
        public void PlaceholderHiddenInCommentInPlaceOfContact_IsReportedAsEmptiedSentence()
        {
            var report = Audit("## Enforcement\n\nReport violations to the leads at <!-- [INSERT CONTACT METHOD] -->.\n");
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Equal("emptied", finding.Properties!["placeholder"]);
            Assert.Equal(3, finding.Line);
            Assert.Equal("Report violations to the leads ".Length + 1, finding.Column);
            Assert.True(report.Has(RuleCatalog.CocNoReportingContact));
        }

        [Fact]
        public void EmptiedSentence_IsReported()
        {
            var report = Audit("## Enforcement\n\nInstances may be reported to the community leaders responsible for enforcement at\n.\n");
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Equal("emptied", finding.Properties!["placeholder"]);
            AssertSpan(finding, 3, 80, 4, 2);
        }

        [Fact]
        public void SentenceEndingInAt_WithoutReportingWords_IsNotEmptied()
        {
            var report = Audit("## Our Standards\n\nBe patient with people who are new; everyone starts somewhere to.\n");
            Assert.False(report.Has(RuleCatalog.CocPlaceholder));
        }

        [Fact]
        public void InvisiblePseudoTag_IsReportedAsRenderingNothing()
        {
            var report = Audit("## Enforcement\n\nReport violations to <contact-email>.\n");
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            AssertSpan(finding, 3, 22, 3, 37);
            Assert.Equal("invisible-tag", finding.Properties!["placeholder"]);
            Assert.Contains("renders as nothing", finding.Message);
            Assert.True(report.Has(RuleCatalog.CocNoReportingContact));
        }

        [Fact]
        public void PseudoTagWithSpaces_ReadsAsTagWithAttributes_AndIsInvisible()
        {
            var report = Audit("## Enforcement\n\nReport violations to <your email here>.\n");
            Assert.Equal("invisible-tag", report.Single(RuleCatalog.CocPlaceholder).Properties!["placeholder"]);
        }

        [Fact]
        public void AngleBracketWithUnderscore_RendersLiterally_AndIsReportedAsVisible()
        {
            var report = Audit("## Enforcement\n\nReport violations to <your_email>.\n");
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Equal("angle-bracket", finding.Properties!["placeholder"]);
            Assert.DoesNotContain("renders as nothing", finding.Message);
        }

        [Theory]
        [InlineData("<details>")]
        [InlineData("<br>")]
        [InlineData("<https://grove.dev/report>")]
        [InlineData("<conduct@grove.dev>")]
        [InlineData("<my-widget>")]
        public void RealHtmlAndAutolinks_AreNotPlaceholders(string token)
        {
            var report = Audit("## Enforcement\n\nWrite to conduct@grove.dev. " + token + "\n");
            Assert.False(report.Has(RuleCatalog.CocPlaceholder), string.Join(" | ", report.Findings));
        }

        [Fact]
        public void ClosedCustomElement_IsMarkupNotAPlaceholder()
        {
            var report = Audit("## Enforcement\n\nWrite to conduct@grove.dev or use <contact-form>the form</contact-form>.\n");
            Assert.False(report.Has(RuleCatalog.CocPlaceholder));
        }

        [Fact]
        public void AngleBracketSlotInPlainText_IsVisible()
        {
            var report = Audit("ENFORCEMENT\n\nReport violations to <contact-email>.\n", "CODE_OF_CONDUCT.txt");
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Equal("angle-bracket", finding.Properties!["placeholder"]);
            AssertSpan(finding, 3, 22, 3, 37);
        }

        [Fact]
        public void AddressElementWithoutClosingTag_IsAPlaceholder()
        {
            var report = Audit("## Enforcement\n\nWrite to <address>.\n");
            Assert.True(report.Has(RuleCatalog.CocPlaceholder));
        }

        [Theory]
        [InlineData("<%= email %>")]
        [InlineData("${email}")]
        [InlineData("{{ email }}")]
        public void GeneratorLeftovers_AreReported(string token)
        {
            var report = Audit("## Enforcement\n\nReport violations to " + token + ".\n");
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Equal("generator", finding.Properties!["placeholder"]);
            Assert.Equal(22, finding.Column);
            Assert.Equal(22 + token.Length, finding.EndColumn);
        }

        [Fact]
        public void SiteVariable_InPageWithFrontMatter_IsExpandedBySiteGenerator()
        {
            var report = Audit("---\ntitle: Conduct\n---\n## Enforcement\n\nReport violations to {{ site.email }}.\n", "docs/code-of-conduct.md");
            Assert.False(report.Has(RuleCatalog.CocPlaceholder));
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact));
        }

        [Theory]
        [InlineData("conduct@example.com")]
        [InlineData("coc@example.org")]
        [InlineData("your-email@grove.dev")]
        [InlineData("name@domain.com")]
        public void ReservedExampleAddresses_ArePlaceholders(string address)
        {
            var report = Audit("## Enforcement\n\nReport violations to " + address + ".\n");
            Assert.Equal("example-address", report.Single(RuleCatalog.CocPlaceholder).Properties!["placeholder"]);
            Assert.True(report.Has(RuleCatalog.CocNoReportingContact));
        }

        [Fact]
        public void FrontMatterPlaceholderDeclaration_IsNotReportedButItsUseIs()
        {
            var report = Audit(Lf(@"+++
version = ""2.1""
reportingPlaceholder = ""[Kontakt hier]""
+++

## Durchsetzung

Meldungen an [Kontakt hier].
"), "docs/CODE_OF_CONDUCT.md");
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Equal(8, finding.Line);
        }

        [Fact]
        public void OtherCapitalisedNote_OutsideRepairSection_IsAnError()
        {
            var report = Audit("## Scope\n\n[NOTE: list your community spaces here.]\n");
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Equal("editor-note", finding.Properties!["placeholder"]);
        }

        [Fact]
        public void AdopterNote_SeverityOption_CanSilenceOrRaiseIt()
        {
            const string text = "## Addressing and Repairing Harm\n\n**[NOTE: The remedies below are suggestions.]**\n";
            var silenced = CodeOfConductAuditor.Audit("CODE_OF_CONDUCT.md", text, new CodeOfConductOptions { AdopterNoteSeverity = Severity.None });
            Assert.False(silenced.Has(RuleCatalog.CocPlaceholder));

            var raised = CodeOfConductAuditor.Audit("CODE_OF_CONDUCT.md", text, CodeOfConductOptions.FromOptions(k => k == CodeOfConductOptions.AdopterNoteOption ? "warning" : null));
            Assert.Equal(Severity.Warning, raised.Single(RuleCatalog.CocPlaceholder).Severity);
        }

        [Fact]
        public void AdopterNoteOption_WithBadValue_ReportsAnErrorAndKeepsDefault()
        {
            string? error = null;
            var options = CodeOfConductOptions.FromOptions(k => "loud", e => error = e);
            Assert.Equal(Severity.Suggestion, options.AdopterNoteSeverity);
            Assert.Contains("not a severity", error);
        }

        [Fact]
        public void AdopterNote_DoesNotCountAsPlaceholderForTheGrade()
        {
            string text = Complete.Replace("## Enforcement Guidelines\n", "## Enforcement Guidelines\n\n**[NOTE: Edit these remedies.]**\n");
            var report = Audit(text);
            Assert.Equal(Severity.Suggestion, report.Single(RuleCatalog.CocPlaceholder).Severity);
            Assert.DoesNotContain("placeholder", report.RedFlags);
        }

        [Fact]
        public void ContributorCovenant3WithNotesLeftInPlace_IsRed()
        {
            var report = Audit(Lf(@"# Contributor Covenant 3.0 Code of Conduct

## Our Pledge

We pledge to make our community welcoming, whatever a person's race, ethnicity, disability, gender identity, sexual orientation or religion.

## Encouraged Behaviors

Kindness and honesty.

## Restricted Behaviors

Harassment and character attacks.

## Reporting an Issue

To report a possible violation, **[NOTE: describe your means of reporting here.]**

Community Moderators keep investigations confidential.

## Addressing and Repairing Harm

**[NOTE: The remedies and repairs outlined below are suggestions.]**

1. Warning
2. Temporarily Limited Activities
3. Temporary Suspension
4. Permanent Ban

## Scope

This Code of Conduct applies within all community spaces.

## Attribution

This Code of Conduct is adapted from the Contributor Covenant, version 3.0, permanently available at
<https://www.contributor-covenant.org/version/3/0/>. Licensed under CC BY-SA 4.0.
"));
            var notes = report.Of(RuleCatalog.CocPlaceholder);
            Assert.Equal(2, notes.Length);
            Assert.Equal(Severity.Error, notes[0].Severity);
            Assert.Equal(Severity.Suggestion, notes[1].Severity);
            Assert.True(report.Has(RuleCatalog.CocNoReportingContact));
            Assert.False(report.Has(RuleCatalog.CocMissingSection), string.Join(" | ", report.Findings));
            Assert.False(report.Has(RuleCatalog.CocAttributionMissing));
            Assert.Equal("3.0", report.Version);
            Assert.Equal("red", report.Grade);
        }
    }
}
