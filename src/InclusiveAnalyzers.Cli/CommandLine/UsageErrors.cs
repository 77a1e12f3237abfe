using System.CommandLine;
using System.CommandLine.Invocation;

namespace InclusiveAnalyzers.Cli.CommandLine;

/// <summary>
/// A command line that does not parse: each error on standard error as <c>inclusive: MESSAGE</c>,
/// System.CommandLine's "did you mean" suggestions for a mistyped option or command, and where the usage
/// is; exit code 2. Standard output stays empty (it may be a report file), so the full help is not printed.
/// </summary>
internal static class UsageErrors
{
    public static int Write(ParseResult parse, TextWriter error)
    {
        foreach (var message in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            error.WriteLine("inclusive: " + message);
        }

        var suggestions = TypoCorrections(parse);
        if (suggestions.Length > 0)
        {
            error.WriteLine(suggestions);
        }

        error.WriteLine(parse.CommandResult == parse.RootCommandResult
            ? "Run 'inclusive --help' for usage."
            : $"Run 'inclusive {parse.CommandResult.Command.Name} --help' for usage.");
        return ExitCodes.UsageOrConfiguration;
    }

    /// <summary>The library's own suggestions ("'--dry-rn' was not matched. Did you mean one of the following?"), captured rather than printed to standard output.</summary>
    private static string TypoCorrections(ParseResult parse)
    {
        if (parse.UnmatchedTokens.Count == 0 || parse.Action is not ParseErrorAction action)
        {
            return string.Empty;
        }

        action.ShowHelp = false;
        action.ShowTypoCorrections = true;
        var suggestions = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = suggestions, Error = TextWriter.Null, ProcessTerminationTimeout = null });
        return suggestions.ToString().Trim();
    }
}
