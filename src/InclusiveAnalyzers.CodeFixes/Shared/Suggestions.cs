using System.Collections.Immutable;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.CodeFixes.Shared
{
    /// <summary>Reads the suggestions the analyzers put in Diagnostic.Properties ('\n'-joined, best first).</summary>
    internal static class Suggestions
    {
        public static ImmutableArray<string> NewNames(Diagnostic diagnostic) => Read(diagnostic, PropertyNames.NewNames);

        public static ImmutableArray<string> NewTexts(Diagnostic diagnostic) => Read(diagnostic, PropertyNames.NewTexts);

        public static string? At(ImmutableArray<string> suggestions, int index)
            => index >= 0 && index < suggestions.Length ? suggestions[index] : null;

        private static ImmutableArray<string> Read(Diagnostic diagnostic, string key)
        {
            if (!diagnostic.Properties.TryGetValue(key, out var joined) || string.IsNullOrEmpty(joined))
            {
                return ImmutableArray<string>.Empty;
            }

            var parts = joined!.Split('\n');
            var builder = ImmutableArray.CreateBuilder<string>(parts.Length);
            foreach (var part in parts)
            {
                if (builder.Count == PropertyNames.MaxSuggestions)
                {
                    break;
                }

                builder.Add(part);
            }

            return builder.ToImmutable();
        }
    }
}
