using System.Text.Json;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Reporting;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Tests.Shared;

namespace InclusiveAnalyzers.Cli.Tests.Reporting;

/// <summary>
/// Every SARIF log `scan --format sarif` writes is one the SARIF 2.1.0 schema accepts (GitHub code scanning
/// rejects the others), in the cases where a writer is likely to slip: odd file names, the first column of
/// the first line, whole-file findings, folded copies, skipped files, a broken configuration, no findings.
/// </summary>
public class SarifSchemaTests
{
    private static string Sarif(string workingDirectory, params string[] args)
    {
        var result = Cli.Run(workingDirectory, ["scan", .. args, "--format", "sarif", "--fail-on", "none"]);
        Assert.True(result.ExitCode is 0 or 2, result.ToString());
        return result.Out;
    }

    private static string Page(int i) =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>P{i}</title></head>\n<body>\n<nav><a href=\"\">Menu</a></nav>\n<main><h1>Page {i}</h1></main>\n</body>\n</html>\n";

    [Fact]
    public void A_scan_of_odd_names_first_columns_whole_file_findings_and_folded_copies_is_valid_sarif()
    {
        using var folder = new TempFolder();
        folder.Write("my docs/café notes.md", "Whitelist the hosts.\n");
        folder.Write("docs/100% [draft].md", "Keep the whitelist.\n");
        folder.Write("docs/#1 ü.md", "Keep the blacklist.\n");
        folder.Write("CODE_OF_CONDUCT.md", "# Code of Conduct\n\nBe nice.\n");
        for (var i = 1; i <= 4; i++)
        {
            folder.Write($"site/p{i}.html", Page(i));
        }

        foreach (var args in new[] { System.Array.Empty<string>(), ["--no-fold"] })
        {
            var sarif = Sarif(folder.Path, args);
            SarifConstraints.AssertValid(sarif);

            using var json = JsonDocument.Parse(sarif);
            var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            Assert.Contains(results, r => Uri(r) == "my%20docs/caf%C3%A9%20notes.md" && Region(r)?.GetProperty("startColumn").GetInt32() == 1);
            Assert.Contains(results, r => Uri(r) == "docs/100%25%20%5Bdraft%5D.md");
            Assert.Contains(results, r => Uri(r) == "docs/%231%20%C3%BC.md");
            Assert.Contains(results, r => Uri(r) == "CODE_OF_CONDUCT.md" && Region(r) is null);
            Assert.Equal(args.Length == 0, results.Any(r => r.TryGetProperty("relatedLocations", out _)));
        }
    }

    [Fact]
    public void Skipped_files_a_broken_configuration_and_no_findings_give_valid_sarif()
    {
        using var folder = new TempFolder();
        folder.Write("inclusive.json", "{ \"terms\": [ oops ] }");
        folder.Write("logo.png", "x");
        folder.Write("a.md", "whitelist\n");
        var broken = Sarif(folder.Path, "logo.png", "a.md");
        SarifConstraints.AssertValid(broken);
        using (var json = JsonDocument.Parse(broken))
        {
            var run = json.RootElement.GetProperty("runs")[0];
            Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "INCL001");
            Assert.Single(run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
        }

        using var empty = new TempFolder();
        var none = Sarif(empty.Path);
        SarifConstraints.AssertValid(none);
        using var noneJson = JsonDocument.Parse(none);
        Assert.Empty(noneJson.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    /// <summary>A scan run from "/" (a container's working folder) has the file system root as its scan root.
    /// Its SRCROOT is "file:///": the writer used to add a second separator ("//"), which no URI parser takes,
    /// and the scan ended in an internal error with no log at all.</summary>
    [Fact]
    public void A_scan_rooted_at_the_file_system_root_has_the_root_folder_uri_as_SRCROOT()
    {
        var root = Path.GetPathRoot(Path.GetTempPath())!;
        var file = Path.Combine(root, "docs", "guide.md");
        var report = new ScanReport(root, root, [new Finding("INCL201", Severity.Warning, "whitelist", file, 1, 1, 1, 10)], 1,
            System.Array.Empty<SkippedFile>(), System.Array.Empty<SkippedFile>(), null, TimeSpan.Zero);
        using var writer = new StringWriter();

        SarifReporter.Write(report, writer);

        SarifConstraints.AssertValid(writer.ToString());
        using var json = JsonDocument.Parse(writer.ToString());
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal(new Uri(root).AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
        Assert.EndsWith("/", run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
        Assert.Equal("docs/guide.md", Uri(run.GetProperty("results")[0]));
    }

    /// <summary>A scan root whose folder names have brackets (a Next.js route, "[slug]") or a percent sign
    /// followed by hex digits: SRCROOT used to keep the brackets (no uri-reference, so the log failed the
    /// schema) and turn "%41" into "A" (another folder).</summary>
    [Fact]
    public void A_scan_root_with_brackets_or_percent_escapes_in_its_name_has_a_valid_SRCROOT_naming_that_folder()
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, "site [draft]", "a%41");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "[slug].md"), "Keep the whitelist.\n");

        var sarif = Sarif(root);

        SarifConstraints.AssertValid(sarif);
        using var json = JsonDocument.Parse(sarif);
        var run = json.RootElement.GetProperty("runs")[0];
        var srcRoot = run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!;
        Assert.EndsWith("/site%20%5Bdraft%5D/a%2541/", srcRoot);
        Assert.Equal(root + Path.DirectorySeparatorChar, new Uri(srcRoot).LocalPath);
        Assert.Equal("%5Bslug%5D.md", Uri(run.GetProperty("results")[0]));
    }

    private static JsonElement Physical(JsonElement result) => result.GetProperty("locations")[0].GetProperty("physicalLocation");

    private static string? Uri(JsonElement result) => Physical(result).GetProperty("artifactLocation").GetProperty("uri").GetString();

    private static JsonElement? Region(JsonElement result) => Physical(result).TryGetProperty("region", out var region) ? region : null;
}
