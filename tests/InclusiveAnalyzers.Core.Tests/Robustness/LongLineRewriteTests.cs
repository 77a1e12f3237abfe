using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Robustness;

/// <summary>
/// The suggestions of every finding on one long line: the title-case check reads a bounded stretch around each word,
/// not the whole line, so a line of n capitalised terms costs linear time, not n times the line.
/// </summary>
public class LongLineRewriteTests
{
    [Fact]
    public void Suggestions_for_every_capitalised_term_on_one_line_grow_linearly()
    {
        var matcher = InclusiveSettings.Default.GetMatcher();
        Linearity.AssertLinear(size =>
        {
            var text = string.Concat(Enumerable.Repeat("Whitelisted hosts and ", size));
            List<TermMatch>? matches = null;
            matcher.FindInProse(text, 0, text.Length, ref matches);
            return () =>
            {
                foreach (var match in matches!)
                {
                    TermRewriter.Suggestions(text, match, TextKind.Prose, 3);
                }
            };
        }, 1_500);
    }

    [Fact]
    public void A_word_far_into_a_long_line_is_still_judged_by_its_neighbours()
    {
        var text = new string('x', 5_000) + " then. Whitelisted hosts are dropped.";
        List<TermMatch>? matches = null;
        InclusiveSettings.Default.GetMatcher().FindInProse(text, 0, text.Length, ref matches);
        Assert.Contains("Allow listed", TermRewriter.Suggestions(text, Assert.Single(matches!), TextKind.Prose, 3));
    }
}
