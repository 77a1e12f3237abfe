using System;
using System.Collections.Generic;
using System.IO;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Policy;
using Xunit;

namespace InclusiveAnalyzers.Core.Tests.Policy
{
    /// <summary>The one resolver every door uses: catalog default &lt; inclusive.json &lt; .editorconfig &lt; build switches.</summary>
    public class SeverityResolverTests
    {
        private static readonly string Root = OperatingSystem.IsWindows() ? @"C:\repo" : "/repo";

        private static string At(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

        private static InclusiveSettings Json(string json, string folder = "")
        {
            var errors = new List<ConfigError>();
            var config = InclusiveConfig.Parse(json, At(Path.Combine(folder, "inclusive.json")), errors);
            Assert.Empty(errors);
            return InclusiveSettings.Create(config);
        }

        /// <summary>One .editorconfig at the root, read from memory.</summary>
        private static EditorConfigResolver EditorConfig(string text) =>
            new EditorConfigResolver(path => path == At(".editorconfig") ? EditorConfigFile.Parse(text, path) : null);

        private static Finding Error(string ruleId, string relative) => new Finding(ruleId, Severity.Error, "m", At(relative), 1, 1, 1, 2);

        [Fact]
        public void The_catalog_default_applies_without_configuration_and_off_by_default_rules_stay_off()
        {
            var resolver = new SeverityResolver();
            Assert.Equal(Severity.Error, resolver.RuleSeverity("INCL301", At("docs/a.md")));
            Assert.Equal(Severity.None, resolver.RuleSeverity("INCL202", At("docs/a.md")));
            Assert.Null(resolver.ChosenSeverity("INCL301", At("docs/a.md")));
        }

        [Fact]
        public void Inclusive_json_overrides_match_paths_relative_to_its_folder()
        {
            var resolver = new SeverityResolver(Json("""{ "overrides": [ { "files": ["site/**"], "rules": { "INCL301": "suggestion" } } ] }""", "sub"));
            Assert.Equal(Severity.Suggestion, resolver.RuleSeverity("INCL301", At("sub/site/index.md")));
            // The same relative path below another folder is not the file's "site/".
            Assert.Equal(Severity.Error, resolver.RuleSeverity("INCL301", At("site/index.md")));
            Assert.Equal("site/index.md", resolver.ConfigRelativePath(At("sub/site/index.md")));
        }

        [Fact]
        public void Editorconfig_wins_over_inclusive_json_both_ways()
        {
            var resolver = new SeverityResolver(
                Json("""{ "rules": { "INCL335": "none", "INCL301": "error" } }"""),
                EditorConfig("root = true\n[*.md]\ndotnet_diagnostic.INCL335.severity = suggestion\ndotnet_diagnostic.INCL301.severity = none\n"));
            Assert.Equal(Severity.Suggestion, resolver.RuleSeverity("INCL335", At("a.md")));
            Assert.Equal(Severity.None, resolver.RuleSeverity("INCL301", At("a.md")));
            // Not a Markdown file: inclusive.json decides.
            Assert.Equal(Severity.None, resolver.RuleSeverity("INCL335", At("a.html")));
            Assert.Equal(Severity.Error, resolver.RuleSeverity("INCL301", At("a.html")));
        }

        [Fact]
        public void A_findings_own_severity_stands_unless_the_user_chose_one_for_its_rule()
        {
            var resolver = new SeverityResolver(Json("""{ "rules": { "INCL301": "warning" } }"""));
            var term = new Finding("INCL201", Severity.Error, "m", At("a.md"), 1, 1, 1, 2);
            Assert.Same(term, resolver.Resolve(term));
            Assert.Equal(Severity.Warning, resolver.Resolve(Error("INCL301", "a.md")).Severity);
        }

        [Fact]
        public void Text_held_in_memory_has_no_editorconfig_and_its_path_is_taken_as_relative()
        {
            var resolver = new SeverityResolver(Json("""{ "overrides": [ { "files": ["docs/**"], "rules": { "INCL301": "none" } } ] }"""),
                EditorConfig("root = true\n[*]\ndotnet_diagnostic.INCL301.severity = warning\n"));
            Assert.Equal(Severity.None, resolver.RuleSeverity("INCL301", "docs/a.md"));
            Assert.Same(EditorConfigOptions.Empty, resolver.EditorConfigFor("docs/a.md"));
        }

        [Fact]
        public void A_default_only_error_is_demoted_with_the_switch_and_a_chosen_one_is_not()
        {
            var switches = new BuildSwitches(defaultErrorsAsWarnings: true);
            var plain = new SeverityResolver(null, null, switches);
            var demoted = plain.Decide(Error("INCL301", "docs/a.md"));
            Assert.Equal((Severity.Warning, ReportLevel.Warning, true), (demoted.Finding.Severity, demoted.Level, demoted.DemotedDefaultError));

            var chosenInJson = new SeverityResolver(Json("""{ "rules": { "INCL301": "error" } }"""), null, switches);
            Assert.Equal(ReportLevel.Error, chosenInJson.Decide(Error("INCL301", "docs/a.md")).Level);

            var chosenInEditorConfig = new SeverityResolver(null, EditorConfig("root = true\n[*]\ndotnet_diagnostic.INCL301.severity = error\n"), switches);
            Assert.Equal(ReportLevel.Error, chosenInEditorConfig.Decide(Error("INCL301", "docs/a.md")).Level);

            // INCL201 defaults to warning: an error there came from a term's severity, the user's choice.
            Assert.Equal(ReportLevel.Error, plain.Decide(Error("INCL201", "docs/a.md")).Level);
            Assert.Equal(ReportLevel.Error, new SeverityResolver().Decide(Error("INCL301", "docs/a.md")).Level);
        }

        [Fact]
        public void A_demoted_error_is_still_promoted_by_warnings_as_errors_and_hidden_by_NoWarn()
        {
            var promoted = new SeverityResolver(null, null, new BuildSwitches(warningsAsErrors: "INCL301", defaultErrorsAsWarnings: true)).Decide(Error("INCL301", "a.md"));
            Assert.Equal(ReportLevel.Error, promoted.Level);
            Assert.False(promoted.DemotedDefaultError);
            Assert.Equal(ReportLevel.Hidden, new SeverityResolver(null, null, new BuildSwitches(noWarn: "INCL301")).Decide(Error("INCL301", "a.md")).Level);
        }

        [Fact]
        public void Term_switches_come_from_editorconfig_per_file()
        {
            var resolver = new SeverityResolver(null, EditorConfig("root = true\n[docs/**]\ninclusive_analyzers.allow = master branch\n"));
            Assert.Contains("master branch", resolver.TermOptionsFor(At("docs/a.md"))!.Allow);
            Assert.Null(resolver.TermOptionsFor(At("src/a.md")));
        }

        [Fact]
        public void A_host_that_is_handed_editorconfig_and_the_config_folder_resolves_as_one_that_reads_them()
        {
            // The compiler's document analyzer: inclusive.json parsed without a full path, .editorconfig given per file.
            var errors = new List<ConfigError>();
            var settings = InclusiveSettings.Create(InclusiveConfig.Parse("""{ "overrides": [ { "files": ["docs/**"], "rules": { "INCL301": "suggestion" } } ] }""", "inclusive.json", errors));
            var handed = new EditorConfigOptions(new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["dotnet_diagnostic.INCL335.severity"] = "error" });
            var resolver = new SeverityResolver(settings, _ => handed, new BuildSwitches(defaultErrorsAsWarnings: true), Root);
            Assert.Equal("docs/a.md", resolver.ConfigRelativePath(At("docs/a.md")));
            Assert.Equal(Severity.Suggestion, resolver.RuleSeverity("INCL301", At("docs/a.md")));
            Assert.Equal(Severity.Error, resolver.RuleSeverity("INCL301", At("site/a.md")));
            Assert.Equal(Severity.Error, resolver.RuleSeverity("INCL335", At("site/a.md")));
            // Handed options are per file whatever the path looks like; a resolver that reads folders needs a rooted one.
            Assert.Equal(Severity.Error, resolver.RuleSeverity("INCL335", "a.md"));
            Assert.Null(new SeverityResolver(settings, EditorConfig("root = true\n[*.md]\ndotnet_diagnostic.INCL335.severity = error\n")).ChosenSeverity("INCL335", "a.md"));
            // The default-error demotion sees the handed choice: an error chosen there stays an error, a default one does not.
            Assert.Equal(Severity.Error, resolver.Decide(new Finding("INCL335", Severity.Error, "m", At("site/a.md"), 1, 1, 1, 2)).Finding.Severity);
            var demoted = resolver.Decide(Error("INCL301", "site/a.md"));
            Assert.True(demoted.DemotedDefaultError);
            Assert.Equal(Severity.Warning, demoted.Finding.Severity);
        }
    }
}
