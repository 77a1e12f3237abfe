using System;
using System.IO;
using InclusiveAnalyzers.Core.Policy;
using Xunit;

namespace InclusiveAnalyzers.Core.Tests.Policy
{
    /// <summary>inclusive.json's include/exclude and the relative paths its globs see, the same for the CLI and the build task.</summary>
    public class ConfigSelectionTests
    {
        private static readonly string Root = OperatingSystem.IsWindows() ? @"C:\repo" : "/repo";

        private static string At(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

        [Fact]
        public void Include_picks_and_exclude_removes_relative_to_the_config_folder()
        {
            var include = new[] { "docs/**" };
            var exclude = new[] { "docs/vendor/**" };
            Assert.True(ConfigSelection.IsSelected(At("docs/page.md"), Root, include, exclude));
            Assert.False(ConfigSelection.IsSelected(At("docs/vendor/lib.md"), Root, include, exclude));
            Assert.False(ConfigSelection.IsSelected(At("guide.md"), Root, include, exclude));
        }

        [Fact]
        public void A_file_outside_the_config_folder_matches_no_include_glob_and_no_globs_select_everything()
        {
            Assert.False(ConfigSelection.IsSelected(At("other/docs/page.md"), At("sub"), new[] { "docs/**" }, Array.Empty<string>()));
            Assert.True(ConfigSelection.IsSelected(At("other/page.md"), At("sub"), Array.Empty<string>(), new[] { "docs/**" }));
            Assert.True(ConfigSelection.IsSelected(At("anything.md"), null, new[] { "docs/**" }, Array.Empty<string>()));
        }

        [Fact]
        public void Config_relative_paths_climb_out_with_dot_dot_and_keep_relative_input()
        {
            Assert.Equal("docs/a.md", RelativePaths.ToConfigRelative(At("docs/a.md"), Root));
            Assert.Equal("../other/a.md", RelativePaths.ToConfigRelative(At("other/a.md"), At("sub")));
            Assert.Equal("docs/a.md", RelativePaths.ToConfigRelative("docs\\a.md", Root));
            Assert.Null(RelativePaths.ToConfigRelative(null, Root));
        }

        [Fact]
        public void Display_paths_are_relative_below_the_root_and_as_given_outside_it()
        {
            Assert.Equal("docs/a.md", RelativePaths.Display(At("docs/a.md"), Root));
            Assert.Equal(At("../elsewhere/a.md").Replace('\\', '/'), RelativePaths.Display(At("../elsewhere/a.md"), Root));
            Assert.Equal("a.md", RelativePaths.Display("a.md", null));
        }
    }
}
