using System;

namespace InclusiveAnalyzers.Documents.Accessibility.Images
{
    /// <summary>
    /// The INCL301 message for a Markdown image without alt text, fitted to the image: a fixed
    /// example alt text reads like a guess about someone else's picture, so the hint names the image
    /// and says what kind of text suits it (a badge's label and value, a diagram's content, a screenshot's point).
    /// </summary>
    internal static class MissingAltHint
    {
        public static string For(string? url)
        {
            var name = FileName(url);
            var subject = name.Length > 0 ? $"The image '{name}'" : "The image";
            var lower = (url ?? string.Empty).ToLowerInvariant();
            if (lower.Contains("shields.io") || lower.Contains("badge") || lower.Contains("/workflows/") || lower.Contains("codecov.io"))
            {
                return $"{subject} has no alternative text. It looks like a badge: write its label and value between the brackets, as the badge shows them (for example the build status or the package version).";
            }

            if (lower.Contains("screenshot") || lower.Contains("screen-shot") || lower.Contains("screen_shot"))
            {
                return $"{subject} has no alternative text. For a screenshot, write between the brackets what the reader should notice in it, not every detail.";
            }

            if (lower.Contains("diagram") || lower.Contains("architecture") || lower.Contains("flow") || lower.Contains("chart") || lower.Contains("graph"))
            {
                return $"{subject} has no alternative text. For a diagram or chart, write between the brackets what it shows (its parts and how they connect, or the trend), or describe it in the text and keep a short label here.";
            }

            return $"{subject} has no alternative text. Write between the brackets what it shows, in the words a reader would need if the image did not load.";
        }

        // The last path segment without query or fragment, for naming the image in the message.
        private static string FileName(string? url)
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                return string.Empty;
            }

            var path = url!;
            int cut = path.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0)
            {
                path = path.Substring(0, cut);
            }

            path = path.TrimEnd('/');
            int slash = path.LastIndexOf('/');
            var name = slash >= 0 ? path.Substring(slash + 1) : path;
            return name.Length > 80 ? name.Substring(0, 80) + "…" : name;
        }
    }
}
