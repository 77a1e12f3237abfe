using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Accessibility.Page
{
    /// <summary>INCL346: an id used as a label, description or header reference exists more than once, so the reference is ambiguous.</summary>
    internal static class DuplicateIdRules
    {
        public static void Check(HtmlCheck check)
        {
            foreach (var id in check.ReferencedIds)
            {
                if (!check.Ids.TryGetValue(id, out var elements) || elements.Count < 2) continue;
                // id="@item.Id" written twice (in the branches of an @if, in a loop) is not known to repeat a value.
                if (Razor.RazorMarkup.IsDynamic(id)) continue;
                for (int i = 1; i < elements.Count; i++)
                {
                    check.Report("INCL346", elements[i],
                        $"The id '{id}' is used {elements.Count} times, and a label, description or header refers to it; only the first element is used. Give each element its own id.");
                }
            }
        }
    }
}
