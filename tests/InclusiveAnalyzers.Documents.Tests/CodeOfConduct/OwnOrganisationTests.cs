using System.IO;
using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using InclusiveAnalyzers.Documents.Tests.Support;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>
    /// A code adopted by reference from the project's own organisation or foundation (rails/rails linking
    /// rubyonrails.org/conduct, django/channels linking djangoproject.com/conduct) is the project's code: no
    /// "declare it" suggestion. Another organisation's code, adopted without a contact of the project's, keeps it.
    /// </summary>
    public class OwnOrganisationTests
    {
        // rails/rails CODE_OF_CONDUCT.md
        private const string RailsPointer =
@"# Contributor Code of Conduct

The Rails team is committed to fostering a welcoming community.

**Our Code of Conduct can be found here**:

http://rubyonrails.org/conduct/

For a history of updates, see the page history here:

https://github.com/rails/rails.github.com/commits/master/conduct/index.html
";

        // django/channels .github/CODE_OF_CONDUCT.md
        private const string DjangoPointer = "This project follows [Django's Code of Conduct](https://www.djangoproject.com/conduct/).\n";

        // ericflo/django-pagination .github/CODE_OF_CONDUCT.md (another organisation's code, the project's own contact)
        private const string DjangoCodeWithOwnContact =
@"# Code of Conduct

Everyone interacting in this project is expected to follow the
[Django's Code of Conduct](https://www.djangoproject.com/conduct/). This includes all infrastructure
used in the development of this project, such as codebase, issue tracker, chat rooms, and mailing lists.

## Reporting

All incidents should be reported by matagus+coc@gmail.com. This email is an alias with the following responders:

* Matias Agustin Mendez (https://github.com/matagus)
";

        // Fato07/agit CODE_OF_CONDUCT.md: the template adopted by link in the opening, a few notes of its own, no contact.
        private const string CovenantAdoptedWithNotes =
@"# Contributor Covenant Code of Conduct

This project adopts the [Contributor Covenant v2.1](https://www.contributor-covenant.org/version/2/1/code_of_conduct/).

The full text is available at:
https://www.contributor-covenant.org/version/2/1/code_of_conduct/

## Reporting

Instances of unacceptable behavior may be reported to the project maintainers.
All complaints will be reviewed and investigated promptly and fairly.

## Enforcement

Project maintainers are responsible for clarifying and enforcing standards
of acceptable behavior and will take appropriate and fair corrective action
in response to any behavior that they deem inappropriate.
";

        private static Finding[] Problems(CodeOfConductReport report) => report.Findings.Where(f => f.RuleId != RuleCatalog.CocAuditSummary).ToArray();

        private static CodeOfConductReport Audit(string text, params string[] origins) =>
            CodeOfConductAuditor.Audit("CODE_OF_CONDUCT.md", Lf(text), new CodeOfConductOptions { Repository = RepositoryIdentity.FromAddresses(origins) });

        [Theory]
        [InlineData(RailsPointer, "https://github.com/rails/rails.git")]
        [InlineData(DjangoPointer, "git@github.com:django/channels.git")]
        [InlineData("NumPy has a Code of Conduct, please see: https://numpy.org/code-of-conduct\n", "https://github.com/numpy/numpy")]
        [InlineData("Please refer to the [Serilog Code of Conduct](https://github.com/serilog/serilog/blob/dev/CONTRIBUTING.md) which covers all repositories within the Serilog Organisation.\n", "https://github.com/serilog/serilog-sinks-console.git")]
        [InlineData("This project follows the [Fedora Code of Conduct](https://docs.fedoraproject.org/en-US/project/code-of-conduct/).\n", "https://github.com/fedora-infra/bodhi.git")]
        [InlineData("This project follows the [GNOME Code of Conduct](https://conduct.gnome.org/).\n", "https://gitlab.gnome.org/GNOME/gtk.git")]
        [InlineData("As a project hosted by the Eclipse Foundation, we adhere to the [Eclipse Code of Conduct](https://wiki.eclipse.org/Eclipse_Code_of_Conduct).\n", "https://github.com/eclipse-theia/theia")]
        public void A_code_of_the_projects_own_organisation_is_adopted_without_a_suggestion(string text, string origin)
        {
            var report = Audit(text, origin);
            Assert.Empty(Problems(report));
            Assert.StartsWith("adopted: ", report.Grade);
            var summary = report.Findings.Single(f => f.RuleId == RuleCatalog.CocAuditSummary);
            Assert.Contains("own organisation", summary.Message);
        }

        [Theory]
        [InlineData(RailsPointer, "https://github.com/dobs/autographql")]
        [InlineData(DjangoPointer, "https://github.com/rails-admin/rails_admin")]
        [InlineData("This project adopts the Go code of conduct: https://golang.org/conduct\n", "https://github.com/go-chi/chi")]
        [InlineData("NumPy has a Code of Conduct, please see: https://numpy.org/code-of-conduct\n", "https://github.com/someone/py-numpyish")]
        public void Another_organisations_code_without_a_contact_keeps_the_suggestion(string text, string origin)
        {
            var finding = Assert.Single(Problems(Audit(text, origin)));
            Assert.Equal((RuleCatalog.CocLinkOnly, Severity.Suggestion), (finding.RuleId, finding.Severity));
            Assert.Equal("adopted-by-reference", finding.Properties!["variant"]);
        }

        [Fact]
        public void Without_a_known_repository_the_suggestion_stays()
        {
            var finding = Assert.Single(Problems(CodeOfConductAuditor.Audit("CODE_OF_CONDUCT.md", Lf(RailsPointer))));
            Assert.Equal("adopted-by-reference", finding.Properties!["variant"]);
        }

        [Fact]
        public void Another_organisations_code_with_the_projects_own_private_contact_is_adopted_without_a_suggestion()
        {
            var report = Audit(DjangoCodeWithOwnContact, "https://github.com/ericflo/django-pagination");
            Assert.Empty(Problems(report));
            Assert.Equal("adopted: https://www.djangoproject.com/conduct/ (not checked)", report.Grade);
        }

        [Fact]
        public void Another_organisations_code_with_only_a_placeholder_contact_keeps_the_suggestion()
        {
            var report = Audit(DjangoPointer + "\nReport incidents to [INSERT CONTACT METHOD].\n", "https://github.com/someone/somelib");
            Assert.Contains(Problems(report), f => f.RuleId == RuleCatalog.CocLinkOnly && f.Properties!["variant"] == "adopted-by-reference");
            Assert.Contains(Problems(report), f => f.RuleId == RuleCatalog.CocPlaceholder);
        }

        [Fact]
        public void The_template_adopted_by_link_in_the_opening_with_a_few_notes_asks_only_for_the_contact()
        {
            var finding = Assert.Single(Problems(Audit(CovenantAdoptedWithNotes, "https://github.com/Fato07/agit")));
            Assert.Equal(RuleCatalog.CocNoReportingContact, finding.RuleId);
        }

        [Fact]
        public void A_short_summary_that_cites_the_template_at_its_end_still_needs_the_projects_contact()
        {
            const string text = @"## Code of Conduct

This project follows the Contributor Covenant Code of Conduct.

### Our Standards
- Use welcoming and inclusive language

### Enforcement
Instances of unacceptable behavior may be reported to the project maintainers.

For the full text, see the Contributor Covenant v2.1 at https://www.contributor-covenant.org/version/2/1/code_of_conduct/.
";
            var finding = Assert.Single(Problems(Audit(text, "https://github.com/someone/tracker")));
            Assert.Equal(RuleCatalog.CocNoReportingContact, finding.RuleId);
        }

        // open-telemetry/community code-of-conduct.md as the index stores it: the foundation's code, the project's contact left as `<TBD>`.
        private const string CncfWithPlaceholderContact =
@"# OpenTelemetry Community Code of Conduct

OpenTelemetry follows the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/master/code-of-conduct.md).

**We are working on setting up project and, specifically, e-mail for reporting violations:**

Instances of abusive, harassing, or otherwise unacceptable behavior may be
reported by contacting `<TBD>`.";

        [Fact]
        public void A_placeholder_contact_in_a_code_span_of_its_own_is_reported()
        {
            var report = Audit(CncfWithPlaceholderContact, "https://github.com/open-telemetry/community");
            var finding = Assert.Single(Problems(report));
            Assert.Equal(RuleCatalog.CocPlaceholder, finding.RuleId);
            Assert.Contains("<TBD>", finding.Message);
        }

        [Theory]
        [InlineData("Run `git commit -m <message>` to sign your work.")]
        [InlineData("Use `<br>` for a line break and `<kbd>` for keys.")]
        [InlineData("The element `<details>` folds the answer.")]
        public void Markup_and_commands_in_code_spans_are_not_placeholders(string line)
        {
            var report = Audit(DjangoCodeWithOwnContact + "\n" + line + "\n", "https://github.com/someone/somelib");
            Assert.DoesNotContain(Problems(report), f => f.RuleId == RuleCatalog.CocPlaceholder);
        }

        [Theory]
        [InlineData("SciPy Code of Conduct\n======\n\nOur Code of Conduct lives [here](../doc/source/dev/conduct/code_of_conduct.rst).\n")]
        [InlineData("# Code of Conduct\n\nPlease read our [code of conduct](docs/CODE_OF_CONDUCT.md).\n")]
        [InlineData("SciPy Code of Conduct\n======\n\nOur Code of Conduct lives [here][../doc/source/dev/conduct/code_of_conduct.rst].\n\n")]
        public void A_short_pointer_to_the_projects_code_in_the_repository_asks_for_nothing(string text)
        {
            var report = Audit(text, "https://github.com/scipy/scipy");
            Assert.Empty(Problems(report));
            Assert.StartsWith("adopted: ", report.Grade);
        }

        [Fact]
        public void A_short_file_linking_a_repository_file_that_is_no_code_of_conduct_is_still_audited()
        {
            var report = Audit("# Conduct\n\nBe nice. See the [contributing guide](CONTRIBUTING.md).\n", "https://github.com/someone/lib");
            Assert.Contains(Problems(report), f => f.RuleId == RuleCatalog.CocNoReportingContact);
        }

        [Theory]
        [InlineData("https://github.com/rails/rails", "https://rubyonrails.org/conduct", true)]
        [InlineData("https://github.com/pallets/flask", "https://palletsprojects.com/governance/code-of-conduct/", true)]
        [InlineData("https://github.com/open-telemetry/opentelemetry-js", "https://opentelemetry.io/community/code-of-conduct/", true)]
        [InlineData("https://github.com/Homebrew/brew", "https://github.com/Homebrew/.github/blob/HEAD/CODE_OF_CONDUCT.md", true)]
        [InlineData("https://github.com/vuejs/core", "https://vuejs.github.io/conduct", true)]
        [InlineData("https://github.com/go-chi/chi", "https://go.dev/conduct", false)]
        [InlineData("https://github.com/open-telemetry/opentelemetry-js", "https://opensource.google/conduct", false)]
        [InlineData("https://github.com/someone/rails-admin", "https://rubyonrails.org/conduct", false)]
        [InlineData("https://github.com/someone/lib", "https://github.com/otherorg/.github/blob/main/CODE_OF_CONDUCT.md", false)]
        public void An_address_is_the_repositorys_own_only_at_its_organisations_names(string origin, string url, bool own)
        {
            Assert.Equal(own, RepositoryIdentity.FromAddresses(origin).Owns(url));
        }

        [Fact]
        public void The_identity_is_read_from_the_clones_origin_and_the_package_metadata()
        {
            using var folder = new TempFolder();
            folder.Write(Path.Combine(".git", "config"), "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:rails/rails.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
            Assert.True(RepositoryIdentity.FromRoot(folder.Path)!.Owns("http://rubyonrails.org/conduct/"));

            using var package = new TempFolder();
            package.Write("package.json", "{\n  \"name\": \"x\",\n  \"homepage\": \"https://symfony.com\",\n  \"funding\": {\"url\": \"https://github.com/sponsors/someone\"}\n}\n");
            var identity = RepositoryIdentity.FromRoot(package.Path)!;
            Assert.True(identity.Owns("https://symfony.com/coc"));
            Assert.False(identity.Owns("https://www.djangoproject.com/conduct/"));
        }

        [Fact]
        public void A_readme_adopting_its_own_organisations_code_gives_the_grade_alone()
        {
            const string readme = "# Brew\n\nRead our [Code of Conduct](https://github.com/Homebrew/.github/blob/HEAD/CODE_OF_CONDUCT.md#code-of-conduct).\n";
            var options = new CodeOfConductOptions { Repository = RepositoryIdentity.FromAddresses("https://github.com/Homebrew/brew.git") };
            var finding = Assert.Single(CodeOfConductAuditor.AuditRepository("/repo", new[] { "CONTRIBUTING.md" }, _ => readme, options));
            Assert.Equal(RuleCatalog.CocAuditSummary, finding.RuleId);
            Assert.StartsWith("adopted: ", finding.Properties!["grade"]);

            var other = CodeOfConductAuditor.AuditRepository("/repo", new[] { "CONTRIBUTING.md" }, _ => readme,
                new CodeOfConductOptions { Repository = RepositoryIdentity.FromAddresses("https://github.com/someone/tap.git") });
            Assert.Contains(other, f => f.RuleId == RuleCatalog.CocLinkOnly);
        }

        [Fact]
        public void A_scan_of_a_clone_reads_its_origin()
        {
            using var folder = new TempFolder();
            folder.Write(Path.Combine(".git", "config"), "[remote \"origin\"]\n\turl = https://github.com/django/channels.git\n");
            var coc = folder.Write(Path.Combine(".github", "CODE_OF_CONDUCT.md"), DjangoPointer);
            var findings = new DocumentScanner(new DocumentScanOptions { RepositoryRoot = folder.Path }).ScanFile(coc);
            Assert.DoesNotContain(findings, f => f.RuleId == RuleCatalog.CocLinkOnly);
            Assert.Contains(findings, f => f.RuleId == RuleCatalog.CocAuditSummary);
        }
    }
}
