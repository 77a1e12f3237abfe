using System.Text.RegularExpressions;
using InclusiveAnalyzers.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace InclusiveAnalyzers.IntegrationTests;

/// <summary>
/// The compiler's document analyzer from the packed package: a project's own documents are reported by csc under
/// that project, with the build task on or off, and never twice.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class DocumentAnalyzerBuildTests
{
    private readonly PackageFeed feed;
    private readonly ITestOutputHelper output;

    public DocumentAnalyzerBuildTests(PackageFeed feed, ITestOutputHelper output)
    {
        this.feed = feed;
        this.output = output;
    }

    private CommandResult Log(CommandResult result)
    {
        output.WriteLine(result.ToString());
        return result;
    }

    // "src/Lib/notes.md(3,...): warning INCL201: ... [.../src/Lib/Lib.csproj]" before the summary.
    private static List<string> Lines(CommandResult result, string file, string code)
    {
        var end = Regex.Match(result.Output, @"^\s*Build (succeeded|FAILED)\.\s*$", RegexOptions.Multiline);
        var text = end.Success ? result.Output[..end.Index] : result.Output;
        return text.Split('\n').Where(l => l.Contains(file + "(", StringComparison.Ordinal) && l.Contains(" " + code + ":", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void With_the_document_task_off_the_projects_own_document_is_still_reported_by_the_compiler_under_its_project()
    {
        var solution = new SampleSolution(feed, "compiler-documents-task-off");
        var result = Log(solution.Build("-p:InclusiveScanDocuments=false"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(Lines(result, "notes.md", "INCL201"));
        Assert.EndsWith("Lib.csproj]", line.TrimEnd());
        // The repository's documents are the task's alone: off with it.
        Assert.DoesNotContain(Diagnostic.Parse(result.Output), d => d.FileName == "CODE_OF_CONDUCT.md");
    }

    [Fact]
    public void With_the_task_and_the_compiler_on_a_projects_document_is_reported_once_and_the_task_says_it_left_it()
    {
        var solution = new SampleSolution(feed, "compiler-documents-both");
        var result = Log(solution.Build("-v:n"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, Diagnostic.Parse(result.Output).Count(d => d.FileName == "notes.md" && d.Code == "INCL201"));
        Assert.Contains("left to the compiler's document analyzer", result.Output);
        // The repository's documents still come from the task.
        Assert.Contains(Diagnostic.Parse(result.Output), d => d.Code.StartsWith("INCL4", StringComparison.Ordinal) && d.FileName == "CODE_OF_CONDUCT.md");
    }

    [Fact]
    public void With_the_compiler_path_off_the_task_reports_the_projects_document_as_before()
    {
        var solution = new SampleSolution(feed, "compiler-documents-off");
        var result = Log(solution.Build("-v:n", "-p:InclusiveDocumentsInCompiler=false"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, Diagnostic.Parse(result.Output).Count(d => d.FileName == "notes.md" && d.Code == "INCL201"));
        Assert.DoesNotContain("left to the compiler's document analyzer", result.Output);
    }
}
