using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InclusiveAnalyzers.Core.Reporting
{
    /// <summary>
    /// Folds template findings: the same document rule (INCL2xx/3xx) with the same message on the same
    /// markup (<see cref="Finding.Fingerprint"/>) in at least <see cref="DefaultThreshold"/> documents is
    /// one problem, fixed once in the template, so it is reported once at its first location with the
    /// count and a few other documents. Every door folds here, so the text, GitHub, SARIF and build
    /// outputs agree. Severity stays per occurrence: copies at different levels fold apart. Suppressed
    /// copies never reach the folder, so they are not counted.
    /// </summary>
    public static class FindingFolder
    {
        /// <summary>The fewest documents that make a fold: two pages may share a line by chance, three share a template.</summary>
        public const int DefaultThreshold = 3;

        /// <summary>How many other documents a folded finding names.</summary>
        public const int Examples = 3;

        /// <summary>
        /// The fold key: rule, markup and message; null for findings that never fold (no fingerprint, a
        /// code or repository rule). Stable across runs, so JSON consumers can group by it.
        /// </summary>
        public static string? KeyOf(Finding finding)
        {
            if (finding.Fingerprint == null || !IsDocumentRule(finding.RuleId)) return null;
            var hash = StableHash.Add(StableHash.Add(StableHash.Seed, finding.Fingerprint), '\n');
            return finding.RuleId + "-" + StableHash.ToText(StableHash.Add(hash, finding.Message));
        }

        /// <summary>INCL200 to INCL399: wording and accessibility in documents.</summary>
        public static bool IsDocumentRule(string ruleId) =>
            ruleId != null && ruleId.Length == 7 && ruleId.StartsWith("INCL", StringComparison.OrdinalIgnoreCase)
            && (ruleId[4] == '2' || ruleId[4] == '3') && char.IsDigit(ruleId[5]) && char.IsDigit(ruleId[6]);

        /// <summary>
        /// Groups <paramref name="items"/> in their order: each fold at its first occurrence, every other
        /// item alone. <paramref name="level"/> gives the reported level when it is not the finding's
        /// severity (the build's NoWarn and .editorconfig); items at different levels never fold together.
        /// </summary>
        public static List<FindingGroup<T>> Fold<T>(IEnumerable<T> items, Func<T, Finding> finding, Func<T, int>? level = null, int threshold = DefaultThreshold)
        {
            var list = new List<T>(items);
            var members = new Dictionary<string, List<T>>(StringComparer.Ordinal);
            var keys = new string?[list.Count];
            for (int i = 0; i < list.Count; i++)
            {
                var f = finding(list[i]);
                var key = KeyOf(f);
                if (key == null) continue;
                key += "|" + (level != null ? level(list[i]) : (int)f.Severity).ToString(CultureInfo.InvariantCulture);
                keys[i] = key;
                if (!members.TryGetValue(key, out var group)) members[key] = group = new List<T>();
                group.Add(list[i]);
            }

            var groups = new List<FindingGroup<T>>(list.Count);
            var emitted = new HashSet<string>(StringComparer.Ordinal);
            // Documents per key, counted once: counting at each member was quadratic when one template finding
            // repeats in thousands of documents (20,000 files: 23 s to write the report).
            var documentCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < list.Count; i++)
            {
                var key = keys[i];
                if (key != null)
                {
                    var group = members[key];
                    if (!documentCounts.TryGetValue(key, out var documents)) documentCounts[key] = documents = CountDocuments(group, finding);
                    if (documents >= threshold)
                    {
                        if (emitted.Add(key)) groups.Add(new FindingGroup<T>(group, documents, finding));
                        continue;
                    }
                }

                groups.Add(new FindingGroup<T>(new[] { list[i] }, 1, finding));
            }

            return groups;
        }

        /// <summary>The fold key of every finding whose markup repeats in at least <paramref name="threshold"/> documents (for JSON: every occurrence is kept, the key groups them).</summary>
        public static Dictionary<Finding, (string Key, int Documents, int Occurrences)> Groups(IEnumerable<Finding> findings, int threshold = DefaultThreshold)
        {
            var result = new Dictionary<Finding, (string, int, int)>();
            foreach (var group in Fold(findings, f => f, null, threshold))
            {
                if (!group.IsFolded) continue;
                var key = KeyOf(group.First)!;
                foreach (var member in group.Members) result[member] = (key, group.Documents, group.Members.Count);
            }

            return result;
        }

        /// <summary>
        /// " (the same markup in 530 documents, 1,060 times; also in a.html, b.html, c.html and 527 more)",
        /// the text a folded finding's message gains; empty for a finding that stands alone.
        /// </summary>
        public static string Describe<T>(FindingGroup<T> group, Func<string, string> displayPath)
        {
            if (!group.IsFolded) return string.Empty;
            var text = new StringBuilder(" (the same markup in ");
            text.Append(group.Documents.ToString("N0", CultureInfo.InvariantCulture)).Append(" documents");
            if (group.Members.Count > group.Documents)
            {
                text.Append(", ").Append(group.Members.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" times");
            }

            var others = group.OtherDocuments(Examples);
            text.Append("; also in ");
            for (int i = 0; i < others.Count; i++)
            {
                if (i > 0) text.Append(", ");
                text.Append(displayPath(others[i]));
            }

            var more = group.Documents - 1 - others.Count;
            if (more > 0) text.Append(" and ").Append(more.ToString("N0", CultureInfo.InvariantCulture)).Append(" more");
            return text.Append(')').ToString();
        }

        private static int CountDocuments<T>(List<T> group, Func<T, Finding> finding)
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in group) paths.Add(finding(item).Path ?? string.Empty);
            return paths.Count;
        }
    }

    /// <summary>One reported problem: a finding alone, or a fold of the same markup's copies (first one first).</summary>
    public sealed class FindingGroup<T>
    {
        private readonly Func<T, Finding> finding;

        internal FindingGroup(IReadOnlyList<T> members, int documents, Func<T, Finding> finding)
        {
            Members = members;
            Documents = documents;
            this.finding = finding;
        }

        /// <summary>Every occurrence, in input order; the first is where the fold is reported.</summary>
        public IReadOnlyList<T> Members { get; }

        public T First => Members[0];

        /// <summary>How many documents hold the markup.</summary>
        public int Documents { get; }

        public bool IsFolded => Documents > 1;

        /// <summary>The first occurrence in each other document, in input order (for SARIF relatedLocations).</summary>
        public List<T> OtherOccurrences(int max = int.MaxValue)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { finding(First).Path ?? string.Empty };
            var result = new List<T>();
            foreach (var member in Members)
            {
                if (result.Count >= max) break;
                if (seen.Add(finding(member).Path ?? string.Empty)) result.Add(member);
            }

            return result;
        }

        /// <summary>Paths of up to <paramref name="max"/> other documents, in input order.</summary>
        public List<string> OtherDocuments(int max)
        {
            var paths = new List<string>();
            foreach (var member in OtherOccurrences(max)) paths.Add(finding(member).Path ?? string.Empty);
            return paths;
        }
    }
}
