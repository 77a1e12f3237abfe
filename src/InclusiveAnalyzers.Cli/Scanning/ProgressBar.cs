using System.Diagnostics;
using System.Globalization;

namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>
/// A one-line progress bar on stderr that appears only once a scan has run for a second, redraws at
/// most ten times a second, and erases itself at the end. Only created when stderr is a terminal and
/// this is not CI (<see cref="CliConsole.AllowProgress"/>), so logs and redirected output never see it.
/// </summary>
public sealed class ProgressBar : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

#pragma warning disable CA2213 // The console's stderr writer: the caller's, not closed here.
    private readonly TextWriter writer;
#pragma warning restore CA2213
    private readonly int total;
    private readonly int width;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Timer timer;
    private readonly object gate = new();
    private int done;
    private bool drawn;
    private bool disposed;

    public ProgressBar(TextWriter writer, int total, int width, TimeSpan? delay = null)
    {
        this.writer = writer;
        this.total = Math.Max(1, total);
        this.width = Math.Max(40, width);
        timer = new Timer(_ => Draw(), null, delay ?? Delay, Interval);
    }

    /// <summary>Whether the bar was ever shown (for tests).</summary>
    public bool WasShown { get; private set; }

    public void Advance() => Interlocked.Increment(ref done);

    private void Draw()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            var count = Math.Min(Volatile.Read(ref done), total);
            var label = string.Create(CultureInfo.InvariantCulture, $" {count}/{total} files  {clock.Elapsed.TotalSeconds:0.0} s");
            var barWidth = Math.Max(10, width - label.Length - 4);
            var filled = (int)((long)barWidth * count / total);
            writer.Write("\r[" + new string('#', filled) + new string('-', barWidth - filled) + "]" + label);
            writer.Flush();
            drawn = true;
            WasShown = true;
        }
    }

    public void Dispose()
    {
        timer.Dispose();
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            if (drawn)
            {
                writer.Write("\r" + new string(' ', width - 1) + "\r");
                writer.Flush();
            }

            disposed = true;
        }
    }
}
