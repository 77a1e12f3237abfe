using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.CommandLine;

/// <summary>
/// --help: System.CommandLine's layout (description, usage, arguments, options, commands) with the prose
/// a one-line option description cannot carry: what each command reads, exit codes, where the full
/// documentation is (docs/cli.md says the same at length).
/// </summary>
internal static class HelpText
{
    /// <summary>Where the installed tool sends for the full documentation (it carries no docs folder).</summary>
    public const string DocsUrl = "https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/";

    public const string RootDescription =
        "inclusive: non-inclusive wording in C#, Markdown, HTML and Razor; accessibility and code-of-conduct checks.";

    private const string RootUsageSection =
        """
        Usage by command:
          inclusive scan [PATH...] [--format text|json|sarif|github] [--output FILE]
                         [--config FILE] [--fail-on error|warning|suggestion|none]
          inclusive scan --project FILE... | --solution FILE [the same options]
          inclusive fix  [PATH...] [--dry-run] [--config FILE]
          inclusive fix  --project FILE... | --solution FILE [--dry-run] [--config FILE]
          inclusive rules [--format text|json] [--config FILE]
          inclusive report [PATH] [--history N] [--format html|json] [--output FILE]
          inclusive report --merge FILE.sarif... [--format html|json] [--output FILE]
        """;

    private const string RootEpilogue =
        $"""
        Run 'inclusive COMMAND --help' for a command's options. Arguments can also come from a response
        file: 'inclusive scan @scan.rsp' reads one or more arguments per line.
        Exit codes: 0 nothing at or above the fail level, 1 findings (fix --dry-run: something would change),
        2 usage or configuration error, 3 internal error (a file the tool could not handle; please report it).
        Documentation: {DocsUrl}cli.md
        """;

    private const string ScanDescription =
        """
        Scans C# (.cs), Markdown (.md, .markdown), HTML (.html, .htm) and Razor (.razor, .cshtml) files
        under each PATH (default: the current folder) and the repository's code of conduct. Folders are
        walked honouring .gitignore; .git, .vs, .idea, bin, obj, artifacts, node_modules and NuGet's
        packages folder are skipped; binary and oversized
        files are skipped with a message.
        Documents in frozen copies (Docusaurus versioned_docs/, version-X.Y/ snapshots, mike version
        folders, archive/) are skipped and counted in the summary. A symbolic link whose target lies
        outside the scanned folder is not followed. Files named on the command line are always scanned.

        With --project or --solution, C# comes from the real projects, loaded through MSBuild with the
        installed .NET SDK (restore them first): their references, .editorconfig, .globalconfig, NoWarn
        and AdditionalFiles apply as in a build. Markdown and HTML in the solution's and the projects'
        folders are scanned as above.
        """;

    private const string ScanEpilogue =
        $"""
        Severities come from the rule defaults, inclusive.json "rules", and .editorconfig
        (dotnet_diagnostic.INCLnnn.severity), in that order.
        Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or configuration error
        (including a malformed inclusive.json, reported as INCL001), 3 internal error.
        Output formats and exit codes in full: {DocsUrl}cli.md
        """;

    private const string FixDescription =
        """
        Rewrites non-inclusive wording in Markdown and HTML prose with each term's first replacement,
        keeping case, encoding, byte order mark and line endings, and applies the C# code fixes (Fix All,
        first suggestion; renames follow every reference). Running it twice changes nothing more.
        With --project or --solution the fixes run over the loaded projects and are saved through MSBuild's
        workspace (source files keep their names; project files are not edited).
        """;

    private const string FixEpilogue =
        $"""
        Each file is written to a temporary file beside it and renamed over the original (an interrupted
        run leaves every file old or new, keeping its permissions); a file edited since it was read, or
        reached through a symbolic link from outside the scanned folder, is left unchanged.
        Exit codes: 0 done (--dry-run: nothing would change), 1 --dry-run: something would change,
        2 usage or configuration error, 3 a file could not be written or the tool failed on it.
        Details: {DocsUrl}cli.md#fix
        """;

    private const string RulesDescription =
        """
        Lists every rule (id, severity, whether it is on, category, title) and every term of the default
        catalog merged with the nearest inclusive.json (term, category, severity, whether it is on,
        replacements). With --format json each rule also carries its description and help link (helpUri).
        """;

    private const string RulesEpilogue =
        $"""
        A rule's page is {RuleCatalog.HelpLinkBase}ID.md
        (the text output ends with this address).
        Exit codes: 0 listed, 2 usage or configuration error (a malformed inclusive.json is still listed).
        """;

    private const string ReportDescription =
        """
        Writes a community-health page: one self-contained HTML file (no script, no font, nothing loaded)
        with the totals, the split by family, category, rule and folder, the worst files, the code of
        conduct audit, the accessibility summary and what to fix next. The numbers are those of
        'inclusive scan' on the same folder and configuration. With --merge, one page for many
        repositories from their SARIF logs.
        """;

    private const string ReportEpilogue =
        $"""
        --output defaults to {Commands.ReportCommand.DefaultHtmlOutput} for html, standard output for json.
        Exit codes: 0 the report was written, 2 usage or configuration error (or a --merge log that
        could not be read), 3 internal error. Details: {DocsUrl}report.md
        """;

    /// <summary>Makes every --help (and 'inclusive help COMMAND') write through <see cref="WriteHelp"/>.</summary>
    public static void Install(InclusiveCommandLine line, CliConsole console)
    {
        line.HelpFlag.Action = new WriteHelp(line, new HelpAction { MaxWidth = console.OutputWidth }, console.Out);
        foreach (var option in line.Root.Options)
        {
            if (option is HelpOption { Action: HelpAction standard } help)
            {
                standard.MaxWidth = console.OutputWidth;
                help.Action = new WriteHelp(line, standard, console.Out);
            }
        }
    }

    /// <summary>
    /// System.CommandLine's help (description, usage, arguments, options, commands) with a command's
    /// long description in place of the one line the command list shows, then the prose that follows.
    /// </summary>
    private sealed class WriteHelp(InclusiveCommandLine line, HelpAction standard, TextWriter output) : SynchronousCommandLineAction
    {
        /// <summary>As System.CommandLine's own help: --help beside a mistake shows the help.</summary>
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var command = parseResult.CommandResult.Command;
            var (description, epilogue) = command == line.Scan ? (ScanDescription, ScanEpilogue)
                : command == line.Fix ? (FixDescription, FixEpilogue)
                : command == line.Rules ? (RulesDescription, RulesEpilogue)
                : command == line.Report ? (ReportDescription, ReportEpilogue)
                : (RootDescription, RootUsageSection + "\n\n" + RootEpilogue);

            var shortDescription = command.Description;
            command.Description = description;
            try
            {
                standard.Invoke(parseResult);
            }
            finally
            {
                command.Description = shortDescription;
            }

            output.WriteLine(epilogue);
            return ExitCodes.Success;
        }
    }
}
