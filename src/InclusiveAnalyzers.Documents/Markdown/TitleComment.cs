using System;
using Markdig.Syntax;

namespace InclusiveAnalyzers.Documents.Markdown
{
    /// <summary>
    /// The page title of JetBrains Writerside (the Kotlin and Ktor documentation), given on the first line in Markdown's
    /// comment idiom: <c>[//]: # (title: Contribution)</c>. The site renders it as the page's level-1 heading, so the
    /// outline rules count it as a front-matter title. Only on the first line, with the <c>title:</c> key: a comment
    /// further down, or one that says something else, is no title.
    /// </summary>
    internal static class TitleComment
    {
        public static string? Read(MarkdownModel? model)
        {
            if (model == null || model.Definitions.Count == 0) return null;
            var definition = model.Definitions[0];
            if (definition.Label != "//" || definition.Url?.Trim() != "#" || definition.Title == null) return null;
            var text = model.ParsedText;
            for (int i = 0; i < definition.Span.Start && i < text.Length; i++)
            {
                if (!char.IsWhiteSpace(text[i])) return null;
            }
            var title = definition.Title.Trim();
            if (!title.StartsWith("title:", StringComparison.Ordinal)) return null;
            title = title.Substring("title:".Length).Trim();
            return title.Length > 0 ? title : null;
        }
    }
}
