using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// .cs files through the InclusiveAnalyzers analyzers (INCL101-INCL103) over one in-memory compilation,
/// and their code fixes (Fix All, first suggestion) for <c>fix</c>. Nothing of Roslyn is loaded unless a
/// run meets .cs files: this class only hands over to <see cref="CSharpAnalysis"/> and <see cref="CSharpFixer"/>.
/// </summary>
public sealed class CSharpFileScanner : IFileScanner
{
    private readonly LoadedConfiguration configuration;
    private readonly SeverityResolver policy;
    private readonly long maxFileBytes;

    public CSharpFileScanner(LoadedConfiguration configuration, SeverityResolver policy, long maxFileBytes)
    {
        this.configuration = configuration;
        this.policy = policy;
        this.maxFileBytes = maxFileBytes;
    }

    public string Name => "C#";

    public bool Handles(string fullPath) => Core.Selection.FileKinds.Of(fullPath) == Core.Selection.FileKind.CSharp;

    public void Scan(IReadOnlyList<CandidateFile> files, ScanSink sink, CancellationToken cancellationToken)
    {
        if (files.Count > 0)
        {
            CSharpAnalysis.Scan(files, configuration, policy, maxFileBytes, sink, cancellationToken);
        }
    }

    public void Fix(IReadOnlyList<CandidateFile> files, FixSink sink, CancellationToken cancellationToken)
    {
        if (files.Count > 0)
        {
            CSharpFixer.Fix(files, configuration, policy, maxFileBytes, sink, cancellationToken);
        }
    }
}
