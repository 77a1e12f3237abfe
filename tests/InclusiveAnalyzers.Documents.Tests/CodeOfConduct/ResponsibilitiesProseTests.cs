using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>
    /// Enforcement responsibilities (check 13) stated in prose, without a heading: Contributor Covenant 1.0 to 1.3 have no
    /// headings and say it as "project maintainers have the right and responsibility to remove, edit, or reject ...".
    /// A party named in passing, a right to do something else and a bare commitment are not credited.
    /// </summary>
    public class ResponsibilitiesProseTests
    {
        private const string RightsParagraph =
@"Project maintainers have the right and responsibility to remove, edit, or
reject comments, commits, code, issues, and other contributions that break
this Code of Conduct, or to ban temporarily or permanently any contributor
for other behaviors that they deem harmful.

";

        private const string CommitmentParagraph =
@"By adopting this Code of Conduct, project maintainers commit themselves to
applying these principles fairly and consistently in every part of running
this project. Project maintainers who do not follow or enforce the Code of
Conduct may be permanently removed from the project team.

";

        /// <summary>The Contributor Covenant 1.3 layout (no section headings), in our own words around the template's phrasings.</summary>
        private static readonly string Covenant13 = Lf(@"# Contributor Code of Conduct

As people who build and look after this project, we pledge to respect everyone who
takes part, whatever their age, disability, ethnicity, gender identity and expression,
sexual orientation, religion or experience.

Examples of unacceptable behavior by participants include:

* Sexualized language or imagery
* Personal attacks and insults
* Publishing someone's private details without their permission

" + RightsParagraph + CommitmentParagraph + @"This Code of Conduct applies both within project spaces and in public spaces
when an individual is representing the project.

Abusive or otherwise unacceptable behavior may be reported by contacting a
project maintainer at conduct@grove.dev. Every complaint will be reviewed, and
maintainers keep the identity of the reporter confidential.

This Code of Conduct is adapted from the [Contributor Covenant](https://www.contributor-covenant.org), version 1.3.0.
");

        private static bool MissesResponsibilities(string text)
        {
            var report = Audit(text);
            return report.Of(RuleCatalog.CocMissingSection).Any(f => f.Properties!["element"] == "enforcement-responsibilities");
        }

        [Fact]
        public void Covenant13_StatesResponsibilitiesWithoutAHeading_IsGreen()
        {
            var report = Audit(Covenant13);
            Assert.False(report.Has(RuleCatalog.CocMissingSection), string.Join(" | ", report.Findings));
            Assert.Empty(report.MissingElements);
            Assert.Equal("1.3", report.Version);
            Assert.Equal("green", report.Grade);
        }

        [Fact]
        public void Covenant13WithoutTheMaintainersParagraphs_MissesResponsibilities()
        {
            var report = Audit(Covenant13.Replace(Lf(RightsParagraph), string.Empty).Replace(Lf(CommitmentParagraph), string.Empty));
            Assert.Contains(report.Of(RuleCatalog.CocMissingSection), f => f.Properties!["element"] == "enforcement-responsibilities");
            Assert.Contains("enforcement-responsibilities", report.MissingElements);
            Assert.NotEqual("green", report.Grade);
        }

        [Fact]
        public void Covenant13WithOnlyTheCommitment_MissesResponsibilities()
        {
            // "commit themselves to applying these principles" says nobody may act, nor how.
            Assert.True(MissesResponsibilities(Covenant13.Replace(Lf(RightsParagraph), string.Empty)));
        }

        [Theory]
        [InlineData("Project maintainers have the right and responsibility to remove, edit, or\nreject comments that break this code.")] // CC 1.x, wrapped
        [InlineData("Community leaders are responsible for clarifying and enforcing our standards.")]            // CC 2.x
        [InlineData("Project maintainers are responsible for clarifying the standards of acceptable\nbehavior and are expected to take appropriate and fair corrective action in\nresponse to any instance of unacceptable behavior.")] // CC 1.4, wrapped
        [InlineData("The maintainers reserve the right to ban anyone who harasses others.")]
        [InlineData("Our moderators have the duty to remove posts that break this code.")]
        [InlineData("The moderation team answers every report.")]
        [InlineData("Project maintainers are responsible for\r\nenforcing this code.")]                        // CRLF wrap
        [InlineData("Community standards and moderation are set by the project maintainers.")]
        [InlineData("Enforcement is carried out by the steering committee.")]
        [InlineData("The maintainers enforce this code in every project space.")]
        public void PartyWithAPowerToAct_IsCredited(string sentence)
        {
            Assert.False(MissesResponsibilities("# Code of Conduct\n\n" + sentence + "\n"));
        }

        [Theory]
        [InlineData("If something is unclear, ask the maintainers.")]
        [InlineData("The maintainers have the right to decide the roadmap.")]
        [InlineData("Maintainers are responsible for reviewing pull requests and publishing releases.")]
        [InlineData("Project maintainers commit themselves to applying these principles fairly.")]
        [InlineData("Talk to the team. Anyone may take corrective action on a failing build.")]
        [InlineData("Thanks to the maintainers\n\nwho have the right to remove nothing; we reject comments only in review.")]
        [InlineData("Ask the maintainers:\n- Reviewers have the right to reject a patch that lacks tests")]
        [InlineData("Ask the maintainers\r\n\r\nresponsible for enforcing nothing")]                                   // CRLF paragraph break
        [InlineData("Community standards are set by the maintainers.")]
        [InlineData("Moderation of the chat is handled by a bot.")]
        [InlineData("Maintainers who do not follow or enforce the code may be removed.")]
        public void PartyNamedInPassing_IsNotCredited(string sentence)
        {
            Assert.True(MissesResponsibilities("# Code of Conduct\n\n" + sentence + "\n"));
        }

        [Fact]
        public void Covenant2ResponsibilitiesHeading_IsCreditedWithoutTheProse()
        {
            string body = "The maintainers are responsible for enforcing this code and may remove comments or\ncontributions that break it.";
            Assert.False(MissesResponsibilities(Complete.Replace(body, "See the governance page.")));

            int start = Complete.IndexOf("## Enforcement Responsibilities", StringComparison.Ordinal);
            int end = Complete.IndexOf("## Scope", StringComparison.Ordinal);
            var report = Audit(Complete.Remove(start, end - start));
            var finding = report.Single(RuleCatalog.CocMissingSection);
            Assert.Equal("enforcement-responsibilities", finding.Properties!["element"]);
            Assert.Contains("Contributor Covenant 2.1 has it as 'Enforcement Responsibilities'", finding.Message);
        }

        [Fact]
        public void CustomCodeNamingCovenant13OnlyInAttribution_WithoutScope_StaysYellow()
        {
            // The shape of a hand-written code that credits Covenant 1.3 at the end: responsibilities by a Moderation
            // heading, no scope anywhere. Crediting 1.3's prose must not invent the scope.
            var report = Audit(Lf(@"## Code of Conduct

### Conduct

* We want a friendly, safe and welcoming place for everyone, whatever their experience,
  gender identity and expression, sexual orientation, disability, race, ethnicity, age or religion.
* Be kind and courteous. Insults and harassment are not welcome, and we will exclude
  anyone who harasses others from interaction.

### Contact

Unacceptable behavior may be reported by emailing conduct@grove.dev, which reaches every
member of the steering committee.

### Moderation

See the steering committee's [moderation policy](https://grove.dev/moderation) for details.

### Attribution

Adapted from the [Contributor Covenant v1.3.0](http://contributor-covenant.org/version/1/3/0/).
"));
            Assert.Equal("yellow", report.Grade);
            Assert.Contains("scope", report.MissingElements);
            Assert.DoesNotContain("enforcement-responsibilities", report.MissingElements);
        }
    }
}
