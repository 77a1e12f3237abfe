using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using Xunit;

namespace InclusiveAnalyzers.Core.Tests.Configuration
{
    public class EditorConfigTests
    {
        private static readonly string Root = OperatingSystem.IsWindows() ? @"C:\repo" : "/repo";

        private static string At(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

        private static EditorConfigFile Parse(string text, string folder = "") => EditorConfigFile.Parse(text, At(Path.Combine(folder, ".editorconfig")));

        /// <summary>Whether a single section named <paramref name="section"/> in /repo/.editorconfig applies to /repo/<paramref name="relative"/>.</summary>
        private static bool Matches(string section, string relative)
        {
            var file = Parse("[" + section + "]\nkey = yes\n");
            return EditorConfigResolver.Merge(new[] { file }, At(relative)).TryGetValue("key", out _);
        }

        // ---- parsing ----

        [Fact]
        public void Parses_sections_properties_comments_and_root()
        {
            var file = Parse("\uFEFF# comment\n; other comment\nroot = TRUE\n\n[*.md]\nIndent_Style = Tab\ndotnet_diagnostic.INCL201.severity = error # trailing\n[docs/**]\nname: Value ; trailing\nnot a property\n");

            Assert.True(file.IsRoot);
            Assert.Equal(2, file.Sections.Count);
            Assert.Equal("*.md", file.Sections[0].Name);
            Assert.Equal("tab", file.Sections[0].Properties["indent_style"]);
            Assert.Equal("error", file.Sections[0].Properties["DOTNET_DIAGNOSTIC.incl201.SEVERITY"]);
            Assert.Equal("Value", file.Sections[1].Properties["name"]);
            Assert.Single(file.Sections[1].Properties);
        }

        [Fact]
        public void Root_counts_only_in_the_preamble()
        {
            Assert.False(Parse("[*]\nroot = true\n").IsRoot);
            Assert.False(Parse("root = false\n").IsRoot);
        }

        [Fact]
        public void Crlf_and_cr_line_endings_are_lines()
        {
            var file = Parse("root = true\r\n[*.md]\r\na = 1\r[*.html]\rb = 2");
            Assert.True(file.IsRoot);
            Assert.Equal("1", file.Sections[0].Properties["a"]);
            Assert.Equal("2", file.Sections[1].Properties["b"]);
        }

        [Fact]
        public void Later_duplicate_key_in_a_section_wins()
        {
            var file = Parse("[*]\na = 1\nA = 2\n");
            Assert.Equal("2", file.Sections[0].Properties["a"]);
        }

        [Fact]
        public void Relative_path_is_refused()
        {
            Assert.Throws<ArgumentException>(() => EditorConfigFile.Parse("", ".editorconfig"));
        }

        // ---- section globs, as the compiler reads them ----

        [Theory]
        [InlineData("*", "a.md", true)]
        [InlineData("*", "docs/deep/a.md", true)]
        [InlineData("*.md", "docs/deep/a.md", true)]
        [InlineData("*.md", "a.markdown", false)]
        [InlineData("a.md", "docs/a.md", true)]               // no '/': a file name anywhere
        [InlineData("docs/*.md", "docs/a.md", true)]          // with '/': anchored at the config's folder
        [InlineData("docs/*.md", "x/docs/a.md", false)]
        [InlineData("docs/*.md", "docs/sub/a.md", false)]     // '*' stops at '/'
        [InlineData("docs/**.md", "docs/sub/a.md", true)]     // '**' does not
        [InlineData("docs/**/*.md", "docs/sub/a.md", true)]
        [InlineData("/docs/*.md", "docs/a.md", true)]
        [InlineData("/*.md", "docs/a.md", false)]
        [InlineData("**/a.md", "docs/a.md", true)]
        [InlineData("a?.md", "ab.md", true)]
        [InlineData("a?.md", "a.md", false)]
        [InlineData("*.{md,html}", "a.html", true)]
        [InlineData("*.{md,html}", "a.htm", false)]
        [InlineData("{docs,guide}/*.md", "guide/a.md", true)]
        [InlineData("{docs,guide}/*.md", "other/a.md", false)]
        [InlineData("*.{md,{htm,html}}", "a.htm", true)]     // nested choice
        [InlineData("*.{}", "a.", true)]                      // empty choice matches nothing at all
        [InlineData("file{1..3}.md", "file2.md", true)]
        [InlineData("file{1..3}.md", "file4.md", false)]
        [InlineData("file{3..1}.md", "file1.md", true)]       // either order
        [InlineData("file{-2..2}.md", "file-1.md", true)]
        [InlineData("file{-2..2}.md", "file-3.md", false)]
        [InlineData("file{1..3}.md", "filex.md", false)]
        [InlineData("[abc].md", "b.md", true)]
        [InlineData("[abc].md", "d.md", false)]
        [InlineData("[a-c].md", "b.md", true)]
        [InlineData("[!a-c].md", "b.md", false)]
        [InlineData("[!a-c].md", "z.md", true)]
        [InlineData("[\\]].md", "].md", true)]
        [InlineData("\\*.md", "*.md", true)]
        [InlineData("\\*.md", "a.md", false)]
        [InlineData("a\\,b.md", "a,b.md", true)]
        [InlineData("a.MD", "a.md", false)]                  // case-sensitive, as the compiler
        public void Section_names_match_like_the_compiler(string section, string relative, bool expected)
        {
            Assert.Equal(expected, Matches(section, relative));
        }

        [Theory]
        [InlineData("*.md,*.html")]      // a ',' outside braces
        [InlineData("a}.md")]            // a '}' outside braces
        [InlineData("*.{md,html")]       // unclosed brace
        [InlineData("[abc.md")]          // unclosed bracket
        [InlineData("a.md\\")]           // dangling escape
        public void Invalid_section_names_never_match(string section)
        {
            var file = Parse("[" + section + "]\nkey = yes\n");
            Assert.False(file.Sections[0].IsValid);
            Assert.False(Matches(section, "a.md"));
        }

        [Fact]
        public void Patterns_are_the_compilers_regular_expressions()
        {
            Assert.Equal("^.*/[^/]*\\.md$", Parse("[*.md]").Sections[0].Pattern);
            Assert.Equal("^/docs/.*$", Parse("[docs/**]").Sections[0].Pattern);
            Assert.Equal("^.*/a(-?[0-9]+)$", Parse("[a{1..2}]").Sections[0].Pattern);
        }

        [Fact]
        public void Section_comment_after_the_bracket_is_ignored()
        {
            var file = Parse("[*.md] # docs\nkey = 1\n");
            Assert.Equal("*.md", file.Sections[0].Name);
        }

        // ---- merging ----

        [Fact]
        public void Later_sections_win_within_a_file()
        {
            var file = Parse("[*]\nk = first\n[*.md]\nk = second\n[*.html]\nk = third\n");
            Assert.Equal("second", EditorConfigResolver.Merge(new[] { file }, At("a.md")).Properties["k"]);
        }

        [Fact]
        public void Nearer_files_win_and_farther_files_still_apply()
        {
            var outer = Parse("[*.md]\nk = outer\nonly_outer = 1\n");
            var inner = Parse("[*.md]\nk = inner\n", "docs");
            var options = EditorConfigResolver.Merge(new[] { inner, outer }, At("docs/a.md"));
            Assert.Equal("inner", options.Properties["k"]);
            Assert.Equal("1", options.Properties["only_outer"]);
        }

        [Fact]
        public void A_file_outside_a_configs_folder_gets_nothing_from_it()
        {
            var docs = Parse("[*]\nk = docs\n", "docs");
            Assert.False(EditorConfigResolver.Merge(new[] { docs }, At("docsx/a.md")).TryGetValue("k", out _));
            Assert.False(EditorConfigResolver.Merge(new[] { docs }, At("a.md")).TryGetValue("k", out _));
        }

        [Fact]
        public void Sections_are_relative_to_their_own_folder()
        {
            var inner = Parse("[/a.md]\nk = 1\n", "docs");
            Assert.True(EditorConfigResolver.Merge(new[] { inner }, At("docs/a.md")).TryGetValue("k", out _));
            Assert.False(EditorConfigResolver.Merge(new[] { inner }, At("docs/sub/a.md")).TryGetValue("k", out _));
        }

        // ---- severities ----

        [Theory]
        [InlineData("error", Severity.Error)]
        [InlineData("warning", Severity.Warning)]
        [InlineData("suggestion", Severity.Suggestion)]
        [InlineData("silent", Severity.Silent)]
        [InlineData("none", Severity.None)]
        public void Rule_severity_by_id(string value, Severity expected)
        {
            var options = Options("[*.md]\ndotnet_diagnostic.INCL201.severity = " + value + "\n", "a.md");
            Assert.Equal(expected, options.GetRuleSeverity("INCL201"));
            Assert.Null(options.GetRuleSeverity("INCL203"));
        }

        [Theory]
        [InlineData("default")]
        [InlineData("unset")]
        [InlineData("loud")]
        public void Default_unset_and_unknown_values_leave_the_rule_alone(string value)
        {
            var options = Options("[*]\ndotnet_diagnostic.INCL201.severity = " + value + "\n", "a.md");
            Assert.Null(options.GetRuleSeverity("INCL201"));
            Assert.Equal(value == "loud" ? 1 : 0, options.InvalidSeverities().Count());
        }

        [Fact]
        public void Id_beats_category_beats_all()
        {
            var options = Options(
                "[*]\ndotnet_analyzer_diagnostic.severity = suggestion\ndotnet_analyzer_diagnostic.category-Wording.severity = error\ndotnet_diagnostic.INCL203.severity = none\n",
                "a.md");
            Assert.Equal(Severity.Error, options.GetRuleSeverity("INCL201"));
            Assert.Equal(Severity.None, options.GetRuleSeverity("INCL203"));
            Assert.Equal(Severity.Suggestion, options.GetRuleSeverity("INCL101"));
        }

        [Fact]
        public void Bulk_keys_leave_rules_that_are_off_by_default_alone()
        {
            var options = Options("[*]\ndotnet_analyzer_diagnostic.severity = error\n", "a.md");
            Assert.Null(options.GetRuleSeverity("INCL202"));   // condescending words: off by default
            Assert.Equal(Severity.Error, options.GetRuleSeverity("INCL201"));
        }

        [Fact]
        public void Inclusive_options_are_read_by_name()
        {
            var options = Options("[*.md]\ninclusive_analyzers.allow = master, slave\n", "a.md");
            Assert.Equal("master, slave", options.GetInclusiveOption("allow"));
            Assert.Null(options.GetInclusiveOption("other"));
        }

        [Fact]
        public void Inclusive_switches_become_matcher_options()
        {
            var options = Options("[*.md]\ninclusive_analyzers.allow = Master Key, webmaster\ninclusive_analyzers.disable = whitelist\ninclusive_analyzers.enable_categories = Condescending\n", "a.md");
            var matcher = options.GetMatcherOptions();
            Assert.Equal(new[] { "master key", "webmaster" }, matcher.Allow);
            Assert.Equal(new[] { "whitelist" }, matcher.Disable);
            Assert.Equal(new[] { "condescending" }, matcher.EnableCategories);
            Assert.Empty(matcher.Enable);
            Assert.True(Options("[*.md]\nk = 1\n", "a.md").GetMatcherOptions().IsEmpty);
        }

        // The analyzers skip reading a file's switches when none of these names is set: the list must be what is read.
        [Fact]
        public void Matcher_option_names_are_the_names_read()
        {
            var asked = new List<string>();
            EditorConfigOptions.ReadMatcherOptions(name =>
            {
                asked.Add(name);
                return null;
            });
            Assert.Equal(asked.OrderBy(n => n, StringComparer.Ordinal), EditorConfigOptions.MatcherOptionNames.OrderBy(n => n, StringComparer.Ordinal));
            foreach (var name in EditorConfigOptions.MatcherOptionNames)
            {
                Assert.False(EditorConfigOptions.ReadMatcherOptions(n => n == name ? (name == "mask_names" ? "false" : "master") : null).IsEmpty, name);
            }
        }

        private static EditorConfigOptions Options(string text, string relative) =>
            EditorConfigResolver.Merge(new[] { Parse(text) }, At(relative));

        // ---- the file system ----

        [Fact]
        public void Resolver_reads_folders_upwards_and_stops_at_root()
        {
            var temp = Directory.CreateTempSubdirectory("editorconfig-");
            try
            {
                var top = temp.FullName;
                var repo = Path.Combine(top, "repo");
                var docs = Path.Combine(repo, "docs");
                Directory.CreateDirectory(docs);
                File.WriteAllText(Path.Combine(top, ".editorconfig"), "[*]\nabove_root = 1\n");
                File.WriteAllText(Path.Combine(repo, ".editorconfig"), "root = true\n[*.md]\ndotnet_diagnostic.INCL201.severity = error\nk = repo\n");
                File.WriteAllText(Path.Combine(docs, ".editorconfig"), "[guide.md]\ndotnet_diagnostic.INCL201.severity = none\n");

                var resolver = new EditorConfigResolver();
                var guide = resolver.GetOptions(Path.Combine(docs, "guide.md"));
                var other = resolver.GetOptions(Path.Combine(docs, "other.md"));

                Assert.Equal(Severity.None, guide.GetRuleSeverity("INCL201"));
                Assert.Equal(Severity.Error, other.GetRuleSeverity("INCL201"));
                Assert.Equal("repo", other.Properties["k"]);
                Assert.False(other.TryGetValue("above_root", out _));
                Assert.Equal(2, resolver.GetFiles(Path.Combine(docs, "guide.md")).Count);
            }
            finally
            {
                temp.Delete(recursive: true);
            }
        }

        [Fact]
        public void Resolver_reads_each_folder_once()
        {
            var reads = new List<string>();
            var resolver = new EditorConfigResolver(path =>
            {
                lock (reads)
                {
                    reads.Add(path);
                }

                return path == At(".editorconfig") ? EditorConfigFile.Parse("root = true\n[*]\nk = 1\n", path) : null;
            });

            Assert.Equal("1", resolver.GetOptions(At("docs/a.md")).Properties["k"]);
            Assert.Equal("1", resolver.GetOptions(At("docs/b.md")).Properties["k"]);
            Assert.Equal(2, reads.Count);
        }
    }
}
