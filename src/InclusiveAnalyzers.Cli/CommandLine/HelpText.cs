using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.CommandLine;

/// <summary>The usage text for --help (docs/cli.md says the same at length).</summary>
public static class HelpText
{
    /// <summary>Where the installed tool sends for the full documentation (it carries no docs folder).</summary>
    public const string DocsUrl = "https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/";

    public const string Overview =
        $"""
        inclusive: non-inclusive wording in C#, Markdown, HTML and Razor; accessibility and code-of-conduct checks.

        Usage:
          inclusive scan [PATH...] [--format text|json|sarif|github] [--output FILE]
                         [--config FILE] [--fail-on error|warning|suggestion|none]
          inclusive scan --project FILE... | --solution FILE [the same options]
          inclusive fix  [PATH...] [--dry-run] [--config FILE]
          inclusive fix  --project FILE... | --solution FILE [--dry-run] [--config FILE]
          inclusive rules [--format text|json] [--config FILE]
          inclusive report [PATH] [--history N] [--format html|json] [--output FILE]
          inclusive report --merge FILE.sarif... [--format html|json] [--output FILE]

        Run 'inclusive COMMAND --help' for a command's options.
        Exit codes: 0 nothing at or above the fail level, 1 findings (fix --dry-run: something would change),
        2 usage or configuration error, 3 internal error (a file the tool could not handle; please report it).
        Documentation: {DocsUrl}cli.md
        """;

    public const string Scan =
        $"""
        Usage: inclusive scan [PATH...] [options]
               inclusive scan --project FILE... | --solution FILE [options]

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

        Options:
              --project FILE       load this C# project (repeatable) instead of walking PATHs
              --solution FILE      load every project of this solution (.sln, .slnx)
          -f, --format FORMAT      text (default), json, sarif (2.1.0) or github (workflow annotations)
          -o, --output FILE        write the report to FILE instead of standard output
          -c, --config FILE        use this inclusive.json instead of the nearest one above the paths
              --fail-on LEVEL      error, warning (default), suggestion or none: the lowest severity
                                   that makes the exit code 1
              --no-gitignore       scan files that .gitignore excludes
              --include-frozen     also scan frozen copies (versioned doc snapshots, archives)
              --no-fold            list every copy of a finding repeated in 3 or more documents
                                   (by default one line, at the first copy, with the count)
              --max-file-size SIZE skip larger files (default 10MB; e.g. 512KB, 50MB)
          -v, --verbose            say which symbolic links were not followed, and why
          -h, --help               show this help

        Severities come from the rule defaults, inclusive.json "rules", and .editorconfig
        (dotnet_diagnostic.INCLnnn.severity), in that order.
        Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or configuration error
        (including a malformed inclusive.json, reported as INCL001), 3 internal error.
        Output formats and exit codes in full: {DocsUrl}cli.md
        """;

    public const string Fix =
        """
        Usage: inclusive fix [PATH...] [options]
               inclusive fix --project FILE... | --solution FILE [options]

        Rewrites non-inclusive wording in Markdown and HTML prose with each term's first replacement,
        keeping case, encoding, byte order mark and line endings, and applies the C# code fixes (Fix All,
        first suggestion; renames follow every reference). Running it twice changes nothing more.
        With --project or --solution the fixes run over the loaded projects and are saved through MSBuild's
        workspace (source files keep their names; project files are not edited).

        Options:
              --project FILE       fix this C# project (repeatable) instead of walking PATHs
              --solution FILE      fix every project of this solution, renames across all of them
              --dry-run            print what would change as a patch (git diff format, renames
                                   included; 'git apply' takes it) and write nothing
                                   (exit code 1 when something would change)
          -c, --config FILE        use this inclusive.json instead of the nearest one above the paths
              --no-gitignore       also fix files that .gitignore excludes
              --include-frozen     also fix frozen copies (versioned doc snapshots, archives)
              --max-file-size SIZE skip larger files (default 10MB)
          -v, --verbose            say which symbolic links were not followed, and why
          -h, --help               show this help

        Each file is written to a temporary file beside it and renamed over the original (an interrupted
        run leaves every file old or new, keeping its permissions); a file edited since it was read, or
        reached through a symbolic link from outside the scanned folder, is left unchanged.
        """;

    public const string Rules =
        $"""
        Usage: inclusive rules [--format text|json] [--output FILE] [--config FILE]

        Lists every rule (id, severity, whether it is on, category, title) and every term of the default
        catalog merged with the nearest inclusive.json (term, category, severity, whether it is on,
        replacements). With --format json each rule also carries its description and help link (helpUri);
        a rule's page is {RuleCatalog.HelpLinkBase}ID.md.
        """;

    public const string Report =
        $"""
        Usage: inclusive report [PATH] [options]
               inclusive report --merge FILE.sarif|FOLDER... [options]

        Writes a community-health page: one self-contained HTML file (no script, no font, nothing loaded)
        with the totals, the split by family, category, rule and folder, the worst files, the code of
        conduct audit, the accessibility summary and what to fix next. The numbers are those of
        'inclusive scan' on the same folder and configuration.

        Options:
              --history N          add the trend over N points of the git history: release tags when
                                   the repository has them, else commits spaced evenly along the
                                   first-parent line; read from git's object store (nothing is checked
                                   out), each file content scanned once, judged with today's configuration
              --merge              the PATHs are SARIF 2.1.0 logs (CLI or build ErrorLog), or folders
                                   holding *.sarif: one page with a row per repository
          -f, --format FORMAT      html (default) or json
          -o, --output FILE        default: {Commands.ReportCommand.DefaultHtmlOutput} for html, standard output for json
          -c, --config FILE        use this inclusive.json instead of the nearest one above the path
              --no-gitignore, --include-frozen, --max-file-size SIZE, -v: as for scan
          -h, --help               show this help

        Exit codes: 0 the report was written, 2 usage or configuration error (or a --merge log that
        could not be read), 3 internal error. Details: {DocsUrl}report.md
        """;

    public static int Write(TextWriter output, string? command)
    {
        output.WriteLine(command switch
        {
            "scan" => Scan,
            "fix" => Fix,
            "rules" => Rules,
            "report" => Report,
            _ => Overview,
        });
        return ExitCodes.Success;
    }
}
