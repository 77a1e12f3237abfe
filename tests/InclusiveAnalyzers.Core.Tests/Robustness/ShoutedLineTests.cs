using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Robustness;

/// <summary>
/// A long line all in capitals holds a run of capitals at every term: the line is read once for all of them, so the
/// matcher stays linear (reading it again at each run took 15 s for 260 KB and hit the per-file budget at 1 MB).
/// </summary>
public class ShoutedLineTests
{
    [Fact]
    public void A_long_shouted_line_is_matched_in_linear_time()
    {
        var matcher = InclusiveSettings.Default.GetMatcher();
        Linearity.AssertLinear(size =>
        {
            var text = string.Concat(Enumerable.Repeat("WHITELIST THE MASTER HOST ", size));
            return () =>
            {
                List<TermMatch>? matches = null;
                matcher.FindInProse(text, 0, text.Length, ref matches);
                Assert.Equal(2 * size, matches!.Count);
            };
        }, 2_000);
    }

    [Fact]
    public void Each_line_of_a_text_gets_its_own_verdict()
    {
        const string text = "WHITELIST THE HOST\nList them with SENTINEL MASTERS now.\nNEVER WRITE TO THE MASTER";
        List<TermMatch>? matches = null;
        InclusiveSettings.Default.GetMatcher().FindInProse(text, 0, text.Length, ref matches);
        Assert.Equal(new[] { "WHITELIST", "MASTER" }, matches!.Select(m => text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void The_matcher_caches_do_not_keep_the_last_text_alive()
    {
        var text = ReadShoutedText();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(text.TryGetTarget(out _));
    }

    [Fact]
    public void A_text_read_again_after_another_keeps_its_verdicts()
    {
        const string shouted = "NEVER WRITE TO THE MASTER";
        const string mixed = "List them with SENTINEL MASTERS now.";
        var matcher = InclusiveSettings.Default.GetMatcher();
        foreach (var text in new[] { shouted, mixed, shouted, mixed })
        {
            List<TermMatch>? matches = null;
            matcher.FindInProse(text, 0, text.Length, ref matches);
            Assert.Equal(text == shouted ? 1 : 0, matches?.Count ?? 0);
        }
    }

    // Not inlined, so no local of the caller holds the text.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference<string> ReadShoutedText()
    {
        var text = new string('x', 0) + "WHITELIST THE MASTER HOST " + Guid.NewGuid().ToString("N").ToUpperInvariant();
        List<TermMatch>? matches = null;
        InclusiveSettings.Default.GetMatcher().FindInProse(text, 0, text.Length, ref matches);
        Assert.NotEmpty(matches!);
        return new WeakReference<string>(text);
    }
}
