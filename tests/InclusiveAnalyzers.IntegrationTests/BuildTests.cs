using System.Text.Json;
using InclusiveAnalyzers.IntegrationTests.Infrastructure;
using InclusiveAnalyzers.Tests.Shared;
using Xunit.Abstractions;

namespace InclusiveAnalyzers.IntegrationTests;

/// <summary>dotnet build of a two-project solution that references the packed InclusiveAnalyzers.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class BuildTests
{
    private readonly PackageFeed feed;
    private readonly ITestOutputHelper output;

    public BuildTests(PackageFeed feed, ITestOutputHelper output)
    {
        this.feed = feed;
        this.output = output;
    }

    private SampleSolution NewSolution(string name) => new(feed, name);

    private CommandResult Log(CommandResult result)
    {
        output.WriteLine(result.ToString());
        return result;
    }

    [Fact]
    public void Code_and_document_findings_are_reported_with_positions_and_each_document_finding_once()
    {
        var solution = NewSolution("two-projects");
        var result = Log(solution.Build());

        Assert.True(result.ExitCode == 0, "The build failed.\n" + result);
        var diagnostics = Diagnostic.Parse(result.Output);

        // Code: the analyzer in the package reports the declaration with file and line.
        Assert.Contains(diagnostics, d => d.Code == "INCL101" && d.FileName == "MasterNode.cs" && d.Line == 4 && d.Column > 0);

        // Documents of each project, and of the repository, with their positions.
        Assert.Contains(diagnostics, d => d.Code == "INCL201" && d.FileName == "notes.md" && d.Line == 3);
        Assert.Contains(diagnostics, d => d.Code == "INCL201" && d.FileName == "page.html" && d.Line == 6);
        Assert.Contains(diagnostics, d => d.Code == "INCL201" && d.FileName == "README.md" && d.Line == 3);
        Assert.Contains(diagnostics, d => d.Code == "INCL201" && d.FileName == "guide.md");
        Assert.Contains(diagnostics, d => d.Code.StartsWith("INCL3", StringComparison.Ordinal) && d.FileName == "page.html");
        Assert.Contains(diagnostics, d => d.Code.StartsWith("INCL3", StringComparison.Ordinal) && d.FileName == "guide.md");
        Assert.Contains(diagnostics, d => d.Code.StartsWith("INCL4", StringComparison.Ordinal) && d.FileName == "CODE_OF_CONDUCT.md");

        // Two projects reference the package: every document finding is still reported exactly once.
        var documentFindings = diagnostics.Where(d => d.Code is ['I', 'N', 'C', 'L', '2' or '3' or '4', ..]).ToList();
        Assert.NotEmpty(documentFindings);
        var repeated = documentFindings.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, "Reported more than once:\n" + string.Join("\n", repeated));

        // Repository documents' findings are logged in one of the user's projects, not in the package's project file.
        var readmeLines = result.Output.Split('\n').Where(l => l.Contains("README.md(3,") && l.Contains("INCL201")).ToList();
        Assert.NotEmpty(readmeLines);
        Assert.All(readmeLines, l => Assert.DoesNotContain("InclusiveAnalyzers.Repository.proj", l));
        Assert.All(readmeLines, l => Assert.Contains(".csproj]", l));
    }

    [Fact]
    public void EditorConfig_error_severity_fails_the_build_and_warnaserror_fails_it_too()
    {
        var solution = NewSolution("severities");
        // Errors by default only (image without alt text, code-of-conduct placeholder): warnings, the build passes.
        var clean = Log(solution.Build());
        Assert.True(clean.ExitCode == 0, clean.ToString());
        var defaults = Diagnostic.Parse(clean.Output);
        Assert.Contains(defaults, d => d.Level == "warning" && d.Code == "INCL301" && d.FileName == "guide.md");
        Assert.Contains(defaults, d => d.Level == "warning" && d.Code == "INCL402" && d.FileName == "CODE_OF_CONDUCT.md");
        Assert.DoesNotContain(defaults, d => d.Level == "error");

        // Without the property the defaults are errors again, in the project's documents and the repository's.
        var asDefined = Log(solution.Build("-p:InclusiveDocumentErrorsAsWarnings=false"));
        Assert.NotEqual(0, asDefined.ExitCode);
        var errors = Diagnostic.Parse(asDefined.Output).Where(d => d.Level == "error").ToList();
        Assert.Contains(errors, d => d.Code == "INCL301" && d.FileName == "guide.md");
        Assert.Contains(errors, d => d.Code == "INCL301" && d.FileName == "page.html");
        Assert.Contains(errors, d => d.Code == "INCL402" && d.FileName == "CODE_OF_CONDUCT.md");
        Assert.DoesNotContain(errors, d => d.Code == "INCL201");

        var strict = Log(solution.Build("-warnaserror"));
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains(Diagnostic.Parse(strict.Output), d => d.Level == "error" && d.Code == "INCL201");
        Assert.Contains(Diagnostic.Parse(strict.Output), d => d.Level == "error" && d.Code == "INCL301");

        // The project's own Markdown is checked by the compiler (documents in the IDE): an error there stops the
        // project's build at CoreCompile, as any compiler error does, so the image is put in the same project.
        solution.Write("src/Lib/diagram.md", "# Diagram\n\n![](topology.png)\n");
        solution.Write(".editorconfig", solution.Read(".editorconfig") + "\n[*.md]\ndotnet_diagnostic.INCL201.severity = error\n");
        var failed = Log(solution.Build());
        Assert.NotEqual(0, failed.ExitCode);
        var diagnostics = Diagnostic.Parse(failed.Output);
        Assert.Contains(diagnostics, d => d.Level == "error" && d.Code == "INCL201" && d.FileName == "notes.md");
        // Only the rule named there: the image without alt text in a Markdown file stays a warning.
        Assert.Contains(diagnostics, d => d.Level == "warning" && d.Code == "INCL301" && d.FileName == "diagram.md");
    }

    [Fact]
    public void NoWarn_silences_a_document_rule_and_nothing_else()
    {
        var solution = NewSolution("nowarn");
        solution.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <NoWarn>$(NoWarn);INCL201</NoWarn>
              </PropertyGroup>
            </Project>
            """);
        var result = Log(solution.Build());

        Assert.True(result.ExitCode == 0, result.ToString());
        var diagnostics = Diagnostic.Parse(result.Output);
        Assert.DoesNotContain(diagnostics, d => d.Code == "INCL201");
        Assert.Contains(diagnostics, d => d.Code == "INCL101");
        Assert.Contains(diagnostics, d => d.Code.StartsWith("INCL3", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sarif_error_log_holds_code_and_document_findings()
    {
        var solution = NewSolution("sarif");
        var sarif = solution.Combine("lib.sarif");
        var result = Log(solution.BuildProject("src/Lib/Lib.csproj", "-p:ErrorLog=" + sarif));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = document.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(run => run.GetProperty("results").EnumerateArray())
            .Select(r => (Rule: r.GetProperty("ruleId").GetString(), Uri: r.GetProperty("locations")[0].GetProperty("resultFile").GetProperty("uri").GetString()))
            .ToList();
        Assert.Contains(results, r => r.Rule == "INCL101" && r.Uri!.EndsWith("MasterNode.cs", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Rule == "INCL201" && r.Uri!.EndsWith("notes.md", StringComparison.Ordinal));
    }

    /// <summary>The compiler's SARIF 2.1 run and the task's, in one log, pass the SARIF 2.1.0 schema's constraints
    /// (GitHub code scanning rejects a log that fails them), also for a document whose name has brackets, a space
    /// and a non-ASCII letter. The documents are the task's here (not the compiler's analyzer): the compiler writes
    /// its own URIs, keeping the brackets. The comma is escaped: MSBuild splits a property at a comma.</summary>
    [Fact]
    public void The_sarif_2_1_error_log_passes_the_sarif_schema()
    {
        var solution = NewSolution("sarif21");
        solution.Write("src/Lib/[slug] notes é.md", "# Notes\n\nKeep the whitelist.\n");
        var sarif = solution.Combine("lib.sarif");
        var result = Log(solution.BuildProject("src/Lib/Lib.csproj", "-p:InclusiveDocumentsInCompiler=false", "-p:ErrorLog=" + sarif + "%2Cversion%3D2.1"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(sarif);
        SarifConstraints.AssertValid(text);
        using var document = JsonDocument.Parse(text);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var ours = document.RootElement.GetProperty("runs").EnumerateArray()
            .Single(run => run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString() == "InclusiveAnalyzers.Build");
        var uris = ours.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
            .ToList();
        Assert.Contains(uris, uri => uri.EndsWith("/%5Bslug%5D%20notes%20%C3%A9.md", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incremental_build_reports_document_findings_again_from_the_cache()
    {
        // The task's cache: the compiler's document analyzer, which reports only when the compiler runs, is off here.
        var solution = NewSolution("incremental");
        var first = Log(solution.Build("-v:n", "-p:InclusiveDocumentsInCompiler=false"));
        Assert.True(first.ExitCode == 0, first.ToString());

        var second = Log(solution.Build("-v:n", "-p:InclusiveDocumentsInCompiler=false"));
        Assert.True(second.ExitCode == 0, second.ToString());

        static List<Diagnostic> Documents(CommandResult r) =>
            Diagnostic.Parse(r.Output).Where(d => d.Code is ['I', 'N', 'C', 'L', '2' or '3' or '4', ..]).Distinct().OrderBy(d => d.ToString()).ToList();
        Assert.NotEmpty(Documents(first));
        Assert.Equal(Documents(first), Documents(second));

        // The task says what it parsed: nothing on the second build.
        Assert.Contains("(1 scanned, 0 from cache)", first.Output);
        Assert.Contains("(0 scanned, 1 from cache)", second.Output);
        Assert.Matches(@"repository document\(s\) checked \(0 scanned, \d+ from cache\)", second.Output);
        Assert.Contains("hits\t", File.ReadAllText(solution.Combine("src/Lib/obj/InclusiveAnalyzers.documents.cache")));

        // A design-time build (what IDEs run to read the project) does not check documents.
        var designTime = Log(solution.DotNet("msbuild", solution.Combine("src/Lib/Lib.csproj"), "-nologo", "-t:Compile",
            "-p:DesignTimeBuild=true", "-p:BuildingProject=false", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-v:n"));
        Assert.True(designTime.ExitCode == 0, designTime.ToString());
        Assert.DoesNotContain("InclusiveAnalyzers:", designTime.Output);
        Assert.DoesNotContain(Diagnostic.Parse(designTime.Output), d => d.Code.StartsWith("INCL2", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_inclusive_json_is_INCL001_at_its_location_and_the_build_goes_on()
    {
        var solution = NewSolution("bad-config");
        solution.Write("inclusive.json", """
            {
              "allow": [ "whitelist" ],
              "rules": { "INCL201": "loud" }
            }
            """);
        var result = Log(solution.Build());

        Assert.True(result.ExitCode == 0, result.ToString());
        var diagnostics = Diagnostic.Parse(result.Output);
        var configError = Assert.Single(diagnostics.Where(d => d.Code == "INCL001").Distinct());
        Assert.Equal("inclusive.json", configError.FileName);
        Assert.Equal(3, configError.Line);
        Assert.True(configError.Column > 0);
        // What could be read still applies: "whitelist" is allowed now, the other findings remain.
        Assert.DoesNotContain(diagnostics, d => d.Code == "INCL201" && d.Message.Contains("whitelist", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(diagnostics, d => d.Code == "INCL101");
    }
}
