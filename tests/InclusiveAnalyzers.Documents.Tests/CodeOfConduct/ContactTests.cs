using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    public class ContactTests
    {
        [Theory]
        [InlineData("Write to conduct@grove.dev.")]
        [InlineData("Write to [the moderators](mailto:mods@grove.dev).")]
        [InlineData("Write to <mods@grove.dev>.")]
        [InlineData("Fill in [our report form](https://forms.gle/AbC123).")]
        [InlineData("Use https://grove.dev/conduct/report to reach the team.")]
        [InlineData("Send a direct message to any moderator on the forum.")]
        [InlineData("Write to conduct [at] grove [dot] dev.")]
        [InlineData("Contact @ana-ruiz or @tberg.")]
        public void VisibleContact_SatisfiesInclude403And404(string line)
        {
            var report = Audit("## Reporting\n\n" + line + "\n");
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact), string.Join(" | ", report.Findings));
            Assert.False(report.Has(RuleCatalog.CocPublicReportingChannel), string.Join(" | ", report.Findings));
        }

        [Fact]
        public void NoContactAtAll_IsFileLevelError()
        {
            var report = Audit("## Reporting\n\nTell someone you trust.\n");
            var finding = report.Single(RuleCatalog.CocNoReportingContact);
            Assert.Equal(0, finding.Line);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Equal("CODE_OF_CONDUCT.md", finding.Path);
        }

        [Fact]
        public void OnlyGitHubIssuesLink_IsPublicChannelNotMissingContact()
        {
            var report = Audit("## Reporting\n\nReport problems on [our tracker](https://github.com/grove/grove/issues/new).\n");
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact));
            var finding = report.Single(RuleCatalog.CocPublicReportingChannel);
            Assert.Equal(Severity.Warning, finding.Severity);
            AssertSpan(finding, 3, 20, 3, 76);
            Assert.Contains("issue tracker", finding.Message);
            Assert.Contains("public-channel", report.RedFlags);
        }

        [Theory]
        [InlineData("Please open an issue describing what happened.", "open an issue")]
        [InlineData("Raise it in our Discord server.", "in our Discord server")]
        [InlineData("Post it on [GitHub Discussions](https://github.com/grove/grove/discussions).", "GitHub Discussions")]
        [InlineData("Report it to grove-dev@googlegroups.com.", "mailing list")]
        [InlineData("Report it at https://discord.gg/grove.", "public chat")]
        public void PublicOnlyRoutes_AreReported(string line, string expected)
        {
            var report = Audit("## Reporting\n\n" + line + "\n");
            Assert.Contains(expected, report.Single(RuleCatalog.CocPublicReportingChannel).Message, StringComparison.OrdinalIgnoreCase);
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact));
        }

        // Real codes: Autofac's (Contributor Covenant 1.4) and Express's (OpenJS, 2.0) name a closed team alias on a list host.
        [Theory]
        [InlineData("Contact the project team at `autofac-internal@googlegroups.com`.")]
        [InlineData("Report it to the project TC through the following email: express-coc@lists.openjsf.org")]
        [InlineData("Escalate by writing to coc-escalation@lists.openjsf.org.")]
        [InlineData("Write to [the moderators](mailto:grove-moderators@googlegroups.com).")]
        [InlineData("Write to conduct@groups.io.")]
        public void TeamAliasOnAListHost_IsAPrivateRoute(string line)
        {
            var report = Audit("## Reporting\n\n" + line + "\n");
            Assert.False(report.Has(RuleCatalog.CocPublicReportingChannel));
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact));
            Assert.DoesNotContain("public-channel", report.RedFlags);
        }

        [Theory]
        [InlineData("Report it to grove@googlegroups.com.")]
        [InlineData("Report it to grove-users@lists.grove.dev.")]
        [InlineData("Write to [the list](mailto:grove-discuss@googlegroups.com).")]
        [InlineData("Report it to internals-digest@lists.grove.dev.")]
        public void OpenListOnAListHost_IsStillPublic(string line)
        {
            var report = Audit("## Reporting\n\n" + line + "\n");
            Assert.Equal(Severity.Warning, report.Single(RuleCatalog.CocPublicReportingChannel).Severity);
            Assert.Contains("public-channel", report.RedFlags);
        }

        [Fact]
        public void PublicAndPrivateRoutes_AreFine()
        {
            var report = Audit("## Reporting\n\nOpen an issue for general questions, or write to conduct@grove.dev for anything sensitive.\n");
            Assert.False(report.Has(RuleCatalog.CocPublicReportingChannel));
        }

        [Fact]
        public void CountOfOpenIssues_IsNotAReportingRoute()
        {
            var report = Audit("## Reporting\n\nWe report the number of open issues to the team monthly.\n");
            Assert.False(report.Has(RuleCatalog.CocPublicReportingChannel));
            Assert.True(report.Has(RuleCatalog.CocNoReportingContact));
        }

        [Fact]
        public void ChatMentionedInScope_IsNotAReportingChannel()
        {
            var report = Audit("## Scope\n\nThis applies in our Discord server and on GitHub.\n\n## Reporting\n\nTell us.\n");
            Assert.True(report.Has(RuleCatalog.CocNoReportingContact));
            Assert.False(report.Has(RuleCatalog.CocPublicReportingChannel));
        }

        [Fact]
        public void AddressOnlyInHtmlComment_IsNotVisible()
        {
            var report = Audit("## Reporting\n\nWrite to the moderators.\n<!-- conduct@grove.dev -->\n");
            Assert.Contains("HTML comment", report.Single(RuleCatalog.CocNoReportingContact).Message);
        }

        [Fact]
        public void AttributionLinks_AreNotContacts()
        {
            var report = Audit("## Reporting\n\nAsk around.\n\n## Attribution\n\nAdapted from https://www.contributor-covenant.org/version/2/1/code_of_conduct.html and https://github.com/mozilla/inclusion/issues.\n");
            Assert.True(report.Has(RuleCatalog.CocNoReportingContact));
            Assert.False(report.Has(RuleCatalog.CocPublicReportingChannel));
        }

        [Fact]
        public void ContactInHtmlDocument_IsFound()
        {
            var report = Audit("<html><body><h2>Reporting</h2><p>Write to <a href=\"mailto:conduct@grove.dev\">the team</a>.</p></body></html>", "docs/code-of-conduct.html");
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact));
        }
    }
}
