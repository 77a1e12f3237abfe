namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>One project of the test solution: its sources (with markup), additional files and the expected result of fixing.</summary>
public sealed class ProjectState
{
    public const string PrimaryName = "TestProject";

    public ProjectState(string name)
    {
        Name = name;
        if (name != PrimaryName)
        {
            // Additional projects usually consume the primary one (cross-project renames).
            ProjectReferences.Add(PrimaryName);
        }
    }

    public string Name { get; }

    /// <summary>The folder of the project's documents: "/0/" for the primary project, "/Name/" otherwise.</summary>
    public string Folder => Name == PrimaryName ? "/0/" : "/" + Name + "/";

    public SourceFileList Sources { get; } = new("Test", ".cs");

    /// <summary>Additional files such as <c>("inclusive.json", json)</c>; markup in them is honoured too.</summary>
    public SourceFileList AdditionalFiles { get; } = new("File", ".txt");

    /// <summary>Expected sources after fixing one diagnostic at a time; empty = unchanged. A new name means the file was renamed.</summary>
    public SourceFileList FixedSources { get; } = new("Test", ".cs");

    /// <summary>Expected sources after Fix All (and the dotnet format path); empty = <see cref="FixedSources"/>.</summary>
    public SourceFileList FixAllFixedSources { get; } = new("Test", ".cs");

    /// <summary>Names of projects this one references.</summary>
    public List<string> ProjectReferences { get; } = new();
}
