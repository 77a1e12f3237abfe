using System;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// What the bulk fixes (Fix All, dotnet format, inclusive fix --project) do with a name visible
    /// outside its assembly: <c>inclusive_analyzers.public_api</c> in .editorconfig, <c>"publicApi"</c>
    /// in inclusive.json.
    /// </summary>
    public enum PublicApiPolicy
    {
        /// <summary>Rename, leaving an [Obsolete] member under the old name that forwards; leave names no forwarder can keep (the default).</summary>
        Forward,

        /// <summary>Rename like any other name: callers of the old name break.</summary>
        Rename,

        /// <summary>Leave public API to the maintainer.</summary>
        Skip,
    }

    public static class PublicApiPolicies
    {
        /// <summary>The .editorconfig key (after <see cref="EditorConfigOptions.InclusivePrefix"/>).</summary>
        public const string EditorConfigName = "public_api";

        /// <summary>The inclusive.json property.</summary>
        public const string JsonName = "publicApi";

        public const string Values = "forward, rename or skip";

        public static bool TryParse(string? value, out PublicApiPolicy policy)
        {
            policy = PublicApiPolicy.Forward;
            switch (value?.Trim().ToLowerInvariant())
            {
                case "forward":
                    return true;
                case "rename":
                    policy = PublicApiPolicy.Rename;
                    return true;
                case "skip":
                    policy = PublicApiPolicy.Skip;
                    return true;
                default:
                    return false;
            }
        }

        public static string Name(PublicApiPolicy policy) => policy switch
        {
            PublicApiPolicy.Rename => "rename",
            PublicApiPolicy.Skip => "skip",
            _ => "forward",
        };

        /// <summary>.editorconfig wins over inclusive.json (it is the nearer, per-file setting); forward when neither says.</summary>
        public static PublicApiPolicy Resolve(string? editorConfigValue, PublicApiPolicy? fromJson)
            => TryParse(editorConfigValue, out var policy) ? policy : fromJson ?? PublicApiPolicy.Forward;
    }
}
