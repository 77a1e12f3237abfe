using System;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Parsing;

namespace InclusiveAnalyzers.Documents.Accessibility.Images
{
    /// <summary>HTML text alternatives: img (INCL301-308), input type=image (INCL310), area (INCL311), svg and role=img (INCL312), object (INCL313).</summary>
    internal static class HtmlImageRules
    {
        /// <summary>
        /// ACT 23a2a8 (image has a non-empty accessible name) and 46ca7f (an image marked decorative is not
        /// exposed): INCL301 when an exposed image has no name, INCL308 when a decorative one is exposed anyway,
        /// the alt quality checks on the name that is announced.
        /// </summary>
        public static void Img(HtmlCheck check, IElement img)
        {
            var role = SemanticRole.Of(img);
            if (role == SemanticRole.Presentation)
            {
                if (img.GetAttribute("alt") == "" && HtmlFacts.HasNonBlank(img, "title"))
                {
                    check.Report("INCL308", img,
                        "The image is marked decorative (alt=\"\") but has a title, which makes screen readers announce it. Remove the title, or write a real alt.");
                }
                return;
            }
            if (role != "img") return; // given another role (a button, a link): that role's rule applies
            if (SemanticRole.IsMarkedDecorative(img))
            {
                // Exposed anyway (focusable, or a global ARIA attribute): unnamed, it is an image without a
                // name (INCL301); named, the decorative marking is what is wrong (INCL308).
                if (TextNormal.IsBlank(check.Name(img)))
                {
                    check.Report("INCL301", img, "The image is marked decorative, but it is focusable or has an ARIA attribute, so screen readers announce it, without a name. " +
                                                 "Remove the tabindex or aria-* attribute, or add alt=\"…\" describing it.");
                    return;
                }
                check.Report("INCL308", img, SemanticRole.IsFocusable(img)
                    ? "The image is marked decorative but is focusable, so screen readers announce it anyway. Remove the tabindex, or give it a real alt."
                    : "The image is marked decorative but has an ARIA attribute that makes screen readers announce it anyway. Remove the aria-* attribute, or give it a real alt.");
                return;
            }

            // aria-labelledby and aria-label win over alt: the name people hear is the one to judge.
            var labelledBy = AccessibleName.LabelledBy(img, check.Document);
            var ariaLabel = img.GetAttribute("aria-label");
            var announced = !TextNormal.IsBlank(labelledBy) ? labelledBy : !TextNormal.IsBlank(ariaLabel) ? ariaLabel : img.GetAttribute("alt");
            if (announced == null)
            {
                if (!TextNormal.IsBlank(img.GetAttribute("title"))) return; // the title names it (ACT 23a2a8)
                check.Report("INCL301", img, "The image has no alt attribute. Add alt=\"…\" describing it, or alt=\"\" if it is purely decorative.");
                return;
            }

            // Inside a link or button named by aria-label or aria-labelledby, the control's name is what is
            // read, not the image's alt (MkDocs Material's <a aria-label="Site"><img alt="logo"></a>).
            if (InControlNamedByAria(check, img)) return;
            var (offset, length) = check.StartTag(img);
            if (offset < 0) return;
            AltTextChecks.Check(check.Context, announced, img.GetAttribute("src"), offset, length, InDownloadLink(img));
            CheckDuplicatesText(check, img, announced);
        }

        /// <summary>The nearest enclosing link or button takes its name from aria-label or aria-labelledby, not from its content.</summary>
        private static bool InControlNamedByAria(HtmlCheck check, IElement img)
        {
            for (var parent = img.ParentElement; parent != null; parent = parent.ParentElement)
            {
                var role = SemanticRole.Of(parent);
                if (role == "link" || role == "button")
                {
                    return !TextNormal.IsBlank(parent.GetAttribute("aria-label")) || !TextNormal.IsBlank(AccessibleName.LabelledBy(parent, check.Document));
                }
                if (parent.LocalName == "body") return false;
            }
            return false;
        }

        /// <summary>The image is (part of) a link that downloads a file: its file name is what the link offers.</summary>
        private static bool InDownloadLink(IElement img)
        {
            for (var parent = img.ParentElement; parent != null; parent = parent.ParentElement)
            {
                if (parent.LocalName == "a") return parent.HasAttribute("download");
            }
            return false;
        }

