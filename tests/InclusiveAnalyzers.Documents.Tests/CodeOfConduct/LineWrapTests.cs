using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>
    /// Hand-wrapped Markdown splits a sentence anywhere, in a block quote or a list item too ("may be temporarily\n&gt; banned"):
    /// the phrases that state an element read the same wrapped or not, and never run from one paragraph, list item or
    /// heading into the next.
    /// </summary>
    public class LineWrapTests
    {
        private static string[] Missing(string text, string path = "CODE_OF_CONDUCT.md") =>
            Audit(text, path).Of(RuleCatalog.CocMissingSection).Select(f => f.Properties!["element"]).ToArray();

        [Theory]
        [InlineData("Anyone who breaks this code may be warned, or temporarily\nbanned from the project.")]
        [InlineData("> Anyone who breaks this code gets a warning, or may be permanently\n> removed from the project.")]
        [InlineData("- Anyone who breaks this code gets a warning and may be temporarily\n  banned from the project.")]
        [InlineData("Anyone who breaks this code may be warned, or temporarily\r\nbanned from the project.")]
        [InlineData("Anyone who breaks this code may be warned, or banned\n   temporarily.")]
        public void A_sanction_split_by_a_line_wrap_is_a_sanction(string sentence)
        {
            Assert.DoesNotContain("consequences", Missing("# Code of Conduct\n\n" + sentence + "\n"));
        }

        [Theory]
        [InlineData("Anyone who breaks this code gets a warning. Some rules are temporary\n\nbans of words are listed below.")]
        [InlineData("Anyone who breaks this code gets a warning. Some rules are temporary\n- bans of words are listed below.")]
        [InlineData("Anyone who breaks this code gets a warning. Some rules are temporary\n## Bans\n\nWords are listed below.")]
        [InlineData("> Anyone who breaks this code gets a warning. Some rules are temporary\n>\n> bans of words are listed below.")]
        [InlineData("Anyone who breaks this code gets a warning. Some rules are temporary\n\n```\nx\n```\nbans of words are listed below.")]
        public void Words_in_different_paragraphs_are_not_a_phrase(string text)
        {
            Assert.Contains("consequences", Missing("# Code of Conduct\n\n" + text + "\n"));
        }

        [Fact]
        public void A_phrase_wrapped_in_an_html_paragraph_is_read_but_not_across_paragraphs()
        {
            static string Page(string body) => "<html><body><h1>Code of Conduct</h1>\n" + body + "\n</body></html>\n";
            Assert.DoesNotContain("consequences", Missing(Page("<p>Anyone who breaks this code may be warned, or temporarily\nbanned.</p>"), "CODE_OF_CONDUCT.html"));
            Assert.Contains("consequences", Missing(Page("<p>Anyone who breaks this code gets a warning. Rules are temporary</p>\n<p>bans of words are listed below.</p>"), "CODE_OF_CONDUCT.html"));
        }

        [Theory]
        [InlineData("> Project maintainers have the right and\n> responsibility to remove comments that break this code.")]
        [InlineData("Project maintainers have\n    the right and responsibility to remove comments that break this code.")]
        public void Responsibilities_split_by_a_quoted_or_indented_wrap_are_credited(string sentence)
        {
            Assert.DoesNotContain("enforcement-responsibilities", Missing("# Code of Conduct\n\n" + sentence + "\n"));
        }

        [Fact]
        public void A_sanction_on_the_enforcers_wrapped_over_lines_is_still_not_a_consequence()
        {
            // CC 1.x wraps this sentence anywhere; in a block quote the wrap carries quote markers.
            string text = "# Code of Conduct\n\nWe remove comments that break this code.\n\n> Project maintainers who do not follow or enforce the Code of Conduct\n> may be permanently\n> removed from the project team.\n";
            Assert.Contains("consequences", Missing(text));
        }

        [Theory]
        [InlineData("a\nb", "a b")]
        [InlineData("a\r\nb", "a  b")]
        [InlineData("> a\n> b", "> a   b")]
        [InlineData("a\n\nb", "a\n\nb")]
        [InlineData("# A\nb", "# A\nb")]
        [InlineData("A\n===\nb", "A\n===\nb")]
        [InlineData("A\n^^^\nb", "A\n^^^\nb")] // reStructuredText underline
        [InlineData("a\n-b", "a -b")] // a dash glued to a word opens no list item
        [InlineData("a\n1. b", "a\n1. b")]
        [InlineData("| a |\n| b |", "| a |\n| b |")]
        public void Join_turns_only_wraps_inside_a_paragraph_into_spaces(string text, string expected)
        {
            Assert.Equal(expected, LineWraps.Join(text, text));
        }
    }
}
