using System;
using System.IO;

namespace InclusiveAnalyzers.Benchmarks.Engine
{
    /// <summary>Finds the shared Markdown corpus: $INCLUSIVE_CORPUS, else a shared/corpus folder beside the repository or any parent.</summary>
    public static class CorpusLocator
    {
        public const string Variable = "INCLUSIVE_CORPUS";

        public static string Find()
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return Directory.Exists(fromEnvironment)
                    ? fromEnvironment
                    : throw new DirectoryNotFoundException($"{Variable} points to '{fromEnvironment}', which does not exist.");
            }

            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            throw new DirectoryNotFoundException(
                $"No shared/corpus folder above '{Directory.GetCurrentDirectory()}'; set {Variable} to the corpus folder (Markdown files).");
        }
    }
}