        /// <summary>INCL307: the alt repeats the visible text of the enclosing link or button.</summary>
        private static void CheckDuplicatesText(HtmlCheck check, IElement img, string alt)
        {
            if (!check.IsEnabled("INCL307") || TextNormal.IsBlank(alt)) return;
            for (var parent = img.ParentElement; parent != null; parent = parent.ParentElement)
            {
                if (parent.LocalName == "a" || parent.LocalName == "button")
                {
                    var altNormal = TextNormal.Normalize(alt);
                    var content = TextNormal.Normalize(AccessibleName.Content(parent));
                    if (altNormal.Length > 0 && content == altNormal + " " + altNormal)
                    {
                        check.Report("INCL307", img,
                            "The image's alt repeats the text next to it in the same " + HtmlCheck.Describe(parent) + ", so it is read twice. Use alt=\"\" for the image.");
                    }
                    return;
                }
                if (parent.LocalName == "p" || parent.LocalName == "li" || parent.LocalName == "td" || parent.LocalName == "body") return;
            }
        }

        /// <summary>ACT 59796f: an image button needs a name (aria-labelledby, aria-label, alt, title); the default "Submit Query" is none.</summary>
        public static void InputImage(HtmlCheck check, IElement input)
        {
            var alt = input.GetAttribute("alt");
            if (!TextNormal.IsBlank(alt) && TextNormal.IsBlank(AccessibleName.LabelledBy(input, check.Document)) && !HtmlFacts.HasNonBlank(input, "aria-label"))
            {
                var (offset, length) = check.StartTag(input);
                if (offset >= 0) AltTextChecks.Check(check.Context, alt!, input.GetAttribute("src"), offset, length, InDownloadLink(input));
                return;
            }
            if (!TextNormal.IsBlank(check.Name(input)) || HasLabel(check, input)) return;
            check.Report("INCL310", input,
                "The image button has no text alternative, so it is announced without a purpose. Add alt=\"…\" saying what the button does.");
        }

        /// <summary>ACT c487ae for image-map areas: an area with href is a link and needs a name.</summary>
        public static void Area(HtmlCheck check, IElement area)
        {
            if (!area.HasAttribute("href") || !TextNormal.IsBlank(check.Name(area))) return;
            check.Report("INCL311", area,
                "This image-map area is a link without a text alternative. Add alt=\"…\" naming where it leads.");
        }

        /// <summary>
        /// ACT 7d6734 and 23a2a8: an svg (or an element inside one) with role img, graphics-document or
        /// graphics-symbol, or any other element with role img, needs a name.
        /// </summary>
        public static void RoleImg(HtmlCheck check, IElement element, string role)
        {
            if (role != "img" && role != "image" && role != "graphics-document" && role != "graphics-symbol") return;
            if (element.LocalName == "img") return; // the img rules cover it
            if (!TextNormal.IsBlank(check.Name(element))) return;
            check.Report("INCL312", element, element.LocalName == "svg"
                ? $"The <svg role=\"{role}\"> has no name. Add a <title> as its first child, or an aria-label."
                : $"The {HtmlCheck.Describe(element)} with role=\"{role}\" has no name. Add an aria-label describing the image.");
        }

        /// <summary>
        /// ACT 8fc3b6: an object that embeds an image, audio or video and has no role of its own needs a name
        /// (aria-labelledby, aria-label, title; its fallback content is not its name). Objects embedding a
        /// page or document are not checked.
        /// </summary>
        public static void Object(HtmlCheck check, IElement element)
        {
            if (!element.HasAttribute("data") || SemanticRole.Explicit(element) != null || !EmbedsMedia(element)) return;
            if (!TextNormal.IsBlank(check.Name(element))) return;
            check.Report("INCL313", element,
                "The embedded <object> has no text alternative. Add an aria-label or title describing it.");
        }

        private static readonly string[] DocumentExtensions = { ".html", ".htm", ".xhtml", ".php", ".asp", ".aspx", ".jsp", ".pdf", ".txt", ".xml", ".json", ".md" };

        /// <summary>The type attribute says image/audio/video, or, without one, the data address does not end in a document extension.</summary>
        private static bool EmbedsMedia(IElement element)
        {
            var type = element.GetAttribute("type")?.Trim().ToLowerInvariant();
            if (!string.IsNullOrEmpty(type)) return type!.StartsWith("image/", StringComparison.Ordinal) || type.StartsWith("audio/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal);
            var data = element.GetAttribute("data") ?? "";
            int cut = data.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0) data = data.Substring(0, cut);
            foreach (var extension in DocumentExtensions)
            {
                if (data.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return false;
            }
            return true;
        }

        private static bool HasLabel(HtmlCheck check, IElement input)
        {
            var id = input.Id;
            return !string.IsNullOrEmpty(id) && check.LabelsFor.ContainsKey(id!);
        }
    }
}
