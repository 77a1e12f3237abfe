using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>A marked span in a built document, with its 0-based line span.</summary>
public sealed record MarkedLocation(string Path, string? Key, LinePositionSpan Span, bool InSource);

/// <summary>The solution under test and the markup found while building it.</summary>
public sealed record TestSolution(Solution Solution, IReadOnlyList<MarkedLocation> Markup, IReadOnlyList<ProjectId> ProjectIds);

/// <summary>Settings shared by every project of a test solution.</summary>
public sealed record SolutionOptions(
    string? EditorConfig,
    string? GlobalConfig,
    ImmutableDictionary<string, ReportDiagnostic> SpecificDiagnosticOptions,
    CSharpParseOptions ParseOptions,
    ImmutableArray<MetadataReference> References);

/// <summary>
/// Builds an <see cref="AdhocWorkspace"/> solution: documents at /0/Test0.cs (other projects at /Name/),
/// additional files beside them, and /.editorconfig or /.globalconfig as analyzer config documents.
/// </summary>
public static class TestSolutionBuilder
{
    public static TestSolution Build(IReadOnlyList<ProjectState> projects, Func<ProjectState, SourceFileList> sources, SolutionOptions options, string sourcePrefix = "", Workspace? workspace = null)
    {
        workspace ??= new AdhocWorkspace();
        var solution = workspace.CurrentSolution;
        var markup = new List<MarkedLocation>();
        var ids = projects.ToDictionary(p => p.Name, p => ProjectId.CreateNewId(p.Name));
        var configs = ConfigDocuments(options);

        foreach (var project in projects)
        {
            var id = ids[project.Name];
            var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions);
            solution = solution.AddProject(ProjectInfo.Create(id, VersionStamp.Default, project.Name, project.Name, LanguageNames.CSharp,
                filePath: project.Folder + project.Name + ".csproj",
                compilationOptions: compilationOptions,
                parseOptions: options.ParseOptions,
                metadataReferences: options.References));

            foreach (var (name, content) in sources(project))
            {
                string path = project.Folder + name;
                var (text, spans) = MarkupParser.Parse(sourcePrefix + content);
                markup.AddRange(Locate(path, text, spans, inSource: true));
                solution = solution.AddDocument(DocumentId.CreateNewId(id, name), name, SourceText.From(text), filePath: path);
            }

            foreach (var (name, content) in project.AdditionalFiles)
            {
                string path = project.Folder + name;
                var (text, spans) = MarkupParser.Parse(content);
                markup.AddRange(Locate(path, text, spans, inSource: false));
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(id, name), name, SourceText.From(text), filePath: path);
            }

            solution = solution.AddAnalyzerConfigDocuments(configs.Select(c => DocumentInfo.Create(
                DocumentId.CreateNewId(id, c.Path), c.Path.TrimStart('/'),
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(c.Text), VersionStamp.Default, c.Path)),
                filePath: c.Path)).ToImmutableArray());
        }

        foreach (var project in projects)
        {
            foreach (var reference in project.ProjectReferences)
            {
                if (!ids.TryGetValue(reference, out var target))
                {
                    throw new VerifierException($"Project '{project.Name}' references '{reference}', which the test does not define.");
                }

                solution = solution.AddProjectReference(ids[project.Name], new ProjectReference(target));
            }
        }

        // Loaded into the workspace, as a host would, so that TryApplyChanges can be checked later.
        if (!workspace.TryApplyChanges(solution))
        {
            throw new VerifierException("The test solution could not be loaded into its workspace.");
        }

        return new TestSolution(workspace.CurrentSolution, markup, projects.Select(p => ids[p.Name]).ToList());
    }

    private static IEnumerable<MarkedLocation> Locate(string path, string text, IReadOnlyList<MarkupSpan> spans, bool inSource)
    {
        var source = SourceText.From(text);
        return spans.Select(s => new MarkedLocation(path, s.Key, source.Lines.GetLinePositionSpan(s.Span), inSource));
    }

    private static List<(string Path, string Text)> ConfigDocuments(SolutionOptions options)
    {
        var result = new List<(string, string)>();
        if (options.EditorConfig is { } editorConfig)
        {
            // A body without its own section applies to every C# file.
            bool hasSection = editorConfig.Split('\n').Any(line => line.TrimStart().StartsWith('['));
            result.Add(("/.editorconfig", "root = true\n\n" + (hasSection ? "" : "[*.cs]\n") + editorConfig));
        }

        if (options.GlobalConfig is { } globalConfig)
        {
            result.Add(("/.globalconfig", globalConfig.Contains("is_global", StringComparison.Ordinal) ? globalConfig : "is_global = true\n" + globalConfig));
        }

        return result;
    }
}
