using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    public class DismissiveLanguageTests
    {
        [Theory]
        [InlineData("Be nice.", "Be nice")]
        [InlineData("Remember, we're all adults here.", "we're all adults")]
        [InlineData("Be excellent to each other!", "Be excellent to each other")]
        [InlineData("Don't be a jerk.", "Don't be a jerk")]
        [InlineData("Always assume good intent.", "Always assume good intent")]
        [InlineData("Please assume good faith.", "assume good faith")]
        [InlineData("Try to resolve it among yourselves first.", "resolve it among yourselves first")]
        [InlineData("Grow a thicker skin.", "Grow a thicker skin")]
        public void DismissivePhrases_AreReportedWhereTheyStand(string line, string phrase)
        {
            var report = Audit("## Our Standards\n\n" + line + "\n");
            var finding = report.Single(RuleCatalog.CocDismissiveLanguage);
            Assert.Equal(Severity.Warning, finding.Severity);
            int column = line.IndexOf(phrase, StringComparison.Ordinal) + 1;
            AssertSpan(finding, 3, column, 3, column + phrase.Length);
            Assert.Contains("dismissive-language", report.RedFlags);
        }

        [Theory]
        [InlineData("The same privileges are extended to everyone who participates in good faith.")]
        [InlineData("Be kind and patient.")]
        [InlineData("Nice work is welcome.")]
        public void OrdinaryWording_IsNotDismissive(string line)
        {
            Assert.False(Audit("## Our Standards\n\n" + line + "\n").Has(RuleCatalog.CocDismissiveLanguage));
        }

        [Fact]
        public void PhrasesInCodeOrComments_AreNotReported()
        {
            var report = Audit("## Our Standards\n\n<!-- be nice -->\n\n```\nbe nice\n```\n\nWe avoid `be nice` as a rule.\n");
            Assert.False(report.Has(RuleCatalog.CocDismissiveLanguage));
        }
    }
}
