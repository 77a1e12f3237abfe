using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>Builds a matcher from a catalog and the switches in force: every word form, exception and allowed phrase goes into one trie.</summary>
    internal static class MatcherBuilder
    {
        public static TermMatcher Build(TermCatalog catalog, MatcherOptions options)
        {
            // The default catalog with no switch (nearly every file) comes with its trie built by the catalog compiler.
            // MaskNames aside, which the trie does not hold.
            var trie = catalog.CompiledTrie != null && !options.SwitchesTerms ? catalog.CompiledTrie : BuildTrie(catalog, options);
            return new TermMatcher(trie, options.MaskNames ?? true);
        }

        /// <summary>The trie of every word form, exception and allowed phrase under <paramref name="options"/>.</summary>
        internal static TermTrie BuildTrie(TermCatalog catalog, MatcherOptions options)
        {
            var disabled = new HashSet<string>(options.Disable, StringComparer.OrdinalIgnoreCase);
            var enabled = new HashSet<string>(options.Enable, StringComparer.OrdinalIgnoreCase);
            var categoriesOn = new HashSet<string>(options.EnableCategories, StringComparer.OrdinalIgnoreCase);
            var categoriesOff = new HashSet<string>(options.DisableCategories, StringComparer.OrdinalIgnoreCase);
            var trie = new TermTrie();

            // Shields first: on an equal key an exception or allowed phrase beats a term.
            var shield = new TermTrie.Entry(null, WordForm.Base, Severity.None, reportable: false);
            foreach (var phrase in catalog.Allowed)
            {
                trie.Add(phrase, shield);
            }

            foreach (var phrase in options.Allow)
            {
                trie.Add(phrase, shield);
            }

            foreach (var term in catalog.Terms)
            {
                foreach (var phrase in term.Exceptions)
                {
                    trie.Add(phrase, shield);
                    if (ExceptionPlural(phrase) is string plural)
                    {
                        trie.Add(plural, shield);
                    }
                }
            }

            foreach (var term in catalog.Terms)
            {
                bool on;
                if (disabled.Contains(term.Id))
                {
                    on = false;
                }
                else if (enabled.Contains(term.Id))
                {
                    on = true;
                }
                else
                {
                    bool categoryOn = categoriesOff.Contains(term.Category) ? false
                        : categoriesOn.Contains(term.Category) || Categories.EnabledByDefault(term.Category);
                    on = term.Enabled && categoryOn;
                }

                // An explicitly enabled term with severity none (Tier 0) is reported as a suggestion.
                var severity = term.Severity == Severity.None && enabled.Contains(term.Id) ? Severity.Suggestion : term.Severity;
                bool reportable = on && severity > Severity.None;
                AddForms(trie, term, severity, reportable);
            }

            return trie;
        }

        /// <summary>
        /// The plural of an excepted compound noun, which names the same thing ("master key" -> "master keys",
        /// "dummy variable" -> "dummy variables"); none for one word (its forms are the term's own), a last word
        /// already in -s ("master of arts") or a phrase ending "of X" ("master of none").
        /// </summary>
        internal static string? ExceptionPlural(string phrase)
        {
            int lastSpace = phrase.LastIndexOf(' ');
            if (lastSpace <= 0)
            {
                return null;
            }

            // Read in place: every exception of the catalog passes here when a matcher is built.
            char lastChar = phrase[phrase.Length - 1];
            int before = phrase.LastIndexOf(' ', lastSpace - 1);
            bool afterOf = lastSpace - before - 1 == 2 && string.Compare(phrase, before + 1, "of", 0, 2, StringComparison.OrdinalIgnoreCase) == 0;
            if (phrase.Length - lastSpace - 1 < 2 || !char.IsLetter(lastChar) || char.ToLowerInvariant(lastChar) == 's' || afterOf)
            {
                return null;
            }

            return Inflector.Inflect(phrase, WordForm.Plural);
        }

        private static void AddForms(TermTrie trie, Term term, Severity severity, bool reportable)
        {
            if (term.Acronym)
            {
                // In capitals only: no generated forms.
                foreach (var word in term.Words)
                {
                    trie.Add(word, new TermTrie.Entry(term, WordForm.Base, severity, reportable, exactText: word.ToUpperInvariant()));
                }

                foreach (var form in term.IrregularForms)
                {
                    trie.Add(form, new TermTrie.Entry(term, WordForm.Irregular, severity, reportable, exactText: form.ToUpperInvariant()));
                }

                return;
            }

            foreach (var word in term.Words)
            {
                trie.Add(word, new TermTrie.Entry(term, WordForm.Base, severity, reportable));
                foreach (var form in term.Inflections)
                {
                    trie.Add(Inflector.Inflect(word, form), new TermTrie.Entry(term, form, severity, reportable));
                }

                // Possessive (master's) normalises to base + s; without a plural it still needs a key.
                if (!Contains(term.Inflections, WordForm.Plural))
                {
                    trie.Add(word + "s", new TermTrie.Entry(term, WordForm.Possessive, severity, reportable));
                }
            }

            foreach (var form in term.IrregularForms)
            {
                trie.Add(form, new TermTrie.Entry(term, WordForm.Irregular, severity, reportable));
            }
        }

        private static bool Contains(IReadOnlyList<WordForm> forms, WordForm form)
        {
            foreach (var f in forms)
            {
                if (f == form)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
