using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Accessibility.Images;
using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Accessibility.Forms
{
    /// <summary>Controls: INCL350 (buttons), INCL351 (field labels), INCL352 (fieldset legend), INCL353 (frame titles), INCL354 (summary), INCL355 (tabindex).</summary>
    internal sealed class FormRules
    {
        // INCL353: the first frame seen with each title, to tell repeated titles apart.
        private readonly Dictionary<string, string> frameTitles = new Dictionary<string, string>(StringComparer.Ordinal);

        public static void Button(HtmlCheck check, IElement button)
        {
            if (HtmlFacts.IsAriaHiddenTrue(button) || HtmlFacts.IsPresentational(button)) return;
            if (!TextNormal.IsBlank(check.NameOrTitle(button))) return;
            check.Report("INCL350", button, "The button has no text, so its purpose is not announced. Add text, an aria-label or a title.");
        }

        public static void Input(HtmlCheck check, IElement input)
        {
            var type = (input.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
            switch (type)
            {
                case "hidden":
                    return;
                case "image":
                    HtmlImageRules.InputImage(check, input);
                    return;
                case "button":
                case "submit":
                case "reset":
                    InputButton(check, input, type);
                    return;
                default:
                    Field(check, input, acceptsPlaceholder: true);
                    return;
            }
        }

        private static void InputButton(HtmlCheck check, IElement input, string type)
        {
            if (HtmlFacts.IsAriaHiddenTrue(input)) return;
            var value = input.GetAttribute("value");
            if (!TextNormal.IsBlank(value) || !TextNormal.IsBlank(check.NameOrTitle(input))) return;
            // Submit and reset buttons without a value show the browser's own label ("Submit", "Reset").
            if (value == null && type != "button") return;
            check.Report("INCL350", input, $"The <input type=\"{type}\"> has no label. Give it a value=\"…\" that says what it does.");
        }

        /// <summary>INCL351 for input, textarea and select.</summary>
        public static void Field(HtmlCheck check, IElement field, bool acceptsPlaceholder)
        {
            if (HtmlFacts.IsHiddenSelf(field)) return;
            List<IElement>? explicitLabels = null;
            var id = field.Id;
            if (!string.IsNullOrEmpty(id)) check.LabelsFor.TryGetValue(id!, out explicitLabels);
            IElement? wrapping = null;
            for (var parent = field.ParentElement; parent != null; parent = parent.ParentElement)
            {
                if (parent.LocalName == "label") { wrapping = parent; break; }
                if (parent.LocalName == "form" || parent.LocalName == "body") break;
            }

            int labelCount = explicitLabels?.Count ?? 0;
            if (wrapping != null && (explicitLabels == null || !explicitLabels.Contains(wrapping))) labelCount++;
            if (labelCount > 1)
            {
                check.Report("INCL351", field, "The field has more than one <label>; screen readers may read only one. Keep one label and merge the texts.");
                return;
            }

            // A field's own content (option texts, textarea text) is its value, not its label.
            bool labelled = HtmlFacts.HasNonBlank(field, "aria-label") || HtmlFacts.HasNonBlank(field, "title") ||
                            !TextNormal.IsBlank(AccessibleName.LabelledBy(field, check.Document));
            if (!labelled && explicitLabels != null)
            {
                foreach (var label in explicitLabels)
                {
                    if (!TextNormal.IsBlank(AccessibleName.Content(label))) { labelled = true; break; }
                }
            }
            if (!labelled && wrapping != null && !TextNormal.IsBlank(AccessibleName.Content(wrapping))) labelled = true;
            if (!labelled && acceptsPlaceholder && HtmlFacts.HasNonBlank(field, "placeholder")) labelled = true;
            if (labelled) return;
            check.Report("INCL351", field, $"The {HtmlCheck.Describe(field)} field has no label. Add a <label for=\"…\"> (or wrap it in <label>), or an aria-label.");
        }

        public static void Fieldset(HtmlCheck check, IElement fieldset)
        {
            var first = fieldset.FirstElementChild;
            if (first != null && first.LocalName == "legend") return;
            bool hasLegend = false;
            foreach (var child in fieldset.Children)
            {
                if (child.LocalName == "legend") { hasLegend = true; break; }
            }
            check.Report("INCL352", fieldset, hasLegend
                ? "The <legend> must be the first child of the <fieldset> to name the group. Move it to the top."
                : "The <fieldset> has no <legend>, so the group of fields has no name. Add a <legend> as its first child.");
        }

        public void Frame(HtmlCheck check, IElement frame)
        {
            if (HtmlFacts.IsAriaHiddenTrue(frame)) return;
            var name = check.NameOrTitle(frame);
            if (TextNormal.IsBlank(name))
            {
                check.Report("INCL353", frame, $"The {HtmlCheck.Describe(frame)} has no title. Add title=\"…\" describing its content.");
                return;
            }
            var key = TextNormal.Normalize(name);
            var source = (frame.GetAttribute("src") ?? "").Trim();
            if (frameTitles.TryGetValue(key, out var firstSource))
            {
                if (!string.Equals(firstSource, source, StringComparison.Ordinal))
                {
                    check.Report("INCL353", frame, $"Another frame with different content already has the title '{TextNormal.Collapse(name)}'. Give each frame its own title.");
                }
            }
            else
            {
                frameTitles[key] = source;
            }
        }

        public static void Summary(HtmlCheck check, IElement summary)
        {
            if (summary.ParentElement?.LocalName != "details") return;
            if (!TextNormal.IsBlank(check.NameOrTitle(summary))) return;
            check.Report("INCL354", summary, "The <summary> is empty, so the button that opens the details has no name. Write what the section holds.");
        }

        public static void TabIndex(HtmlCheck check, IElement element)
        {
            var value = element.GetAttribute("tabindex");
            if (value != null && int.TryParse(value.Trim(), out int index) && index > 0)
            {
                check.Report("INCL355", element, $"tabindex=\"{index}\" moves this element ahead in the keyboard order. Use 0 (or -1) and put the element where it belongs in the markup.");
            }
        }
    }
}
