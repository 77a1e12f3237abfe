using InclusiveAnalyzers.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace InclusiveAnalyzers.IntegrationTests;

/// <summary>
/// A maintainer's bulk clean-up of a library with dotnet format and the packed package, under the default
/// public_api = forward: the library builds, nothing fixable is left, and a program written against the
/// library's old public API still compiles (with CS0618 warnings).
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PublicApiFormatTests
{
    // Each old call on its own line, marked, so a broken call is counted once by its line.
    private const string Consumer = """
        using Redisish;

        public static class Program
        {
            public static void Main()
            {
                IServer server = new Server();
                var options = new ConfigurationOptions();
                bool replica = server.IsSlave; // OLD-CALL
                server.SlaveOf(endpoint: "10.0.0.1:6379"); // OLD-CALL
                server.MakeMaster("10.0.0.2:6379", timeout: 5); // OLD-CALL
                var type = ClientType.Slave; // OLD-CALL
                options.AbortOnConnectFail = false; // OLD-CALL
                options.MasterName = "main";
                System.Console.WriteLine($"{replica} {type} {options.MasterName} {new MasterElection().Round}");
            }
        }
        """;

    private readonly PackageFeed feed;
    private readonly ITestOutputHelper output;

    public PublicApiFormatTests(PackageFeed feed, ITestOutputHelper output)
    {
        this.feed = feed;
        this.output = output;
    }

    [Fact]
    public void Dotnet_format_keeps_a_consumer_of_the_old_public_api_compiling()
    {
        var root = Path.Combine(feed.Root, "public-api");
        Write(root, "nuget.config", feed.NuGetConfig);
        Write(root, ".editorconfig", "root = true\n");
        Write(root, "Directory.Build.props", "<Project />\n");
        Write(root, "Directory.Build.targets", "<Project />\n");
        Write(root, "Lib/Lib.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="InclusiveAnalyzers" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        Write(root, "Lib/Server.cs", """
            namespace Redisish
            {
                public enum ClientType
                {
                    Normal,
                    Slave,
                    PubSub,
                }

                public interface IServer
                {
                    bool IsSlave { get; }
                    void SlaveOf(string endpoint);
                    void MakeMaster(string endpoint, int timeout = 0);
                    void MakeMaster(string endpoint, bool force);
                }

                public sealed class Server : IServer
                {
                    private int slaveCount;

                    public bool IsSlave => slaveCount > 0;
                    public void SlaveOf(string endpoint) { slaveCount++; }
                    public void MakeMaster(string endpoint, int timeout = 0) { slaveCount = 0; }
                    public void MakeMaster(string endpoint, bool force) => MakeMaster(endpoint);
                    public T GetMaster<T>() where T : class => null;
                }

                public class ConfigurationOptions
                {
                    public string MasterName = "";
                    public bool AbortOnConnectFail { get; set; } = true;
                    public event System.EventHandler SlaveAdded;
                    internal void Raise() => SlaveAdded?.Invoke(this, System.EventArgs.Empty);
                }

                // A type's own name cannot forward: left, with a message that says so.
                public class MasterElection
                {
                    public int Round => 1;
                    public void Elect(string master) { }
                }
            }
            """);
        Write(root, "App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            </Project>
            """);
        Write(root, "App/Program.cs", Consumer);

        var before = Run(root, "build", "App/App.csproj", "-nologo", "-clp:NoSummary");
        Assert.True(before.ExitCode == 0, "the consumer compiles against the old API: " + before);

        // The maintainer's clean-up runs on the library alone: the consumer is someone else's code.
        var format = Run(root, "format", "analyzers", "Lib/Lib.csproj", "--diagnostics", "INCL101", "--severity", "info", "--no-restore");
        Assert.True(format.ExitCode == 0, format.ToString());
        var library = File.ReadAllText(Path.Combine(root, "Lib/Server.cs"));
        output.WriteLine(library);
        Assert.Contains("bool IsReplica { get; }", library);
        Assert.Contains("Replica,", library);
        Assert.Contains("public class MasterElection", library);

        var build = Run(root, "build", "Lib/Lib.csproj", "-nologo", "-clp:NoSummary", "--no-restore");
        Assert.True(build.ExitCode == 0, build.ToString());
        var findings = Diagnostic.Parse(build.Output).Where(d => d.Code == "INCL101").ToList();
        var fixable = findings.Where(d => !d.Message.Contains("an [Obsolete] forwarder is not possible", StringComparison.Ordinal)).ToList();
        Assert.True(fixable.Count == 0, "fixable INCL101 left:\n" + string.Join("\n", fixable));
        Assert.Contains(findings, d => d.Message.Contains("'MasterElection'", StringComparison.Ordinal));

        var consumer = Run(root, "build", "App/App.csproj", "-nologo", "-clp:NoSummary", "--no-restore");
        var oldCallLines = Consumer.Split('\n').Select((line, i) => (line, i + 1)).Where(l => l.line.Contains("// OLD-CALL")).Select(l => l.Item2).ToHashSet();
        var broken = Diagnostic.Parse(consumer.Output).Where(d => d.Level == "error" && d.FileName == "Program.cs" && oldCallLines.Contains(d.Line)).Select(d => d.Line).Distinct().Count();
        output.WriteLine($"old calls broken: {broken} of {oldCallLines.Count}");
        Assert.True(consumer.ExitCode == 0 && broken == 0, $"old calls broken: {broken} of {oldCallLines.Count}\n{consumer}");
        Assert.Contains(Diagnostic.Parse(consumer.Output), d => d.Code == "CS0618" && d.FileName == "Program.cs");
    }

    private CommandResult Run(string root, params string[] arguments)
    {
        var result = DotNet.Run(root, feed.PackagesFolder, "dotnet", arguments);
        output.WriteLine(result.ToString());
        return result;
    }

    private static void Write(string root, string relativePath, string text)
    {
        var full = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
