using InclusiveAnalyzers.Cli.Files;

namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>
/// The native image's claim on .cs files: listed like any file, so that the session sees them and hands the run
/// to the .NET build (<see cref="ScanSession"/>) before anything is scanned.
/// </summary>
internal sealed class CSharpInDotNet : IFileScanner
{
    public string Name => "C#";

    public bool Handles(string fullPath) => Core.Selection.FileKinds.Of(fullPath) == Core.Selection.FileKind.CSharp;

    public void Scan(IReadOnlyList<CandidateFile> files, ScanSink sink, CancellationToken cancellationToken) => Refuse(files);

    public void Fix(IReadOnlyList<CandidateFile> files, FixSink sink, CancellationToken cancellationToken) => Refuse(files);

    private static void Refuse(IReadOnlyList<CandidateFile> files)
    {
        if (files.Count > 0)
        {
            throw new Native.ManagedRuntimeRequiredException("C# files");
        }
    }
}
