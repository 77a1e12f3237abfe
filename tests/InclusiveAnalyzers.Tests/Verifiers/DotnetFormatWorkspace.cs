using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Host;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// Stands in for dotnet format's MSBuildWorkspace once loaded: it cannot change a document's name or folders
/// (MSBuildWorkspace.CanApplyChange), so a fixer asking the workspace keeps file names there.
/// </summary>
internal sealed class DotnetFormatWorkspace : Workspace
{
    public DotnetFormatWorkspace(HostServices host)
        : base(host, "DotnetFormat")
    {
    }

    public bool Loaded { get; set; }

    public override bool CanApplyChange(ApplyChangesKind feature)
        => !Loaded || feature is ApplyChangesKind.ChangeDocument or ApplyChangesKind.AddDocument or ApplyChangesKind.RemoveDocument
            or ApplyChangesKind.AddMetadataReference or ApplyChangesKind.RemoveMetadataReference
            or ApplyChangesKind.AddProjectReference or ApplyChangesKind.RemoveProjectReference
            or ApplyChangesKind.AddAnalyzerReference or ApplyChangesKind.RemoveAnalyzerReference
            or ApplyChangesKind.ChangeAdditionalDocument;
}
