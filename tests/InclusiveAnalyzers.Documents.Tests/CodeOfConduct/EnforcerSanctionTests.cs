using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>
    /// Consequences (check 14) are what happens to people who break the code. Contributor Covenant 1.0 to 1.4 also say what
    /// happens to maintainers who do not enforce it ("may be permanently removed from the project team", "may face temporary
    /// or permanent repercussions"): that is governance, not a response to a violation, and is not counted as a sanction.
    /// </summary>
    public class EnforcerSanctionTests
    {
        /// <summary>The Contributor Covenant 1.2 layout, in our own words around the template's phrasings: removal of content is its only response.</summary>
        private static readonly string Covenant12 = Lf(@"# Contributor Code of Conduct

As contributors and maintainers of this project, we pledge to respect everyone who takes part,
whatever their age, disability, ethnicity, gender identity and expression, sexual orientation,
religion or experience.

Examples of unacceptable behavior by participants include:

* Personal attacks and insults
* Publishing someone's private details without their permission

Project maintainers have the right and responsibility to remove, edit, or reject comments,
commits, code, issues, and other contributions that break this Code of
Conduct. Project maintainers who do not follow or enforce the Code of Conduct may
be permanently removed from the project team.

This code of conduct applies both within project spaces and in public spaces
when an individual is representing the project.

Abusive behavior may be reported by contacting a project maintainer at conduct@grove.dev.
Reports are kept confidential.

This Code of Conduct is adapted from the Contributor Covenant, version 1.2.0.
");

        private static string[] Missing(string text) =>
            Audit(text).Of(RuleCatalog.CocMissingSection).Select(f => f.Properties!["element"]).ToArray();

        [Fact]
        public void Covenant12_RemovalOfContentIsItsOnlyResponse_MissesConsequences()
        {
            Assert.Equal(new[] { "consequences" }, Missing(Covenant12));
        }

        [Theory]
        [InlineData("Project maintainers who do not follow or enforce the Code of Conduct in good\nfaith may face temporary or permanent repercussions as determined by other\nmembers of the project's leadership.")] // CC 1.4
        [InlineData("Community leaders who fail to enforce this code may be warned, suspended or permanently removed.")]
        public void SanctionsOnTheEnforcers_AreNotConsequences(string sentence)
        {
            Assert.Contains("consequences", Missing("# Code of Conduct\n\nWe remove comments that break this code. " + sentence + "\n"));
        }

        [Theory]
        [InlineData("Participants who do not follow this code may be banned temporarily or permanently.")]
        [InlineData("Project maintainers may warn anyone who breaks this code, and permanently ban repeat offenders.")]
        [InlineData("Maintainers who do not follow the code may be removed. Anyone else who breaks it gets a warning, then a temporary ban.")]
        public void SanctionsOnParticipants_AreConsequences(string sentence)
        {
            Assert.DoesNotContain("consequences", Missing("# Code of Conduct\n\n" + sentence + "\n"));
        }

        [Fact]
        public void Covenant13_BansContributorsTemporarilyOrPermanently_HasConsequences()
        {
            string text = Covenant12.Replace("that break this Code of\nConduct.", "that break this Code of\nConduct, or to ban temporarily or permanently any contributor for harmful behavior.")
                .Replace("version 1.2.0", "version 1.3.0");
            Assert.Empty(Missing(text));
        }
    }
}
