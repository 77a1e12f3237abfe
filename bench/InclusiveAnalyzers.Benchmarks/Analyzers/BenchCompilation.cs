using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InclusiveAnalyzers.Comments;
using InclusiveAnalyzers.Configuration;
using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.Strings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Benchmarks.Analyzers
{
    /// <summary>Which analyzers a run hosts.</summary>
    public enum AnalyzerSet
    {
        Empty,
        /// <summary>Our registrations with empty callbacks (see <see cref="MirrorAnalyzer"/>).</summary>
        Mirror,
        /// <summary>All four of ours; INCL103 stays off (its default), so the driver skips the string analyzer.</summary>
        Ours,
        /// <summary>All four, INCL103 switched on through SpecificDiagnosticOptions.</summary>
        OursWithStrings,
        Identifiers,
        Comments,
        /// <summary>The string analyzer alone, INCL103 on.</summary>
        Strings,
    }

    /// <summary>
    /// The parsed generated code base plus the references of the running runtime (its
    /// TRUSTED_PLATFORM_ASSEMBLIES in the runtime folder), and fresh compilations over them.
    /// </summary>
    public sealed class BenchCompilation
    {
        public const int MinimumLines = 60_000;

        private readonly CSharpCompilation template;

        private BenchCompilation(GeneratedCode? code, CSharpCompilation template, bool concurrent, string description)
        {
            Description = description;
            Code = code;
            this.template = template;
            Concurrent = concurrent;
        }

        /// <summary>True (as csc runs): the compiler and the analyzer driver use every core. False: one thread, for low-noise CPU figures.</summary>
        public bool Concurrent { get; }

        /// <summary>The generated code base, or null when the compilation is a real source folder.</summary>
        public GeneratedCode? Code { get; }

        /// <summary>What was compiled, for the report.</summary>
        public string Description { get; }

        /// <summary>
        /// A real library instead of generated code: every .cs file under <paramref name="folder"/> as
        /// one net library (AllowUnsafeBlocks, preview language, nullable on, as the Markdig corpus
        /// builds), against the running runtime's reference assemblies.
        /// </summary>
        public static BenchCompilation FromFolder(string folder, bool concurrent = true)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: new[] { "NET", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETSTANDARD2_1_OR_GREATER" });
            var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();
            var trees = files
                .AsParallel().AsOrdered()
                .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f), System.Text.Encoding.UTF8), parseOptions, f))
                .ToArray();
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true,
                concurrentBuild: concurrent);
            var compilation = CSharpCompilation.Create(Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)), trees, RuntimeReferences(), options);
            int lines = trees.Sum(t => t.GetText().Lines.Count);
            int errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            return new BenchCompilation(null, compilation, concurrent, $"{folder}: {files.Length} files, {lines:N0} lines, {errors} compile errors");
        }

        public static BenchCompilation Create(int minimumLines = MinimumLines, bool concurrent = true)
        {
            var code = CodeGenerator.Generate(minimumLines);
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = code.Files
                .AsParallel().AsOrdered()
                .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, System.Text.Encoding.UTF8), parseOptions, f.Path))
                .ToArray();
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: concurrent);
            var compilation = CSharpCompilation.Create("Contoso.Generated", trees, RuntimeReferences(), options);
            return new BenchCompilation(code, compilation, concurrent, $"generated code: {code.Files.Count} files");
        }

        /// <summary>The framework assemblies the app runs on (TRUSTED_PLATFORM_ASSEMBLIES minus the app's own dependencies).</summary>
        public static IReadOnlyList<MetadataReference> RuntimeReferences()
        {
            var tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
                ?? throw new InvalidOperationException("The runtime did not provide TRUSTED_PLATFORM_ASSEMBLIES.");
            var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            return tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToArray();
        }

        /// <summary>A compilation with no bound state: Clone keeps the trees and the metadata, drops every semantic cache.</summary>
        public CSharpCompilation Fresh(bool stringsOn = false)
        {
            var clone = (CSharpCompilation)template.Clone();
            return stringsOn
                ? clone.WithOptions(clone.Options.WithSpecificDiagnosticOptions(
                    clone.Options.SpecificDiagnosticOptions.SetItem("INCL103", ReportDiagnostic.Warn)))
                : clone;
        }

        public static ImmutableArray<DiagnosticAnalyzer> Analyzers(AnalyzerSet set) => set switch
        {
            AnalyzerSet.Empty => ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()),
            AnalyzerSet.Mirror => ImmutableArray.Create<DiagnosticAnalyzer>(new MirrorAnalyzer()),
            AnalyzerSet.Ours or AnalyzerSet.OursWithStrings => ImmutableArray.Create<DiagnosticAnalyzer>(
                new IdentifierAnalyzer(), new CommentAnalyzer(), new StringLiteralAnalyzer(), new ConfigurationAnalyzer()),
            AnalyzerSet.Identifiers => ImmutableArray.Create<DiagnosticAnalyzer>(new IdentifierAnalyzer()),
            AnalyzerSet.Comments => ImmutableArray.Create<DiagnosticAnalyzer>(new CommentAnalyzer()),
            AnalyzerSet.Strings => ImmutableArray.Create<DiagnosticAnalyzer>(new StringLiteralAnalyzer()),
            _ => throw new ArgumentOutOfRangeException(nameof(set)),
        };

        /// <summary>Compiler diagnostics only (declarations and method bodies bound, nothing emitted).</summary>
        public ImmutableArray<Diagnostic> Compile() => Fresh().GetDiagnostics();

        /// <summary>
        /// Analyzer diagnostics on a fresh compilation, as csc runs them: the driver binds the whole
        /// compilation to raise its events, so this time includes the compile. Analyzer exceptions
        /// are rethrown (an AD0001 would hide a broken analyzer behind a fast figure).
        /// </summary>
        public async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(AnalyzerSet set)
        {
            var failures = new ConcurrentQueue<string>();
            var diagnostics = await WithAnalyzers(set, failures, logExecutionTime: false).GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            ThrowIfFailed(failures);
            return diagnostics;
        }

        public CompilationWithAnalyzers WithAnalyzers(AnalyzerSet set, ConcurrentQueue<string> failures, bool logExecutionTime)
        {
            bool stringsOn = set == AnalyzerSet.OursWithStrings || set == AnalyzerSet.Strings;
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (e, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name} threw {e.GetType().Name}: {e.Message}"),
                concurrentAnalysis: Concurrent,
                logAnalyzerExecutionTime: logExecutionTime,
                reportSuppressedDiagnostics: false);
            return Fresh(stringsOn).WithAnalyzers(Analyzers(set), options);
        }

        public static void ThrowIfFailed(ConcurrentQueue<string> failures)
        {
            if (!failures.IsEmpty)
            {
                throw new InvalidOperationException("An analyzer failed (AD0001): " + string.Join("; ", failures.Distinct().Take(5)));
            }
        }
    }
}
