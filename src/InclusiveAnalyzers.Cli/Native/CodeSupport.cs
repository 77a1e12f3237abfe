using System.Diagnostics.CodeAnalysis;

namespace InclusiveAnalyzers.Cli.Native;

/// <summary>
/// Whether this build of the CLI analyses C# and loads projects. Both need Roslyn and MSBuild, which do not run
/// as native code: the native image (<c>inclusive-native</c>, see <see cref="NativeImage"/>) is compiled with this
/// switch off, so the compiler drops every path into them, and hands such runs back to the .NET build.
/// Test it in an if that throws <see cref="ManagedRuntimeRequiredException"/> before the code it guards: the
/// compiler removes only code it can see is behind a constant.
/// </summary>
internal static class CodeSupport
{
    internal const string SwitchName = "InclusiveAnalyzers.Cli.CodeSupport";

    [FeatureSwitchDefinition(SwitchName)]
    internal static bool IsAvailable => !AppContext.TryGetSwitch(SwitchName, out var enabled) || enabled;
}
