using System;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Parsing;

namespace InclusiveAnalyzers.Documents.Accessibility.Images
{
    /// <summary>HTML text alternatives: img (INCL301-308), input type=image (INCL310), area (INCL311), svg and role=img (INCL312), object (INCL313).</summary>
    internal static class HtmlImageRules
    {
        public static void Img(HtmlCheck check, IElement img)
        {
            if (!img.HasAttribute("alt"))
            {
                if (HtmlFacts.IsAriaHiddenTrue(img)) return;
                if (HtmlFacts.IsPresentational(img) && !img.HasAttribute("tabindex") && !HasGlobalAria(img)) return;
                if (HtmlFacts.HasNonBlank(img, "aria-label") || !TextNormal.IsBlank(AccessibleName.LabelledBy(img, check.Document))) return;
                check.Report("INCL301", img, HtmlFacts.HasNonBlank(img, "title")
                    ? "The image has a title but no alt attribute; a title is not a text alternative. Add alt=\"…\" describing it (or alt=\"\" if it is decorative)."
                    : "The image has no alt attribute. Add alt=\"…\" describing it, or alt=\"\" if it is purely decorative.");
                return;
            }

            var alt = img.GetAttribute("alt") ?? "";
            if (alt.Length == 0)
            {
                if (HtmlFacts.HasNonBlank(img, "title"))
                {
                    check.Report("INCL308", img,
                        "The image is marked decorative (alt=\"\") but has a title, which makes screen readers announce it. Remove the title, or write a real alt.");
                }
                return;
            }

            var (offset, length) = check.StartTag(img);
            if (offset < 0) return;
            AltTextChecks.Check(check.Context, alt, img.GetAttribute("src"), offset, length);
            CheckDuplicatesText(check, img, alt);
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

        public static void InputImage(HtmlCheck check, IElement input)
        {
            var alt = input.GetAttribute("alt");
            if (!TextNormal.IsBlank(alt))
            {
                var (offset, length) = check.StartTag(input);
                if (offset >= 0) AltTextChecks.Check(check.Context, alt!, input.GetAttribute("src"), offset, length);
                return;
            }
            if (!TextNormal.IsBlank(check.NameOrTitle(input)) || HasLabel(check, input)) return;
            check.Report("INCL310", input,
                "The image button has no text alternative, so it is announced without a purpose. Add alt=\"…\" saying what the button does.");
        }

        public static void Area(HtmlCheck check, IElement area)
        {
            if (!area.HasAttribute("href")) return;
            if (!TextNormal.IsBlank(area.GetAttribute("alt")) || HtmlFacts.HasNonBlank(area, "aria-label") ||
                !TextNormal.IsBlank(AccessibleName.LabelledBy(area, check.Document)))
            {
                return;
            }
            check.Report("INCL311", area,
                "This image-map area is a link without a text alternative. Add alt=\"…\" naming where it leads.");
        }

        /// <summary>svg with an image role, or any other element with role=img.</summary>
        public static void RoleImg(HtmlCheck check, IElement element, string role)
        {
            if (HtmlFacts.IsAriaHiddenTrue(element)) return;
            bool isSvg = element.LocalName == "svg";
            if (isSvg)
            {
                if (role != "img" && role != "graphics-document" && role != "graphics-symbol") return;
                if (!TextNormal.IsBlank(AccessibleName.LabelledBy(element, check.Document)) || !TextNormal.IsBlank(AccessibleName.SvgName(element))) return;
                check.Report("INCL312", element,
                    $"The <svg role=\"{role}\"> has no name. Add a <title> as its first child, or an aria-label.");
                return;
            }
            if (role != "img" && role != "image") return;
            if (element.LocalName == "img") return; // the img rules cover it
            if (HtmlFacts.HasNonBlank(element, "aria-label") || HtmlFacts.HasNonBlank(element, "title") ||
                !TextNormal.IsBlank(AccessibleName.LabelledBy(element, check.Document)))
            {
                return;
            }
            check.Report("INCL312", element,
                $"The {HtmlCheck.Describe(element)} with role=\"img\" has no name. Add an aria-label describing the image.");
        }

        public static void Object(HtmlCheck check, IElement element)
        {
            if (!element.HasAttribute("data") || HtmlFacts.IsAriaHiddenTrue(element) || HtmlFacts.IsPresentational(element)) return;
            if (HtmlFacts.HasNonBlank(element, "aria-label") || HtmlFacts.HasNonBlank(element, "title") ||
                !TextNormal.IsBlank(AccessibleName.LabelledBy(element, check.Document)))
            {
                return;
            }
            check.Report("INCL313", element,
                "The embedded <object> has no text alternative. Add an aria-label or title describing it.");
        }

        private static bool HasLabel(HtmlCheck check, IElement input)
        {
            var id = input.Id;
            return !string.IsNullOrEmpty(id) && check.LabelsFor.ContainsKey(id!);
        }

        private static bool HasGlobalAria(IElement element)
        {
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                if (name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase) && name != "aria-hidden") return true;
            }
            return false;
        }
    }
}
