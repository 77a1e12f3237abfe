using System;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Accessibility.Media
{
    /// <summary>INCL370 (video without a captions track: needs review) and INCL371 (autoplay with sound).</summary>
    internal static class MediaRules
    {
        public static void Video(HtmlCheck check, IElement video)
        {
            bool captions = false;
            foreach (var child in video.Children)
            {
                if (child.LocalName == "track" && string.Equals(child.GetAttribute("kind")?.Trim(), "captions", StringComparison.OrdinalIgnoreCase))
                {
                    captions = true;
                    break;
                }
            }
            if (!captions)
            {
                check.Report("INCL370", video,
                    "The video has no <track kind=\"captions\"> (a subtitles track does not count). Add captions, or suppress this if they are burned into the video (needs review).");
            }
            Autoplay(check, video);
        }

        public static void Autoplay(HtmlCheck check, IElement media)
        {
            if (!media.HasAttribute("autoplay") || media.HasAttribute("muted")) return;
            check.Report("INCL371", media,
                $"The {HtmlCheck.Describe(media)} plays by itself, and its sound talks over screen readers. Remove autoplay, or add muted.");
        }
    }
}
