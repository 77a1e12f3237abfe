using System;
using InclusiveAnalyzers.Documents.Accessibility;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>
    /// A link whose text is the name of the page it opens: the text equals the last segment of the destination's path
    /// (`[Link](https://ckeditor.com/cke4/addon/link)`, the Link plugin's page; `[More](/plugins/more)`). A generic word
    /// there is the destination's own name, not a vague "click here" (INCL330), so the generic-text check leaves it.
    /// Compared as words: case, hyphens, underscores and a file extension do not count. A fragment names its section the
    /// same way: MkDocs' theme guide lists "<c>&lt;a href="#page"&gt;page&lt;/a&gt;</c> objects, and
    /// <c>&lt;a href="#link"&gt;link&lt;/a&gt;</c> objects", each linking the section about that object.
    /// </summary>
    internal static class DestinationNames
    {
        /// <summary>Whether <paramref name="text"/> spells the last path segment of <paramref name="url"/>.</summary>
        public static bool IsNamedBy(string text, string? url)
        {
            var name = TextNormal.Normalize(text);
            if (name.Length == 0)
            {
                return false;
            }

            var fragment = Fragment(url);
            if (fragment.Length > 0 && name == TextNormal.Normalize(fragment))
            {
                return true;
            }

            var segment = LastSegment(url);
            return segment.Length > 0 && (name == TextNormal.Normalize(segment) || name == TextNormal.Normalize(WithoutExtension(segment)));
        }

        // The path's last non-empty segment, without query, fragment or scheme and host (https://host alone has none).
        private static string LastSegment(string? url)
        {
            if (string.IsNullOrEmpty(url))
            {
                return string.Empty;
            }

            var path = url!;
            int cut = path.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0)
            {
                path = path.Substring(0, cut);
            }

            int scheme = path.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0)
            {
                int slash = path.IndexOf('/', scheme + 3);
                path = slash < 0 ? string.Empty : path.Substring(slash);
            }

            path = path.TrimEnd('/');
            int last = path.LastIndexOf('/');
            var segment = last >= 0 ? path.Substring(last + 1) : path;
            try
            {
                return Uri.UnescapeDataString(segment);
            }
            catch (UriFormatException)
            {
                return segment;
            }
        }

        // The fragment after '#', unescaped; empty without one.
        private static string Fragment(string? url)
        {
            int hash = string.IsNullOrEmpty(url) ? -1 : url!.IndexOf('#');
            if (hash < 0 || hash + 1 >= url!.Length)
            {
                return string.Empty;
            }

            var fragment = url.Substring(hash + 1);
            try
            {
                return Uri.UnescapeDataString(fragment);
            }
            catch (UriFormatException)
            {
                return fragment;
            }
        }

        private static string WithoutExtension(string segment)
        {
            int dot = segment.LastIndexOf('.');
            return dot > 0 ? segment.Substring(0, dot) : segment;
        }
    }
}
