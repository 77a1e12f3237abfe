using System.Collections.Immutable;
using InclusiveAnalyzers.CodeFixes;
using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace InclusiveAnalyzers.Tests.CodeFixes;

/// <summary>PublicAPI.Shipped.txt / Unshipped.txt follow a bulk rename (dotnet format path), so RS0016/RS0017 stay quiet.</summary>
public class PublicApiFilesTests
{
    private const string Source = """
        namespace Lib
        {
            public interface IServer { bool IsSlave { get; } }
            public class Server : IServer
            {
                public bool IsSlave => false;
                public void SlaveOf(string endpoint) { }
                public void SlaveOf(string host, int port) { }
                int _slaves;
                internal int Count() => _slaves;
            }
            public enum ClientType { Normal, Slave }
        }
        """;

    private const string Shipped = """
        #nullable enable
        Lib.ClientType
        Lib.ClientType.Normal = 0 -> Lib.ClientType
        Lib.ClientType.Slave = 1 -> Lib.ClientType
        Lib.IServer
        Lib.IServer.IsSlave.get -> bool
        Lib.Server
        Lib.Server.IsSlave.get -> bool
        Lib.Server.Server() -> void
        Lib.Server.SlaveOf(string! endpoint) -> void

        """;

    private const string Unshipped = """
        #nullable enable
        Lib.Server.SlaveOf(string! host, int port) -> void

        """;

    // The library as dotnet format loads it (sources, PublicAPI files as additional files, .editorconfig), then the
    // dotnet format path of the verifiers: per fixable id, the first action's key, Fix All once in Solution scope.
    private static async Task<string> UnshippedAfterFormatAsync(string? editorConfig)
    {
        using var workspace = new DotnetFormatWorkspace(Microsoft.CodeAnalysis.Host.Mef.MefHostServices.DefaultHost);
        var references = await TestSetup.References.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Lib", "Lib", LanguageNames.CSharp, filePath: "/0/Lib.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: references))
            .AddDocument(DocumentId.CreateNewId(projectId), "Server.cs", Source, filePath: "/0/Server.cs")
            .AddAdditionalDocument(DocumentId.CreateNewId(projectId), "PublicAPI.Shipped.txt", Shipped, filePath: "/0/PublicAPI.Shipped.txt")
            .AddAdditionalDocument(DocumentId.CreateNewId(projectId), "PublicAPI.Unshipped.txt", Unshipped, filePath: "/0/PublicAPI.Unshipped.txt");
        if (editorConfig != null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig",
                Microsoft.CodeAnalysis.Text.SourceText.From("root = true\n[*.cs]\n" + editorConfig + "\n"), filePath: "/.editorconfig");
        }

        Assert.True(workspace.TryApplyChanges(solution));
        workspace.Loaded = true;
        var check = new DotnetFormatCheck(ImmutableArray.Create<DiagnosticAnalyzer>(new IdentifierAnalyzer()), new RenameIdentifierFixer(), new DefaultVerifier());
        var formatted = await check.FormatAsync(workspace.CurrentSolution, null, CancellationToken.None);
        var file = formatted!.Projects.Single().AdditionalDocuments.Single(d => d.Name == "PublicAPI.Unshipped.txt");
        return (await file.GetTextAsync()).ToString().Replace("\r\n", "\n");
    }

    [Fact]
    public async Task Forward_adds_the_new_names_and_keeps_the_old()
    {
        var text = await UnshippedAfterFormatAsync(null);
        Assert.Equal(
            """
            #nullable enable
            Lib.Server.SlaveOf(string! host, int port) -> void
            Lib.IServer.IsReplica.get -> bool
            Lib.Server.IsReplica.get -> bool
            Lib.Server.ReplicaOf(string! endpoint) -> void
            Lib.Server.ReplicaOf(string! host, int port) -> void
            Lib.ClientType.Replica = 1 -> Lib.ClientType

            """,
            text);
    }

    [Fact]
    public async Task Rename_also_marks_the_old_names_removed()
    {
        var text = await UnshippedAfterFormatAsync("inclusive_analyzers.public_api = rename");
        Assert.Contains("*REMOVED*Lib.Server.SlaveOf(string! endpoint) -> void", text);
        Assert.Contains("*REMOVED*Lib.IServer.IsSlave.get -> bool", text);
        Assert.Contains("Lib.Server.ReplicaOf(string! host, int port) -> void", text);
        Assert.DoesNotContain("Lib.Server.SlaveOf(string! host, int port) -> void", text.Replace("*REMOVED*", "#"));
        Assert.DoesNotContain("_slaves", text);
    }

    [Fact]
    public async Task Skip_leaves_the_files_alone()
        => Assert.Equal(Unshipped, await UnshippedAfterFormatAsync("inclusive_analyzers.public_api = skip"));
}
