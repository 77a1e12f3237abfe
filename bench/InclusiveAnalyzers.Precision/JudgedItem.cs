using System.Text;

namespace InclusiveAnalyzers.Precision;

/// <summary>
/// One row of a sample/judged TSV file. The key columns make an item findable on a later build;
/// verdict is right, wrong or unsure; class names the kind of false positive of a wrong one.
/// </summary>
internal sealed record JudgedItem(string Id, string Key, string LineKey, Family Family, string Location, string Rule, string Term,
    string Verdict, string Class, string Note, string Excerpt)
{
    public static readonly string[] Columns = ["id", "family", "location", "rule", "term", "verdict", "class", "note", "excerpt", "key", "linekey"];

    public bool IsRight => Verdict.Equals("right", StringComparison.OrdinalIgnoreCase);
    public bool IsWrong => Verdict.Equals("wrong", StringComparison.OrdinalIgnoreCase);

    public static JudgedItem From(Finding f, string excerpt) =>
        new(f.Id, f.Key, f.LineKey, f.Family, f.Location, f.RuleId, f.Term ?? "", "", "", "", excerpt);

    public static void Write(string path, IEnumerable<JudgedItem> items)
    {
        var sb = new StringBuilder(string.Join('\t', Columns)).Append('\n');
        foreach (var i in items)
        {
            string[] cells = [i.Id, Families.Name(i.Family), i.Location, i.Rule, i.Term, i.Verdict, i.Class, i.Note, i.Excerpt, i.Key, i.LineKey];
            sb.Append(string.Join('\t', cells.Select(Clean))).Append('\n');
        }
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>Reads a TSV written by <see cref="Write"/> (columns found by name; a bad row is reported and skipped).</summary>
    public static List<JudgedItem> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) throw new InvalidDataException($"{path} is empty");
        var head = lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(head, name) is var n and >= 0 ? n : throw new InvalidDataException($"{path}: no '{name}' column");
        int id = Col("id"), fam = Col("family"), loc = Col("location"), rule = Col("rule"), term = Col("term"), verdict = Col("verdict"),
            cls = Col("class"), note = Col("note"), ex = Col("excerpt"), key = Col("key"), lk = Col("linekey");
        var items = new List<JudgedItem>();
        for (int n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0) continue;
            var c = lines[n].Split('\t');
            if (c.Length < head.Length) { Console.Error.WriteLine($"{path}:{n + 1}: {c.Length} columns, expected {head.Length}; row skipped"); continue; }
            items.Add(new JudgedItem(c[id], c[key], c[lk], Families.Parse(c[fam]), c[loc], c[rule], c[term], c[verdict].Trim(), c[cls].Trim(), c[note], c[ex]));
        }
        return items;
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace("\r", "");
}
