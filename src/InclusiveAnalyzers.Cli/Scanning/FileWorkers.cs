namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>
/// Runs a loop body over indexes 0..count-1 on the calling thread plus one dedicated thread per other
/// core, each taking the next index. Parallel.For does the same through the thread pool, whose idle
/// workers spin while the loop re-queues itself: in a half-second scan on two cores that spinning
/// took about as much CPU as one worker's scanning (bench/README.md, "CLI").
/// </summary>
internal static class FileWorkers
{
    /// <summary>Calls <paramref name="body"/> once per index; the first exception a body throws is rethrown after every thread stops.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled (indexes not yet taken are not run).</exception>
    public static void For(int count, Action<int> body, CancellationToken cancellationToken = default)
    {
        var next = -1;
        Exception? failure = null;
        var threads = new Thread[Math.Max(0, Math.Min(Environment.ProcessorCount, count) - 1)];
        var working = threads.Length + 1;
        void Work()
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < count && failure is null && !cancellationToken.IsCancellationRequested; i = Interlocked.Increment(ref next))
                {
                    body(i);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
            }

            // Out of files while another worker still scans: this core would idle until the loop ends.
            if (Interlocked.Decrement(ref working) > 0 && failure is null && !cancellationToken.IsCancellationRequested)
            {
                IdleWork.RunPending();
            }
        }

        for (var t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(Work) { IsBackground = true, Name = "inclusive scan" };
            threads[t].Start();
        }

        Work();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
