using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Benchmarks.Engine
{
    /// <summary>
    /// The identifier inputs: the harvested runtime names split into those the default matcher
    /// passes (the no-match path) and a mix with a small share of names that carry catalog terms.
    /// </summary>
    public sealed class IdentifierWorkload
    {
        /// <summary>Share of the mix made of names seeded with a catalog term.</summary>
        public const double SeededShare = 0.02;

        private static readonly Lazy<IdentifierWorkload> instance = new Lazy<IdentifierWorkload>(Build);

        private IdentifierWorkload(string[] harvested, string[] noMatch, string[] naturalMatches, string[] mixed)
        {
            Harvested = harvested;
            NoMatch = noMatch;
            NaturalMatches = naturalMatches;
            Mixed = mixed;
        }

        public static IdentifierWorkload Instance => instance.Value;

        public string[] Harvested { get; }

        /// <summary>Harvested names with no reportable term.</summary>
        public string[] NoMatch { get; }

        /// <summary>Harvested runtime names the default matcher reports (for the false-positive review).</summary>
        public string[] NaturalMatches { get; }

        /// <summary>All harvested names plus <see cref="SeededShare"/> seeded ones, shuffled.</summary>
        public string[] Mixed { get; }

        private static IdentifierWorkload Build()
        {
            var matcher = InclusiveSettings.Default.GetMatcher();
            var harvested = IdentifierHarvest.Harvest();
            var noMatch = new List<string>(harvested.Length);
            var natural = new List<string>();
            foreach (var name in harvested)
            {
                List<TermMatch>? matches = null;
                (matcher.FindInIdentifier(name, ref matches) ? natural : noMatch).Add(name);
            }

            var random = new Random(20251122);
            var seeded = Seed(matcher, harvested, random, (int)Math.Round(harvested.Length * SeededShare / (1 - SeededShare)));
            var mixed = harvested.Concat(seeded).ToArray();
            random.Shuffle(mixed);
            return new IdentifierWorkload(harvested, noMatch.ToArray(), natural.ToArray(), mixed);
        }

        // Names such as WhitelistConnectionTimeout, _slaveCount, SANITY_CHECK_RETRIES, blacklistedPort.
        private static List<string> Seed(TermMatcher matcher, string[] harvested, Random random, int count)
        {
            var terms = TermCatalog.Default.Terms
                .Where(t => t.Enabled && t.Category != Categories.Condescending && t.Category != Categories.Neutral)
                .ToArray();
            var result = new List<string>(count);
            while (result.Count < count)
            {
                var term = terms[random.Next(terms.Length)];
                var words = term.Words[random.Next(term.Words.Count)].Split(' ', '-');
                var tail = harvested[random.Next(harvested.Length)];
                string name = random.Next(4) switch
                {
                    0 => Pascal(words) + Capitalize(tail),
                    1 => Camel(words) + Capitalize(tail),
                    2 => "_" + Camel(words) + "Count",
                    _ => string.Join("_", words).ToUpperInvariant() + "_MAX",
                };

                List<TermMatch>? matches = null;
                if (matcher.FindInIdentifier(name, ref matches))
                {
                    result.Add(name);
                }
            }

            return result;
        }

        private static string Pascal(string[] words)
        {
            var builder = new StringBuilder();
            foreach (var word in words)
            {
                builder.Append(Capitalize(word));
            }

            return builder.ToString();
        }

        private static string Camel(string[] words)
        {
            var pascal = Pascal(words);
            return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        }

        private static string Capitalize(string word)
            => word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word.Substring(1);
    }
}
