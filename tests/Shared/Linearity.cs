using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace InclusiveAnalyzers.TestSupport;

/// <summary>
/// Checks that work grows linearly with input size: the best of several runs at size n and 4n, whose
/// ratio is about 4 when linear and 16 when quadratic; a floor absorbs timer noise. Time is the
/// thread's CPU time where the OS gives it (Linux), since wall time on a loaded CI machine stretches
/// long runs more than short ones (more preemptions).
/// </summary>
internal static class Linearity
{
    // A floor of 100 ms: runs of a few ms double with one collection on a shared machine; a quadratic step from
    // 10 ms still fails (160 ms).
    public static void AssertLinear(Func<int, Action> workOfSize, int size, double maxRatio = 8, double floorMs = 100)
    {
        var small = workOfSize(size);
        var large = workOfSize(size * 4);
        small(); // JIT and caches
        large();
        var t1 = Best(small);
        var t2 = Best(large);
        if (t2 > Math.Max(t1, floorMs / maxRatio) * maxRatio)
        {
            // Once more before failing: the collections a run pays on its own thread grow with what the tests running
            // beside it keep alive (seen: 21 ms against 177 ms once in six runs). Quadratic work fails both rounds.
            t1 = Math.Min(t1, Best(small));
            t2 = Best(large);
        }

        Assert.True(t2 <= Math.Max(t1, floorMs / maxRatio) * maxRatio, $"size {size}: {t1:F1} ms, size {size * 4}: {t2:F1} ms");
    }

    private static double Best(Action work)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            GC.Collect(); // each run starts from the same heap, not from the garbage of the one before
            // No collection inside the measured run where the runtime grants it: a collection this thread triggers is
            // charged to its CPU time, and costs more the more the tests running beside it keep alive (the flake
            // above). The budget is shared with those tests; a run that exceeds it is measured as before.
            bool noGc = TryStartNoGcRegion();
            try
            {
                var start = ThreadMilliseconds();
                work();
                best = Math.Min(best, ThreadMilliseconds() - start);
            }
            finally
            {
                if (noGc) EndNoGcRegion();
            }
        }

        return best;
    }

    private const long NoGcBudgetBytes = 192L << 20;

    private static bool TryStartNoGcRegion()
    {
        try
        {
            return GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && GC.TryStartNoGCRegion(NoGcBudgetBytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // more than this runtime's ephemeral budget
        }
        catch (InvalidOperationException)
        {
            return false; // another test thread holds a region
        }
    }

    private static void EndNoGcRegion()
    {
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The budget ran out and a collection ended the region: the run was measured with it, as without a region.
        }
    }

    private static readonly Stopwatch Wall = Stopwatch.StartNew();

    /// <summary>CPU time of the calling thread (wall time where the platform has no such clock): steady under load.</summary>
    internal static double ThreadMilliseconds()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var time) == 0)
        {
            return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
        }

        return Wall.Elapsed.TotalMilliseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
