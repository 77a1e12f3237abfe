using System;
using System.Globalization;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Accessibility.Aria
{
    /// <summary>INCL375 (roles valid, concrete, current) and INCL376 (aria-* names, values, required and prohibited attributes).</summary>
    internal static class AriaRules
    {
        /// <summary>Checks the role attribute; returns the first valid role (what assistive technology uses), or null.</summary>
        public static string? Role(HtmlCheck check, IElement element)
        {
            var value = element.GetAttribute("role");
            if (value == null || value.Trim().Length == 0 || check.IsRuntimeValue(value)) return null;
            string? firstValid = null;
            string? problem = null;
            foreach (var raw in value.Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var role = raw.ToLowerInvariant();
                if (AriaTables.IsAbstractRole(role))
                {
                    problem ??= $"role=\"{raw}\" is an abstract role, meant only for the specification. Use a concrete role (for example a landmark such as 'navigation').";
                }
                else if (AriaTables.IsDeprecatedRole(role))
                {
                    problem ??= $"role=\"{raw}\" is deprecated. Use a current role (for example 'list' instead of 'directory').";
                }
                else if (AriaTables.IsValidRole(role))
                {
                    firstValid ??= role;
                }
            }
            if (problem == null && firstValid == null)
            {
                problem = $"role=\"{value.Trim()}\" is not a WAI-ARIA role. Fix the spelling or remove the attribute.";
            }
            if (problem == null && (firstValid == "none" || firstValid == "presentation") && element.LocalName != "img" && SemanticRole.Conflicts(element))
            {
                // ACT 46ca7f: the author marked it decorative, but focus or a global ARIA attribute exposes it
                // anyway (images get INCL301/INCL308 from the image rules instead).
                problem = SemanticRole.IsFocusable(element)
                    ? $"role=\"{firstValid}\" is ignored because the {HtmlCheck.Describe(element)} can take focus. Remove the role, or make the element not focusable."
                    : $"role=\"{firstValid}\" is ignored because the {HtmlCheck.Describe(element)} has a global ARIA attribute (such as aria-label). Remove one or the other.";
            }
            if (problem != null) check.Report("INCL375", element, problem);
            return firstValid;
        }

        public static void Attributes(HtmlCheck check, IElement element, string? role, bool hasAria)
        {
            if (hasAria)
            {
                foreach (var attribute in element.Attributes)
                {
                    var name = attribute.Name;
                    if (!name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase)) continue;
                    if (!IsLower(name)) name = name.ToLowerInvariant(); // HTML names arrive lower case; foreign content may not
                    if (!AriaTables.TryGetAttribute(name, out var type, out var tokens))
                    {
                        check.Report("INCL376", element, $"'{attribute.Name}' is not an ARIA attribute. Fix the spelling or remove it.");
                        return;
                    }
                    var problem = check.IsRuntimeValue(attribute.Value) ? null : CheckValue(name, attribute.Value, type, tokens);
                    if (problem != null)
                    {
                        check.Report("INCL376", element, problem);
                        return;
                    }
                }
            }

            if (role != null && !IsNativeControl(element))
            {
                foreach (var required in AriaTables.RequiredFor(role))
                {
                    if (!element.HasAttribute(required))
                    {
                        check.Report("INCL376", element, $"role=\"{role}\" needs {required}, which is missing. Add it (and keep it up to date if a script changes the state).");
                        return;
                    }
                }
            }

            // A role written at run time may be one that takes a name: the element's own role is not what counts.
            if (hasAria && (element.HasAttribute("aria-label") || element.HasAttribute("aria-labelledby")) && !check.IsRuntimeValue(element.GetAttribute("role")) &&
                AriaTables.ProhibitsName(role, element.LocalName))
            {
                var what = role != null ? $"role=\"{role}\"" : HtmlCheck.Describe(element);
                check.Report("INCL376", element, $"aria-label and aria-labelledby are not allowed on {what}, so screen readers may ignore them. " +
                                                 "Put the text in the content, or give the element a role that can be named (for example role=\"img\" for an emoji).");
            }
        }

        private static bool IsLower(string name)
        {
            foreach (char c in name)
            {
                if (c >= 'A' && c <= 'Z') return false;
            }
            return true;
        }

        private static string? CheckValue(string name, string value, AriaValueType type, string[] tokens)
        {
            var v = value.Trim().ToLowerInvariant();
            if (v.Length == 0) return null; // an empty value means "not set"
            switch (type)
            {
                case AriaValueType.Boolean:
                    return v == "true" || v == "false" ? null : $"{name}=\"{value}\" must be true or false.";
                case AriaValueType.BooleanOrUndefined:
                    return v == "true" || v == "false" || v == "undefined" ? null : $"{name}=\"{value}\" must be true, false or undefined.";
                case AriaValueType.Tristate:
                    return v == "true" || v == "false" || v == "mixed" ? null : $"{name}=\"{value}\" must be true, false or mixed.";
                case AriaValueType.Integer:
                    return int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : $"{name}=\"{value}\" must be a whole number.";
                case AriaValueType.Number:
                    return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : $"{name}=\"{value}\" must be a number.";
                case AriaValueType.Token:
                    return Array.IndexOf(tokens, v) >= 0 ? null : $"{name}=\"{value}\" is not allowed; use one of: {string.Join(", ", tokens)}.";
                case AriaValueType.TokenList:
                    foreach (var token in v.Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (Array.IndexOf(tokens, token) < 0) return $"{name}=\"{value}\" holds '{token}'; allowed: {string.Join(", ", tokens)}.";
                    }
                    return null;
                default:
                    return null;
            }
        }

        private static bool IsNativeControl(IElement element)
        {
            switch (element.LocalName)
            {
                case "input":
                case "select":
                case "textarea":
                case "meter":
                case "progress":
                case "option":
                    return true;
                default:
                    return false;
            }
        }
    }
}
