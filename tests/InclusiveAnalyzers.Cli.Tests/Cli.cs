using System.Text.Json;

namespace InclusiveAnalyzers.Cli.Tests;

/// <summary>Runs the program in-process with captured output.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public JsonDocument Json() => JsonDocument.Parse(Out);

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
    }

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    public static Result Run(string workingDirectory, Func<TextWriter, TextWriter, CliConsole>? console, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, console?.Invoke(output, error) ?? new CliConsole(output, error, workingDirectory));
        return new Result(code, output.ToString(), error.ToString());
    }
}
