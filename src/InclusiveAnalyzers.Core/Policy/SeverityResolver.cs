using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Core.Policy
{
    /// <summary>
    /// The one place that decides how a rule is reported in a file, for every door (the CLI, the
    /// MSBuild task and the document checks): the catalog default, then inclusive.json ("rules", then
    /// its path overrides), then .editorconfig (<c>dotnet_diagnostic.ID.severity</c> and the category and
    /// all-rules keys), then the build's switches (<see cref="BuildSwitches"/>), each later layer winning.
    /// Files are named by full path; inclusive.json globs see the path relative to its folder.
    /// Thread-safe; .editorconfig is read once per folder and merged once per file.
    /// </summary>
    public sealed class SeverityResolver
    {
        private readonly Func<string, EditorConfigOptions>? editorConfigOf;
        private readonly bool readsFolders;
        private readonly string? configDirectory;
        private readonly ConcurrentDictionary<string, EditorConfigOptions> byFile = new ConcurrentDictionary<string, EditorConfigOptions>(StringComparer.Ordinal);

        /// <param name="settings">The catalog and the user's inclusive.json.</param>
        /// <param name="editorConfig">Where .editorconfig is read; null: no .editorconfig layer.</param>
        /// <param name="switches">The build's switches; null: none.</param>
        public SeverityResolver(InclusiveSettings? settings = null, EditorConfigResolver? editorConfig = null, BuildSwitches? switches = null)
            : this(settings, editorConfig is null ? null : new Func<string, EditorConfigOptions>(editorConfig.GetOptions), switches, null)
        {
            // .editorconfig sections are found by folder: a path that is not rooted (text held in memory) has none.
            readsFolders = true;
        }

        /// <summary>
        /// For a host that is handed .editorconfig rather than reading it (the compiler's document analyzer):
        /// <paramref name="editorConfigOf"/> gives a file's options by full path.
        /// </summary>
        /// <param name="configDirectory">The folder inclusive.json's globs are relative to, when its settings do not carry a full path; null: from the settings.</param>
        public SeverityResolver(InclusiveSettings? settings, Func<string, EditorConfigOptions>? editorConfigOf, BuildSwitches? switches, string? configDirectory)
        {
            Settings = settings ?? InclusiveSettings.Default;
            this.editorConfigOf = editorConfigOf;
            Switches = switches ?? BuildSwitches.None;
            this.configDirectory = ConfigDirectoryOf(Settings.Config?.Path) ?? (string.IsNullOrEmpty(configDirectory) ? null : configDirectory);
        }

        /// <summary>Only the catalog defaults and inclusive.json's built-in state.</summary>
        public static SeverityResolver Default { get; } = new SeverityResolver();

        public InclusiveSettings Settings { get; }

        public BuildSwitches Switches { get; }

        /// <summary>
        /// A path as inclusive.json's globs see it: relative to its folder, with '/'. A path that is not
        /// rooted (text held in memory) is taken as relative already; null without a path.
        /// </summary>
        public string? ConfigRelativePath(string? path) => RelativePaths.ToConfigRelative(path, configDirectory);

        /// <summary>The .editorconfig options of a file (empty without .editorconfig, or for a path that is not rooted when read from folders).</summary>
        public EditorConfigOptions EditorConfigFor(string? fullPath)
        {
            if (editorConfigOf is null || string.IsNullOrEmpty(fullPath) || (readsFolders && !System.IO.Path.IsPathRooted(fullPath)))
            {
                return EditorConfigOptions.Empty;
            }

            return byFile.GetOrAdd(fullPath!, editorConfigOf);
        }

        /// <summary>.editorconfig's term switches (<c>inclusive_analyzers.*</c>) for a file, or null when it sets none.</summary>
        public MatcherOptions? TermOptionsFor(string? fullPath)
        {
            var options = EditorConfigFor(fullPath).GetMatcherOptions();
            return options.IsEmpty ? null : options;
        }

        /// <summary>The severity the user chose for the rule in this file (.editorconfig, else inclusive.json), or null.</summary>
        public Severity? ChosenSeverity(string ruleId, string? fullPath) =>
            EditorConfigFor(fullPath).GetRuleSeverity(ruleId) ?? Settings.GetRuleSeverity(ruleId, ConfigRelativePath(fullPath));

        /// <summary>The severity a rule runs at in this file: the user's choice, else the catalog default (none when off by default).</summary>
        public Severity RuleSeverity(string ruleId, string? fullPath)
        {
            if (ChosenSeverity(ruleId, fullPath) is { } chosen)
            {
                return chosen;
            }

            var rule = RuleCatalog.Find(ruleId);
            return rule != null && rule.EnabledByDefault ? rule.DefaultSeverity : Severity.None;
        }

        /// <summary>
        /// A finding's severity: the user's choice for its rule in its file, else its own (a term's
        /// severity, a per-case variant, the rule's default).
        /// </summary>
        public Severity Resolve(string ruleId, Severity own, string? fullPath) => ChosenSeverity(ruleId, fullPath) ?? own;

        /// <summary>The finding at the severity <see cref="Resolve(string, Severity, string)"/> gives it (the same object when unchanged).</summary>
        public Finding Resolve(Finding finding) => finding.WithSeverity(Resolve(finding.RuleId, finding.Severity, finding.Path));

        /// <summary>
        /// How a finding whose configuration layers are already applied reaches a build log: a default-only
        /// error demoted when <see cref="BuildSwitches.DefaultErrorsAsWarnings"/> is on, then NoWarn and
        /// the warnings-as-errors switches.
        /// </summary>
        public ReportDecision Decide(Finding finding)
        {
            var severity = finding.Severity;
            var demoted = false;
            if (Switches.DefaultErrorsAsWarnings && severity == Severity.Error && IsOnlyTheDefault(finding.RuleId, finding.Path))
            {
                severity = Severity.Warning;
                demoted = true;
            }

            var level = Switches.Level(finding.RuleId, severity);
            return new ReportDecision(finding.WithSeverity(severity), level, demoted && level == ReportLevel.Warning);
        }

        /// <summary>Severity keys for INCL rules whose value is not a severity, from every .editorconfig read so far.</summary>
        public IEnumerable<string> InvalidSeverityWarnings() =>
            byFile.Values
                .SelectMany(o => o.InvalidSeverities())
                .Where(p => p.Key.StartsWith("dotnet_diagnostic.incl", StringComparison.OrdinalIgnoreCase)
                    || p.Key.StartsWith("dotnet_analyzer_diagnostic.", StringComparison.OrdinalIgnoreCase))
                .Select(p => $".editorconfig sets '{p.Key} = {p.Value}', which is not a severity (error, warning, suggestion, silent, none, default); the rule keeps its severity.")
                .Distinct(StringComparer.Ordinal)
                .OrderBy(m => m, StringComparer.Ordinal);

        // An error the user did not choose: the rule's default is error and neither .editorconfig nor
        // inclusive.json names the rule for this file (a term's own severity, for one, is a choice).
        private bool IsOnlyTheDefault(string ruleId, string? fullPath)
        {
            var rule = RuleCatalog.Find(ruleId);
            return rule != null && rule.DefaultSeverity == Severity.Error && ChosenSeverity(ruleId, fullPath) is null;
        }

        private static string? ConfigDirectoryOf(string? configPath)
        {
            if (string.IsNullOrEmpty(configPath) || !System.IO.Path.IsPathRooted(configPath))
            {
                return null;
            }

            return System.IO.Path.GetDirectoryName(configPath);
        }
    }
}
