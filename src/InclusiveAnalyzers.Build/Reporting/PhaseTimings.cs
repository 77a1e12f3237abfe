using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace InclusiveAnalyzers.Build.Reporting
{
    /// <summary>Wall time of each step of a run, logged at low importance (-v:diag) so a slow build can be explained.</summary>
    internal sealed class PhaseTimings
    {
        private readonly Stopwatch watch = Stopwatch.StartNew();
        private readonly List<KeyValuePair<string, long>> phases = new List<KeyValuePair<string, long>>();
        private long last;

        /// <summary>Closes the step running since the previous call.</summary>
        public void End(string phase)
        {
            var now = watch.ElapsedMilliseconds;
            phases.Add(new KeyValuePair<string, long>(phase, now - last));
            last = now;
        }

        public override string ToString() =>
            string.Join(", ", phases.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture) + " ms"))
            + ", total " + watch.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms";
    }
}
