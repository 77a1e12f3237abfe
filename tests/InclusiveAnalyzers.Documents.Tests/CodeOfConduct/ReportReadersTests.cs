using System.Linq;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>The responders hint: a role address whose readers the file does not say (check 12).</summary>
    public class ReportReadersTests
    {
        private const string Standards = "# Code of Conduct\n\n## Our Standards\n\nExamples of unacceptable behavior include harassment.\n\n## Reporting\n\n";

        private static bool HasRespondersHint(string reporting) =>
            Audit(Standards + reporting + "\n").Hints.Any(h => h.StartsWith("responders: name the people", System.StringComparison.Ordinal));

        [Theory]
        // nodejs/node: the address's readers in brackets, and a link to the members they are.
        [InlineData("Behavior may be reported by:\n\n* Emailing [report@nodejs.org](mailto:report@nodejs.org) (this will email all TSC members)\n")]
        [InlineData("Behavior may be reported by:\n\n* Emailing [report@nodejs.org](mailto:report@nodejs.org)\n* Contacting [individual TSC members](https://nodejs.org/en/foundation/tsc/#current-members).\n")]
        [InlineData("Write to conduct@grove.dev. Reports go to the Grove moderation team, who reply within two days.\n")]
        [InlineData("Write to conduct@grove.dev; it is read by the Grove Steering Committee.\n")]
        // pandas-dev/pandas: the working group's members listed by name after the address.
        [InlineData("Write to the working group (conduct@grove.dev). Only its members see the messages. The working group currently includes\n\n- Ada Okafor\n- Lars van der Berg\n- Mei Tanaka\n")]
        [InlineData("Write to conduct@grove.dev. The moderators are:\n* Ada Okafor\n* Mei Tanaka\n")]
        public void SayingWhoReceivesReports_NamesTheReaders(string reporting)
        {
            Assert.False(HasRespondersHint(reporting));
        }

        [Theory]
        // reactiveui/ReactiveUI: "a project maintainer" is any of them.
        [InlineData("Behavior may be reported by contacting a project maintainer at hello@reactiveui.net. All complaints will be reviewed.\n")]
        [InlineData("Behavior may be reported by contacting the project team at conduct@grove.dev.\n")]
        [InlineData("Write to conduct@grove.dev. Reports go to the project team.\n")]
        // A members link far from the address speaks of something else.
        [InlineData("Write to conduct@grove.dev.\n\n" + Filler + "See the [team members](https://grove.dev/team) who maintain the code.\n")]
        [InlineData("Write to [conduct@grove.dev](mailto:conduct@grove.dev).\n")]
        // A list of roles or of one name says no more than "the project team".
        [InlineData("Write to conduct@grove.dev. The working group currently includes\n\n- contributors\n- users\n")]
        [InlineData("Write to conduct@grove.dev. The working group currently includes\n\n- Ada Okafor\n")]
        public void AGenericGroupOrNothing_KeepsTheHint(string reporting)
        {
            Assert.True(HasRespondersHint(reporting));
        }

        private static bool HasSecondPersonHint(string reporting) =>
            Audit(Standards + reporting + "\n").Hints.Any(h => h.Contains("add a second person for reports about the first"));

        [Theory]
        // AvaloniaUI/Avalonia: a conflict-of-interest clause answers the hint.
        [InlineData("Report to management@avalonia.dev. Reports involving a member of the enforcement team will be handled by a different reviewer.\n")]
        [InlineData("Report to jo@grove.dev. A moderator with a conflict of interest will recuse themselves.\n")]
        [InlineData("Report to jo@grove.dev. Complaints about one of the project maintainers go to the foundation.\n")]
        public void AConflictOfInterestClause_DropsTheSecondPersonHint(string reporting)
        {
            Assert.False(HasSecondPersonHint(reporting));
        }

        [Theory]
        [InlineData("Report to jo@grove.dev. All complaints will be reviewed.\n")]
        [InlineData("Report to jo@grove.dev. Members of the team review reports.\n")]
        public void WithoutAConflictClause_TheSecondPersonHintStays(string reporting)
        {
            Assert.True(HasSecondPersonHint(reporting));
        }

        // autofac/Autofac: a team alias on a list host reaches a group, so the hint asks who reads it, not for a second person.
        [Theory]
        [InlineData("Instances may be reported by contacting the project team at `autofac-internal@googlegroups.com`.\n")]
        [InlineData("Write to grove-conduct@lists.grove.dev.\n")]
        public void ATeamAliasOnAListHost_GetsTheRespondersHint(string reporting)
        {
            Assert.True(HasRespondersHint(reporting));
            Assert.False(HasSecondPersonHint(reporting));
        }

        [Fact]
        public void APersonOnAnOrdinaryHost_StillGetsTheSecondPersonHint()
        {
            Assert.True(HasSecondPersonHint("Instances may be reported by contacting the project team at `autofac-jo@grove.dev`.\n"));
        }

        private const string Filler =
            "Include what happened, when and where, and any links or screenshots. Reports are handled confidentially and we acknowledge them within two days. "
            + "If you are unsure whether something breaks the code, report it anyway: we would rather hear about it. "
            + "Reports about a maintainer are handled without that maintainer, and the outcome is shared with the reporter.\n\n";
    }
}
