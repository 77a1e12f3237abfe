using System;
using System.Collections.Generic;
using System.Linq;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>Switches that change which terms a matcher reports: from inclusive.json overrides or .editorconfig options.</summary>
    public sealed class MatcherOptions
    {
        public static readonly MatcherOptions Empty = new MatcherOptions();

        public IReadOnlyList<string> Allow { get; set; } = Array.Empty<string>();
        /// <summary>Term ids switched off.</summary>
        public IReadOnlyList<string> Disable { get; set; } = Array.Empty<string>();
        /// <summary>Term ids switched on (also Tier 0 and terms of a category that is off).</summary>
        public IReadOnlyList<string> Enable { get; set; } = Array.Empty<string>();
        public IReadOnlyList<string> EnableCategories { get; set; } = Array.Empty<string>();
        public IReadOnlyList<string> DisableCategories { get; set; } = Array.Empty<string>();

        /// <summary>
        /// Whether prose skips names and mentions (command words in capitals, quoted values, git refs
        /// and options, other systems' fixed names, a word talked about rather than used); null leaves
        /// the default (on).
        /// </summary>
        public bool? MaskNames { get; set; }

        public bool IsEmpty => !SwitchesTerms && MaskNames is null;

        /// <summary>Whether these options change which terms are reported or shielded (everything but <see cref="MaskNames"/>).</summary>
        internal bool SwitchesTerms => Allow.Count > 0 || Disable.Count > 0 || Enable.Count > 0 || EnableCategories.Count > 0 || DisableCategories.Count > 0;

        /// <summary>A stable text that identifies these options, for caching matchers.</summary>
        public string Key => IsEmpty ? string.Empty : string.Join("|", new[]
        {
            string.Join(",", Allow), string.Join(",", Disable), string.Join(",", Enable),
            string.Join(",", EnableCategories), string.Join(",", DisableCategories),
            MaskNames is null ? string.Empty : MaskNames.Value ? "names" : "no-names",
        });

        /// <summary>Later options win: a term disabled here and enabled later ends up enabled.</summary>
        public static MatcherOptions Combine(IEnumerable<MatcherOptions> layers)
        {
            var list = layers.Where(l => l != null && !l.IsEmpty).ToList();
            if (list.Count == 0)
            {
                return Empty;
            }

            if (list.Count == 1)
            {
                return list[0];
            }

            var result = new MatcherOptions();
            var allow = new List<string>();
            var disable = new List<string>();
            var enable = new List<string>();
            var catOn = new List<string>();
            var catOff = new List<string>();
            foreach (var layer in list)
            {
                allow.AddRange(layer.Allow);
                Toggle(enable, disable, layer.Enable, layer.Disable);
                Toggle(catOn, catOff, layer.EnableCategories, layer.DisableCategories);
                result.MaskNames = layer.MaskNames ?? result.MaskNames;
            }

            result.Allow = allow;
            result.Disable = disable;
            result.Enable = enable;
            result.EnableCategories = catOn;
            result.DisableCategories = catOff;
            return result;
        }

        private static void Toggle(List<string> on, List<string> off, IReadOnlyList<string> addOn, IReadOnlyList<string> addOff)
        {
            foreach (var id in addOff)
            {
                on.RemoveAll(x => string.Equals(x, id, StringComparison.OrdinalIgnoreCase));
                off.Add(id);
            }

            foreach (var id in addOn)
            {
                off.RemoveAll(x => string.Equals(x, id, StringComparison.OrdinalIgnoreCase));
                on.Add(id);
            }
        }
    }
}
