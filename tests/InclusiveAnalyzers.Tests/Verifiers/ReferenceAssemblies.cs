using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// Metadata references for test compilations, found on this machine (nothing is downloaded): the SDK's
/// reference pack for the running runtime, else the runtime's own trusted assemblies. Built once.
/// </summary>
public static class ReferenceAssemblies
{
    // Binding every assembly of the pack costs each test compilation about a third more time; these cover ordinary code.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "mscorlib", "netstandard", "Microsoft.CSharp", "System.Runtime", "System.Runtime.Extensions", "System.Runtime.InteropServices",
        "System.Collections", "System.Collections.Concurrent", "System.Collections.Immutable", "System.Linq", "System.Linq.Expressions",
        "System.Console", "System.Threading", "System.Threading.Tasks", "System.Threading.Thread", "System.Text.RegularExpressions",
        "System.Text.Json", "System.Memory", "System.ComponentModel", "System.ComponentModel.Primitives", "System.ComponentModel.Annotations",
        "System.IO", "System.Net.Http", "System.Net.Primitives", "System.ObjectModel", "System.Reflection", "System.Diagnostics.Process",
        "System.Runtime.Serialization.Primitives", "System.Xml.ReaderWriter", "System.Xml.Linq",
    };

    private static readonly Lazy<(ImmutableArray<MetadataReference> All, string Source)> Loaded = new(Load);
    private static readonly Lazy<ImmutableArray<MetadataReference>> CommonOnly = new(
        () => Full.Where(r => Common.Contains(Path.GetFileNameWithoutExtension(r.Display)!)).ToImmutableArray());

    /// <summary>The common assemblies (what most tests need).</summary>
    public static ImmutableArray<MetadataReference> Default => CommonOnly.Value;

    /// <summary>Every assembly of the reference pack (or runtime).</summary>
    public static ImmutableArray<MetadataReference> Full => Loaded.Value.All;

    /// <summary>Where the references came from, for failure messages.</summary>
    public static string Source => Loaded.Value.Source;

    private static (ImmutableArray<MetadataReference>, string) Load()
    {
        string? refDir = FindReferencePack();
        IEnumerable<string> paths;
        string source;
        if (refDir is not null)
        {
            source = refDir;
            paths = Directory.GetFiles(refDir, "*.dll");
        }
        else
        {
            source = "TRUSTED_PLATFORM_ASSEMBLIES";
            string tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
                ?? throw new InvalidOperationException("Neither a reference pack nor TRUSTED_PLATFORM_ASSEMBLIES was found.");
            paths = tpa.Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.CSharp.dll" or "Microsoft.Win32.Primitives.dll");
        }

        var references = paths.OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
        return (references, source);
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
