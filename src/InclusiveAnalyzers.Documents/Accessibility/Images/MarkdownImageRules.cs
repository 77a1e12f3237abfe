using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Accessibility.Images
{
    /// <summary>Markdown images, inline and reference forms: INCL301 (empty label), the alt-quality rules, and INCL307.</summary>
    internal static class MarkdownImageRules
    {
        public static void Run(DocumentContext context, MarkdownModel model)
        {
            foreach (var item in model.Images)
            {
                var image = item.Node;
                var (offset, length) = MarkdownSpan.Of(image);
                var alt = InlineText.Collect(image).Text;
                if (alt.Length == 0)
                {
                    if (!context.A11y.MarkdownEmptyAltIsDecorative)
                    {
                        context.Report("INCL301", offset, length, MissingAltHint.For(image.Url ?? image.Reference?.Url));
                    }
                    continue;
                }

                AltTextChecks.Check(context, alt, image.Url ?? image.Reference?.Url, offset, length);

                if (item.Parent != null && !TextNormal.IsBlank(alt))
                {
                    var linkText = TextNormal.Normalize(InlineText.Collect(item.Parent).OwnText);
                    if (linkText.Length > 0 && linkText == TextNormal.Normalize(alt))
                    {
                        context.Report("INCL307", offset, length,
                            "The image's alternative text repeats the link text next to it, so it is read twice. Use an empty alt in HTML or shorten the link.");
                    }
                }
            }
        }
    }
}
