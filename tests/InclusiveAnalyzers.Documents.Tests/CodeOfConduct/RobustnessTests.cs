using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    public class RobustnessTests
    {
        [Fact]
        public void EmptyAndNullText_AreAuditedWithoutCrash()
        {
            Assert.Equal("red", Audit(string.Empty).Grade);
            Assert.Equal("red", CodeOfConductAuditor.Audit(null!, null!).Grade);
        }

        [Fact]
        public void DeepNesting_BinaryNoiseAndUnclosedConstructs_DoNotCrash()
        {
            var inputs = new[]
            {
                new string('>', 10_000) + " [INSERT CONTACT METHOD]",
                string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000)),
                "\0\u0001\u0002\uFFFD\uD800 <!-- unclosed",
                "+++\nversion = \"2.1\"\n(no closing fence)",
                "```\nunclosed [INSERT CONTACT METHOD]",
                "\r\n## Enforcement\r\nWrite to conduct@grove.dev.\r",
            };
            foreach (var input in inputs)
            {
                var report = Audit(input);
                Assert.Contains(report.Findings, f => f.RuleId == RuleCatalog.CocAuditSummary);
            }
        }

        [Fact]
        public void CrLfText_KeepsExactPositions()
        {
            var report = Audit("## Enforcement\r\n\r\nWrite to [INSERT EMAIL ADDRESS] now.\r\n");
            AssertSpan(report.Single(RuleCatalog.CocPlaceholder), 3, 10, 3, 32);
        }

        [Fact]
        public void OversizedText_IsReportedNotAudited()
        {
            var report = Audit(new string('a', CodeOfConductAuditor.MaxLength + 1));
            var finding = Assert.Single(report.Findings);
            Assert.Contains("Not audited", finding.Message);
        }

        [Fact]
        public void LargeCode_IsAuditedQuickly()
        {
            string big = string.Concat(Enumerable.Repeat(Complete, 200));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Audit(big);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
        }
    }
}
