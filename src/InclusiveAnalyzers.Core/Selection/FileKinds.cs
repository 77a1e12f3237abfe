using System;
using System.Collections.Generic;
using System.IO;

namespace InclusiveAnalyzers.Core.Selection
{
    /// <summary>What a file is, by its extension.</summary>
    public enum FileKind
    {
        /// <summary>No scanner reads it (a code of conduct may still be read as plain text: <see cref="FileKinds.IsPlainText"/>).</summary>
        Unknown,
        Markdown,
        Html,

        /// <summary>Blazor components (.razor), MVC views and Razor Pages (.cshtml).</summary>
        Razor,
        CSharp,
    }

    /// <summary>
    /// The one list of scanned extensions, for every door: the CLI picks files by it, the build task picks
    /// repository documents by it, and the document scanner chooses its parser by it.
    /// </summary>
    public static class FileKinds
    {
        private static readonly Dictionary<string, FileKind> ByExtension = new Dictionary<string, FileKind>(StringComparer.OrdinalIgnoreCase)
        {
            [".md"] = FileKind.Markdown,
            [".markdown"] = FileKind.Markdown,
            [".mdx"] = FileKind.Markdown,
            [".mdown"] = FileKind.Markdown,
            [".mkd"] = FileKind.Markdown,
            [".mkdn"] = FileKind.Markdown,
            [".htm"] = FileKind.Html,
            [".html"] = FileKind.Html,
            [".xhtml"] = FileKind.Html,
            [".razor"] = FileKind.Razor,
            [".cshtml"] = FileKind.Razor,
            [".cs"] = FileKind.CSharp,
        };

        // Text a code of conduct may be written in without markup a parser reads: headings are found by layout.
        private static readonly HashSet<string> PlainText = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "", ".txt", ".text", ".rst", ".adoc", ".asciidoc", ".org",
        };

        /// <summary>
        /// The documents the NuGet package hands a C# project's compiler by default (AdditionalFiles in
        /// build/InclusiveAnalyzers.props): the build task mirrors them to know which documents the compiler reports.
        /// </summary>
        public static IReadOnlyList<string> CompilerDocumentExtensions { get; } = new[] { ".md", ".markdown", ".html", ".htm" };

        public static FileKind Of(string? path) =>
            ByExtension.TryGetValue(Path.GetExtension(path ?? string.Empty), out var kind) ? kind : FileKind.Unknown;

        /// <summary>Markdown, HTML or Razor: what the document scanner parses.</summary>
        public static bool IsDocument(string? path)
        {
            var kind = Of(path);
            return kind == FileKind.Markdown || kind == FileKind.Html || kind == FileKind.Razor;
        }

        /// <summary>Plain text (no extension, .txt, .rst, AsciiDoc, Org): read only as a code of conduct.</summary>
        public static bool IsPlainText(string? path) => PlainText.Contains(Path.GetExtension(path ?? string.Empty));

        /// <summary>A file a code of conduct can be written in: Markdown, HTML or plain text.</summary>
        public static bool IsTextDocument(string? path)
        {
            var kind = Of(path);
            return kind == FileKind.Markdown || kind == FileKind.Html || IsPlainText(path);
        }
    }
}
