using System;
using System.Collections.Generic;
using System.Text;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Razor
{
    /// <summary>
    /// Reads a .razor or .cshtml file the way the Razor parser splits it: markup, C# code blocks
    /// (<c>@code</c>, <c>@functions</c>, <c>@{ }</c>, the bodies of <c>@if</c>/<c>@foreach</c>/...), whose
    /// statement-start tags are markup again, expressions (<c>@x.Y</c>, <c>@(…)</c>, <c>@await …</c>),
    /// directives, directive attributes (<c>@onclick</c>, <c>@bind-Value</c>), <c>@* comments *@</c>,
    /// <c>&lt;text&gt;</c>, <c>@@</c> and e-mail addresses. Hand-written and tolerant: one pass, each
    /// character read a bounded number of times, nothing thrown for broken input except
    /// <see cref="DocumentTooComplexException"/> for nesting deeper than <see cref="MaxDepth"/>.
    /// It needs only the markup's shape, never C# semantics, so it carries no dependency into the
    /// compiler process (see docs/razor.md).
    /// </summary>
    internal sealed class RazorReader
    {
        public const int MaxDepth = 128;

        private static readonly HashSet<string> LineDirectives = new HashSet<string>(StringComparer.Ordinal)
        {
            "page", "inject", "model", "layout", "inherits", "implements", "namespace", "typeparam", "attribute", "rendermode",
            "preservewhitespace", "addTagHelper", "removeTagHelper", "tagHelperPrefix", "using",
        };

        private static readonly HashSet<string> BlockStatements = new HashSet<string>(StringComparer.Ordinal)
        {
            "if", "for", "foreach", "while", "switch", "lock", "try", "do", "using",
        };

        private readonly string text;
        private readonly char[] prose;
        private readonly bool component;
        private readonly List<Edit> edits = new List<Edit>();
        private readonly List<(int, int)> comments = new List<(int, int)>();
        private int i;
        private int depth;

        /// <summary>
        /// The @if/else and @try/catch chains being read, innermost last. Only one branch of a chain renders,
        /// so an id written in two branches is one element, not two: see <see cref="BranchValue"/>.
        /// </summary>
        private readonly List<Chain> chains = new List<Chain>();
        /// <summary>Open unknown components, innermost last, with the end tag each stands for in the HTML view.</summary>
        private readonly List<(string Name, string End)> componentEnds = new List<(string, string)>();
        /// <summary>Inside &lt;head&gt; (from its start tag to its end tag).</summary>
        private bool inHead;
        private int chainCount;

        private sealed class Chain
        {
            public Chain(int number) => Number = number;

            public int Number { get; }
            public int Branch { get; set; }
            /// <summary>Ids written in the branches before the current one.</summary>
            public HashSet<string> Earlier { get; } = new HashSet<string>(StringComparer.Ordinal);
            public HashSet<string> Current { get; } = new HashSet<string>(StringComparer.Ordinal);

            /// <summary>An else, catch or case part starts: what the parts before it wrote is behind.</summary>
            public void NextBranch()
            {
                Branch++;
                Earlier.UnionWith(Current);
                Current.Clear();
            }
        }
        private bool hasPage;
        private HashSet<string>? localizers;
        private bool hasHtml;

        private readonly struct Edit
        {
            public Edit(int start, int end, string replacement, int order)
            {
                Start = start;
                End = end;
                Replacement = replacement;
                Order = order;
            }

            public int Start { get; }
            public int End { get; }
            public string Replacement { get; }
            public int Order { get; }
        }

        private struct Attribute
        {
            public string Name;
            public int Start, End, ValueStart, ValueEnd;
        }

        private RazorReader(string text, bool component)
        {
            this.text = text;
            this.component = component;
            prose = text.ToCharArray();
        }

        /// <param name="component">A Blazor component (.razor) rather than an MVC view or Razor Page (.cshtml).</param>
        public static RazorMarkup Read(string text, bool component)
        {
            var reader = new RazorReader(text, component);
            reader.Markup(text.Length, null, stopAtBrace: false);
            return reader.Build();
        }

        private RazorMarkup Build()
        {
            var masked = new string(prose);
            edits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
            var map = new OffsetMap();
            var sb = new StringBuilder(text.Length + 64);
            int position = 0;
            foreach (var edit in edits)
            {
                if (edit.Start < position) continue; // inside a piece already replaced (an attribute of a tag rewritten whole)
                if (edit.Start > position)
                {
                    map.Add(sb.Length, position);
                    sb.Append(masked, position, edit.Start - position);
                }
                map.Add(sb.Length, edit.Start);
                sb.Append(edit.Replacement);
                position = edit.End;
            }
            if (position < masked.Length)
            {
                map.Add(sb.Length, position);
                sb.Append(masked, position, masked.Length - position);
            }
            return new RazorMarkup(masked, sb.ToString(), map, hasPage, hasHtml, comments);
        }

        // ---- markup -------------------------------------------------------------------------------

        /// <summary>
        /// Markup from <see cref="i"/> to <paramref name="end"/>; with <paramref name="element"/>, up to and
        /// including that element's matching end tag; with <paramref name="stopAtBrace"/>, up to a '}' in text.
        /// </summary>
        private void Markup(int end, string? element, bool stopAtBrace)
        {
            Enter();
            int nest = 0;
            while (i < end)
            {
                char c = text[i];
                if (c == '@')
                {
                    Transition(end);
                }
                else if (c == '<')
                {
                    var (kind, name) = Tag(end);
                    if (element == null || name == null) continue;
                    if (!string.Equals(name, element, StringComparison.OrdinalIgnoreCase)) continue;
                    if (kind == TagKind.Open) nest++;
                    else if (kind == TagKind.Close && nest-- == 0) break;
                }
                else if (c == '}' && stopAtBrace)
                {
                    break;
                }
                else
                {
                    i++;
                }
            }
            depth--;
        }

        private enum TagKind { None, Open, Close, Closed }

        /// <summary>Reads the tag at <see cref="i"/> ('&lt;'); Open for a start tag whose content follows, Closed for void or self-closing ones.</summary>
        private (TagKind Kind, string? Name) Tag(int end)
        {
            int start = i;
            if (i + 1 >= end) { i++; return (TagKind.None, null); }
            char next = text[i + 1];
            if (next == '!')
            {
                bool comment = i + 3 < end && text[i + 2] == '-' && text[i + 3] == '-';
                int close = comment ? IndexOf("-->", i + 4, end) : IndexOf(">", i + 2, end);
                i = close < 0 ? end : close + (comment ? 3 : 1);
                return (TagKind.None, null);
            }
            if (next == '/')
            {
                int nameStart = i + 2;
                int nameEnd = NameEnd(nameStart, end);
                int close = IndexOf(">", nameEnd, end);
                i = close < 0 ? end : close + 1;
                if (nameEnd == nameStart) return (TagKind.None, null);
                var closing = text.Substring(nameStart, nameEnd - nameStart);
                RewriteEndTag(start, nameStart, nameEnd, i, closing);
                return (TagKind.Close, closing);
            }
            if (!IsAsciiLetter(next)) { i++; return (TagKind.None, null); }

            int tagNameStart = i + 1;
            int tagNameEnd = NameEnd(tagNameStart, end);
            var name = text.Substring(tagNameStart, tagNameEnd - tagNameStart);
            i = tagNameEnd;
            var attributes = Attributes(end, out bool selfClosing);
            int tagEnd = i;
            RewriteStartTag(start, tagNameStart, tagNameEnd, tagEnd, name, attributes, selfClosing);
            if (name == "html") hasHtml = true;
            if (selfClosing || RazorComponents.IsVoid(name)) return (TagKind.Closed, name);
            if (string.Equals(name, "script", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "style", StringComparison.OrdinalIgnoreCase)) RawText(end, name);
            return (TagKind.Open, name);
        }

        /// <summary>Attributes up to the end of the start tag; <see cref="i"/> ends after '&gt;' or '/&gt;'.</summary>
        private List<Attribute> Attributes(int end, out bool selfClosing)
        {
            selfClosing = false;
            var list = new List<Attribute>();
            while (i < end)
            {
                char c = text[i];
                if (c == '>') { i++; break; }
                if (c == '/' && i + 1 < end && text[i + 1] == '>') { selfClosing = true; i += 2; break; }
                if (c == '<') break; // an unclosed tag: the next one starts here
                if (char.IsWhiteSpace(c) || c == '/') { i++; continue; }
                int attributeStart = i;
                if (c == '@' && i + 1 < end && (text[i + 1] == '(' || text[i + 1] == '*'))
                {
                    // Attributes written as an expression (<input @(disabled ? "disabled" : "")>) or a comment: C#, not markup.
                    if (text[i + 1] == '*') { RazorComment(end); continue; }
                    i++;
                    Balanced(end);
                    Blank(attributeStart, i);
                    continue;
                }
                int nameEnd = i + 1;
                while (nameEnd < end && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] != '=' && text[nameEnd] != '>' && text[nameEnd] != '<' &&
                       !(text[nameEnd] == '/' && nameEnd + 1 < end && text[nameEnd + 1] == '>'))
                {
                    nameEnd++;
                }
                var attribute = new Attribute { Name = text.Substring(i, nameEnd - i), Start = attributeStart, ValueStart = -1, ValueEnd = -1 };
                i = nameEnd;
                int afterName = i;
                while (i < end && char.IsWhiteSpace(text[i])) i++;
                if (i < end && text[i] == '=')
                {
                    i++;
                    while (i < end && char.IsWhiteSpace(text[i])) i++;
                    Value(end, ref attribute);
                }
                else
                {
                    i = afterName;
                }
                attribute.End = i;
                // Directive attributes (@onclick, @bind-Value:event, @ref, @key, @attributes) are C#, not markup.
                if (c == '@') Blank(attribute.Start, attribute.End);
                list.Add(attribute);
            }
            return list;
        }

        private void Value(int end, ref Attribute attribute)
        {
            if (i >= end) return;
            char quote = text[i];
            if (quote == '"' || quote == '\'')
            {
                i++;
                attribute.ValueStart = i;
                while (i < end && text[i] != quote)
                {
                    if (text[i] == '@') Transition(end, inAttribute: true);
                    else i++;
                }
                attribute.ValueEnd = i;
                if (i < end) i++;
            }
            else
            {
                attribute.ValueStart = i;
                while (i < end && !char.IsWhiteSpace(text[i]) && text[i] != '>')
                {
                    if (text[i] == '@') Transition(end, inAttribute: true);
                    else if (text[i] == '/' && i + 1 < end && text[i + 1] == '>') break;
                    else i++;
                }
                attribute.ValueEnd = i;
            }
        }

        /// <summary>The content of script and style: no tags until the end tag, but '@' still switches to C#.</summary>
        private void RawText(int end, string name)
        {
            while (i < end)
            {
                char c = text[i];
                if (c == '@') { Transition(end); continue; }
                if (c == '<' && i + 1 < end && text[i + 1] == '/' && string.Compare(text, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0) return;
                i++;
            }
        }

        // ---- what the HTML view sees ------------------------------------------------------------------

        private void RewriteStartTag(int start, int nameStart, int nameEnd, int tagEnd, string name, List<Attribute> attributes, bool selfClosing)
        {
            if (name == "text")
            {
                Replace(start, tagEnd, ""); // Razor's <text> only switches to markup; it renders nothing
                return;
            }
            if (RazorComponents.IsComponent(name))
            {
                var rendering = RazorComponents.Of(name);
                if (rendering == null)
                {
                    UnknownComponentStart(start, tagEnd, name, attributes, selfClosing);
                    return;
                }
                BranchValues(attributes);
                var added = new StringBuilder(rendering.Element);
                if (rendering.Type != null && Find(attributes, "type") == null) added.Append(" type=\"").Append(rendering.Type).Append('"');
                Replace(nameStart, nameEnd, added.ToString());
                foreach (var attribute in attributes)
                {
                    // Component parameters (Value, Match, DisplayName) are C# properties, not attributes of the element.
                    if (attribute.Name.Length > 0 && char.IsUpper(attribute.Name[0])) Replace(attribute.Start, attribute.End, "");
                }
                if (rendering.Element == "a") DynamicEmptyHref(attributes);
                SplattedAttributes(rendering.Element, attributes, nameEnd, rendering.Type);
                if (rendering.RendersText && !selfClosing) Insert(tagEnd, Dynamic());
                if (selfClosing && !RazorComponents.IsVoid(rendering.Element))
                {
                    Insert(tagEnd, (rendering.RendersText ? Dynamic() : "") + "</" + rendering.Element + ">");
                }
                return;
            }

            BranchValues(attributes);
            var lower = name.ToLowerInvariant();
            if (lower == "head") inHead = !selfClosing;
            else if (lower == "body") inHead = false;
            var aspFor = Find(attributes, "asp-for");
            if (aspFor.HasValue && aspFor.Value.ValueStart >= 0)
            {
                var id = TagHelperId(aspFor.Value);
                if (lower == "label" && Find(attributes, "for") == null)
                {
                    Insert(nameEnd, " for=\"" + id + "\"");
                    if (!selfClosing) Insert(tagEnd, Dynamic()); // an empty label shows the property's display name
                }
                else if ((lower == "input" || lower == "select" || lower == "textarea") && Find(attributes, "id") == null)
                {
                    Insert(nameEnd, " id=\"" + id + "\"");
                }
            }
            if (lower == "a")
            {
                if (Find(attributes, "href") == null && HasRouteAttribute(attributes)) Insert(nameEnd, " href=\"" + Dynamic() + "\"");
                else if (component) DynamicEmptyHref(attributes);
            }
            SplattedAttributes(lower, attributes, nameEnd, null);
            // Razor closes <div /> itself; an HTML parser would leave it open around what follows.
            if (selfClosing && !RazorComponents.IsVoid(name)) Insert(tagEnd, "</" + name + ">");
        }

        private void RewriteEndTag(int start, int nameStart, int nameEnd, int tagEnd, string name)
        {
            if (name == "text")
            {
                Replace(start, tagEnd, "");
                return;
            }
            if (!RazorComponents.IsComponent(name))
            {
                if (string.Equals(name, "head", StringComparison.OrdinalIgnoreCase)) inHead = false;
                return;
            }
            var rendering = RazorComponents.Of(name);
            if (rendering == null) Replace(start, tagEnd, ComponentEnd(name));
            else Replace(nameStart, nameEnd, rendering.Element);
        }

        /// <summary>
        /// A component this reader does not know is no HTML element: its own tag is not judged, its content is
        /// markup. Two exceptions. A label component given the id of its field (<c>&lt;Label For="username"&gt;</c>
        /// in Oqtane, a <c>FieldLabel For</c>) renders the &lt;label for&gt; that names the field. A component
        /// written without content renders what its code writes, known only at run time, like an
        /// <c>@expression</c>: a heading, link or button around it is not empty (an icon component, named
        /// <c>Icon</c> or <c>…Icon</c>, draws a graphic and no text, so a button holding only one still has no name).
        /// </summary>
        private void UnknownComponentStart(int start, int tagEnd, string name, List<Attribute> attributes, bool selfClosing)
        {
            var labelFor = RazorComponents.IsLabel(name) ? LiteralValue(Find(attributes, "For")) : null;
            if (labelFor != null)
            {
                Replace(start, tagEnd, "<label for=\"" + labelFor + "\">" + (selfClosing ? Dynamic() + "</label>" : ""));
                if (!selfClosing) componentEnds.Add((name, "</label>"));
                return;
            }
            if (!selfClosing)
            {
                Replace(start, tagEnd, "<razor-component>");
                componentEnds.Add((name, "</razor-component>"));
                return;
            }
            // In <head> nothing renders text, and an element there would end the head for the HTML parser.
            bool rendersText = !inHead && !RazorComponents.IsIcon(name);
            Replace(start, tagEnd, rendersText ? "<razor-component>" + Dynamic() + "</razor-component>" : "");
        }

        /// <summary>The end tag matching the innermost open component of that name (razor-component when none is open).</summary>
        private string ComponentEnd(string name)
        {
            for (int c = componentEnds.Count - 1; c >= 0; c--)
            {
                if (componentEnds[c].Name != name) continue;
                var end = componentEnds[c].End;
                componentEnds.RemoveRange(c, componentEnds.Count - c);
                return end;
            }
            return "</razor-component>";
        }

        /// <summary>An attribute's value when it is plain text (no <c>@</c> expression), else null.</summary>
        private string? LiteralValue(Attribute? attribute)
        {
            if (!attribute.HasValue || attribute.Value.ValueStart < 0 || attribute.Value.ValueEnd <= attribute.Value.ValueStart) return null;
            var value = text.Substring(attribute.Value.ValueStart, attribute.Value.ValueEnd - attribute.Value.ValueStart);
            return value.IndexOf('@') >= 0 || value.IndexOf('"') >= 0 || value.IndexOf('<') >= 0 ? null : value;
        }

        private static readonly string[] IdReferences = { "for", "aria-labelledby", "aria-describedby", "aria-controls", "headers", "list", "form" };

        /// <summary>
        /// Ids and the references to them inside a branch of an @if/else chain: an id an earlier branch of the
        /// chain also writes gets this branch's own value in the HTML, as do the references to it in this
        /// branch, so `&lt;input id="email"&gt;` in the if and in the else are not one id written twice.
        /// </summary>
        private void BranchValues(List<Attribute> attributes)
        {
            if (chains.Count == 0) return;
            foreach (var attribute in attributes)
            {
                if (attribute.ValueStart < 0 || attribute.ValueEnd <= attribute.ValueStart) continue;
                bool isId = attribute.Name.Equals("id", StringComparison.OrdinalIgnoreCase);
                if (!isId && Array.IndexOf(IdReferences, attribute.Name.ToLowerInvariant()) < 0) continue;
                var value = text.Substring(attribute.ValueStart, attribute.ValueEnd - attribute.ValueStart);
                if (value.IndexOf('@') >= 0) continue; // an expression: a value of its own already
                var tokens = value.Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries);
                bool changed = false;
                for (int t = 0; t < tokens.Length; t++)
                {
                    if (isId) foreach (var chain in chains) chain.Current.Add(tokens[t]);
                    var branched = BranchValue(tokens[t]);
                    if (!ReferenceEquals(branched, tokens[t])) { tokens[t] = branched; changed = true; }
                }
                if (changed) Replace(attribute.ValueStart, attribute.ValueEnd, string.Join(" ", tokens));
            }
        }

        /// <summary>The value with the innermost chain's branch marked, when an earlier branch of that chain wrote the same id.</summary>
        private string BranchValue(string id)
        {
            for (int c = chains.Count - 1; c >= 0; c--)
            {
                var chain = chains[c];
                if (chain.Earlier.Contains(id)) return id + "\uE001" + chain.Number + "." + chain.Branch;
            }
            return id;
        }

        /// <summary>
        /// <c>@attributes="Extra"</c> adds whatever attributes the dictionary holds when the page runs, so the
        /// attributes that name the element or that its rules require may come from there: they get a runtime value
        /// in the HTML view when the tag does not write them (alt on an image, an accessible name on a control or
        /// a link, a link's href, a frame's title, the page's lang). Only those: an aria-label added to a plain
        /// &lt;div&gt; would be misread as a name where ARIA prohibits one.
        /// </summary>
        private void SplattedAttributes(string element, List<Attribute> attributes, int at, string? componentType)
        {
            if (Find(attributes, "@attributes") == null) return;
            var type = Find(attributes, "type") is { ValueStart: >= 0 } typeAttribute
                ? text.Substring(typeAttribute.ValueStart, typeAttribute.ValueEnd - typeAttribute.ValueStart)
                : componentType;
            bool image = element == "img" || element == "area" || (element == "input" && string.Equals(type, "image", StringComparison.OrdinalIgnoreCase));
            bool named = element == "a" || element == "button" || element == "input" || element == "select" || element == "textarea" ||
                         element == "iframe" || element == "object" || element == "summary" || element == "meter" || element == "progress" ||
                         Find(attributes, "role") != null;
            if (image) AddRuntime(attributes, "alt", at);
            else if (named) AddRuntime(attributes, "aria-label", at);
            if (element == "a") AddRuntime(attributes, "href", at);
            if (element == "iframe") AddRuntime(attributes, "title", at);
            if (element == "html") AddRuntime(attributes, "lang", at);
        }

        private void AddRuntime(List<Attribute> attributes, string name, int at)
        {
            if (Find(attributes, name) == null) Insert(at, " " + name + "=\"" + Dynamic() + "\"");
        }

        /// <summary>In a Blazor app every page has a &lt;base href&gt;, so href="" leads to the app's root, not nowhere.</summary>
        private void DynamicEmptyHref(List<Attribute> attributes)
        {
            var href = Find(attributes, "href");
            if (href.HasValue && href.Value.ValueStart >= 0 && href.Value.ValueEnd == href.Value.ValueStart) Insert(href.Value.ValueStart, Dynamic());
        }

        private static bool HasRouteAttribute(List<Attribute> attributes)
        {
            foreach (var attribute in attributes)
            {
                var name = attribute.Name;
                if (name.Equals("asp-action", StringComparison.OrdinalIgnoreCase) || name.Equals("asp-controller", StringComparison.OrdinalIgnoreCase) ||
                    name.Equals("asp-page", StringComparison.OrdinalIgnoreCase) || name.Equals("asp-page-handler", StringComparison.OrdinalIgnoreCase) ||
                    name.Equals("asp-route", StringComparison.OrdinalIgnoreCase) || name.StartsWith("asp-route-", StringComparison.OrdinalIgnoreCase) ||
                    name.Equals("asp-fragment", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>The id the tag helpers derive from asp-for (Input.Email: Input_Email): the same expression gives the same id.</summary>
        private string TagHelperId(Attribute aspFor)
        {
            var value = text.Substring(aspFor.ValueStart, aspFor.ValueEnd - aspFor.ValueStart).Trim();
            if (value.StartsWith("@", StringComparison.Ordinal)) value = value.Substring(1);
            if (value.StartsWith("Model.", StringComparison.Ordinal)) value = value.Substring("Model.".Length);
            var sb = new StringBuilder(value.Length);
            foreach (char c in value) sb.Append(char.IsLetterOrDigit(c) || c == '-' ? c : '_');
            return sb.ToString();
        }

        private static Attribute? Find(List<Attribute> attributes, string name)
        {
            foreach (var attribute in attributes)
            {
                if (string.Equals(attribute.Name, name, StringComparison.OrdinalIgnoreCase)) return attribute;
            }
            return null;
        }

        private static string Dynamic() => RazorMarkup.Dynamic.ToString();

        // ---- transitions ---------------------------------------------------------------------------

        /// <summary>At '@' in markup or (<paramref name="inAttribute"/>) in an attribute value.</summary>
        private void Transition(int end, bool inAttribute = false)
        {
            int at = i;
            if (at + 1 >= end) { i++; return; }
            char next = text[at + 1];
            if (next == '@')
            {
                Blank(at, at + 1); // '@@' writes one '@'
                i += 2;
                return;
            }
            if (next == '*')
            {
                RazorComment(end);
                return;
            }
            // name@example.com: an '@' between letters or digits is text.
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(next))
            {
                i++;
                return;
            }
            if (next == '(')
            {
                i++;
                Balanced(end);
                Expression(at, i);
                LocalizedProse(at + 2, i - 1, inAttribute);
                return;
            }
            if (next == '{' && !inAttribute)
            {
                Blank(at, at + 2);
                i += 2;
                Code(end);
                return;
            }
            if (!IsIdentifierStart(next))
            {
                i++;
                return; // a lone '@' (Razor reports it; it is text here)
            }

            int wordStart = at + 1;
            int wordEnd = IdentifierEnd(wordStart, end);
            var word = text.Substring(wordStart, wordEnd - wordStart);
            if (inAttribute)
            {
                // In an attribute value only expressions are written (Razor has no statements there).
            }
            else if (word == "code" || word == "functions")
            {
                int brace = SkipSpaces(wordEnd, end);
                if (brace < end && text[brace] == '{')
                {
                    Blank(at, brace + 1);
                    i = brace + 1;
                    Code(end);
                    return;
                }
            }
            else if (word == "section")
            {
                int nameStart = SkipSpaces(wordEnd, end);
                int brace = SkipSpaces(IdentifierEnd(nameStart, end), end);
                if (brace < end && text[brace] == '{')
                {
                    Blank(at, brace + 1);
                    i = brace + 1;
                    Markup(end, null, stopAtBrace: true);
                    if (i < end && text[i] == '}') { Blank(i, i + 1); i++; }
                    return;
                }
            }
            else if (BlockStatements.Contains(word) && !(word == "using" && !NextIs(wordEnd, end, '(')))
            {
                Blank(at, wordEnd);
                i = wordEnd;
                Statement(end, word);
                return;
            }
            else if (LineDirectives.Contains(word) && AtLineStart(at))
            {
                if (word == "page") hasPage = true;
                i = LineEnd(wordEnd, end);
                if (word == "inject") InjectedLocalizer(wordEnd, i);
                Blank(at, i);
                return;
            }
            i = wordEnd;
            if (word == "await")
            {
                int operand = SkipSpaces(wordEnd, end);
                if (operand < end && IsIdentifierStart(text[operand])) i = IdentifierEnd(operand, end);
            }
            ImplicitTail(end);
            Expression(at, i);
            if (word != "await") LocalizedProse(at + 1, i, inAttribute);
        }

        /// <summary>The rest of an implicit expression: member access, calls and indexers, no spaces.</summary>
        private void ImplicitTail(int end)
        {
            while (i < end)
            {
                char c = text[i];
                if (c == '(' || c == '[') { Balanced(end); continue; }
                if (c == '.' && i + 1 < end && IsIdentifierStart(text[i + 1])) { i = IdentifierEnd(i + 1, end); continue; }
                if (c == '?' && i + 2 < end && text[i + 1] == '.' && IsIdentifierStart(text[i + 2])) { i = IdentifierEnd(i + 2, end); continue; }
                if (c == '?' && i + 1 < end && text[i + 1] == '[') { i++; continue; }
                if (c == '!' && i + 1 < end && (text[i + 1] == '.' || text[i + 1] == '[')) { i++; continue; }
                break;
            }
        }

        /// <summary>An expression's output: not prose; in the HTML a value the page fills in, the same for the same expression.</summary>
        private void Expression(int start, int end)
        {
            if (end <= start) return;
            var value = new char[end - start];
            value[0] = RazorMarkup.Dynamic;
            for (int k = start + 1; k < end; k++)
            {
                char c = text[k];
                value[k - start] = char.IsLetterOrDigit(c) || c == '\n' || c == '\r' ? c : '_';
            }
            Blank(start, end);
            Replace(start, end, new string(value));
        }

        /// <summary>
        /// The text of a localisation call the expression in [start, end) writes (<c>@T("IP Black List")</c>, see
        /// <see cref="LocalizedText"/>) is the page's prose: put back in the text view, escapes blank but for an
        /// escaped quote, which the page shows (a quoted value stays quoted; in an attribute value it would end the
        /// value, so there it is blank too). The HTML view keeps the expression's runtime value.
        /// </summary>
        private void LocalizedProse(int start, int end, bool inAttribute)
        {
            if (!LocalizedText.Find(text, start, end, localizers, out int literalStart, out int literalEnd, out bool verbatim)) return;
            for (int k = literalStart; k < literalEnd;)
            {
                int escape = LocalizedText.EscapeLength(text, k, literalEnd, verbatim);
                if (escape > 0)
                {
                    if (!inAttribute && text[k + escape - 1] == '"')
                    {
                        // Against the word it quotes: an opening quote ("\"master\"") at its end, a closing one at its start.
                        bool opening = k + escape < literalEnd && char.IsLetterOrDigit(text[k + escape]);
                        prose[opening ? k + escape - 1 : k] = '"';
                    }
                    k += escape;
                    continue;
                }
                prose[k] = text[k];
                k++;
            }
        }

        private void RazorComment(int end)
        {
            int start = i;
            int close = IndexOf("*@", start + 2, end);
            i = close < 0 ? end : close + 2;
            comments.Add((start, i));
            Blank(start, i);
        }

        // ---- C# ------------------------------------------------------------------------------------

        /// <summary>A block statement after its keyword: header, braced body, and else/catch/finally/while parts.</summary>
        private void Statement(int end, string keyword)
        {
            var chain = new Chain(++chainCount);
            chains.Add(chain);
            try
            {
                StatementParts(end, keyword, chain);
            }
            finally
            {
                chains.RemoveAt(chains.Count - 1);
            }
        }

        private void StatementParts(int end, string keyword, Chain chain)
        {
            while (i < end)
            {
                chain.NextBranch();
                // Header: parentheses (balanced, strings respected) and words up to the body's '{'.
                int header = i;
                while (i < end && text[i] != '{')
                {
                    char c = text[i];
                    if (c == '(' || c == '[') { Balanced(end); continue; }
                    if ((c == '\n' && !NextIs(i, end, '{')) || c == '<' || c == '@' || c == '}')
                    {
                        Blank(header, i); // no body: Razor reports it, the markup goes on
                        return;
                    }
                    i++;
                }
                Blank(header, Math.Min(i + 1, end));
                if (i >= end) return;
                i++;
                Code(end, keyword == "switch" ? chain : null);
                int after = SkipSpaces(i, end);
                int wordEnd = IdentifierEnd(after, end);
                var word = text.Substring(after, wordEnd - after);
                if (word == "else" || word == "catch" || word == "finally" || (keyword == "do" && word == "while"))
                {
                    Blank(i, wordEnd);
                    i = wordEnd;
                    if (word == "while")
                    {
                        int start = i;
                        while (i < end && text[i] != ';' && text[i] != '\n') i++;
                        if (i < end && text[i] == ';') i++;
                        Blank(start, i);
                        return;
                    }
                    continue;
                }
                return;
            }
        }

        /// <summary>
        /// C# after an opening '{' up to and including its '}'. Tags at the start of a statement are markup. In a
        /// <c>@switch</c> body (<paramref name="switchChain"/>), each <c>case</c> or <c>default</c> label starts
        /// another branch: only one section renders.
        /// </summary>
        private void Code(int end, Chain? switchChain = null)
        {
            Enter();
            int braces = 0;
            bool statementStart = true;
            while (i < end)
            {
                int start = i;
                char c = text[i];
                if (char.IsWhiteSpace(c)) { i++; Blank(start, i); continue; }
                if (c == '@' && i + 1 < end)
                {
                    char next = text[i + 1];
                    if (next == '*') { RazorComment(end); continue; }
                    if (next == ':')
                    {
                        Blank(i, i + 2);
                        i += 2;
                        Markup(LineEnd(i, end), null, stopAtBrace: false);
                        statementStart = true;
                        continue;
                    }
                    if (next == '<')
                    {
                        Blank(i, i + 1);
                        i++;
                        MarkupElement(end);
                        statementStart = false;
                        continue;
                    }
                    if (next == '"' || next == '$') { SkipString(end); Blank(start, i); statementStart = false; continue; }
                    i++;
                    Blank(start, i);
                    continue;
                }
                if (switchChain != null && braces == 0 && statementStart && IsSectionLabel(i, end))
                {
                    switchChain.NextBranch();
                }
                if (c == '<' && statementStart && i + 1 < end && IsAsciiLetter(text[i + 1]))
                {
                    MarkupElement(end);
                    statementStart = true;
                    continue;
                }
                if (c == '/' && i + 1 < end && (text[i + 1] == '/' || text[i + 1] == '*'))
                {
                    SkipComment(end);
                    Blank(start, i);
                    continue;
                }
                if (c == '"' || c == '\'' || (c == '$' && i + 1 < end && (text[i + 1] == '"' || text[i + 1] == '@' || text[i + 1] == '$')))
                {
                    SkipString(end);
                    Blank(start, i);
                    statementStart = false;
                    continue;
                }
                i++;
                Blank(start, i);
                if (c == '{') { braces++; statementStart = true; }
                else if (c == '}')
                {
                    if (braces-- == 0) break;
                    statementStart = true;
                }
                else if (c == ';' || (c == ':' && !(i < end && text[i] == ':') && !(start > 0 && text[start - 1] == ':'))) { statementStart = true; }
                else { statementStart = false; }
            }
            depth--;
        }

        /// <summary><c>case</c> or <c>default</c> as a whole word at <paramref name="at"/> (not <c>default(T)</c>).</summary>
        private bool IsSectionLabel(int at, int end)
        {
            int wordEnd = IdentifierEnd(at, end);
            int length = wordEnd - at;
            if (length == 4 && string.CompareOrdinal(text, at, "case", 0, 4) == 0) return true;
            return length == 7 && string.CompareOrdinal(text, at, "default", 0, 7) == 0 && NextIs(wordEnd, end, ':');
        }

        /// <summary>A markup element started inside code: the element with its content, then back to C#.</summary>
        private void MarkupElement(int end)
        {
            var (kind, name) = Tag(end);
            if (kind == TagKind.Open && name != null) Markup(end, name, stopAtBrace: false);
        }

        /// <summary>From an opening bracket to its match (any kind), C# strings and comments respected.</summary>
        private void Balanced(int end)
        {
            int open = 0;
            while (i < end)
            {
                char c = text[i];
                if (c == '"' || c == '\'' || ((c == '$' || c == '@') && i + 1 < end && (text[i + 1] == '"' || text[i + 1] == '$' || text[i + 1] == '@')))
                {
                    if (c == '@' && text[i + 1] == '@') { i++; continue; }
                    SkipString(end);
                    continue;
                }
                if (c == '/' && i + 1 < end && (text[i + 1] == '/' || text[i + 1] == '*')) { SkipComment(end); continue; }
                i++;
                if (c == '(' || c == '[' || c == '{') open++;
                else if ((c == ')' || c == ']' || c == '}') && --open <= 0) return;
            }
        }

        private void SkipComment(int end)
        {
            if (text[i + 1] == '/')
            {
                i = LineEnd(i, end);
            }
            else
            {
                int close = IndexOf("*/", i + 2, end);
                i = close < 0 ? end : close + 2;
            }
        }

        /// <summary>A C# string or character literal at <see cref="i"/>: regular, verbatim, interpolated, raw.</summary>
        private void SkipString(int end)
        {
            bool verbatim = false, interpolated = false;
            while (i < end && (text[i] == '@' || text[i] == '$'))
            {
                if (text[i] == '@') verbatim = true; else interpolated = true;
                i++;
            }
            if (i >= end) return;
            char quote = text[i];
            if (quote != '"' && quote != '\'') return;
            if (quote == '"' && i + 2 < end && text[i + 1] == '"' && text[i + 2] == '"')
            {
                int run = 0;
                while (i < end && text[i] == '"') { run++; i++; }
                var closing = new string('"', run);
                int close = IndexOf(closing, i, end);
                i = close < 0 ? end : close + run;
                return;
            }
            i++;
            while (i < end)
            {
                char c = text[i];
                if (c == quote)
                {
                    if (verbatim && i + 1 < end && text[i + 1] == quote) { i += 2; continue; }
                    i++;
                    return;
                }
                if (c == '\\' && !verbatim) { i += 2; continue; }
                if (c == '\n' && !verbatim) return; // an unterminated literal ends at the line
                if (interpolated && c == '{')
                {
                    if (i + 1 < end && text[i + 1] == '{') { i += 2; continue; }
                    Enter();
                    Balanced(end);
                    depth--;
                    continue;
                }
                i++;
            }
            if (i > end) i = end;
        }

        // ---- small helpers -------------------------------------------------------------------------

        private void Enter()
        {
            if (++depth > MaxDepth)
            {
                throw new DocumentTooComplexException(
                    $"The Razor markup and code are nested too deeply to check (more than {MaxDepth} levels), so the file was not checked. " +
                    "Move deep parts into components, or exclude the file if it is generated.");
            }
        }

        private void Blank(int start, int end)
        {
            if (end > prose.Length) end = prose.Length;
            for (int k = Math.Max(0, start); k < end; k++)
            {
                char c = prose[k];
                if (c != '\n' && c != '\r') prose[k] = ' ';
            }
        }

        private void Replace(int start, int end, string replacement) => edits.Add(new Edit(start, end, replacement, edits.Count));

        private void Insert(int at, string replacement) => Replace(at, at, replacement);

        private int IndexOf(string value, int from, int end)
        {
            if (from >= end) return -1;
            return text.IndexOf(value, from, end - from, StringComparison.Ordinal);
        }

        /// <summary>
        /// <c>@inject IStringLocalizer&lt;Shared&gt; sr</c>: a name the page declares as a localizer (its type's name holds
        /// "Localizer": IStringLocalizer, IHtmlLocalizer, IViewLocalizer) is one for the rest of the page, whatever it is called.
        /// </summary>
        private void InjectedLocalizer(int from, int end)
        {
            int typeStart = SkipSpaces(from, end), k = typeStart, depth = 0;
            while (k < end && (depth > 0 || !char.IsWhiteSpace(text[k])))
            {
                if (text[k] == '<') depth++;
                else if (text[k] == '>') depth--;
                k++;
            }
            int nameStart = SkipSpaces(k, end);
            if (nameStart >= end || !IsIdentifierStart(text[nameStart])) return;
            int nameEnd = IdentifierEnd(nameStart, end);
            int generic = text.IndexOf('<', typeStart, k - typeStart);
            int typeNameEnd = generic >= 0 ? generic : k;
            if (text.IndexOf("Localizer", typeStart, typeNameEnd - typeStart, StringComparison.Ordinal) < 0) return;
            (localizers ??= new HashSet<string>(StringComparer.Ordinal)).Add(text.Substring(nameStart, nameEnd - nameStart));
        }

        private int LineEnd(int from, int end)
        {
            while (from < end && text[from] != '\n' && text[from] != '\r') from++;
            return from;
        }

        private int SkipSpaces(int from, int end)
        {
            while (from < end && char.IsWhiteSpace(text[from])) from++;
            return from;
        }

        private bool AtLineStart(int at)
        {
            for (int k = at - 1; k >= 0; k--)
            {
                char c = text[k];
                if (c == '\n' || c == '\r') return true;
                if (c != ' ' && c != '\t' && c != '\uFEFF') return false;
            }
            return true;
        }

        private bool NextIs(int from, int end, char wanted)
        {
            int at = SkipSpaces(from, end);
            return at < end && text[at] == wanted;
        }

        private int NameEnd(int from, int end)
        {
            while (from < end && (char.IsLetterOrDigit(text[from]) || text[from] == '-' || text[from] == ':' || text[from] == '_' || text[from] == '.')) from++;
            return from;
        }

        private int IdentifierEnd(int from, int end)
        {
            while (from < end && (char.IsLetterOrDigit(text[from]) || text[from] == '_')) from++;
            return from;
        }

        private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
