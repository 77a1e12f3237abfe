using System;
using System.Threading;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// The parsers' first use in a new process costs about 0.1 s of one core (AngleSharp's configuration, entity and
    /// element tables, Markdig's pipeline, and their JIT), before the first document is read. A command-line host
    /// starts this on its second core while it reads its configuration and lists files, so that cost is mostly paid
    /// by then. Nothing is kept but what the runtime and the parsers' own statics keep.
    /// </summary>
    public static class ParserWarmup
    {
        // Each construct takes a path the real documents take first: entities, attributes, a table, raw HTML in Markdown.
        private const string SampleHtml =
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body>" +
            "<h1 id=\"a\">A &amp; B</h1><p class=\"c\">text <a href=\"#a\">link</a> <img src=\"i.png\" alt=\"i\"></p>" +
            "<table><tr><th>x</th></tr><tr><td>y</td></tr></table><ul><li>z</li></ul></body></html>";

        private const string SampleMarkdown =
            "# Title {#title}\n\nSome *text*, `code` and a [link](#title).\n\n- item\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<div align=\"center\"><img src=\"i.png\"></div>\n";

        /// <summary>Parses one small Markdown and one small HTML document on this thread.</summary>
        public static void Run()
        {
            MarkdownParsing.Parse(SampleMarkdown);
            HtmlParsing.Parse(SampleHtml);
        }

        /// <summary>Runs <see cref="Run"/> on a background thread, which never delays the process's exit.</summary>
        public static void Start()
        {
            var thread = new Thread(() =>
            {
                try
                {
                    Run();
                }
                catch (Exception)
                {
                    // Only the head start is lost: a document that meets the same failure reports it itself.
                }
            })
            {
                IsBackground = true,
                Name = "inclusive parser warm-up",
            };
            thread.Start();
        }
    }
}
