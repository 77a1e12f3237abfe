using InclusiveAnalyzers.Build.Reporting;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Build.Tests.Reporting;

public class SeverityPolicyTests
{
    [Theory]
    [InlineData(Severity.Error, "Error")]
    [InlineData(Severity.Warning, "Warning")]
    [InlineData(Severity.Suggestion, "Message")]
    [InlineData(Severity.Silent, "Hidden")]
    [InlineData(Severity.None, "Hidden")]
    public void Severities_map_to_log_levels(Severity severity, string expected) =>
        Assert.Equal(Enum.Parse<ReportLevel>(expected), SeverityPolicy.None.Decide("INCL201", severity));

    [Theory]
    [InlineData(Severity.Warning)]
    [InlineData(Severity.Error)]
    public void NoWarn_hides_a_code_whatever_its_severity(Severity severity)
    {
        var policy = new SeverityPolicy("CS1591; incl201 ,INCL301", null, null, false);
        Assert.Equal(ReportLevel.Hidden, policy.Decide("INCL201", severity));
        Assert.Equal(ReportLevel.Hidden, policy.Decide("INCL301", severity));
        Assert.NotEqual(ReportLevel.Hidden, policy.Decide("INCL302", severity));
    }

    [Fact]
    public void WarningsAsErrors_promotes_only_the_listed_warnings()
    {
        var policy = new SeverityPolicy(null, "INCL201", null, false);
        Assert.Equal(ReportLevel.Error, policy.Decide("INCL201", Severity.Warning));
        Assert.Equal(ReportLevel.Warning, policy.Decide("INCL301", Severity.Warning));
        Assert.Equal(ReportLevel.Message, policy.Decide("INCL201", Severity.Suggestion));
    }

    [Fact]
    public void TreatWarningsAsErrors_spares_WarningsNotAsErrors()
    {
        var policy = new SeverityPolicy(null, null, "INCL301", true);
        Assert.Equal(ReportLevel.Error, policy.Decide("INCL201", Severity.Warning));
        Assert.Equal(ReportLevel.Warning, policy.Decide("INCL301", Severity.Warning));
    }

    [Fact]
    public void Code_lists_accept_semicolons_commas_and_blanks()
    {
        var codes = SeverityPolicy.ParseCodes(" INCL201;;INCL202 , INCL203\n;");
        Assert.Equal(new[] { "INCL201", "INCL202", "INCL203" }, codes.OrderBy(c => c));
    }
}
