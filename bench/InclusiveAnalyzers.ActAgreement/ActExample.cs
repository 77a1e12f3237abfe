namespace InclusiveAnalyzers.ActAgreement;

/// <summary>One example of an ACT rule page: its outcome (passed, failed, inapplicable), number and HTML.</summary>
internal sealed record ActExample(string ActRule, string Outcome, int Number, string Html)
{
    public string Label => $"{ActRule} {Outcome} {Number}";

    /// <summary>
    /// Reads one examples file: a '#' title line, then blocks that start with "=== outcome number" and
    /// hold the example's HTML verbatim up to the next block.
    /// </summary>
    public static List<ActExample> Read(string path)
    {
        var rule = Path.GetFileNameWithoutExtension(path);
        var examples = new List<ActExample>();
        string? outcome = null;
        int number = 0;
        var html = new List<string>();
        void Flush()
        {
            if (outcome != null) examples.Add(new ActExample(rule, outcome, number, string.Join("\n", html).Trim('\n') + "\n"));
            html.Clear();
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                var parts = line.Substring(4).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 2 || !int.TryParse(parts[1], out number) || parts[0] is not ("passed" or "failed" or "inapplicable"))
                {
                    throw new FormatException($"{path}: '{line}' is not '=== passed|failed|inapplicable N'.");
                }
                outcome = parts[0];
            }
            else if (outcome != null) html.Add(line);
        }
        Flush();
        return examples;
    }
}
