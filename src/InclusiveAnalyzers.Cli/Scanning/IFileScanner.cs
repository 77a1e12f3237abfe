using InclusiveAnalyzers.Cli.Files;

namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>
/// One kind of file the CLI reads (documents today; C# through the analyzers later). Each scanner gets
/// all its files at once, so it can parallelise per file (documents) or build one compilation (C#).
/// </summary>
public interface IFileScanner
{
    /// <summary>For messages: "documents", "C#".</summary>
    string Name { get; }

    /// <summary>Whether the file is this scanner's, by its name alone (nothing is read).</summary>
    bool Handles(string fullPath);

    /// <summary>Scans the files, reporting through <paramref name="sink"/> (thread-safe) as each one is done.</summary>
    void Scan(IReadOnlyList<CandidateFile> files, ScanSink sink, CancellationToken cancellationToken);

    /// <summary>Computes the rewritten text of each file that changes; writes nothing.</summary>
    void Fix(IReadOnlyList<CandidateFile> files, FixSink sink, CancellationToken cancellationToken);
}
