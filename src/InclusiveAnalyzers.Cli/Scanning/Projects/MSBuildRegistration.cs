using System.Runtime.CompilerServices;
using InclusiveAnalyzers.Cli.CommandLine;
using Microsoft.Build.Locator;

namespace InclusiveAnalyzers.Cli.Scanning.Projects;

/// <summary>
/// Points the process at the installed .NET SDK's MSBuild (Microsoft.Build.Locator) before anything
/// touches an MSBuild type: the tool ships no MSBuild of its own. Nothing in this class names an MSBuild
/// or workspace type, so the JIT resolves none of them before registration.
/// </summary>
internal static class MSBuildRegistration
{
    private static readonly object Gate = new();

    /// <summary>Registers the SDK that <paramref name="projectDirectory"/> builds with (its global.json decides), once per process.</summary>
    /// <exception cref="UsageException">No .NET SDK is installed.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void EnsureRegistered(string projectDirectory)
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered)
            {
                return;
            }

            VisualStudioInstance? instance;
            try
            {
                instance = MSBuildLocator.QueryVisualStudioInstances(new VisualStudioInstanceQueryOptions
                {
                    DiscoveryTypes = DiscoveryType.DotNetSdk,
                    WorkingDirectory = projectDirectory,
                })
                    .FirstOrDefault(); // the one the folder's global.json resolves to comes first, as RegisterDefaults takes it
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or BadImageFormatException or DllNotFoundException)
            {
                throw new UsageException("could not look for a .NET SDK to load the projects with: " + e.Message);
            }

            if (instance is null)
            {
                throw new UsageException("loading projects needs a .NET SDK (dotnet --list-sdks shows none that this folder's global.json accepts); install one, or scan the folder without --project/--solution.");
            }

            MSBuildLocator.RegisterInstance(instance);
        }
    }
}
