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
        => For(new CountQueue(count), count, body, cancellationToken);

    /// <summary>As <see cref="For(int, Action{int}, CancellationToken)"/>, the indexes handed out by <paramref name="queue"/>.</summary>
    public static void For(IWorkQueue queue, int count, Action<int> body, CancellationToken cancellationToken = default)
    {
        Exception? failure = null;
        var threads = new Thread[Math.Max(0, Math.Min(Environment.ProcessorCount, count) - 1)];
        var working = threads.Length + 1;
        using var stopOnCancel = cancellationToken.Register(queue.Stop);
        void Work()
        {
            try
            {
                while (failure is null && !cancellationToken.IsCancellationRequested && queue.TryTake(out var i))
                {
                    try
                    {
                        body(i);
                    }
                    finally
                    {
                        queue.Done(i);
                    }
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                queue.Stop();
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

    /// <summary>0..count-1 in order, with no waiting.</summary>
    private sealed class CountQueue : IWorkQueue
    {
        private readonly int count;
        private int next = -1;
        private volatile bool stopped;

        public CountQueue(int count) => this.count = count;

        public bool TryTake(out int index)
        {
            index = Interlocked.Increment(ref next);
            return !stopped && index < count;
        }

        public void Done(int index)
        {
        }

        public void Stop() => stopped = true;
    }
}
