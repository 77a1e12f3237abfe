using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// Elements by id, built once per document. AngleSharp's GetElementById walks the whole tree on each
    /// call, so a page of 20,000 fields each naming 50 ids in aria-labelledby took minutes; this is one
    /// pass. The first element with an id wins, as in GetElementById.
    /// </summary>
    internal static class IdIndex
    {
        private static readonly ConditionalWeakTable<IDocument, Dictionary<string, IElement>> Indexes = new ConditionalWeakTable<IDocument, Dictionary<string, IElement>>();

        public static IElement? Find(IDocument document, string id)
        {
            var index = Indexes.GetValue(document, Build);
            return index.TryGetValue(id, out var element) ? element : null;
        }

        private static Dictionary<string, IElement> Build(IDocument document)
        {
            var index = new Dictionary<string, IElement>(StringComparer.Ordinal);
            if (document.DocumentElement == null) return index;
            // Iterative pre-order walk: document order, no recursion on deep markup.
            var stack = new Stack<IElement>();
            var children = new List<IElement>();
            stack.Push(document.DocumentElement);
            while (stack.Count > 0)
            {
                var element = stack.Pop();
                var id = element.Id;
                if (!string.IsNullOrEmpty(id) && !index.ContainsKey(id!)) index[id!] = element;
                ChildWalk.Elements(element, children);
                for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
            }
            return index;
        }
    }
}
