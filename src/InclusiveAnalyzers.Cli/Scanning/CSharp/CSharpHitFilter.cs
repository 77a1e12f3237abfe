using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// The CLI's cost in proportion to hits: most .cs files contain no term, so each file's raw text is
/// searched once with the matcher its configuration gives (inclusive.json overrides, .editorconfig
/// options) and only files with a candidate are parsed, compiled and analysed. The analyzers look for
/// terms only where <see cref="Core.Terms.TermMatcher.NextCandidate"/> finds a candidate, and every
/// reference to a renamed symbol spells its name, so a file without one can have no finding and takes
/// no part in a fix.
/// </summary>
internal sealed class CSharpHitFilter
{
    private readonly LoadedConfiguration configuration;
    private readonly SeverityResolver policy;

    public CSharpHitFilter(LoadedConfiguration configuration, SeverityResolver policy)
    {
        this.configuration = configuration;
        this.policy = policy;
    }

    public bool MayHaveFindings(TextFile file) => MatcherFor(file.FullPath).NextCandidate(file.Text, 0, file.Text.Length) >= 0;

    /// <summary>The matcher for a file: the path inclusive.json's overrides see and the term options .editorconfig sets, from Core's one resolver.</summary>
    public TermMatcher MatcherFor(string fullPath)
        => configuration.Settings.GetMatcher(policy.ConfigRelativePath(fullPath) ?? Path.GetFileName(fullPath), policy.TermOptionsFor(fullPath));
}
