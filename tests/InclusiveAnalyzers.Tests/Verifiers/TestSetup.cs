using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>The project conventions every test shares, applied on top of the Roslyn SDK test kit.</summary>
internal static class TestSetup
{
    /// <summary>The folder of the primary project's documents in the kit ("/0/Test0.cs").</summary>
    public const string PrimaryFolder = "/0/";

    /// <summary>The .NET 8 reference pack (restored with the test project: see the PackageDownload in its csproj).</summary>
    public static ReferenceAssemblies References => ReferenceAssemblies.Net.Net80;

    public static ParseOptions ParseOptions(ParseOptions options)
        => ((CSharpParseOptions)options).WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Parse);

    public static CompilationOptions CompilationOptions(CompilationOptions options)
        => ((CSharpCompilationOptions)options).WithNullableContextOptions(NullableContextOptions.Enable);

    /// <summary>
    /// Puts files named without a folder into the primary project's folder, next to Test0.cs, so that paths in
    /// inclusive.json (overrides) resolve against the sources as they do in a real project.
    /// </summary>
    public static void PlaceInPrimaryFolder(SourceFileCollection files)
    {
        for (int i = 0; i < files.Count; i++)
        {
            if (!files[i].filename.StartsWith('/'))
            {
                files[i] = (PrimaryFolder + files[i].filename, files[i].content);
            }
        }
    }

    /// <summary>Adds the test's <c>EditorConfig</c> body as /.editorconfig (root = true; under [*.cs] unless it has a section).</summary>
    public static void AddEditorConfig(SolutionState state, string? body)
    {
        const string path = "/.editorconfig";
        if (body is null || state.AnalyzerConfigFiles.Any(f => f.filename == path))
        {
            return;
        }

        string text = body.TrimStart().StartsWith('[') ? "root = true\n\n" + body : "root = true\n\n[*.cs]\n" + body;
        state.AnalyzerConfigFiles.Add((path, text));
    }

    /// <summary>Adds the test's <c>GlobalConfig</c> body as /.globalconfig (<c>is_global = true</c> added when missing).</summary>
    public static void AddGlobalConfig(SolutionState state, string? body)
    {
        const string path = "/.globalconfig";
        if (body is null || state.AnalyzerConfigFiles.Any(f => f.filename == path))
        {
            return;
        }

        state.AnalyzerConfigFiles.Add((path, body.Contains("is_global", StringComparison.OrdinalIgnoreCase) ? body : "is_global = true\n" + body));
    }

    /// <summary>
    /// The kit switches every supported rule on through the compilation's specific options. Those beat .editorconfig,
    /// so a rule whose severity the test configures there (or in its global config) is left to that configuration, as a user would see it.
    /// </summary>
    public static Project LeaveConfiguredRules(Project project, string? testConfig, IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        if (string.IsNullOrWhiteSpace(testConfig))
        {
            return project;
        }

        string config = testConfig.ToLowerInvariant();
        var options = project.CompilationOptions!;
        var specific = options.SpecificDiagnosticOptions;
        foreach (var descriptor in analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            if (config.Contains($"dotnet_diagnostic.{descriptor.Id.ToLowerInvariant()}.severity", StringComparison.Ordinal)
                || config.Contains("dotnet_analyzer_diagnostic.severity", StringComparison.Ordinal)
                || config.Contains($"dotnet_analyzer_diagnostic.category-{descriptor.Category.ToLowerInvariant()}.severity", StringComparison.Ordinal))
            {
                specific = specific.Remove(descriptor.Id);
            }
        }

        return project.WithCompilationOptions(options.WithSpecificDiagnosticOptions(specific));
    }

    /// <summary>
    /// A message is compared only when the test gives it (<c>WithMessage</c> or <c>WithArguments</c>): the kit would
    /// otherwise compare the descriptor's unformatted message for a bare <c>Verify.Diagnostic()</c>.
    /// </summary>
    public static void CompareMessagesOnlyWhenGiven(List<DiagnosticResult> expected)
    {
        for (int i = 0; i < expected.Count; i++)
        {
            var result = expected[i];
            if (result.MessageArguments is null && result.MessageFormat is { } format && result.Message == format.ToString(CultureInfo.InvariantCulture))
            {
                expected[i] = result.WithMessageFormat(null!);
            }
        }
    }

    /// <summary>
    /// The kit leaves out diagnostics suppressed in source (#pragma, [SuppressMessage]); a test expecting one with
    /// <c>WithIsSuppressed()</c> gets them all, so it can tell "suppressed" from "never reported".
    /// </summary>
    public static bool ExpectsSuppressed(params List<DiagnosticResult>[] expected)
        => expected.Any(list => list.Any(d => d.IsSuppressed == true));
}
