using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace InclusiveAnalyzers.Cli.Report;

/// <summary>
/// Inline SVG charts: a horizontal bar chart and a line chart. Each is an image with a title and a
/// description (role="img", aria-labelledby) and carries its numbers as text too; the page puts the same
/// data in a table beside it. Colours are dark enough on white for non-text contrast (3:1), and the lines
/// also differ by dash and marker, so colour is never the only cue.
/// </summary>
public static class SvgCharts
{
    /// <summary>Seven dark colours with at least 4.5:1 against white.</summary>
    private static readonly string[] Colours = { "#1f4e9c", "#a33a00", "#1d6b2a", "#7a2d8c", "#8a1c3b", "#00646e", "#5c4b00" };
    private static readonly string[] Dashes = { "", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4" };

    public static string Colour(int index) => Colours[index % Colours.Length];

    public static string Bars(string id, string title, string description, IReadOnlyList<(string Label, int Value)> bars)
    {
        const int labelWidth = 260, barArea = 380, rowHeight = 26;
        var height = Math.Max(1, bars.Count) * rowHeight + 10;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var svg = Open(id, title, description, labelWidth + barArea + 80, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = 5 + i * rowHeight;
            var width = value == 0 ? 0 : Math.Max(2, (int)Math.Round((double)value / max * barArea));
            svg.Append(Invariant($"<text x=\"{labelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{HtmlEncode(label)}</text>"));
            svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{width}\" height=\"{rowHeight - 8}\" fill=\"{Colour(0)}\"></rect>"));
            svg.Append(Invariant($"<text x=\"{labelWidth + width + 6}\" y=\"{y + 17}\">{value:N0}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <param name="labels">The x axis, oldest first (tag or date).</param>
    /// <param name="series">Each line's name and one value per label.</param>
    public static string Lines(string id, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<int> Values)> series)
    {
        const int left = 100, top = 20, plotWidth = 600, plotHeight = 220, legendRow = 22;
        var legendTop = top + plotHeight + 70;
        var height = legendTop + series.Count * legendRow + 10;
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var svg = Open(id, title, description, left + plotWidth + 40, height);

        double X(int i) => labels.Count <= 1 ? left + plotWidth / 2.0 : left + (double)i * plotWidth / (labels.Count - 1);
        double Y(int v) => top + plotHeight - (double)v / max * plotHeight;

        // Axes and four gridlines with their values.
        for (var g = 0; g <= 4; g++)
        {
            var value = (int)Math.Round(max * g / 4.0);
            var y = Y(value);
            svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{left + plotWidth}\" y2=\"{y:0.#}\" stroke=\"#767676\" stroke-width=\"{(g == 0 ? 1.5 : 0.5)}\"></line>"));
            svg.Append(Invariant($"<text x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{value:N0}</text>"));
        }

        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / 12.0));
        for (var i = 0; i < labels.Count; i += step)
        {
            svg.Append(Invariant($"<text x=\"{X(i):0.#}\" y=\"{top + plotHeight + 16}\" text-anchor=\"end\" transform=\"rotate(-35 {X(i):0.#} {top + plotHeight + 16})\">{HtmlEncode(Shorten(labels[i]))}</text>"));
        }

        for (var s = 0; s < series.Count; s++)
        {
            var (name, values) = series[s];
            var points = string.Join(' ', values.Select((v, i) => Invariant($"{X(i):0.#},{Y(v):0.#}")));
            var dash = Dashes[s % Dashes.Length];
            svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{Colour(s)}\" stroke-width=\"2.5\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")} points=\"{points}\"></polyline>"));
            for (var i = 0; i < values.Count; i++)
            {
                svg.Append(Invariant($"<circle cx=\"{X(i):0.#}\" cy=\"{Y(values[i]):0.#}\" r=\"3\" fill=\"{Colour(s)}\"><title>{HtmlEncode(name)}, {HtmlEncode(labels[i])}: {values[i]:N0}</title></circle>"));
            }

            var ly = legendTop + s * legendRow;
            svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{ly}\" x2=\"{left + 36}\" y2=\"{ly}\" stroke=\"{Colour(s)}\" stroke-width=\"2.5\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")}></line>"));
            svg.Append(Invariant($"<text x=\"{left + 44}\" y=\"{ly + 4}\">{HtmlEncode(name)}: {values.FirstOrDefault():N0} to {values.LastOrDefault():N0}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, string description, int width, int height) =>
        new StringBuilder()
            .Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" width=\"100%\" style=\"max-width:{width}px\" font-size=\"13\" fill=\"#1a1a1a\">"))
            .Append(Invariant($"<title id=\"{id}-title\">{HtmlEncode(title)}</title><desc id=\"{id}-desc\">{HtmlEncode(description)}</desc>"));

    private static string Shorten(string label) => label.Length > 18 ? label[..17] + "…" : label;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
