using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Tests.Razor;

/// <summary>
/// A workspace project shaped like a Razor SDK project in the IDE: .razor files are additional documents, and a
/// source generator turns each into C# whose user-written parts carry #line directives back to the .razor file, so
/// the C# is a source-generated document that no fix may edit. The test kit (1.1.4) only fixes diagnostics in
/// regular documents, so the fixes are driven here the way the IDE drives them: diagnostics from the compilation,
/// a <see cref="CodeFixContext"/> on the diagnostic's document (a TextDocument for an additional file), the chosen
/// action's ApplyChangesOperation.
/// </summary>
internal sealed class RazorWorkspace : IDisposable
{
    public const string Folder = "/App/";

    private readonly AdhocWorkspace workspace = new();

    public RazorWorkspace(IEnumerable<(string Path, string Text)> razorFiles, IEnumerable<(string Path, string Text)>? sources = null, string? globalConfig = null)
    {
        var id = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(id, VersionStamp.Default, "App", "App", LanguageNames.CSharp,
                filePath: Folder + "App.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }))
            .AddAnalyzerReference(id, new GeneratorReference(new MiniRazorGenerator()));
        foreach (var (path, text) in razorFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(id), Path.GetFileName(path), SourceText.From(text), filePath: Folder + path);
        }

        foreach (var (path, text) in sources ?? Array.Empty<(string, string)>())
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(id), Path.GetFileName(path), SourceText.From(text), filePath: Folder + path);
        }

        if (globalConfig != null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(id), ".globalconfig", SourceText.From("is_global = true\n" + globalConfig), filePath: Folder + ".globalconfig");
        }

        Solution = solution;
    }

    public Solution Solution { get; private set; }

    public Project Project => Solution.Projects.Single();

    public async Task<string> RazorTextAsync(string path)
        => (await Project.AdditionalDocuments.Single(d => d.FilePath == Folder + path).GetTextAsync()).ToString();

    public async Task<string> SourceTextAsync(string path)
        => (await Project.Documents.Single(d => d.FilePath == Folder + path).GetTextAsync()).ToString();

    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(params DiagnosticAnalyzer[] analyzers)
    {
        var compilation = (await Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers(ImmutableArray.Create(analyzers), Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>The titles of the actions <paramref name="fixer"/> offers for <paramref name="diagnostic"/>.</summary>
    public async Task<List<CodeAction>> ActionsAsync(CodeFixProvider fixer, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        CodeFixContext context;
        if (diagnostic.Location.SourceTree is { } tree)
        {
            var document = Solution.GetDocument(tree)
                ?? (await Project.GetSourceGeneratedDocumentsAsync()).Single(d => d.FilePath == tree.FilePath);
            context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        }
        else
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            var document = Project.AdditionalDocuments.Single(d => d.FilePath == path);
            context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        }

        await fixer.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>Applies the action as the IDE does: the solution its ApplyChangesOperation carries becomes the current one.</summary>
    public async Task ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
    }

    public void Dispose() => workspace.Dispose();

    private sealed class GeneratorReference : AnalyzerReference
    {
        // One wrapper for the reference's life: the workspace finds a generator's reference by the instance.
        private readonly ISourceGenerator generator;

        public GeneratorReference(IIncrementalGenerator generator) => this.generator = generator.AsSourceGenerator();

        public override string FullPath => "/generators/MiniRazor.dll";

        public override object Id => "MiniRazor";

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => ImmutableArray.Create(generator);

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => GetGeneratorsForAllLanguages();
    }

    /// <summary>
    /// The Razor generator's output in miniature, for a file of markup, then an <c>@code {</c> line, the code, and a
    /// closing <c>}</c> line: the class is named after the file; each <c>@name</c> in the markup becomes a use in
    /// BuildRenderTree and the code block becomes members, both under #line directives mapping them to their .razor
    /// line and column; the rest is #line hidden (the generator's own code). The real output maps with enhanced
    /// #line spans (tested in RazorCodeAnalyzerTests); the mapping the fixes read is the same.
    /// </summary>
    private sealed class MiniRazorGenerator : IIncrementalGenerator
    {
        private static readonly Regex Expression = new(@"@([A-Za-z_][A-Za-z0-9_]*)");

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider.Where(f => f.Path.EndsWith(".razor", StringComparison.Ordinal));
            context.RegisterSourceOutput(files, (output, file) =>
                output.AddSource(Path.GetFileNameWithoutExtension(file.Path) + "_razor.g.cs", Generate(file.Path, file.GetText()!.ToString())));
        }

        private static string Generate(string path, string text)
        {
            var lines = text.Split('\n');
            int code = Array.FindIndex(lines, l => l.StartsWith("@code {", StringComparison.Ordinal));
            int close = Array.FindLastIndex(lines, l => l.TrimEnd() == "}");
            var sb = new StringBuilder();
            sb.Append("// <auto-generated/>\n#pragma warning disable 1591\nnamespace App\n{\n#line hidden\n    public partial class ")
              .Append(Path.GetFileNameWithoutExtension(path)).Append("\n    {\n        protected void BuildRenderTree()\n        {\n");
            for (int line = 0; line < (code < 0 ? lines.Length : code); line++)
            {
                foreach (Match match in Expression.Matches(lines[line]))
                {
                    var name = match.Groups[1];
                    sb.Append("            Use(\n#line ").Append(line + 1).Append(" \"").Append(path).Append("\"\n")
                      .Append(' ', name.Index).Append(name.Value).Append("\n#line hidden\n            );\n");
                }
            }

            sb.Append("        }\n\n        private static void Use(object value) { }\n");
            if (code >= 0 && close > code)
            {
                sb.Append("#line ").Append(code + 2).Append(" \"").Append(path).Append("\"\n");
                for (int line = code + 1; line < close; line++)
                {
                    sb.Append(lines[line].TrimEnd('\r')).Append('\n');
                }

                sb.Append("#line default\n#line hidden\n");
            }

            sb.Append("    }\n}\n");
            return sb.ToString();
        }
    }
}
