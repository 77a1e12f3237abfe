using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Documents.Accessibility.Images
{
    /// <summary>
    /// Quality checks on an alt text that exists (INCL302 to INCL306), shared by Markdown images and
    /// HTML img/input/area. Each alt gets at most one of "placeholder", "file name" and "redundant words":
    /// the most specific one.
    /// </summary>
    internal static class AltTextChecks
    {
        private static readonly HashSet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
        {
            "image", "img", "picture", "pic", "photo", "photograph", "graphic", "drawing", "painting", "artwork",
            "logo", "icon", "screenshot", "screen shot", "spacer", "blank", "empty", "placeholder", "temp", "alt",
            "alt text", "chart", "diagram", "graph", "table", "button", "arrow", "more", "bullet", "untitled", "*",
        };

        // Default names macOS, CleanShot and similar tools give screenshots: "Screenshot 2025-03-14 at 09.41.07".
        private static readonly Regex DefaultScreenshotName = new Regex(
            @"^\s*(screen\s?shot|clean\s?shot|screencast|screen\s+recording)[\s_-]+\d{4}-\d{2}-\d{2}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly string[] ImageExtensions =
        {
            ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".ico", ".tif", ".tiff", ".avif", ".heic",
        };

        private static readonly string[] RedundantPhrases =
        {
            "image of", "picture of", "photo of", "photograph of", "graphic of", "screenshot of", "screen shot of",
        };

        private static readonly HashSet<string> RedundantWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "image", "photo", "picture",
        };

        /// <summary>
        /// Checks a present, non-empty alt at [offset, offset + length). <paramref name="fileNameFits"/>: the
        /// image sits in a download link, where its file name is what the link offers (ACT 9eb3f6).
        /// </summary>
        public static void Check(DocumentContext context, string alt, string? source, int offset, int length, bool fileNameFits = false)
        {
            // A Razor alt="@item.Description" is written when the page runs: present, but not known here.
            if (context.Kind == FileKind.Razor && Razor.RazorMarkup.IsDynamic(alt)) return;
            if (TextNormal.IsBlank(alt))
            {
                context.Report("INCL302", offset, length,
                    "The alternative text is only whitespace. Describe the image, or use an empty alt (alt=\"\") in HTML if it is purely decorative.");
                return;
            }

            var trimmed = alt.Trim();
            var lower = trimmed.ToLowerInvariant();
            if (Placeholders.Contains(lower.TrimEnd('.', ':')) || DefaultScreenshotName.IsMatch(trimmed))
            {
                context.Report("INCL305", offset, length,
                    $"The alternative text '{TextNormal.Collapse(trimmed)}' is a placeholder. Say what the image shows or why it is there.");
            }
            else if (!fileNameFits && IsFileNameOrUrl(lower, source))
            {
                context.Report("INCL303", offset, length,
                    $"The alternative text '{TextNormal.Collapse(trimmed)}' is a file name or address. Describe what the image shows instead.");
            }
            else if (HasRedundantWords(lower))
            {
                context.Report("INCL304", offset, length,
                    "The alternative text says it is an image; screen readers announce that already. Describe the content instead (drop 'image of', 'picture', 'photo').");
            }

            int max = context.A11y.MaxAltLength;
            if (max > 0 && trimmed.Length > max)
            {
                context.Report("INCL306", offset, length,
                    $"The alternative text is {trimmed.Length} characters long (limit {max}). Keep it short and put the full description in the surrounding text.");
            }
        }

        private static bool IsFileNameOrUrl(string lowerAlt, string? source)
        {
            if (lowerAlt.StartsWith("http://", StringComparison.Ordinal) || lowerAlt.StartsWith("https://", StringComparison.Ordinal) ||
                lowerAlt.StartsWith("www.", StringComparison.Ordinal) || lowerAlt.StartsWith("data:", StringComparison.Ordinal))
            {
                return true;
            }
            foreach (var extension in ImageExtensions)
            {
                if (lowerAlt.EndsWith(extension, StringComparison.Ordinal)) return true;
            }
            if (IsPathLike(lowerAlt)) return true;
            if (string.IsNullOrEmpty(source)) return false;

            // Our own heuristic: the alt repeats the src file name, as editors fill it in. Only for images
            // the document ships (a relative src): an image from another site is named by that site, and a
            // badge's address carries the name of what it shows (.../nuget/v/StackExchange.Redis.svg).
            var path = source!;
            if (path.IndexOf("://", StringComparison.Ordinal) >= 0 || path.StartsWith("//", StringComparison.Ordinal)) return false;
            int cut = path.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0) path = path.Substring(0, cut);
            int slash = path.LastIndexOfAny(new[] { '/', '\\' });
            var name = (slash >= 0 ? path.Substring(slash + 1) : path).ToLowerInvariant();
            if (name.Length == 0) return false;
            int dot = name.LastIndexOf('.');
            var stem = dot > 0 ? name.Substring(0, dot) : name;
            if (lowerAlt == name && dot > 0) return true;
            return lowerAlt == stem && LooksLikeFileName(stem);
        }

        /// <summary>A relative or absolute path without spaces: "./img/logo", "../_images/flow", "/assets/x".</summary>
        private static bool IsPathLike(string lowerAlt)
        {
            if (lowerAlt.IndexOf(' ') >= 0) return false;
            return lowerAlt.StartsWith("./", StringComparison.Ordinal) || lowerAlt.StartsWith("../", StringComparison.Ordinal) ||
                lowerAlt.StartsWith("~/", StringComparison.Ordinal) || (lowerAlt.Length > 1 && lowerAlt[0] == '/' && char.IsLetterOrDigit(lowerAlt[1])) ||
                (lowerAlt.Length > 3 && char.IsLetter(lowerAlt[0]) && lowerAlt[1] == ':' && lowerAlt[2] == '\\');
        }

        /// <summary>
        /// A stem that only a file would have: a digit, '_' or '-' in it. Dots do not count: dotted names
        /// are how packages and namespaces are written (StackExchange.Redis, Newtonsoft.Json).
        /// </summary>
        private static bool LooksLikeFileName(string stem)
        {
            foreach (char c in stem)
            {
                if (char.IsDigit(c) || c == '-' || c == '_') return true;
            }
            return false;
        }

        private static bool HasRedundantWords(string lowerAlt)
        {
            foreach (var phrase in RedundantPhrases)
            {
                if (lowerAlt.IndexOf(phrase, StringComparison.Ordinal) >= 0) return true;
            }
            int start = -1;
            for (int i = 0; i <= lowerAlt.Length; i++)
            {
                bool letter = i < lowerAlt.Length && char.IsLetter(lowerAlt[i]);
                if (letter && start < 0) { start = i; }
                else if (!letter && start >= 0)
                {
                    if (RedundantWords.Contains(lowerAlt.Substring(start, i - start))) return true;
                    start = -1;
                }
            }
            return false;
        }
    }
}
