using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>Settings that apply only to files matching one of the globs (inclusive.json "overrides").</summary>
    public sealed class PathOverride
    {
        public PathOverride(IReadOnlyList<string> files, MatcherOptions options, IReadOnlyDictionary<string, Severity> ruleSeverities)
        {
            Files = files;
            Options = options;
            RuleSeverities = ruleSeverities;
        }

        public IReadOnlyList<string> Files { get; }
        public MatcherOptions Options { get; }
        public IReadOnlyDictionary<string, Severity> RuleSeverities { get; }

        public bool Applies(string? relativePath)
        {
            if (relativePath is null)
            {
                return false;
            }

            foreach (var glob in Files)
            {
                if (Glob.IsMatch(glob, relativePath))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
