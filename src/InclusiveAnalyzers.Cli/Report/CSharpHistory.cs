using System.Collections.Immutable;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Cli.Scanning.CSharp;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Cli.Report;

/// <summary>
/// The C# of a history point as <c>scan</c> sees it: one compilation of every .cs file of the point with a
/// term candidate (<see cref="CSharpHitFilter"/>), so
/// an implementation of an interface declared in an unchanged file is known as one; but the analyzers run
/// only on the files new at the point (per tree), and each file is parsed once across all points (trees
/// are immutable and shared between compilations). Uses the CLI's parse options, references, analyzers
/// and analyzer options (<see cref="CSharpProject"/>).
/// </summary>
internal sealed class CSharpHistory
{
    private readonly LoadedConfiguration configuration;
    private readonly SeverityResolver policy;
    private readonly long maxFileBytes;
    private readonly CSharpHitFilter filter;
    private readonly Dictionary<string, SyntaxTree?> trees = new(StringComparer.Ordinal);

    public CSharpHistory(LoadedConfiguration configuration, SeverityResolver policy, long maxFileBytes)
    {
        this.configuration = configuration;
        this.policy = policy;
        this.maxFileBytes = maxFileBytes;
        filter = new CSharpHitFilter(configuration, policy);
    }

    /// <summary>Whether the file is C# (the C# scanner's files).</summary>
    public static bool Handles(string fullPath) => Core.Selection.FileKinds.Of(fullPath) == Core.Selection.FileKind.CSharp;

    /// <param name="point">Every C# file of the point: its cache key, full path, and its bytes when it is new (else null: parsed before).</param>
    /// <param name="sink">Receives the findings of the new files only.</param>
    public void Scan(IReadOnlyList<(string Key, string FullPath, byte[]? Content)> point, ScanSink sink, CancellationToken cancellationToken)
    {
        var fresh = new List<SyntaxTree>();
        var newTexts = new List<TextFile>();
        foreach (var (key, fullPath, content) in point)
        {
            if (content is null)
            {
                continue;
            }

            // Read and checked as the scan reads a file; one that cannot be compiled is INCL002 and left out, as in
            // scan, and one without a term candidate is neither parsed nor compiled, as in scan.
            var read = CSharpProject.Read(new[] { new CandidateFile(fullPath, content.Length, false, content) }, maxFileBytes, filter, (path, reason) => sink.Add(NotChecked.Finding(path, reason)), _ => { }, cancellationToken);
            var tree = read.Count == 0 ? null : CSharpParse.ParseOrReport(read[0].Text, fullPath, sink, cancellationToken);
            trees[key] = tree;
            if (tree != null)
            {
                fresh.Add(tree);
                newTexts.Add(read[0]);
            }
        }

        if (fresh.Count == 0)
        {
            return;
        }

        var all = new List<SyntaxTree>();
        var seen = new HashSet<SyntaxTree>();
        foreach (var (key, _, _) in point)
        {
            if (trees.TryGetValue(key, out var tree) && tree != null && seen.Add(tree))
            {
                all.Add(tree);
            }
        }

        try
        {
            var compilation = CSharpCompilation.Create("InclusiveHistory", all.Append(CSharpProject.ImplicitUsingsTree()), CSharpProject.FrameworkReferences, CSharpProject.CompilationOptions(newTexts, policy));
            var analysis = compilation.WithAnalyzers(CSharpProject.AllAnalyzers, CSharpProject.Options(configuration, policy));
            foreach (var tree in fresh)
            {
                var diagnostics = analysis.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).GetAwaiter().GetResult()
                    .Concat(analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, cancellationToken).GetAwaiter().GetResult());
                foreach (var diagnostic in diagnostics.Distinct())
                {
                    if (CSharpProject.ToFinding(diagnostic, policy) is { } finding)
                    {
                        sink.Add(finding);
                    }
                }
            }
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            foreach (var tree in fresh)
            {
                sink.Fail(tree.FilePath, e);
            }
        }
    }
}
