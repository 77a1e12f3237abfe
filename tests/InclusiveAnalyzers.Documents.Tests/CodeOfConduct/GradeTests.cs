using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    public class GradeTests
    {
        [Fact]
        public void CompleteCode_IsGreen_WithOnlyTheSummary()
        {
            var report = Audit(Complete);
            Assert.Equal("green", report.Grade);
            var summary = Assert.Single(report.Findings);
            Assert.Equal((RuleCatalog.CocAuditSummary, Severity.Suggestion, 0), (summary.RuleId, summary.Severity, summary.Line));
            Assert.Equal("green", summary.Properties!["grade"]);
            Assert.Equal("2.1", summary.Properties["version"]);
            Assert.Equal("contributor-covenant", summary.Properties["template"]);
            Assert.StartsWith("Code of conduct grade: green", summary.Message);
        }

        [Fact]
        public void OneRedFlag_IsYellow()
        {
            var report = Audit(Complete.Replace("We expect patience", "Be nice. We expect patience"));
            Assert.Equal("yellow", report.Grade);
            Assert.Equal(new[] { "dismissive-language" }, report.RedFlags);
        }

        [Fact]
        public void PublicChannelOnly_IsYellow()
        {
            var report = Audit(Complete.Replace("Report problems to conduct@grove.dev.", "Report problems on https://github.com/grove/grove/issues."));
            Assert.Equal("yellow", report.Grade);
        }

        [Fact]
        public void NoReportingContact_IsRed()
        {
            var report = Audit(Complete.Replace("Report problems to conduct@grove.dev.", "Report problems to [INSERT CONTACT METHOD]."));
            Assert.Equal("red", report.Grade);
            Assert.Contains("reporting-contact", report.MissingElements);
            Assert.Contains("no-placeholders", report.MissingElements);
        }

        [Fact]
        public void EveryFinding_CarriesTheGrade_SummaryLast()
        {
            var report = Audit("# Code of Conduct\n\nBe nice.\n");
            Assert.All(report.Findings, f => Assert.Equal("red", f.Properties!["grade"]));
            Assert.Equal(RuleCatalog.CocAuditSummary, report.Findings[report.Findings.Count - 1].RuleId);
            Assert.Contains("Missing:", report.Findings[report.Findings.Count - 1].Message);
        }

        [Fact]
        public void Hints_AreInTheSummaryOnly()
        {
            var report = Audit(Complete.Replace(" Last updated 2025-01-10.", string.Empty).Replace("sexual orientation, religion", "sexual orientation"));
            Assert.Contains(report.Hints, h => h.StartsWith("revision history", StringComparison.Ordinal));
            Assert.Contains(report.Hints, h => h.Contains("religion"));
            Assert.Contains(report.Hints, h => h.StartsWith("responders", StringComparison.Ordinal));
            Assert.Equal("green", report.Grade);
            Assert.Contains("religion", report.Findings.Single().Properties!["hints"]);
        }

        [Fact]
        public void EveryCodeOfConductRule_IsInTheCatalog()
        {
            var ids = RuleCatalog.All.Where(r => r.Category == RuleCatalog.CodeOfConductCategory).Select(r => r.Id).ToArray();
            Assert.Equal(Enumerable.Range(400, 13).Select(n => "INCL" + n).ToArray(), ids);
            Assert.Equal(Severity.Error, RuleCatalog.Get("INCL401").DefaultSeverity);
            Assert.Equal(Severity.Error, RuleCatalog.Get("INCL402").DefaultSeverity);
            Assert.Equal(Severity.Error, RuleCatalog.Get("INCL403").DefaultSeverity);
            Assert.Equal(Severity.Suggestion, RuleCatalog.Get("INCL406").DefaultSeverity);
            Assert.Equal(Severity.Suggestion, RuleCatalog.Get("INCL412").DefaultSeverity);
            Assert.All(ids, id => Assert.True(RuleCatalog.Get(id).EnabledByDefault));
        }
    }
}
