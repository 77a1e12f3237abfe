using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using Xunit;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>Short test documents written for these tests, and helpers to read a report.</summary>
    internal static class CocSamples
    {
        /// <summary>A complete code of conduct in the Contributor Covenant 2.1 layout (own wording).</summary>
        public const string Complete =
@"# Code of Conduct

## Our Pledge

We want everyone to feel safe here, whatever their age, disability, ethnicity, race,
gender identity or expression, sexual orientation, religion or experience.

## Our Standards

We expect patience and respect for different views.

Unacceptable behaviour includes harassment, insults and unwanted sexual attention.

## Enforcement Responsibilities

The maintainers are responsible for enforcing this code and may remove comments or
contributions that break it.

## Scope

This code applies in all project spaces and when someone officially represents the
project elsewhere.

## Enforcement

Report problems to conduct@grove.dev. Reports are confidential, and we acknowledge
each one within two days.

## Enforcement Guidelines

### 1. Correction

A private note explaining what went wrong.

### 2. Warning

A warning with a time without contact.

### 3. Temporary Ban

A ban for a set time.

### 4. Permanent Ban

A lasting ban.

## Attribution

Adapted from the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct.html),
version 2.1. Last updated 2025-01-10.
";

        public static CodeOfConductReport Audit(string text, string path = "CODE_OF_CONDUCT.md") => CodeOfConductAuditor.Audit(path, text);

        public static Finding[] Of(this CodeOfConductReport report, string ruleId) => report.Findings.Where(f => f.RuleId == ruleId).ToArray();

        public static bool Has(this CodeOfConductReport report, string ruleId) => report.Findings.Any(f => f.RuleId == ruleId);

        public static Finding Single(this CodeOfConductReport report, string ruleId)
        {
            var found = report.Of(ruleId);
            Assert.True(found.Length == 1, $"Expected one {ruleId}, got {found.Length}: {string.Join(" | ", report.Findings)}");
            return found[0];
        }

        public static void AssertSpan(Finding finding, int line, int column, int endLine, int endColumn)
        {
            Assert.Equal((line, column, endLine, endColumn), (finding.Line, finding.Column, finding.EndLine, finding.EndColumn));
        }

        public static string Lf(string text) => text.Replace("\r\n", "\n");
    }
}
