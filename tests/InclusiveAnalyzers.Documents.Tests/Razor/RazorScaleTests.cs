using System.Text;

namespace InclusiveAnalyzers.Documents.Tests.Razor;

/// <summary>Razor files are read in time linear in their size, whatever their shape.</summary>
public class RazorScaleTests
{
    private static IReadOnlyList<Core.Finding> Scan(string path, string text) => new DocumentScanner(new DocumentScanOptions()).Scan(path, text);

    internal static string Component(int rows)
    {
        var sb = new StringBuilder("@page \"/rows\"\n<h1>Rows</h1>\n<table><tr><th>Name</th></tr>\n");
        for (var i = 0; i < rows; i++)
        {
            sb.Append("@if (rows[").Append(i).Append("].Visible)\n{\n  <tr><td title=\"@rows[").Append(i).Append("].Title\">@rows[").Append(i)
              .Append("].Name</td></tr>\n}\n<NavLink href=\"r").Append(i).Append("\">Row ").Append(i).Append("</NavLink>\n");
        }
        sb.Append("</table>\n@code {\n");
        for (var i = 0; i < rows; i++) sb.Append("    private string s").Append(i).Append(" = $\"{(a < b ? \"}\" : \"{\")}\";\n");
        return sb.Append("}\n").ToString();
    }

    [Fact]
    public void A_long_component_is_linear()
        => Linearity.AssertLinear(n => { var text = Component(n); return () => Scan("Rows.razor", text); }, 500);

    [Fact]
    public void Unclosed_constructs_are_linear()
        => Linearity.AssertLinear(n =>
        {
            var text = string.Concat(Enumerable.Repeat("<p title=\"@(a\">@{ var s = \"x @if (x) { <div> @* ", n));
            return () => Scan("Broken.razor", text);
        }, 2_000);
}
