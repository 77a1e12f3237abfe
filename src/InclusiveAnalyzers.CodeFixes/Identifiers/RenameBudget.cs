using System;
using System.Threading;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>
    /// A time limit a caller may put on Fix All renames. Each rename searches and recompiles the solution, so renaming
    /// every one of 20,000 generated names takes hours. Past the limit the renames already made are kept (each is a
    /// complete rename) and the rest are counted, so the command line can say how many are left and that running it again
    /// goes on. Unset in the IDE, where the user can cancel a Fix All.
    /// </summary>
    internal sealed class RenameBudget
    {
        private static readonly AsyncLocal<RenameBudget?> Current = new AsyncLocal<RenameBudget?>();

        private readonly DateTime deadline;

        private RenameBudget(TimeSpan limit) => deadline = DateTime.UtcNow + limit;

        /// <summary>Renames a Fix All did not make because the time was up (the last one to stop).</summary>
        public int Left { get; private set; }

        /// <summary>Whether a Fix All stopped at the limit.</summary>
        public bool Stopped { get; private set; }

        /// <summary>Puts a limit on the Fix All renames that run in the caller's flow from here on.</summary>
        public static RenameBudget Start(TimeSpan limit)
        {
            var budget = new RenameBudget(limit);
            Current.Value = budget;
            return budget;
        }

        /// <summary>True, with the count recorded, when a limit is set and it has passed before the next of <paramref name="remaining"/> renames.</summary>
        internal static bool StopsBefore(int remaining)
        {
            var budget = Current.Value;
            if (budget is null || DateTime.UtcNow <= budget.deadline)
            {
                return false;
            }

            budget.Left = remaining;
            budget.Stopped = true;
            return true;
        }
    }
}
