using System.Collections.Immutable;
using InclusiveAnalyzers.CodeFixes;
using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
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

    private static async Task<string> UnshippedAfterFormatAsync(string? editorConfig)
    {
        var project = new ProjectState(ProjectState.PrimaryName);
        project.Sources.Add(Source);
        project.AdditionalFiles.Add(("PublicAPI.Shipped.txt", Shipped));
        project.AdditionalFiles.Add(("PublicAPI.Unshipped.txt", Unshipped));
        var options = new SolutionOptions(editorConfig, null, ImmutableDictionary<string, ReportDiagnostic>.Empty,
            new CSharpParseOptions(LanguageVersion.Latest), ReferenceAssemblies.Default);
        var built = TestSolutionBuilder.Build(new[] { project }, p => p.Sources, options);
        var runner = new FixAllRunner(ImmutableArray.Create<DiagnosticAnalyzer>(new IdentifierAnalyzer()), new RenameIdentifierFixer(), 10);
        var solution = await runner.DotnetFormatAsync(built.Solution, null, CancellationToken.None);
        var file = solution!.Projects.Single().AdditionalDocuments.Single(d => d.Name == "PublicAPI.Unshipped.txt");
        return (await file.GetTextAsync()).ToString().Replace("\r\n", "\n");
    }

    [Fact]
    public async Task ForwardAddsTheNewNamesAndKeepsTheOld()
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
    public async Task RenameAlsoMarksTheOldNamesRemoved()
    {
        var text = await UnshippedAfterFormatAsync("inclusive_analyzers.public_api = rename");
        Assert.Contains("*REMOVED*Lib.Server.SlaveOf(string! endpoint) -> void", text);
        Assert.Contains("*REMOVED*Lib.IServer.IsSlave.get -> bool", text);
        Assert.Contains("Lib.Server.ReplicaOf(string! host, int port) -> void", text);
        Assert.DoesNotContain("Lib.Server.SlaveOf(string! host, int port) -> void", text.Replace("*REMOVED*", "#"));
        Assert.DoesNotContain("_slaves", text);
    }

    [Fact]
    public async Task SkipLeavesTheFilesAlone()
        => Assert.Equal(Unshipped, await UnshippedAfterFormatAsync("inclusive_analyzers.public_api = skip"));
}
