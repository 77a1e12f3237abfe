using InclusiveAnalyzers.Core.Policy;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// What the C# scan and fix share: the files read, parse and compilation options, the framework's
/// reference assemblies, the analyzers and fixers of the shipped assemblies, and the analyzer options
/// (inclusive.json as an additional file, .editorconfig through the CLI's reader).
/// </summary>
internal static class CSharpProject
{
    /// <summary>Latest language, and XML doc comments parsed as structure so INCL102 reads their text.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.Parse);

    /// <summary>The SDK's default implicit usings, so names from the framework bind as they do in a real project.</summary>
    public const string ImplicitUsings =
        "global using global::System;\nglobal using global::System.Collections.Generic;\nglobal using global::System.IO;\nglobal using global::System.Linq;\n"
        + "global using global::System.Net.Http;\nglobal using global::System.Threading;\nglobal using global::System.Threading.Tasks;\n";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadFrameworkReferences);
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(LoadAnalyzers);
    private static readonly Lazy<ImmutableArray<CodeFixProvider>> Fixers = new(LoadFixers);

    public static ImmutableArray<MetadataReference> FrameworkReferences => References.Value;
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers => Analyzers.Value;
    public static ImmutableArray<CodeFixProvider> AllFixers => Fixers.Value;

    /// <summary>
    /// The files with a term candidate (<see cref="CSharpHitFilter"/>) as text, read in parallel; the others are
    /// handed to <paramref name="noHit"/> and not kept. Unreadable files, and ones nested too deeply for the parser
    /// (<see cref="CSharpNesting"/>), become INCL002 findings through <paramref name="skip"/>.
    /// </summary>
    public static List<TextFile> Read(IReadOnlyList<CandidateFile> files, long maxFileBytes, CSharpHitFilter filter, Action<string, string> skip, Action<string> noHit, CancellationToken cancellationToken)
    {
        var read = new TextFile?[files.Count];
        FileWorkers.For(files.Count, i =>
        {
            read[i] = TextFile.TryRead(files[i], maxFileBytes, out var reason);
            if (read[i] is { } file && CSharpNesting.Problem(file.Text) is { } tooDeep)
            {
                read[i] = null;
                reason = tooDeep;
            }

            if (read[i] is null)
            {
                skip(files[i].FullPath, reason!);
            }
            else if (!filter.MayHaveFindings(read[i]!))
            {
                read[i] = null;
                noHit(files[i].FullPath);
            }
        }, cancellationToken);

        return read.Where(f => f != null).Select(f => f!).ToList();
    }

    public static CSharpCompilationOptions CompilationOptions(IEnumerable<TextFile> files, SeverityResolver policy)
    {
        // Rules that are off by default run only when some file's configuration turns them on;
        // the severity of each finding is then decided per file by the policy, as for documents.
        var specific = new Dictionary<string, ReportDiagnostic>();
        foreach (var rule in RuleCatalog.All.Where(r => !r.EnabledByDefault))
        {
            if (files.Any(f => policy.Resolve(rule.Id, Severity.None, f.FullPath) > Severity.None))
            {
                specific[rule.Id] = ReportDiagnostic.Warn;
            }
        }

        return new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            allowUnsafe: true,
            // No nullable analysis: no rule reads nullability, and the flow analysis is the compiler's most costly pass on a long
            // operator chain (quadratic in its length: 5 s for a 40,000-term `+` chain, most of the file's time).
            nullableContextOptions: NullableContextOptions.Disable,
            specificDiagnosticOptions: specific,
            concurrentBuild: true);
    }

    public static AnalyzerOptions Options(LoadedConfiguration configuration, SeverityResolver policy, IReadOnlyDictionary<string, CSharpReportLimits.Limit>? limits = null)
    {
        var additional = ImmutableArray<AdditionalText>.Empty;
        if (configuration.Path != null && File.Exists(configuration.Path))
        {
            additional = ImmutableArray.Create<AdditionalText>(new FileText(configuration.Path));
        }

        return new AnalyzerOptions(additional, new EditorConfigOptionsProvider(policy, limits));
    }

    public static SyntaxTree ImplicitUsingsTree() => CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: string.Empty);

    /// <summary>A finding for an analyzer diagnostic, with the severity the policy gives it in its file.</summary>
    public static Finding? ToFinding(Diagnostic diagnostic, SeverityResolver policy)
    {
        var span = diagnostic.Location.GetLineSpan();
        if (!span.IsValid || string.IsNullOrEmpty(span.Path) || diagnostic.Id == RuleCatalog.InvalidConfiguration)
        {
            return null; // inclusive.json problems are reported once, by the CLI itself
        }

        var rule = RuleCatalog.Find(diagnostic.Id);
        var severity = rule is { EnabledByDefault: false } ? Severity.None : SeverityOf(diagnostic);
        return policy.Resolve(FromDiagnostic(diagnostic, severity, span));
    }

    /// <summary>The CLI severity for a diagnostic's effective severity (hidden is silent).</summary>
    public static Severity SeverityOf(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        DiagnosticSeverity.Error => Severity.Error,
        DiagnosticSeverity.Warning => Severity.Warning,
        DiagnosticSeverity.Info => Severity.Suggestion,
        _ => Severity.Silent,
    };

    /// <summary>A finding at the diagnostic's location with its message, term and replacements.</summary>
    public static Finding FromDiagnostic(Diagnostic diagnostic, Severity severity, FileLinePositionSpan span)
    {
        var finding = new Finding(
            diagnostic.Id,
            severity,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1)
        {
            Offset = diagnostic.Location.SourceSpan.Start,
            Length = diagnostic.Location.SourceSpan.Length,
            Term = diagnostic.Properties.TryGetValue(InclusiveAnalyzers.Shared.PropertyNames.TermId, out var term) ? term : null,
            Replacements = diagnostic.Properties.TryGetValue(InclusiveAnalyzers.Shared.PropertyNames.Replacements, out var replacements) && !string.IsNullOrEmpty(replacements)
                ? replacements!.Split('\n')
                : null,
        };

        return finding;
    }

    /// <summary>
    /// The SDK's reference assemblies for this runtime's major version (packs/Microsoft.NETCore.App.Ref),
    /// or the runtime's own assemblies when the SDK is not installed.
    /// </summary>
    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var major = Environment.Version.Major;
        var packs = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        if (Directory.Exists(packs))
        {
            var best = Directory.EnumerateDirectories(packs)
                .Select(d => (Directory: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
                .Where(p => p.Version?.Major == major)
                .OrderByDescending(p => p.Version)
                .Select(p => Path.Combine(p.Directory, "ref", $"net{major}.0"))
                .FirstOrDefault(Directory.Exists);
            if (best != null)
            {
                return Directory.EnumerateFiles(best, "*.dll").Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
            }
        }

        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty).Split(Path.PathSeparator);
        return trusted
            .Where(p => p.Length > 0 && p.StartsWith(runtimeDirectory, StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    // The compiler's document analyzer is left out: the CLI checks documents itself, the code of conduct and repository included.
    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers() =>
        Instances<DiagnosticAnalyzer>(typeof(InclusiveAnalyzers.Shared.PropertyNames).Assembly, t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp))
            && t != typeof(InclusiveAnalyzers.Documents.DocumentAnalyzer));

    private static ImmutableArray<CodeFixProvider> LoadFixers() =>
        Instances<CodeFixProvider>(typeof(InclusiveAnalyzers.CodeFixes.RenameIdentifierFixer).Assembly, t => t.GetCustomAttributes<ExportCodeFixProviderAttribute>().Any());

    private static ImmutableArray<T> Instances<T>(Assembly assembly, Func<Type, bool> exported) =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) != null && exported(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>inclusive.json handed to the analyzers as an additional file.</summary>
    internal sealed class FileText : AdditionalText
    {
        private readonly Lazy<SourceText?> text;

        public FileText(string path)
        {
            Path = path;
            text = new Lazy<SourceText?>(() =>
            {
                try
                {
                    return SourceText.From(File.ReadAllText(path));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return null;
                }
            });
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text.Value;
    }
}
