using System.Diagnostics;

namespace InclusiveAnalyzers.Cli;

/// <summary>
/// With INCLUSIVE_TIMING set, one line per phase of a run on stderr: wall and process CPU milliseconds
/// since the previous mark, garbage collections and bytes allocated (bench/README.md, "CLI"). The first
/// mark also gives the time from process start to Main (runtime start, assembly loading). Off: nothing
/// is measured.
/// </summary>
public sealed class PhaseTimes
{
    private readonly TextWriter output;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastWall;
    private TimeSpan lastCpu;
    private long lastAllocated;
    private int lastGen0;
    private int lastGen1;
    private int lastGen2;
    private TimeSpan lastJit;
    private long lastJitMethods;
    private TimeSpan lastPause;

    private PhaseTimes(TextWriter output)
    {
        this.output = output;
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        lastCpu = process.TotalProcessorTime;
        output.WriteLine($"timing: {"start to Main",-22} wall {sinceStart.TotalMilliseconds,7:F0} ms  cpu {lastCpu.TotalMilliseconds,7:F0} ms  " +
                         $"jit {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,5:F0} ms ({System.Runtime.JitInfo.GetCompiledMethodCount()} methods)");
        Mark("-", silent: true);
    }

    /// <summary>The run's timer, or null when INCLUSIVE_TIMING is not set. Per thread: phases end on the thread that runs the command, and tests run commands side by side.</summary>
    [ThreadStatic]
    private static PhaseTimes? current;

    public static PhaseTimes? Current => current;

    public static void StartIfAsked(CliConsole console)
    {
        current = string.IsNullOrEmpty(console.GetEnvironmentVariable("INCLUSIVE_TIMING")) ? null : new PhaseTimes(console.Error);
    }

    /// <summary>Ends the phase called <paramref name="phase"/> (no-op when timing is off).</summary>
    public static void End(string phase) => Current?.Mark(phase, silent: false);

    /// <summary>The assemblies loaded so far (a documents-only run should not load the compiler).</summary>
    public static void Assemblies()
    {
        if (Current is { } timer)
        {
            var names = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.FullName?.Split(',')[0]).Order(StringComparer.Ordinal);
            timer.output.WriteLine("timing: assemblies loaded: " + string.Join(", ", names));
        }
    }

    private void Mark(string phase, bool silent)
    {
        var wall = clock.Elapsed;
        TimeSpan cpu;
        using (var process = Process.GetCurrentProcess())
        {
            cpu = process.TotalProcessorTime;
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        // The runtime's own counters: exact where wall and CPU time on a busy machine are not.
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var pause = GC.GetTotalPauseDuration();
        if (!silent)
        {
            output.WriteLine(
                $"timing: {phase,-22} wall {(wall - lastWall).TotalMilliseconds,7:F0} ms  cpu {(cpu - lastCpu).TotalMilliseconds,7:F0} ms  " +
                $"gc {gen0 - lastGen0}/{gen1 - lastGen1}/{gen2 - lastGen2}  allocated {(allocated - lastAllocated) / 1e6,7:F1} MB  " +
                $"gc pause {(pause - lastPause).TotalMilliseconds,5:F0} ms  jit {(jit - lastJit).TotalMilliseconds,5:F0} ms ({jitMethods - lastJitMethods} methods)");
        }

        (lastWall, lastCpu, lastAllocated, lastGen0, lastGen1, lastGen2) = (wall, cpu, allocated, gen0, gen1, gen2);
        (lastJit, lastJitMethods, lastPause) = (jit, jitMethods, pause);
    }
}
