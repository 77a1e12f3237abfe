using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// Metadata references for test compilations, found on this machine (nothing is downloaded):
/// the SDK's reference pack for the running runtime, else the runtime's own trusted assemblies.
/// </summary>
public static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Net = new(Load);

    public static ImmutableArray<MetadataReference> Default => Net.Value;

    /// <summary>Where the references came from, for failure messages.</summary>
    public static string Source { get; private set; } = "";

    private static ImmutableArray<MetadataReference> Load()
    {
        string? refDir = FindReferencePack();
        IEnumerable<string> paths;
        if (refDir is not null)
        {
            Source = refDir;
            paths = Directory.GetFiles(refDir, "*.dll");
        }
        else
        {
            Source = "TRUSTED_PLATFORM_ASSEMBLIES";
            string tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
                ?? throw new InvalidOperationException("Neither a reference pack nor TRUSTED_PLATFORM_ASSEMBLIES was found.");
            paths = tpa.Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.CSharp.dll" or "Microsoft.Win32.Primitives.dll");
        }

        return paths.OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    // <dotnet>/shared/Microsoft.NETCore.App/<ver>/ -> <dotnet>/packs/Microsoft.NETCore.App.Ref/<ver>/ref/net<major>.<minor>
    private static string? FindReferencePack()
    {
        var runtimeDir = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        string version = runtimeDir.Name;
        var dotnetRoot = runtimeDir.Parent?.Parent?.Parent;
        if (dotnetRoot is null)
        {
            return null;
        }

        string tfm = "net" + Environment.Version.ToString(2);
        string exact = Path.Combine(dotnetRoot.FullName, "packs", "Microsoft.NETCore.App.Ref", version, "ref", tfm);
        if (Directory.Exists(exact))
        {
            return exact;
        }

        string packs = Path.Combine(dotnetRoot.FullName, "packs", "Microsoft.NETCore.App.Ref");
        return Directory.Exists(packs)
            ? Directory.GetDirectories(packs).Select(d => Path.Combine(d, "ref", tfm)).Where(Directory.Exists).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
    }
}
