using InclusiveAnalyzers.Cli.Scanning;

namespace InclusiveAnalyzers.Cli.Tests.Scanning;

public class LargeFileQueueTests
{
    private const long Large = 100;

    [Fact]
    public void Indexes_come_largest_first_while_a_large_file_may_start()
    {
        var queue = new LargeFileQueue(new long[] { 500, 50, 40, 10 }, Large);
        Assert.Equal(new[] { 0, 1, 2, 3 }, TakeAll(queue));
    }

    [Fact]
    public void With_a_large_file_in_flight_the_next_large_one_waits_and_the_smallest_file_goes_instead()
    {
        var queue = new LargeFileQueue(new long[] { 500, 400, 300, 50, 10 }, Large);
        Assert.True(queue.TryTake(out var first));
        Assert.Equal(0, first);
        Assert.True(queue.TryTake(out var second));
        Assert.Equal(4, second); // 400 waits: the smallest goes
        Assert.True(queue.TryTake(out var third));
        Assert.Equal(3, third);
        queue.Done(second);
        queue.Done(third);

        // Only large files are left and one is in flight: the next take waits for its Done.
        int taken = -2;
        var waiting = new Thread(() => queue.TryTake(out taken));
        waiting.Start();
        Assert.False(waiting.Join(200));
        queue.Done(first);
        Assert.True(waiting.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, taken);
    }

    [Fact]
    public void Stop_releases_a_waiting_worker_with_nothing()
    {
        var queue = new LargeFileQueue(new long[] { 500, 400 }, Large);
        Assert.True(queue.TryTake(out _));
        var result = true;
        var waiting = new Thread(() => result = queue.TryTake(out _));
        waiting.Start();
        Assert.False(waiting.Join(200));
        queue.Stop();
        Assert.True(waiting.Join(TimeSpan.FromSeconds(10)));
        Assert.False(result);
    }

    [Fact]
    public void Through_the_workers_every_file_runs_once_and_two_large_files_never_run_together()
    {
        var sizes = Enumerable.Range(0, 400).Select(i => i % 37 == 0 ? 1000L + i : i % 90).OrderByDescending(s => s).ToArray();
        var runs = new int[sizes.Length];
        int largeNow = 0, mostLarge = 0;
        FileWorkers.For(new LargeFileQueue(sizes, Large), sizes.Length, i =>
        {
            Interlocked.Increment(ref runs[i]);
            if (sizes[i] < Large)
            {
                return;
            }

            var now = Interlocked.Increment(ref largeNow);
            InterlockedMax(ref mostLarge, now);
            Thread.Sleep(2);
            Interlocked.Decrement(ref largeNow);
        });

        Assert.All(runs, r => Assert.Equal(1, r));
        Assert.Equal(1, mostLarge);
    }

    [Fact]
    public void A_failing_file_ends_the_run_with_its_exception_while_another_worker_waits_for_a_large_file()
    {
        var sizes = new long[] { 900, 800, 700, 600 };
        var e = Assert.Throws<InvalidOperationException>(() => FileWorkers.For(new LargeFileQueue(sizes, Large), sizes.Length, i =>
        {
            Thread.Sleep(50); // the other worker is waiting by now
            throw new InvalidOperationException("file " + i);
        }));
        Assert.Equal("file 0", e.Message);
    }

    private static List<int> TakeAll(LargeFileQueue queue)
    {
        var taken = new List<int>();
        while (queue.TryTake(out var index))
        {
            taken.Add(index);
            queue.Done(index);
        }

        return taken;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
