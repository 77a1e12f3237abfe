using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Cli.Tests.Report;

/// <summary>A fact that runs only where Debian's chromium is installed (CI installs it; see .ci/run).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.ExecutablePath is null)
        {
            Skip = "chromium is not installed here (apt-get install -y chromium); the page's browser test needs /usr/bin/chromium.";
        }
    }
}

/// <summary>
/// Drives headless Chromium over the DevTools protocol (a WebSocket, no package): opens a page, records
/// console errors, exceptions and every request, and evaluates script in it.
/// </summary>
public sealed partial class HeadlessChromium : IDisposable
{
    private readonly Process process;
    private readonly ClientWebSocket socket = new();
    private readonly string profile;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> pending = new();
    private readonly ConcurrentQueue<JsonNode> events = new();
#pragma warning disable CA2213 // Not disposed: the receive loop may still read its token after Dispose; it holds no handle.
    private readonly CancellationTokenSource stop = new();
#pragma warning restore CA2213
    private int nextId;

    public static string? ExecutablePath =>
        new[] { Environment.GetEnvironmentVariable("INCLUSIVE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    private HeadlessChromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    public static async Task<HeadlessChromium> StartAsync()
    {
        var profile = Directory.CreateTempSubdirectory("inclusive-chromium-").FullName;
        var info = new ProcessStartInfo(ExecutablePath!) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank" })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
#pragma warning disable CA2000 // Returned, or disposed by the catch below (CA2000 does not follow it across the awaits).
        var browser = new HeadlessChromium(process, profile);
#pragma warning restore CA2000
        try
        {
            var endpoint = await ReadEndpointAsync(process);
            using var http = new HttpClient();
            var list = JsonNode.Parse(await http.GetStringAsync($"http://{endpoint}/json/list"))!.AsArray();
            var page = list.First(t => (string?)t!["type"] == "page")!;
            await browser.socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
            _ = Task.Run(browser.ReceiveLoop);
            foreach (var domain in new[] { "Page.enable", "Runtime.enable", "Log.enable", "Network.enable" })
            {
                await browser.SendAsync(domain);
            }

            return browser;
        }
        catch
        {
            // A browser that did not start answering is killed, not left running after the test.
            browser.Dispose();
            throw;
        }
    }

    public IEnumerable<JsonNode> Events => events;

    /// <summary>Loads a page and waits for its load event.</summary>
    public async Task NavigateAsync(string url)
    {
        events.Clear();
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!events.Any(e => (string?)e["method"] == "Page.loadEventFired"))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the page did not load in 30 s");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Evaluates an expression (awaiting a promise) and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException("script failed: " + exception.ToJsonString());
        }

        return result["result"]?["value"];
    }

    /// <summary>Console errors, uncaught exceptions and error log entries, as text.</summary>
    public IReadOnlyList<string> Errors() => events
        .Where(e => (string?)e["method"] switch
        {
            "Runtime.consoleAPICalled" => (string?)e["params"]!["type"] is "error" or "assert",
            "Runtime.exceptionThrown" => true,
            "Log.entryAdded" => (string?)e["params"]!["entry"]!["level"] == "error",
            _ => false,
        })
        .Select(e => e.ToJsonString())
        .ToList();

    /// <summary>Every URL the page requested.</summary>
    public IReadOnlyList<string> Requests() => events
        .Where(e => (string?)e["method"] == "Network.requestWillBeSent")
        .Select(e => (string)e["params"]!["request"]!["url"]!)
        .ToList();

    public async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var completion = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = completion;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var reply = await completion.Task.WaitAsync(TimeSpan.FromSeconds(60));
        if (reply["error"] is { } error)
        {
            throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        }

        return reply["result"] ?? new JsonObject();
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }

        socket.Dispose();
        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token);
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var node = JsonNode.Parse(message.ToArray())!;
                message.SetLength(0);
                if (node["id"] is { } id && pending.TryRemove((int)id, out var completion))
                {
                    completion.SetResult(node);
                }
                else
                {
                    events.Enqueue(node);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    private static async Task<string> ReadEndpointAsync(Process process)
    {
        // Stderr is read to its end (a full pipe would stall chromium); the endpoint is its first DevTools line.
        var output = new StringBuilder();
        var found = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        _ = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }

                if (DevToolsLine().Match(line) is { Success: true } match)
                {
                    found.TrySetResult(match.Groups[1].Value);
                }
            }

            found.TrySetResult(null);
        });
        var endpoint = await found.Task.WaitAsync(TimeSpan.FromSeconds(60));
        lock (output)
        {
            return endpoint ?? throw new InvalidOperationException("chromium did not start its DevTools endpoint:\n" + output);
        }
    }

    [GeneratedRegex(@"DevTools listening on ws://([^/]+)/")]
    private static partial Regex DevToolsLine();
}
