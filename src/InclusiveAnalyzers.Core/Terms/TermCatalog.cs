using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Json;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>The term catalog: the embedded default rules.json, or that merged with a user's terms.</summary>
    public sealed class TermCatalog
    {
        private const string ResourceName = "InclusiveAnalyzers.rules.json";

        private static readonly Lazy<TermCatalog> defaultCatalog = new Lazy<TermCatalog>(LoadDefault);
        private readonly Dictionary<string, Term> byId;

        public TermCatalog(IReadOnlyList<Term> terms, IReadOnlyList<string> allowed)
        {
            Terms = terms;
            Allowed = allowed;
            byId = new Dictionary<string, Term>(StringComparer.OrdinalIgnoreCase);
            foreach (var term in terms)
            {
                byId[term.Id] = term;
            }
        }

        /// <summary>The built-in catalog (rules.json embedded in this assembly).</summary>
        public static TermCatalog Default => defaultCatalog.Value;

        public IReadOnlyList<Term> Terms { get; }

        /// <summary>Phrases never reported (webmaster, master's degree, ...).</summary>
        public IReadOnlyList<string> Allowed { get; }

        public Term? Find(string id) => byId.TryGetValue(id, out var term) ? term : null;

        /// <summary>
        /// The matcher trie of this catalog with no switch, as the catalog compiler built it (<see cref="CompiledCatalog"/>);
        /// null for a catalog read from JSON or merged with a user's terms, whose trie is built when first asked for.
        /// </summary>
        internal TermTrie? CompiledTrie { get; set; }

        /// <summary>Parses a catalog file (rules.json format). Never throws; problems go to <paramref name="errors"/>.</summary>
        public static TermCatalog Parse(string json, string path, List<ConfigError> errors) => Parse(JsonText.From(json), path, errors);

        private static TermCatalog Parse(JsonText json, string path, List<ConfigError> errors)
        {
            JsonValue root;
            try
            {
                root = JsonParser.Parse(json);
            }
            catch (JsonParseException e)
            {
                errors.Add(new ConfigError(path, e.Line, e.Column, e.Message));
                return new TermCatalog(Array.Empty<Term>(), Array.Empty<string>());
            }

            var reader = new JsonReader(path, errors);
            if (!reader.Expect(root, JsonKind.Object, "The catalog"))
            {
                return new TermCatalog(Array.Empty<Term>(), Array.Empty<string>());
            }

            reader.UnknownProperties(root, "the catalog", "version", "terms", "allowed");
            var terms = new List<Term>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var termArray = root["terms"];
            if (termArray != null && reader.Expect(termArray, JsonKind.Array, "\"terms\""))
            {
                foreach (var item in termArray.Items!)
                {
                    var term = TermReader.Read(reader, item, null, _ => null);
                    if (term is null)
                    {
                        continue;
                    }

                    if (!seen.Add(term.Id))
                    {
                        reader.Error(item, $"The term id '{term.Id}' is used twice.");
                        continue;
                    }

                    terms.Add(term);
                }
            }

            var allowed = reader.Strings(root["allowed"], "\"allowed\"", lowercase: true) ?? new List<string>();
            return new TermCatalog(terms, allowed);
        }

        /// <summary>This catalog with terms added or overridden by id, and more allowed phrases.</summary>
        public TermCatalog Merge(IEnumerable<Term> changes, IEnumerable<string> allowed)
        {
            var terms = Terms.ToList();
            foreach (var change in changes)
            {
                int index = terms.FindIndex(t => string.Equals(t.Id, change.Id, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    terms[index] = change;
                }
                else
                {
                    terms.Add(change);
                }
            }

            return new TermCatalog(terms, Allowed.Concat(allowed).ToArray());
        }

        private static TermCatalog LoadDefault()
        {
            // The form the build compiled from rules.json (CompiledCatalog); rules.json itself when it is missing or of
            // another layout version (an assembly built without the catalog compiler).
            using (var compiled = typeof(TermCatalog).Assembly.GetManifestResourceStream(CompiledCatalog.ResourceName))
            {
                var catalog = compiled is null ? null : CompiledCatalog.TryRead(compiled);
                if (catalog != null)
                {
                    return catalog;
                }
            }

            return LoadDefaultJson();
        }

        /// <summary>The embedded rules.json, parsed: the fallback of <see cref="Default"/>, and what tests hold the compiled form to.</summary>
        internal static TermCatalog LoadDefaultJson()
        {
            using var stream = typeof(TermCatalog).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The embedded catalog '{ResourceName}' is missing from {typeof(TermCatalog).Assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            var errors = new List<ConfigError>();
            // In pieces, not ReadToEnd(): the catalog as one string would land on the large object heap (see JsonText).
            var catalog = Parse(JsonText.Read(reader), "rules.json", errors);
            if (errors.Count > 0)
            {
                // The catalog is validated by tests; a broken one must not ship silently.
                throw new InvalidOperationException("The embedded rules.json is invalid: " + string.Join("; ", errors));
            }

            return catalog;
        }
    }
}
