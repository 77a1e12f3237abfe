using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>
    /// Which of a document's hidden ranges holds an offset, in O(log n): the first range in the order they were added,
    /// as a scan of the list finds it. The checks ask at every match, and a generated file can have tens of thousands
    /// of both, so a scan per question was quadratic. Built once from the ranges: elementary segments between all range
    /// boundaries, each with the kind of the earliest range over it.
    /// </summary>
    internal sealed class RangeIndex
    {
        private readonly int[] starts;
        private readonly HiddenKind?[] kinds;

        public RangeIndex(IReadOnlyList<TextRange> ranges)
        {
            var bounds = new List<int>(ranges.Count * 2);
            foreach (var range in ranges)
            {
                if (range.End > range.Start)
                {
                    bounds.Add(range.Start);
                    bounds.Add(range.End);
                }
            }

            bounds.Sort();
            int distinct = 0;
            for (int i = 0; i < bounds.Count; i++)
            {
                if (distinct == 0 || bounds[i] != bounds[distinct - 1]) bounds[distinct++] = bounds[i];
            }

            bounds.RemoveRange(distinct, bounds.Count - distinct);
            starts = bounds.ToArray();
            kinds = new HiddenKind?[starts.Length];

            // Sweep the boundaries in order with the ranges open there, keyed by the order they were added.
            var opening = new List<int>[starts.Length];
            var closing = new List<int>[starts.Length];
            for (int r = 0; r < ranges.Count; r++)
            {
                var range = ranges[r];
                if (range.End <= range.Start) continue;
                int at = System.Array.BinarySearch(starts, range.Start);
                (opening[at] ??= new List<int>()).Add(r);
                int to = System.Array.BinarySearch(starts, range.End);
                (closing[to] ??= new List<int>()).Add(r);
            }

            var open = new SortedSet<int>();
            for (int i = 0; i < starts.Length; i++)
            {
                if (closing[i] != null) foreach (var r in closing[i]) open.Remove(r);
                if (opening[i] != null) foreach (var r in opening[i]) open.Add(r);
                kinds[i] = open.Count > 0 ? ranges[open.Min].Kind : (HiddenKind?)null;
            }
        }

        /// <summary>The kind of the first added range that contains <paramref name="offset"/>, or null.</summary>
        public HiddenKind? Find(int offset)
        {
            int at = System.Array.BinarySearch(starts, offset);
            if (at < 0) at = ~at - 1;
            return at < 0 ? null : kinds[at];
        }
    }

    /// <summary>
    /// Spans that never overlap one another (each is added only after <see cref="Overlaps"/> said no), kept in order,
    /// so whether a new span overlaps one is a binary search rather than a scan of all of them.
    /// </summary>
    internal sealed class DisjointSpans
    {
        private readonly List<int> starts = new List<int>();
        private readonly List<int> ends = new List<int>();
        private readonly List<(int Start, int End)> empty = new List<(int Start, int End)>();

        public bool Overlaps(int start, int end)
        {
            // The last span that starts before the end: spans are disjoint and ordered, so it ends last of those.
            int at = LowerBound(end) - 1;
            if (at >= 0 && start < ends[at]) return true;
            foreach (var span in empty)
            {
                if (start < span.End && span.Start < end) return true;
            }

            return false;
        }

        public void Add(int start, int end)
        {
            if (end <= start)
            {
                empty.Add((start, end));
                return;
            }

            int at = LowerBound(start);
            starts.Insert(at, start);
            ends.Insert(at, end);
        }

        private int LowerBound(int value)
        {
            int low = 0, high = starts.Count;
            while (low < high)
            {
                int mid = (low + high) >> 1;
                if (starts[mid] < value) low = mid + 1;
                else high = mid;
            }

            return low;
        }
    }
}
