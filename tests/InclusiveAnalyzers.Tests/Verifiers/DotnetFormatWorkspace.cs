using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Host.Mef;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// Stands in for dotnet format's MSBuildWorkspace once loaded: it applies text changes but cannot change a
/// document's name or path (MSBuildWorkspace.CanApplyChange), so applying a file rename throws there too.
/// </summary>
public sealed class DotnetFormatWorkspace : Workspace
{
    public DotnetFormatWorkspace()
        : base(MefHostServices.DefaultHost, "DotnetFormat")
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
