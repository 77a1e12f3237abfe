using System.Collections.Generic;
using AngleSharp.Dom;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// A node's children, read in one pass. AngleSharp's sibling properties (NextSibling, PreviousElementSibling, ...)
    /// find the node in its parent's child list from the start each time, so walking a parent's children through them
    /// is quadratic in their number (a page of 20,000 inline elements in one paragraph: seconds); and its list indexers
    /// differ between its netstandard and net builds, so they are not used from this netstandard library. Enumerating the
    /// list is the same in both builds: the children are copied into a reused buffer once.
    /// </summary>
    internal static class ChildWalk
    {
        /// <summary>The element children of <paramref name="node"/>, in document order, in <paramref name="buffer"/> (cleared first).</summary>
        public static List<IElement> Elements(INode node, List<IElement> buffer)
        {
            buffer.Clear();
            if (!node.HasChildNodes) return buffer;
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement element) buffer.Add(element);
            }
            return buffer;
        }

        /// <summary>The child nodes of <paramref name="node"/>, in document order, in <paramref name="buffer"/> (cleared first).</summary>
        public static List<INode> Nodes(INode node, List<INode> buffer)
        {
            buffer.Clear();
            if (!node.HasChildNodes) return buffer;
            foreach (var child in node.ChildNodes) buffer.Add(child);
            return buffer;
        }

        /// <summary>The first element child named <paramref name="localName"/>, or null.</summary>
        public static IElement? FirstNamed(INode node, string localName)
        {
            if (!node.HasChildNodes) return null;
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement element && element.LocalName == localName) return element;
            }
            return null;
        }
    }
}
