namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>
/// Work a folder scan will need at its first documents, started early on a spare core: the term matcher, built while
/// the files are listed, so the first workers find it ready instead of one building it while the others wait.
/// <see cref="Program.Main"/> turns it on for the runs that warm the parsers (a scan over folders); a run over a
/// few named files, or a test calling the program in-process, does its work in order.
/// </summary>
internal static class HeadStart
{
    public static bool Enabled { get; set; }

    /// <summary>Runs <paramref name="work"/> on a background thread when enabled; only the head start is lost if it fails.</summary>
    public static void Run(Action work, string name)
    {
        if (!Enabled) return;
        var thread = new Thread(() =>
        {
            try
            {
                work();
            }
            catch (Exception)
            {
                // The first document meets the same failure and reports it.
            }
        })
        {
            IsBackground = true,
            Name = name,
        };
        thread.Start();
    }
}
