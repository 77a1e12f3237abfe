namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>
/// Files for the scan workers, largest first (so a big file does not start last and leave a core idle), with at
/// most one large file in flight: a parsed HTML page takes about 35 times its size (a 10 MB rustdoc source page,
/// 390 MB), and two such pages at once took a scan of /usr/share/doc to 1.06 GB. While a large file is being
/// checked, the other workers take the smallest files left, and wait only when nothing but large files remain.
/// </summary>
internal sealed class LargeFileQueue : IWorkQueue
{
    /// <summary>From this size a file is large: its parse alone may take a few hundred MB.</summary>
    public const long LargeFileBytes = 4L * 1024 * 1024;

    private readonly IReadOnlyList<long> sizes;
    private readonly long largeBytes;
    private readonly object gate = new();
    private int front;
    private int back;
    private int largeInFlight = -1;
    private bool stopped;

    /// <param name="sizesLargestFirst">The files' sizes in the order their indexes are given, largest first.</param>
    public LargeFileQueue(IReadOnlyList<long> sizesLargestFirst, long largeBytes = LargeFileBytes)
    {
        sizes = sizesLargestFirst;
        this.largeBytes = largeBytes;
        back = sizes.Count;
    }

    public bool TryTake(out int index)
    {
        lock (gate)
        {
            while (!stopped && front < back)
            {
                if (sizes[front] < largeBytes || largeInFlight < 0)
                {
                    index = front++;
                    if (sizes[index] >= largeBytes) largeInFlight = index;
                    return true;
                }

                if (sizes[back - 1] < largeBytes)
                {
                    index = --back;
                    return true;
                }

                Monitor.Wait(gate); // only large files are left, and one is in flight: its Done wakes us
            }

            index = -1;
            return false;
        }
    }

    public void Done(int index)
    {
        lock (gate)
        {
            if (index == largeInFlight)
            {
                largeInFlight = -1;
                Monitor.PulseAll(gate);
            }
        }
    }

    public void Stop()
    {
        lock (gate)
        {
            stopped = true;
            Monitor.PulseAll(gate);
        }
    }
}
