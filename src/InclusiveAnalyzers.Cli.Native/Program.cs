namespace InclusiveAnalyzers.Cli.NativeEntry;

/// <summary>The entry point of the native image: the inclusive command itself.</summary>
public static class Program
{
    public static int Main(string[] args) => Cli.Program.Main(args);
}
