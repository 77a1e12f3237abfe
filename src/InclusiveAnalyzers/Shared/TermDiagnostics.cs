using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>Builds the diagnostics for term matches, with the properties the fixes consume.</summary>
    internal static class TermDiagnostics
    {
        /// <param name="severity">The severity to report at instead of the term's (one .editorconfig set for the file), or null.</param>
        public static Diagnostic ForIdentifier(Location location, string identifier, TermMatch match, Identifiers.PublicApiNote? publicApi = null, Severity? severity = null)
        {
            match = WithoutRepeatedWords(CodeSuggestions.InContext(match, identifier, location.SourceTree), identifier);
            var term = match.Term;
            var names = string.Join("\n", TermRewriter.IdentifierSuggestions(identifier, match, PropertyNames.MaxSuggestions));
            var properties = Properties(match).Add(PropertyNames.NewNames, names);
            if (publicApi != null)
            {
                properties = publicApi.AddTo(properties);
            }

            return Diagnostic.Create(
                Descriptors.Identifier,
                location,
                Descriptors.ToDiagnosticSeverity(severity ?? match.Severity),
                additionalLocations: null,
                properties,
                identifier,
                identifier.Substring(match.Start, match.Length),
                term.Category,
                publicApi?.MessageSuffix is { } suffix ? Advice(names, term) + suffix : Advice(names, term));
        }

        public static Diagnostic ForText(DiagnosticDescriptor descriptor, Location location, string text, TermMatch match, Severity? severity = null)
        {
            match = CodeSuggestions.InContext(match, null, location.SourceTree);
            var term = match.Term;
            var texts = string.Join("\n", TermRewriter.Suggestions(text, match, TextKind.Prose, PropertyNames.MaxSuggestions));
            var properties = Properties(match).Add(PropertyNames.NewTexts, texts);
            return Diagnostic.Create(
                descriptor,
                location,
                Descriptors.ToDiagnosticSeverity(severity ?? match.Severity),
                additionalLocations: null,
                properties,
                text.Substring(match.Start, match.Length),
                term.Category,
                Advice(texts, term));
        }

        /// <summary>
        /// Drops a one-word replacement that the name already has as another of its parts: FakeItEasy's
        /// <c>IFakeAndDummyManager</c> would become <c>IFakeAndFakeManager</c>, which says one thing twice and loses what
        /// the name told apart. The next replacement takes its place; when every one repeats a part, all are kept.
        /// </summary>
        private static TermMatch WithoutRepeatedWords(TermMatch match, string identifier)
        {
            var rest = identifier.Substring(0, match.Start) + "_" + identifier.Substring(match.Start + match.Length);
            List<string>? kept = null;
            for (int i = 0; i < match.Replacements.Count; i++)
            {
                var replacement = match.Replacements[i];
                bool repeats = replacement.IndexOf(' ') < 0 && NameWords.Contains(rest, replacement);
                if (repeats && kept == null)
                {
                    kept = new List<string>(match.Replacements.Count);
                    for (int j = 0; j < i; j++)
                    {
                        kept.Add(match.Replacements[j]);
                    }
                }
                else if (!repeats)
                {
                    kept?.Add(replacement);
                }
            }

            return kept == null || kept.Count == 0
                ? match
                : new TermMatch(match.Start, match.Length, match.Term, match.Severity, match.Form, kept);
        }

        private static ImmutableDictionary<string, string?> Properties(TermMatch match)
            => ImmutableDictionary<string, string?>.Empty
                .Add(PropertyNames.TermId, match.Term.Id)
                .Add(PropertyNames.Replacements, string.Join("\n", match.Replacements));

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
