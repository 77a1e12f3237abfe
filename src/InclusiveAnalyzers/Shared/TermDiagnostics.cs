using System.Collections.Immutable;
using System.Text;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>Builds the diagnostics for term matches, with the properties the fixes consume.</summary>
    internal static class TermDiagnostics
    {
        public static Diagnostic ForIdentifier(Location location, string identifier, TermMatch match, Identifiers.PublicApiNote? publicApi = null)
        {
            var term = match.Term;
            var names = Suggestions(term, r => TermRewriter.RewriteIdentifier(identifier, match, r));
            var properties = Properties(term).Add(PropertyNames.NewNames, names);
            if (publicApi != null)
            {
                properties = publicApi.AddTo(properties);
            }

            return Diagnostic.Create(
                Descriptors.Identifier,
                location,
                Descriptors.ToDiagnosticSeverity(match.Severity),
                additionalLocations: null,
                properties,
                identifier,
                identifier.Substring(match.Start, match.Length),
                term.Category,
                publicApi?.MessageSuffix is { } suffix ? Advice(names, term) + suffix : Advice(names, term));
        }

        public static Diagnostic ForText(DiagnosticDescriptor descriptor, Location location, string text, TermMatch match)
        {
            var term = match.Term;
            var texts = Suggestions(term, r => TermRewriter.Rewrite(text, match, r, TextKind.Prose));
            var properties = Properties(term).Add(PropertyNames.NewTexts, texts);
            return Diagnostic.Create(
                descriptor,
                location,
                Descriptors.ToDiagnosticSeverity(match.Severity),
                additionalLocations: null,
                properties,
                text.Substring(match.Start, match.Length),
                term.Category,
                Advice(texts, term));
        }

        private static ImmutableDictionary<string, string?> Properties(Term term)
            => ImmutableDictionary<string, string?>.Empty
                .Add(PropertyNames.TermId, term.Id)
                .Add(PropertyNames.Replacements, string.Join("\n", term.Replacements));

        private static string Suggestions(Term term, System.Func<string, string> rewrite)
        {
            // Suggestions that differ only in case (allowlist, allowList) are one choice, not two.
            var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
            var builder = new StringBuilder();
            foreach (var replacement in term.Replacements)
            {
                if (seen.Count == PropertyNames.MaxSuggestions)
                {
                    break;
                }

                var text = rewrite(replacement);
                if (!seen.Add(text))
                {
                    continue;
                }

                if (seen.Count > 1)
                {
                    builder.Append('\n');
                }

                builder.Append(text);
            }

            return builder.ToString();
        }

        private static string Advice(string suggestions, Term term)
        {
            if (suggestions.Length == 0)
            {
                return term.Reason.Length > 0 ? term.Reason : "rephrase";
            }

            var options = suggestions.Split('\n');
            var builder = new StringBuilder("consider '").Append(options[0]).Append('\'');
            for (int i = 1; i < options.Length; i++)
            {
                builder.Append(i == options.Length - 1 ? " or '" : ", '").Append(options[i]).Append('\'');
            }

            return builder.ToString();
        }
    }
}
