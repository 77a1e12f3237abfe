using System.Diagnostics;
using System.Runtime.InteropServices;
using InclusiveAnalyzers.Core.Selection;
using InclusiveAnalyzers.Documents;
using InclusiveAnalyzers.Documents.Accessibility;
using InclusiveAnalyzers.Documents.Accessibility.Headings;
using InclusiveAnalyzers.Documents.Accessibility.Images;
using InclusiveAnalyzers.Documents.Accessibility.Links;
using InclusiveAnalyzers.Documents.Accessibility.RawHtml;
using InclusiveAnalyzers.Documents.Accessibility.Tables;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Markdown;
using InclusiveAnalyzers.Documents.Parsing;
using InclusiveAnalyzers.Documents.Suppression;
using InclusiveAnalyzers.Documents.Wording;

namespace InclusiveAnalyzers.Documents.Benchmarks;

/// <summary>
/// The Markdown pipeline's stages timed one by one on one thread, warm, with the bytes each allocates. Times are the
/// thread's CPU time (clock_gettime on Linux), so other work on a shared machine does not count; elsewhere wall time.
/// </summary>
internal static class Stages
{
    public static void Run(string root)
    {
        var html = Directory.GetFiles(root, "*.html", SearchOption.AllDirectories).Length > Directory.GetFiles(root, "*.md", SearchOption.AllDirectories).Length;
        var files = Directory.GetFiles(root, html ? "*.html" : "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var texts = files.Select(File.ReadAllText).ToArray();
        long bytes = files.Sum(f => new FileInfo(f).Length);
        var options = new DocumentScanOptions();
        var times = new Dictionary<string, (double Ms, long Bytes)>();
        Dictionary<string, (double Ms, long Bytes)>? first = null;
        for (int round = 0; round < 8; round++)
        {
            var current = new Dictionary<string, (double Ms, long Bytes)>();
            for (int i = 0; i < files.Length; i++)
            {
                if (html) OneHtml(files[i], texts[i], options, current);
                else One(files[i], texts[i], options, current);
            }
            foreach (var (k, v) in current)
            {
                if (round == 0 || !times.TryGetValue(k, out var best) || v.Ms < best.Ms) times[k] = v;
            }
            if (round == 0) first = current;
        }
        // The first round is what a new process pays: JIT, type loading and static tables on top of the work.
        Console.WriteLine($"{files.Length} files; first round (a new process), one thread, thread CPU time:");
        foreach (var (k, v) in first!) Console.WriteLine($"  {k,-28} {v.Ms,8:F1} ms");
        Console.WriteLine($"  {"total",-28} {first.Values.Sum(v => v.Ms),8:F1} ms");
        Console.WriteLine($"{files.Length} files, {bytes / 1e6:F1} MB; best of 8 warm rounds, one thread, thread CPU time:");
        foreach (var (k, v) in times) Console.WriteLine($"  {k,-28} {v.Ms,8:F1} ms  {v.Bytes / 1e6,8:F1} MB allocated");
        Console.WriteLine($"  {"total",-28} {times.Values.Sum(v => v.Ms),8:F1} ms  {times.Values.Sum(v => v.Bytes) / 1e6,8:F1} MB allocated");
    }

    private static void OneHtml(string path, string text, DocumentScanOptions options, Dictionary<string, (double, long)> into)
    {
        var timer = new StageTimer(into);
        timer.Start(); var context = new DocumentContext(path, Path.GetFileName(path), text, FileKind.Html, options); timer.Stop("context");
        timer.Start(); ProseWording.CheckHtml(context, 0, text.Length); ProseWording.CheckFileName(context); timer.Stop("wording");
        timer.Start(); var document = HtmlParsing.Parse(text); timer.Stop("AngleSharp parse");
        context.Html = document;
        var root = document.DocumentElement;
        int rootOffset = root != null ? HtmlParsing.OffsetOf(root) : -1;
        timer.Start();
        var check = new HtmlCheck(context, document, isHtmlFile: true, isFullPage: rootOffset >= 0, text);
        var outline = new List<OutlineHeading>();
        HtmlRuleRunner.Run(check, outline);
        timer.Stop("html rules");
        timer.Start(); HeadingOutlineRules.Run(context, outline, null, check.IsFullPage, rootOffset, rootOffset >= 0 ? HtmlParsing.StartTagLength(text, rootOffset) : 0); timer.Stop("outline");
    }

    private sealed class StageTimer(Dictionary<string, (double, long)> into)
    {
        private long before;
        private double started;

        public void Start()
        {
            before = GC.GetAllocatedBytesForCurrentThread();
            started = ThreadCpu.Milliseconds();
        }

        public void Stop(string stage)
        {
            double ms = ThreadCpu.Milliseconds() - started;
            into.TryGetValue(stage, out var v);
            into[stage] = (v.Item1 + ms, v.Item2 + GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    private static void One(string path, string text, DocumentScanOptions options, Dictionary<string, (double, long)> into)
    {
        long before = 0;
        double started = 0;
        void Start() { before = GC.GetAllocatedBytesForCurrentThread(); started = ThreadCpu.Milliseconds(); }
        void Stop(string stage)
        {
            double ms = ThreadCpu.Milliseconds() - started;
            into.TryGetValue(stage, out var v);
            into[stage] = (v.Item1 + ms, v.Item2 + GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Start(); var context = new DocumentContext(path, Path.GetFileName(path), text, FileKind.Markdown, options); Stop("context");
        Start();
        var source = MarkdownSource.Prepare(text, context.RelativePath);
        context.FrontMatter = source.FrontMatter;
        var parsed = source.ParseText;
        Stop("front matter, dialects");
        Start(); var document = MarkdownParsing.Parse(parsed); Stop("Markdig parse");
        context.Markdown = document;
        Start(); var model = MarkdownWalker.Walk(document, parsed); Stop("walk");
        context.MarkdownModel = model;
        Start(); context.Suppressions = SuppressionMap.Parse(text, context.Map, model.IsInCode); Stop("suppressions");
        Start(); ProseWording.CheckMarkdown(context, model); ProseWording.CheckFileName(context); Stop("wording");
        OffsetMap? htmlOffsets = null;
        string htmlText = "";
        if (MaskedHtml.HasHtml(model))
        {
            Start(); htmlText = MaskedHtml.Build(model, out htmlOffsets); Stop("masked html");
            Start(); context.Html = HtmlParsing.Parse(htmlText); Stop("AngleSharp parse");
        }
        var outline = new List<OutlineHeading>();
        Start(); MarkdownImageRules.Run(context, model); MarkdownHeadingRules.Run(context, model, outline); Stop("image, heading rules");
        Start(); if (context.Html != null) HtmlRuleRunner.Run(new HtmlCheck(context, context.Html, isHtmlFile: false, isFullPage: false, htmlText, htmlOffsets), outline); Stop("html rules");
        Start(); MarkdownLinkRules.Run(context, model); Stop("link rules");
        Start(); MarkdownTableRules.Run(context, model); InlineHtmlRule.Run(context, model); HeadingOutlineRules.Run(context, outline, null, fullHtmlPage: false, 0, 0); Stop("table, inline html, outline");
    }
}

/// <summary>The calling thread's CPU time in milliseconds (Linux), or wall time where that clock is not available.</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;
    private static readonly Stopwatch Wall = Stopwatch.StartNew();
    private static bool unavailable = !OperatingSystem.IsLinux();

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Milliseconds()
    {
        if (!unavailable && ClockGetTime(ClockThreadCpuTime, out var time) == 0) return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
        unavailable = true;
        return Wall.Elapsed.TotalMilliseconds;
    }
}
