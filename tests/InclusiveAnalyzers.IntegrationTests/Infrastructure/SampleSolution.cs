namespace InclusiveAnalyzers.IntegrationTests.Infrastructure;

/// <summary>
/// A two-project solution (Lib, and App referencing it) in a fresh folder, both referencing the packed
/// InclusiveAnalyzers, with findings in code, in each project's documents and in the repository's
/// documents (README, code of conduct, docs/), some of them errors by default. The solution folder is
/// the repository root (no .git).
/// </summary>
public sealed class SampleSolution
{
    private readonly PackageFeed feed;

    public SampleSolution(PackageFeed feed, string name)
    {
        this.feed = feed;
        Root = Path.Combine(feed.Root, name);
        Directory.CreateDirectory(Root);
        WriteAll();
    }

    public string Root { get; }
    public string SolutionPath => Path.Combine(Root, "Sample.sln");

    public string Write(string relativePath, string text)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string Read(string relativePath) => File.ReadAllText(Combine(relativePath));

    public string Combine(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public CommandResult DotNet(params string[] arguments) =>
        Infrastructure.DotNet.Run(Root, feed.PackagesFolder, "dotnet", arguments);

    /// <summary>dotnet build with one line per diagnostic (no summary repeating them).</summary>
    public CommandResult Build(params string[] extra) =>
        DotNet(new[] { "build", SolutionPath, "-nologo", "-clp:NoSummary" }.Concat(extra).ToArray());

    public CommandResult BuildProject(string relativeProject, params string[] extra) =>
        DotNet(new[] { "build", Combine(relativeProject), "-nologo", "-clp:NoSummary" }.Concat(extra).ToArray());

    private void WriteAll()
    {
        Write("nuget.config", feed.NuGetConfig);

        // Nothing lowers the rules that are errors by default (missing alt text, code-of-conduct placeholder):
        // the build reports them as warnings on its own (InclusiveDocumentErrorsAsWarnings), as a new user's would.
        Write(".editorconfig", """
            root = true
            """);

        Write("Sample.sln", """

            Microsoft Visual Studio Solution File, Format Version 12.00
            # Visual Studio Version 17
            VisualStudioVersion = 17.0.31903.59
            MinimumVisualStudioVersion = 10.0.40219.1
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Lib", "src\Lib\Lib.csproj", "{6A0B6D4E-2F0C-4F5B-9E43-1B3E9C1D0A01}"
            EndProject
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "App", "src\App\App.csproj", "{6A0B6D4E-2F0C-4F5B-9E43-1B3E9C1D0A02}"
            EndProject
            Global
            	GlobalSection(SolutionConfigurationPlatforms) = preSolution
            		Debug|Any CPU = Debug|Any CPU
            		Release|Any CPU = Release|Any CPU
            	EndGlobalSection
            	GlobalSection(ProjectConfigurationPlatforms) = postSolution
            		{6A0B6D4E-2F0C-4F5B-9E43-1B3E9C1D0A01}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
            		{6A0B6D4E-2F0C-4F5B-9E43-1B3E9C1D0A01}.Debug|Any CPU.Build.0 = Debug|Any CPU
            		{6A0B6D4E-2F0C-4F5B-9E43-1B3E9C1D0A01}.Release|Any CPU.ActiveCfg = Release|Any CPU
            		{6A0B6D4E-2F0C-4F5B-9E43-1B3E9C1D0A01}.Release|Any CPU.Build.0 = Release|Any CPU
            		{6A0B6D4E-2F0C-4F5B-9E43-1B3E9C1D0A02}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
            		{6A0B6D4E-2F0C-4F5B-9E43-1B3E9C1D0A02}.Debug|Any CPU.Build.0 = Debug|Any CPU
            		{6A0B6D4E-2F0C-4F5B-9E43-1B3E9C1D0A02}.Release|Any CPU.ActiveCfg = Release|Any CPU
            		{6A0B6D4E-2F0C-4F5B-9E43-1B3E9C1D0A02}.Release|Any CPU.Build.0 = Release|Any CPU
            	EndGlobalSection
            EndGlobal
            """);

        var reference = $"""<PackageReference Include="InclusiveAnalyzers" Version="{feed.Version}" PrivateAssets="all" />""";
        Write("src/Lib/Lib.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
            </Project>
            """);
        Write("src/Lib/MasterNode.cs", """
            namespace Lib;

            /// <summary>The node that owns the cluster.</summary>
            public class MasterNode
            {
                public string Name => "node";
            }
            """);
        Write("src/Lib/notes.md", """
            # Library notes

            Hosts on the whitelist may connect.
            """);

        Write("src/App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="..\Lib\Lib.csproj" />
                {reference}
              </ItemGroup>
            </Project>
            """);
        Write("src/App/Program.cs", """
            var node = new Lib.MasterNode();
            System.Console.WriteLine(node.Name);
            """);
        Write("src/App/page.html", """
            <!DOCTYPE html>
            <html>
            <head><title>App</title></head>
            <body>
            <h1>App</h1>
            <p>Requests from the blacklist are dropped.</p>
            <img src="logo.png">
            </body>
            </html>
            """);

        Write("README.md", """
            # Sample

            Add your host to the whitelist before you connect.

            See the [code of conduct](CODE_OF_CONDUCT.md).
            """);
        Write("docs/guide.md", """
            # Guide

            ### Setup

            ![](diagram.png)

            The master branch holds the releases.
            """);
        Write("CODE_OF_CONDUCT.md", """
            # Contributor Covenant Code of Conduct

            ## Our Pledge

            We pledge to make participation in our community a harassment-free experience for everyone.

            ## Enforcement

            Instances of abusive, harassing, or otherwise unacceptable behavior may be reported to the
            community leaders responsible for enforcement at [INSERT CONTACT METHOD].
            """);
    }
}
