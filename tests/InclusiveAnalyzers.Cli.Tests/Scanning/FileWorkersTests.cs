using InclusiveAnalyzers.Cli.Scanning;

namespace InclusiveAnalyzers.Cli.Tests.Scanning;

public class FileWorkersTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1000)]
    public void Every_index_runs_exactly_once(int count)
    {
        var runs = new int[count];
        FileWorkers.For(count, i => Interlocked.Increment(ref runs[i]));
        Assert.All(runs, r => Assert.Equal(1, r));
    }

    [Fact]
    public void A_worker_left_without_files_runs_the_idle_work_while_another_still_works()
    {
        if (Environment.ProcessorCount < 2)
        {
            return; // one worker: no core is ever idle during the loop
        }

        using var ran = new ManualResetEventSlim();
        var runs = 0;
        IdleWork.Offer(() =>
        {
            Interlocked.Increment(ref runs);
            ran.Set();
        });

        // Index 0 holds its worker until the idle work has run; the other worker takes index 1, runs out, and runs it.
        var waited = false;
        FileWorkers.For(2, i =>
        {
            if (i == 0)
            {
                waited = ran.Wait(TimeSpan.FromSeconds(30));
            }
        });

        Assert.True(waited);
        Assert.Equal(1, runs);
        IdleWork.RunPending(); // nothing is left to run twice
        Assert.Equal(1, runs);
    }

    [Fact]
    public void The_calling_thread_takes_part()
    {
        var caller = Environment.CurrentManagedThreadId;
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        FileWorkers.For(1, _ => threads[Environment.CurrentManagedThreadId] = true);
        Assert.Equal(new[] { caller }, threads.Keys);
    }

    [Fact]
    public void A_failing_body_stops_the_loop_and_its_exception_comes_back_unwrapped()
    {
        var ran = 0;
        var e = Assert.Throws<InvalidOperationException>(() => FileWorkers.For(10_000, i =>
        {
            Interlocked.Increment(ref ran);
            if (i == 3)
            {
                throw new InvalidOperationException("file 3");
            }

            // Slow enough that the other worker cannot finish every index before the failure reaches it, on a loaded machine too.
            if (i > 3)
            {
                Thread.Sleep(1);
            }
        }));
        Assert.Equal("file 3", e.Message);
        Assert.True(Volatile.Read(ref ran) < 10_000);
    }

    [Fact]
    public void A_cancelled_token_stops_before_the_next_index()
    {
        using var cancel = new CancellationTokenSource();
        var ran = 0;
        Assert.Throws<OperationCanceledException>(() => FileWorkers.For(10_000, i =>
        {
            if (Interlocked.Increment(ref ran) == 5)
            {
                cancel.Cancel();
            }
        }, cancel.Token));
        Assert.True(Volatile.Read(ref ran) < 10_000);
    }
}
