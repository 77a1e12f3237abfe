namespace InclusiveAnalyzers.Precision;

/// <summary>Command line: `COMMAND [--cli DLL] [--shared DIR] [--work DIR] [--pydoc DIR] [--out DIR] [--seed S] [--per-family N] [--sets a,b] [--judged FILE]`.</summary>
internal sealed class Options
{
    public string Command { get; private set; } = "scan";
    public string Cli { get; private set; } = "";
    public string Shared { get; private set; } = "";
    public string Work { get; private set; } = Path.Combine(Path.GetTempPath(), "inclusive-precision");
    public string PyDoc { get; private set; } = "/usr/share/doc/python3.11/html";
    public string Out { get; private set; } = "";
    public string Seed { get; private set; } = "2026-precision";
    public int PerFamily { get; private set; } = 40;
    public HashSet<string>? Sets { get; private set; }
    public string? Judged { get; private set; }

    public static Options Parse(string[] args)
    {
        var o = new Options();
        int i = 0;
        if (args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)) o.Command = args[i++];
        for (; i < args.Length; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            switch (name)
            {
                case "--cli": o.Cli = Path.GetFullPath(Value()); break;
                case "--shared": o.Shared = Path.GetFullPath(Value()); break;
                case "--work": o.Work = Path.GetFullPath(Value()); break;
                case "--pydoc": o.PyDoc = Path.GetFullPath(Value()); break;
                case "--out": o.Out = Path.GetFullPath(Value()); break;
                case "--seed": o.Seed = Value(); break;
                case "--per-family": o.PerFamily = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--sets": o.Sets = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(); break;
                case "--judged": o.Judged = Path.GetFullPath(Value()); break;
                default: throw new ArgumentException($"unknown option {name}");
            }
        }
        if (o.Command != "summarize")
        {
            // summarize only reads a judged file; the other commands scan.
            if (o.Cli.Length == 0 || !File.Exists(o.Cli)) throw new ArgumentException($"--cli must name the built inclusive.dll (got '{o.Cli}')");
            if (o.Shared.Length == 0) throw new ArgumentException("--shared must name the shared folder (the one holding corpus/)");
        }
        if (o.Out.Length == 0) o.Out = Path.Combine(o.Work, "out");
        return o;
    }
}
