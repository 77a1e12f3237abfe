using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>Maps offsets in a text built from pieces of another text back to that text.</summary>
    internal sealed class OffsetMap
    {
        private readonly List<int> builtStarts = new List<int>();
        private readonly List<int> originalStarts = new List<int>();

        /// <summary>Records that the piece starting at <paramref name="built"/> came from <paramref name="original"/>.</summary>
        public void Add(int built, int original)
        {
            builtStarts.Add(built);
            originalStarts.Add(original);
        }

        public int ToOriginal(int built)
        {
            int lo = 0, hi = builtStarts.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (builtStarts[mid] <= built) { found = mid; lo = mid + 1; }
                else { hi = mid - 1; }
            }
            return found < 0 ? built : originalStarts[found] + (built - builtStarts[found]);
        }
    }
}
