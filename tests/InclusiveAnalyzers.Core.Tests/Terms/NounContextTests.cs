using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// A suggestion context of nouns for a verb term's noun sense ("the abort" -> "the cancellation") applies only where
/// one of its replacements can take the word's form: a verb form in the same place ("the aborted run") keeps the
/// term's own verbs, never a noun made a verb ("the cancellationed run") or no suggestion at all.
/// </summary>
public class NounContextTests
{
    private const string Json = """
    {
      "terms": [
        { "id": "abort", "words": ["abort"], "inflect": ["past", "gerund", "plural"], "replacements": ["cancel", "stop"],
          "category": "sensitive", "severity": "warning", "reason": "r", "source": "s",
          "contexts": [ { "before": ["the", "an", "each"], "replacements": ["cancellation", "termination"] } ] }
      ]
    }
    """;

    private static readonly Lazy<TermMatcher> matcher = new(() =>
    {
        var errors = new List<ConfigError>();
        var catalog = TermCatalog.Parse(Json, "nouns.json", errors);
        Assert.Empty(errors);
        return TermMatcher.Create(catalog);
    });

    private static string Rewrite(string text)
    {
        List<TermMatch>? matches = null;
        matcher.Value.FindInProse(text, 0, text.Length, ref matches);
        Assert.NotNull(matches);
        return TermRewriter.RewriteAll(text, matches!, TextKind.Prose);
    }

    [Theory]
    [InlineData("Log it after the abort.", "Log it after the cancellation.")]
    [InlineData("An abort of the transfer.", "A cancellation of the transfer.")]
    [InlineData("Each abort is logged.", "Each cancellation is logged.")]
    [InlineData("The aborts are counted.", "The cancellations are counted.")]
    public void The_noun_after_a_determiner_gets_the_context_nouns(string text, string expected)
        => Assert.Equal(expected, Rewrite(text));

    [Theory]
    [InlineData("The aborted run is gone.", "The canceled run is gone.")]
    [InlineData("The aborting thread waits.", "The canceling thread waits.")]
    [InlineData("Users abort the run.", "Users cancel the run.")]
    [InlineData("This aborts the run.", "This cancels the run.")]
    public void A_verb_form_keeps_the_term_verbs(string text, string expected)
        => Assert.Equal(expected, Rewrite(text));
}
