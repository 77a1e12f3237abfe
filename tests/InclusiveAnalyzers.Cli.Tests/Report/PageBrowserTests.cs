using System.Diagnostics;
using System.Text.Json.Nodes;

namespace InclusiveAnalyzers.Cli.Tests.Report;

/// <summary>
/// The page in a real browser: headless Chromium loads it with no console error and no request beyond
/// the file, shows the CLI's total, and axe-core (the npm package, injected) finds no violation, colour
/// contrast included. Skipped only where chromium is not installed; .ci/run installs it and axe-core.
/// </summary>
public sealed class PageBrowserTests
{
    [ChromiumFact]
    public async Task The_page_has_no_error_no_outside_request_the_scan_total_and_no_axe_violation()
    {
        using var repo = new GitFixture();
        var sample = ReportCommandTests.Sample();
        foreach (var file in Directory.EnumerateFiles(sample.Path, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.git")))
        {
            repo.Folder.Write(Path.GetRelativePath(sample.Path, file), File.ReadAllText(file));
        }

        sample.Dispose();
        repo.Commit("one", "v1");
        repo.Folder.Write("README.md", "# Sample\n\nThe primary sends writes to each replica.\n");
        repo.Commit("two", "v2");

        // Written outside the tree: a page inside it would be scanned by the scan it is compared with.
        var page = Path.Combine(Path.GetTempPath(), $"inclusive-page-{Guid.NewGuid():N}.html");
        var result = Cli.Run(repo.Path, "report", ".", "--history", "5", "--output", page);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var scanJson = Cli.Run(repo.Path, "scan", ".", "--format", "json").Json();
        var total = scanJson.RootElement.GetProperty("summary").GetProperty("findings").GetInt32();

        using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(new Uri(page).AbsoluteUri);

        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)await browser.EvaluateAsync("document.getElementById('total-total').dataset.value"));
        Assert.Equal(2, (int)(await browser.EvaluateAsync("document.querySelectorAll('#trend ~ div table tbody tr').length > 0 ? 2 : 0"))!);
        Assert.Equal("en", (string?)await browser.EvaluateAsync("document.documentElement.lang"));

        await browser.EvaluateAsync(File.ReadAllText(AxeCore.ScriptPath()));
        var violations = (await browser.EvaluateAsync(
            "axe.run(document).then(r => JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))))"))!.GetValue<string>();
        Assert.Equal("[]", violations);

        Assert.Empty(browser.Errors());
        var outside = browser.Requests().Where(url => !url.StartsWith("file:", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.Empty(outside);
        Assert.Contains(browser.Requests(), url => url.StartsWith("file:", StringComparison.Ordinal)); // the recorder saw the page itself
        File.Delete(page);
    }

    [ChromiumFact]
    public async Task The_recorder_sees_an_outside_request_and_a_console_error_when_a_page_makes_them()
    {
        // The negative case: the same checks catch a page that does what the report must not.
        using var folder = new TempFolder();
        folder.Write("bad.html", "<!DOCTYPE html><html><head><title>t</title><link rel=\"stylesheet\" href=\"https://cdn.example.invalid/x.css\"></head><body><img src=\"x.png\"><script>console.error('boom')</script></body></html>");
        using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(new Uri(folder["bad.html"]).AbsoluteUri);
        await Task.Delay(300);
        Assert.Contains(browser.Requests(), url => url.StartsWith("https://cdn.example.invalid", StringComparison.Ordinal));
        Assert.NotEmpty(browser.Errors());
        await browser.EvaluateAsync(File.ReadAllText(AxeCore.ScriptPath()));
        var violations = (await browser.EvaluateAsync("axe.run(document).then(r => JSON.stringify(r.violations.map(v => v.id)))"))!.GetValue<string>();
        Assert.Contains("image-alt", violations);
        Assert.Contains("html-has-lang", violations);
    }
}

/// <summary>
/// axe-core's script from npm: $INCLUSIVE_AXE_CORE, or the cache .ci/run fills
/// (~/.cache/inclusive-tests/node_modules/axe-core), installed there with npm when missing.
/// </summary>
internal static class AxeCore
{
    private static readonly object Gate = new();

    public static string ScriptPath()
    {
        if (Environment.GetEnvironmentVariable("INCLUSIVE_AXE_CORE") is { Length: > 0 } given && File.Exists(given))
        {
            return given;
        }

        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "inclusive-tests");
        var script = Path.Combine(cache, "node_modules", "axe-core", "axe.min.js");
        lock (Gate)
        {
            if (!File.Exists(script))
            {
                Directory.CreateDirectory(cache);
                var info = new ProcessStartInfo("npm") { WorkingDirectory = cache, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var arg in new[] { "install", "--no-audit", "--no-fund", "--prefix", cache, "axe-core" })
                {
                    info.ArgumentList.Add(arg);
                }

                try
                {
                    using var npm = Process.Start(info)!;
                    var error = npm.StandardError.ReadToEndAsync();
                    npm.StandardOutput.ReadToEnd();
                    npm.WaitForExit();
                    Assert.True(File.Exists(script), $"axe-core is needed for the page test and 'npm install axe-core' failed: {error.Result}");
                }
                catch (System.ComponentModel.Win32Exception e)
                {
                    Assert.Fail($"axe-core is needed for the page test: install Node.js/npm or set INCLUSIVE_AXE_CORE to axe.min.js ({e.Message})");
                }
            }
        }

        return script;
    }
}
