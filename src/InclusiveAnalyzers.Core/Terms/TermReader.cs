using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core.Json;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>Reads one term object, shared by the default catalog and the user's inclusive.json (where it may override an existing id).</summary>
    internal static class TermReader
    {
        public static readonly string[] Properties =
            { "id", "words", "inflect", "forms", "replacements", "category", "severity", "enabled", "reason", "source", "exceptions", "acronym", "glued", "senses", "names", "contexts", "homographs" };

        private static readonly string[] ContextProperties = { "before", "after", "near", "note" };
        private static readonly string[] SuggestionProperties = { "before", "after", "near", "note", "replacements" };

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
            var senses = ReadContexts(reader, value["senses"], "senses", withReplacements: false);
            var names = ReadContexts(reader, value["names"], "names", withReplacements: false);
            var contexts = ReadContexts(reader, value["contexts"], "contexts", withReplacements: true);
            var homographs = ReadHomographs(reader, value["homographs"]);

            if (existing != null)
            {
                return existing.With(words, inflect, forms, replacements, category, severity, enabled, reason, source, exceptions, acronym, senses, names, contexts, glued, homographs);
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
                senses,
                names,
                contexts,
                glued ?? false,
                homographs);
        }

        /// <summary>Reads "homographs": an object from language subtag ("ro") to what the spelling means in that language.</summary>
        private static Dictionary<string, string>? ReadHomographs(JsonReader reader, JsonValue? value)
        {
            if (value is null || !reader.Expect(value, JsonKind.Object, "\"homographs\""))
            {
                return null;
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in value.Properties!)
            {
                var language = LanguageTags.Primary(property.Name);
                if (language.Length < 2 || language.Length > 3 || language != property.Name.Trim().ToLowerInvariant())
                {
                    reader.Error(property, $"\"homographs\" keys are two- or three-letter language subtags such as \"ro\" or \"it\"; '{property.Name}' is ignored.");
                    continue;
                }

                if (LanguageTags.IsEnglish(language))
                {
                    reader.Error(property, "\"homographs\" cannot name English: the catalog's words are English. The entry is ignored.");
                    continue;
                }

                var meaning = reader.String(property.Value, $"\"homographs\".{property.Name}");
                if (string.IsNullOrWhiteSpace(meaning))
                {
                    if (meaning != null) reader.Error(property, $"\"homographs\".{property.Name} needs what the word means in that language; it is ignored.");
                    continue;
                }

                result[language] = meaning!.Trim();
            }

            return result;
        }

        /// <summary>Reads "senses", "names" or "contexts": objects of before/after/near word lists (and replacements).</summary>
        private static List<TermContext>? ReadContexts(JsonReader reader, JsonValue? value, string what, bool withReplacements)
        {
            if (value is null || !reader.Expect(value, JsonKind.Array, $"\"{what}\""))
            {
                return null;
            }

            var result = new List<TermContext>();
            foreach (var item in value.Items!)
            {
                if (!reader.Expect(item, JsonKind.Object, $"An entry of \"{what}\""))
                {
                    continue;
                }

                reader.UnknownProperties(item, $"an entry of \"{what}\"", withReplacements ? SuggestionProperties : ContextProperties);
                var before = Phrases(reader, item["before"], "\"before\"");
                var after = Phrases(reader, item["after"], "\"after\"");
                var near = Phrases(reader, item["near"], "\"near\"");
                var note = reader.String(item["note"], "\"note\"") ?? string.Empty;
                if ((before?.Count ?? 0) + (after?.Count ?? 0) + (near?.Count ?? 0) == 0)
                {
                    reader.Error(item, $"An entry of \"{what}\" needs at least one of \"before\", \"after\" or \"near\" (lists of words); it is ignored.");
                    continue;
                }

                List<string>? replacements = null;
                if (withReplacements)
                {
                    replacements = reader.Strings(item["replacements"], "\"replacements\"");
                    if (replacements is null || replacements.Count == 0)
                    {
                        reader.Error(item, "An entry of \"contexts\" needs \"replacements\": what to say instead in that context; it is ignored.");
                        continue;
                    }
                }

                result.Add(new TermContext(before, after, near, replacements, note));
            }

            return result;
        }

        // Words compared on word boundaries: trimmed, lowercase, inner white space as one space.
        private static List<string>? Phrases(JsonReader reader, JsonValue? value, string what)
        {
            var list = reader.Strings(value, what, lowercase: true);
            if (list is null)
            {
                return null;
            }

            var result = new List<string>(list.Count);
            foreach (var phrase in list)
            {
                var words = phrase.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0)
                {
                    result.Add(string.Join(" ", words).Replace('\u2019', '\''));
                }
            }

            return result;
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
