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

        /// <summary>ACT 97a4e1: an element whose role is button (a &lt;button&gt;, role="button", &lt;button role="none"&gt; that stays focusable) needs a name.</summary>
        public static void Button(HtmlCheck check, IElement button)
        {
            if (SemanticRole.Of(button) != "button") return;
            if (!TextNormal.IsBlank(check.Name(button))) return;
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
            if (SemanticRole.Of(input) != "button") return;
            // Submit and reset buttons without a value show the browser's own label ("Submit", "Reset").
            if (!TextNormal.IsBlank(check.Name(input))) return;
            check.Report("INCL350", input, $"The <input type=\"{type}\"> has no label. Give it a value=\"…\" that says what it does.");
        }

        /// <summary>
        /// INCL351, ACT e086e5: native fields (input, textarea, select) and elements with a form field role
        /// (textbox, checkbox, combobox...) need a name. Labels name native fields only; role="textbox" needs
        /// aria-label or aria-labelledby, and its text is its value, not its name.
        /// </summary>
        public static void Field(HtmlCheck check, IElement field, bool acceptsPlaceholder)
        {
            if (SemanticRole.IsPresentational(field)) return;
            bool native = field.LocalName == "input" || field.LocalName == "select" || field.LocalName == "textarea";
            if (native)
            {
                List<IElement>? explicitLabels = null;
                var id = field.Id;
                if (!string.IsNullOrEmpty(id)) check.LabelsFor.TryGetValue(id!, out explicitLabels);
                var wrapping = AccessibleName.WrappingLabel(field);
                int labelCount = explicitLabels?.Count ?? 0;
                if (wrapping != null && (explicitLabels == null || !explicitLabels.Contains(wrapping))) labelCount++;
                if (labelCount > 1 && LabelsDisagree(check, field, explicitLabels, wrapping))
                {
                    check.Report("INCL351", field, "The field has more than one <label>; screen readers may read only one. Keep one label and merge the texts.");
                    return;
                }
            }
            else if (!SemanticRole.IsFormField(SemanticRole.Of(field)))
            {
                return;
            }

            var name = check.Name(field);
            if (!TextNormal.IsBlank(name) && (acceptsPlaceholder || !IsOnlyPlaceholder(field, name))) return;
            check.Report("INCL351", field, native
                ? $"The {HtmlCheck.Describe(field)} field has no label. Add a <label for=\"…\"> (or wrap it in <label>), or an aria-label."
                : $"The {HtmlCheck.Describe(field)} with role=\"{SemanticRole.Of(field)}\" has no name; a <label> does not name it. Add aria-label or aria-labelledby.");
        }

        /// <summary>
        /// Several labels matter only when they give the field different names (axe form-field-multiple-labels):
        /// a field named by aria-label or aria-labelledby does not take its name from its labels, and labels
        /// without text (an empty overlay, an icon) or with the same text add nothing a reader could miss.
        /// Themes that toggle a menu with a checkbox give it such labels as click targets (MkDocs Material's
        /// drawer and search toggles, Furo's sidebar toggles, JSDoc's nav trigger).
        /// </summary>
        private static bool LabelsDisagree(HtmlCheck check, IElement field, List<IElement>? explicitLabels, IElement? wrapping)
        {
            if (!TextNormal.IsBlank(field.GetAttribute("aria-label"))) return false;
            if (!TextNormal.IsBlank(AccessibleName.LabelledBy(field, check.Document))) return false;
            string? first = null;
            foreach (var label in AllLabels(explicitLabels, wrapping))
            {
                var text = TextNormal.Normalize(AccessibleName.LabelText(label, check.Document, field));
                if (text.Length == 0) continue;
                if (first == null) first = text;
                else if (!string.Equals(first, text, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private static IEnumerable<IElement> AllLabels(List<IElement>? explicitLabels, IElement? wrapping)
        {
            if (explicitLabels != null)
            {
                foreach (var label in explicitLabels) yield return label;
            }
            if (wrapping != null && (explicitLabels == null || !explicitLabels.Contains(wrapping))) yield return wrapping;
        }

        private static bool IsOnlyPlaceholder(IElement field, string name) =>
            string.Equals(name, field.GetAttribute("placeholder") ?? field.GetAttribute("aria-placeholder"), StringComparison.Ordinal);

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

        /// <summary>
        /// ACT cae760: an iframe needs a name (aria-labelledby, aria-label, title), unless it is taken out of
        /// the keyboard order (negative tabindex) or marked decorative; and frames with different content need different names.
        /// </summary>
        public void Frame(HtmlCheck check, IElement frame)
        {
            var tabindex = frame.GetAttribute("tabindex");
            if (HtmlFacts.TryParseInteger(tabindex, out int index) && index < 0) return;
            if (SemanticRole.IsMarkedDecorative(frame)) return;
            var name = check.Name(frame);
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

        /// <summary>
        /// ACT 2t702h: the summary that opens its details (the first summary child) needs a name. One with a
        /// role of its own is judged by that role (role="button": INCL350).
        /// </summary>
        public static void Summary(HtmlCheck check, IElement summary)
        {
            if (!SemanticRole.IsDetailsSummary(summary)) return;
            var explicitRole = SemanticRole.Explicit(summary);
            if (explicitRole != null && explicitRole != "none" && explicitRole != "presentation")
            {
                Button(check, summary);
                return;
            }
            if (!TextNormal.IsBlank(AccessibleName.LabelledBy(summary, check.Document)) || !TextNormal.IsBlank(summary.GetAttribute("aria-label"))) return;
            if (!TextNormal.IsBlank(AccessibleName.Content(summary, check.Document)) || HtmlFacts.HasNonBlank(summary, "title")) return;
            check.Report("INCL354", summary, "The <summary> is empty, so the button that opens the details has no name. Write what the section holds.");
        }

        public static void TabIndex(HtmlCheck check, IElement element)
        {
            var value = element.GetAttribute("tabindex");
            if (HtmlFacts.TryParseInteger(value, out int index) && index > 0)
            {
                check.Report("INCL355", element, $"tabindex=\"{index}\" moves this element ahead in the keyboard order. Use 0 (or -1) and put the element where it belongs in the markup.");
            }
        }
    }
}
