using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core.Json;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>Reads one term object, shared by the default catalog and the user's inclusive.json (where it may override an existing id).</summary>
    internal static class TermReader
    {
        public static readonly string[] Properties =
            { "id", "words", "inflect", "forms", "replacements", "category", "severity", "enabled", "reason", "source", "exceptions", "acronym", "glued" };

        /// <summary>Reads a term; when <paramref name="existing"/> is given, absent fields keep its values.</summary>
        public static Term? Read(JsonReader reader, JsonValue value, Term? existing, Func<string, Term?> find)
        {
            if (!reader.Expect(value, JsonKind.Object, "A term"))
            {
                return null;
            }

            reader.UnknownProperties(value, "a term", Properties);
            var id = reader.String(value["id"], "\"id\"")?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                if (value["id"] is null)
                {
                    reader.Error(value, "A term needs an \"id\".");
                }

                return null;
            }

            existing ??= find(id!);
            var acronym = reader.Boolean(value["acronym"], "\"acronym\"");
            var glued = reader.Boolean(value["glued"], "\"glued\"");
            var words = reader.Strings(value["words"], "\"words\"", lowercase: true);
            var inflect = ReadInflections(reader, value["inflect"]);
            var forms = reader.Strings(value["forms"], "\"forms\"", lowercase: true);
            var replacements = reader.Strings(value["replacements"], "\"replacements\"");
            var category = reader.String(value["category"], "\"category\"")?.Trim().ToLowerInvariant();
            if (category != null && !Categories.IsKnown(category))
            {
                reader.Error(value["category"]!, $"Unknown category '{category}'; use one of: {string.Join(", ", Categories.All)}.");
                category = null;
            }

            var severity = reader.Severity(value["severity"], "\"severity\"");
            var enabled = reader.Boolean(value["enabled"], "\"enabled\"");
            var reason = reader.String(value["reason"], "\"reason\"");
            var source = reader.String(value["source"], "\"source\"");
            var exceptions = reader.Strings(value["exceptions"], "\"exceptions\"", lowercase: true);

            if (existing != null)
            {
                return existing.With(words, inflect, forms, replacements, category, severity, enabled, reason, source, exceptions, acronym, glued);
            }

            if (words is null || words.Count == 0)
            {
                reader.Error(value, $"The new term '{id}' needs \"words\" (or use the id of an existing term to change it).");
                return null;
            }

            return new Term(
                id!,
                words,
                inflect ?? (IReadOnlyList<WordForm>)Array.Empty<WordForm>(),
                forms ?? (IReadOnlyList<string>)Array.Empty<string>(),
                replacements ?? (IReadOnlyList<string>)Array.Empty<string>(),
                category ?? Categories.Racial,
                severity ?? Severity.Warning,
                enabled ?? true,
                reason ?? string.Empty,
                source ?? "inclusive.json",
                exceptions ?? (IReadOnlyList<string>)Array.Empty<string>(),
                acronym ?? false,
                glued ?? false);
        }

        private static List<WordForm>? ReadInflections(JsonReader reader, JsonValue? value)
        {
            var names = reader.Strings(value, "\"inflect\"", lowercase: true);
            if (names is null)
            {
                return null;
            }

            var forms = new List<WordForm>();
            int index = 0;
            foreach (var name in names)
            {
                switch (name)
                {
                    case "plural": forms.Add(WordForm.Plural); break;
                    case "past": forms.Add(WordForm.Past); break;
                    case "gerund": forms.Add(WordForm.Gerund); break;
                    case "agent": forms.Add(WordForm.Agent); forms.Add(WordForm.AgentPlural); break;
                    default:
                        reader.Error(value!.Items![Math.Min(index, value.Items.Count - 1)], $"Unknown inflection '{name}'; use plural, past, gerund or agent.");
                        break;
                }

                index++;
            }

            return forms;
        }
    }
}
