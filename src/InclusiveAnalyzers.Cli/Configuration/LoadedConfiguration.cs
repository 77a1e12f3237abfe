using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.Configuration;

/// <summary>
/// The inclusive.json in force: the one given with --config, else the nearest one found by walking up
/// from the scanned folder. A malformed file still yields settings (what could be read, over the
/// defaults) plus its problems as located INCL001 findings.
/// </summary>
public sealed class LoadedConfiguration
{
    private LoadedConfiguration(InclusiveSettings settings, string? path, IReadOnlyList<Finding> problems)
    {
        Settings = settings;
        Path = path;
        Problems = problems;
    }

    public InclusiveSettings Settings { get; }

    /// <summary>The inclusive.json read, or null when the defaults apply.</summary>
    public string? Path { get; }

    /// <summary>The folder inclusive.json's globs ("include", "exclude", "overrides") are relative to.</summary>
    public string? Directory => Path is null ? null : System.IO.Path.GetDirectoryName(Path);

    /// <summary>INCL001 findings located in inclusive.json.</summary>
    public IReadOnlyList<Finding> Problems { get; }

    /// <exception cref="UsageException">The --config file is missing or unreadable.</exception>
    public static LoadedConfiguration Load(string? explicitPath, string searchFrom)
    {
        var path = explicitPath is null ? Find(searchFrom) : System.IO.Path.GetFullPath(explicitPath);
        if (path is null)
        {
            return new LoadedConfiguration(InclusiveSettings.Default, null, Array.Empty<Finding>());
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (explicitPath != null)
            {
                throw new UsageException(File.Exists(path) || System.IO.Directory.Exists(path)
                    ? $"cannot read the configuration file '{path}': {e.Message}"
                    : $"the configuration file '{path}' does not exist.");
            }

            // A found file that vanished or is unreadable: say so where the user will look.
            var problem = ToFinding(new ConfigError(path, 0, 0, "The file could not be read: " + e.Message + " The defaults apply."));
            return new LoadedConfiguration(InclusiveSettings.Default, path, new[] { problem });
        }

        var errors = new List<ConfigError>();
        var config = InclusiveConfig.Parse(json, path, errors);
        return new LoadedConfiguration(InclusiveSettings.Create(config), path, errors.Select(ToFinding).ToArray());
    }

    /// <summary>The nearest inclusive.json in <paramref name="directory"/> or above.</summary>
    public static string? Find(string directory)
    {
        for (var current = directory; !string.IsNullOrEmpty(current); current = System.IO.Path.GetDirectoryName(current))
        {
            var candidate = System.IO.Path.Combine(current, InclusiveConfig.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static Finding ToFinding(ConfigError error)
    {
        var rule = RuleCatalog.Get(RuleCatalog.InvalidConfiguration);
        var line = Math.Max(0, error.Line);
        var column = line == 0 ? 0 : Math.Max(1, error.Column);
        return new Finding(rule.Id, rule.DefaultSeverity, error.Message, error.Path, line, column, line, line == 0 ? 0 : column + 1);
    }
}
