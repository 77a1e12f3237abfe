namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>
/// Work a run will need later that can be done early on a core with nothing to do. A scan's workers take files
/// until none is left; the first worker to run out while another still scans its last files runs this work then,
/// instead of idling (the output format's first use: <see cref="Reporting.OutputWarmup"/>). At most once per process.
/// </summary>
internal static class IdleWork
{
    private static Action? pending;

    /// <summary>Sets the work (replacing any not yet run).</summary>
    public static void Offer(Action work) => Volatile.Write(ref pending, work);

    /// <summary>Runs the work offered, if any is left; only a head start is lost when it fails.</summary>
    public static void RunPending()
    {
        var work = Interlocked.Exchange(ref pending, null);
        if (work is null) return;
        try
        {
            work();
        }
        catch (Exception)
        {
            // The real output meets the same failure and reports it.
        }
    }
}
