using System;
using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Policy;
using Xunit;

namespace InclusiveAnalyzers.Core.Tests.Policy
{
    public class BuildSwitchesTests
    {
        [Theory]
        [InlineData(Severity.Error, "Error")]
        [InlineData(Severity.Warning, "Warning")]
        [InlineData(Severity.Suggestion, "Message")]
        [InlineData(Severity.Silent, "Hidden")]
        [InlineData(Severity.None, "Hidden")]
        public void Severities_map_to_log_levels(Severity severity, string expected) =>
            Assert.Equal(Enum.Parse<ReportLevel>(expected), BuildSwitches.None.Level("INCL201", severity));

        [Theory]
        [InlineData(Severity.Warning)]
        [InlineData(Severity.Error)]
        public void NoWarn_hides_a_code_whatever_its_severity(Severity severity)
        {
            var switches = new BuildSwitches("CS1591; incl201 ,INCL301");
            Assert.Equal(ReportLevel.Hidden, switches.Level("INCL201", severity));
            Assert.Equal(ReportLevel.Hidden, switches.Level("INCL301", severity));
            Assert.NotEqual(ReportLevel.Hidden, switches.Level("INCL302", severity));
        }

        [Fact]
        public void WarningsAsErrors_promotes_only_the_listed_warnings()
        {
            var switches = new BuildSwitches(warningsAsErrors: "INCL201");
            Assert.Equal(ReportLevel.Error, switches.Level("INCL201", Severity.Warning));
            Assert.Equal(ReportLevel.Warning, switches.Level("INCL301", Severity.Warning));
            Assert.Equal(ReportLevel.Message, switches.Level("INCL201", Severity.Suggestion));
        }

        [Fact]
        public void TreatWarningsAsErrors_spares_WarningsNotAsErrors()
        {
            var switches = new BuildSwitches(warningsNotAsErrors: "INCL301", treatWarningsAsErrors: true);
            Assert.Equal(ReportLevel.Error, switches.Level("INCL201", Severity.Warning));
            Assert.Equal(ReportLevel.Warning, switches.Level("INCL301", Severity.Warning));
        }

        [Fact]
        public void Code_lists_accept_semicolons_commas_and_blanks()
        {
            var codes = BuildSwitches.ParseCodes(" INCL201;;INCL202 , INCL203\n;");
            Assert.Equal(new[] { "INCL201", "INCL202", "INCL203" }, codes.OrderBy(c => c));
        }
    }
}
