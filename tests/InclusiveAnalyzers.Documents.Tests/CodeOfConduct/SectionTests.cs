using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    public class SectionTests
    {
        [Fact]
        public void CompleteCode_HasNoMissingSectionsAndPromisesConfidentiality()
        {
            var report = Audit(Complete);
            Assert.False(report.Has(RuleCatalog.CocMissingSection), string.Join(" | ", report.Findings));
            Assert.False(report.Has(RuleCatalog.CocNoConfidentiality));
        }

        [Fact]
        public void ThinCode_ReportsOneFindingPerMissingElement()
        {
            var report = Audit("# Code of Conduct\n\nBe respectful and kind. Questions go to conduct@grove.dev.\n");
            var missing = report.Of(RuleCatalog.CocMissingSection).Select(f => f.Properties!["element"]).ToArray();
            Assert.Equal(new[] { "scope", "standards", "enforcement-responsibilities", "consequences" }, missing);
            Assert.All(report.Of(RuleCatalog.CocMissingSection), f => Assert.Equal((0, Severity.Warning), (f.Line, f.Severity)));
            Assert.True(report.Has(RuleCatalog.CocNoConfidentiality));
        }

        [Fact]
        public void RemovingScope_ReportsScopeOnly()
        {
            string text = Complete.Replace("## Scope\n\nThis code applies in all project spaces and when someone officially represents the\nproject elsewhere.\n\n", string.Empty);
            var report = Audit(text);
            Assert.Equal("scope", report.Single(RuleCatalog.CocMissingSection).Properties!["element"]);
        }

        [Fact]
        public void ElementsStatedInBodyWithoutHeadings_AreFound()
        {
            var report = Audit(Lf(@"Code of conduct for Grove

We expect everyone to be considerate. Unacceptable behaviour includes insults and harassment.
This code of conduct applies to all project spaces.
The moderation team is responsible for enforcing it.
Violations lead to a warning, then a temporary ban.
Reports to conduct@grove.dev are kept confidential.
"), "CODE_OF_CONDUCT.txt");
            Assert.False(report.Has(RuleCatalog.CocMissingSection), string.Join(" | ", report.Findings));
            Assert.False(report.Has(RuleCatalog.CocNoConfidentiality));
        }

        [Fact]
        public void RemovalAsTheOnlyResponse_IsNotAConsequenceLadder()
        {
            var report = Audit("## Consequences\n\nPeople who break this code will be removed from the project.\n");
            Assert.Contains(report.Of(RuleCatalog.CocMissingSection), f => f.Properties!["element"] == "consequences");
        }

        [Fact]
        public void Covenant2WithoutEnforcementGuidelines_MissesTheLadder_NamedByVersion()
        {
            int start = Complete.IndexOf("## Enforcement Guidelines", StringComparison.Ordinal);
            int end = Complete.IndexOf("## Attribution", StringComparison.Ordinal);
            var report = Audit(Complete.Remove(start, end - start));
            var finding = report.Single(RuleCatalog.CocMissingSection);
            Assert.Equal("consequences", finding.Properties!["element"]);
            Assert.Contains("Contributor Covenant 2.1 has it as 'Enforcement Guidelines'", finding.Message);
        }

        [Fact]
        public void Covenant3_NamesItsModeratorsInTheReportingSection()
        {
            var report = Audit(Lf(@"## Reporting an Issue

Write to conduct@grove.dev. Community Moderators keep reports confidential.

## Addressing and Repairing Harm

1. Warning
2. Permanent Ban

## Scope

This Code of Conduct applies within all community spaces.

## Restricted Behaviors

Harassment.

## Attribution

Adapted from the Contributor Covenant, version 3.0. CC BY-SA 4.0.
"));
            Assert.False(report.Has(RuleCatalog.CocMissingSection), string.Join(" | ", report.Findings));
        }

        [Fact]
        public void PrivateInformationInStandards_IsNotAConfidentialityPromise()
        {
            var report = Audit("## Our Standards\n\nDo not publish private information or invade anyone's privacy.\n\n## Reporting\n\nWrite to conduct@grove.dev.\n");
            var finding = report.Single(RuleCatalog.CocNoConfidentiality);
            Assert.Equal(Severity.Warning, finding.Severity);
        }

        [Fact]
        public void TranslatedCovenant_IsMatchedByPosition()
        {
            var report = Audit(Lf(@"+++
version = ""2.1""
+++

# Verhaltenskodex

## Unsere Verpflichtung

Text.

## Unser Umgang

Text.

## Verantwortlichkeiten

Text.

## Geltungsbereich

Text.

## Durchsetzung

Meldungen an konflikt@grove.dev.

## Richtlinien

### 1. Berichtigung

Text.

### 2. Verwarnung

Text.

### 3. Vorübergehender Ausschluss

Text.

### 4. Dauerhafter Ausschluss

Text.

## Bezug

Dieser Kodex basiert auf dem [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct.html), Version 2.1.
"), "docs/CODE_OF_CONDUCT.md");
            Assert.False(report.Has(RuleCatalog.CocMissingSection), string.Join(" | ", report.Findings));
            Assert.False(report.Has(RuleCatalog.CocNoConfidentiality));
            Assert.False(report.Has(RuleCatalog.CocNotRecognisedTemplate));
            Assert.False(report.Has(RuleCatalog.CocAttributionMissing));
            Assert.Equal("2.1", report.Version);
            Assert.Equal("green", report.Grade);
        }

        [Fact]
        public void TranslatedCovenantWithPlaceholder_ReportsIt()
        {
            var report = Audit(Lf(@"# 贡献者公约

## 我们的承诺
x
## 我们的准则
x
## 责任和权力
x
## 适用范围
x
## 监督

辱骂、骚扰或其他不可接受的行为可通过 [插入联系方式] 向负责监督的社区领袖报告。

## 处理方针
### 1. 纠正
### 2. 警告
### 3. 临时封禁
### 4. 永久封禁
## 参见

[Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct.html) 2.1
"));
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Equal(13, finding.Line);
            Assert.True(report.Has(RuleCatalog.CocNoReportingContact));
            Assert.False(report.Has(RuleCatalog.CocMissingSection));
        }
    }
}
