using System.Collections.Immutable;
using InclusiveAnalyzers.Cli.Scanning.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Cli.Tests.Scanning.CSharp;

/// <summary>
/// Each rename of a Fix All searches and recompiles the code, so 20,000 generated names would take hours: the renames of
/// one fix have a time budget. Past it the renames made are kept whole, the rest are counted, and other fixes still apply.
/// </summary>
public class RenameBudgetTests
{
    private const string Code = """
        // the master list
        class Holder
        {
            int master1;
            int master2;
            int master3;
            int Sum() => master1 + master2 + master3;
        }
        """;

    private static Solution OneFile(string code)
    {
        // Not disposed: the solution is read after this method, and disposing its workspace disposes its services.
#pragma warning disable CA2000
        var workspace = new AdhocWorkspace();
#pragma warning restore CA2000
        var project = ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Create(), "P", "P", LanguageNames.CSharp,
            metadataReferences: CSharpProject.FrameworkReferences,
            compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var solution = workspace.AddSolution(SolutionInfo.Create(SolutionId.CreateNewId(), VersionStamp.Create(), projects: new[] { project }));
        return solution.AddDocument(DocumentId.CreateNewId(project.Id), "Holder.cs", SourceText.From(code), filePath: "/repo/Holder.cs");
    }

    private static async Task<ImmutableArray<Diagnostic>> Reported(Solution solution, CancellationToken cancellationToken)
    {
        var compilation = await solution.Projects.Single().GetCompilationAsync(cancellationToken);
        return await compilation!.WithAnalyzers(CSharpProject.AllAnalyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)).GetAnalyzerDiagnosticsAsync(cancellationToken);
    }

    private static async Task<(string Text, int? Left)> Fix(TimeSpan budget)
    {
        int? left = null;
        var solution = await FixAllLoop.RunAsync(OneFile(Code), Reported, budget, n => left = n, CancellationToken.None);
        var text = (await solution.Projects.Single().Documents.Single().GetTextAsync()).ToString();
        return (text, left);
    }

    [Fact]
    public async Task Within_the_budget_every_name_is_renamed()
    {
        var (text, left) = await Fix(TimeSpan.FromMinutes(5));
        Assert.Null(left);
        Assert.DoesNotContain("master", text);
        Assert.Contains("primary1 + primary2 + primary3", text);
    }

    [Fact]
    public async Task Past_the_budget_the_renames_left_are_counted_and_the_comment_is_still_fixed()
    {
        var (text, left) = await Fix(TimeSpan.Zero);
        Assert.Equal(3, left);
        Assert.Contains("// the primary list", text); // comments are rewritten before the renames start
        Assert.Contains("master1 + master2 + master3", text); // no rename half made
    }

    [Fact]
    public void The_message_says_how_many_are_left_and_to_run_again()
    {
        var message = FixAllLoop.RenamesLeftMessage(19_000, FixAllLoop.RenameBudgetFor(2_000_000));
        Assert.Contains("360 s", message);
        Assert.Contains("19,000 names still to rename", message);
        Assert.Contains("run fix again to go on", message);
    }
}
