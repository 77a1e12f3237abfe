using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>&lt;label for&gt; elements by the id they name, built once per document (see <see cref="IdIndex"/>).</summary>
    internal static class LabelIndex
    {
        private static readonly ConditionalWeakTable<IDocument, Dictionary<string, List<IElement>>> Indexes = new ConditionalWeakTable<IDocument, Dictionary<string, List<IElement>>>();

        public static List<IElement>? For(IDocument document, string id) =>
            Indexes.GetValue(document, Build).TryGetValue(id, out var labels) ? labels : null;

        private static Dictionary<string, List<IElement>> Build(IDocument document)
        {
            var index = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);
            if (document.DocumentElement == null) return index;
            var stack = new Stack<IElement>();
            var children = new List<IElement>();
            stack.Push(document.DocumentElement);
            while (stack.Count > 0)
            {
                var element = stack.Pop();
                if (element.LocalName == "label")
                {
                    var target = element.GetAttribute("for");
                    if (!string.IsNullOrEmpty(target))
                    {
                        if (!index.TryGetValue(target!, out var list)) index[target!] = list = new List<IElement>(1);
                        list.Add(element);
                    }
                }
                ChildWalk.Elements(element, children);
                for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
            }
            return index;
        }
    }
}
