using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>The code-of-conduct cases of reference/test-patterns.md (D23, D24).</summary>
    public class ReferencePatternTests
    {
        [Fact]
        public void D23_ContributorCovenant2Placeholder_IsReportedAndLeavesNoContact()
        {
            var report = Audit(Lf(@"# Code of Conduct

## Enforcement

Report unacceptable behavior to the project leads at
[INSERT CONTACT METHOD].
"));
            var placeholder = report.Single(RuleCatalog.CocPlaceholder);
            AssertSpan(placeholder, 6, 1, 6, 24);
            Assert.Equal(Severity.Error, placeholder.Severity);
            var contact = report.Single(RuleCatalog.CocNoReportingContact);
            Assert.Equal(0, contact.Line);
            Assert.Equal(Severity.Error, contact.Severity);
            Assert.Contains("placeholder", contact.Message);
        }

        [Fact]
        public void D24_ContributorCovenant3Notes_ReportingNoteIsErrorAdopterNoteIsInfo()
        {
            var report = Audit(Lf(@"## Reporting an Issue

Reports go to **[NOTE: describe your means of reporting here.]**

## Addressing and Repairing Harm

**[NOTE: (upstream adopter note about the enforcement ladder) ...]**
"));
            var notes = report.Of(RuleCatalog.CocPlaceholder);
            Assert.Equal(2, notes.Length);
            AssertSpan(notes[0], 3, 17, 3, 63);
            Assert.Equal(Severity.Error, notes[0].Severity);
            Assert.Equal(7, notes[1].Line);
            Assert.Equal(3, notes[1].Column);
            Assert.Equal(Severity.Suggestion, notes[1].Severity);
            Assert.Equal("adopter-note", notes[1].Properties!["variant"]);
            Assert.Contains("adopter note is still present", notes[1].Message);
            Assert.False(notes[0].Properties!.ContainsKey("variant"));
        }
    }
}
