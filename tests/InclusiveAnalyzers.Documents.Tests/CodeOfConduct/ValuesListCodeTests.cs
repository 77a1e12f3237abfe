using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>
    /// The values-list family (Speak Up!, Django, jQuery, ESLint): bold "Be friendly", "Be respectful" items, a verdict
    /// that harassment "isn't acceptable" introducing the list of what is not, and a reporting section that says the
    /// project leads handle reports and any team member may step in. Those codes state their standards and who enforces
    /// them without the Contributor Covenant's headings. Written in our own words.
    /// </summary>
    public class ValuesListCodeTests
    {
        private const string Values = @"# Code of Conduct

We are volunteers from many places, and we ask everyone to follow a few ground rules.

* **Be patient.** People arrive with different experience; answer questions kindly.
* **Be considerate.** Your choices affect the people who use and build this work.
* **Choose your words with care.** Harassment and other exclusionary behavior aren't acceptable. This includes, but is not limited to:
    * Threats of violence against another person.
    * Jokes that demean people for who they are.
    * Posting someone's personal details without their consent.

";

        private const string Reporting = @"## Reporting

If you believe someone broke this code, write to conduct@lantern-project.org, a private list that only the project leads read.
All reports are kept confidential.

Reports will receive prompt attention from the project leads. If the behavior is ongoing, any team member may act at once to stop it.

Possible responses include a private reprimand, a public reprimand, a request to step away for a while, or a temporary or permanent ban from the project's spaces.
";

        [Fact]
        public void A_values_list_code_states_its_standards_and_who_enforces_them()
        {
            var report = Audit(Lf(Values + Reporting));
            Assert.DoesNotContain("standards", report.MissingElements);
            Assert.DoesNotContain("enforcement-responsibilities", report.MissingElements);
        }

        [Fact]
        public void A_values_list_code_without_a_scope_is_still_missing_its_scope()
        {
            var report = Audit(Lf(Values + Reporting));
            Assert.Equal(new[] { "scope" }, report.MissingElements);
            Assert.Equal("yellow", report.Grade);
        }

        [Fact]
        public void Mental_and_physical_ability_names_disability_among_the_protected_groups()
        {
            string values = Values.Replace("* **Be considerate.**",
                "* **Be welcoming.** We welcome people of any race, ethnicity, gender identity, sexual orientation, religion, and mental and physical ability.\n* **Be considerate.**");
            var hints = Audit(Lf(values + Reporting)).Hints;
            Assert.DoesNotContain(hints, h => h.StartsWith("protected groups", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Technical_ability_does_not_name_disability()
        {
            string values = Values.Replace("* **Be considerate.**",
                "* **Be welcoming.** We welcome people of any race, ethnicity, gender identity, sexual orientation, religion, and technical ability.\n* **Be considerate.**");
            var hints = Audit(Lf(values + Reporting)).Hints;
            Assert.Contains(hints, h => h == "protected groups: the pledge does not name disability");
        }

        [Fact]
        public void Values_without_the_verdict_or_a_list_of_what_is_unacceptable_miss_the_standards()
        {
            string values = Values.Replace("Harassment and other exclusionary behavior aren't acceptable. This includes, but is not limited to:", "Be kind.")
                .Replace("    * Threats of violence against another person.\n", string.Empty)
                .Replace("    * Jokes that demean people for who they are.\n", string.Empty)
                .Replace("    * Posting someone's personal details without their consent.\n", string.Empty);
            var report = Audit(Lf(values + Reporting));
            Assert.Contains("standards", report.MissingElements);
        }

        [Fact]
        public void Reports_sent_to_the_leads_without_anyone_who_handles_them_or_may_act_miss_the_enforcement_responsibilities()
        {
            string reporting = Reporting
                .Replace("Reports will receive prompt attention from the project leads. If the behavior is ongoing, any team member may act at once to stop it.",
                    "Please include links and screenshots in your report.");
            var report = Audit(Lf(Values + reporting));
            Assert.Contains("enforcement-responsibilities", report.MissingElements);
        }
    }
}
