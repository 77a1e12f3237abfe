using InclusiveAnalyzers.Comments;

namespace InclusiveAnalyzers.Tests.Comments;

public class DocumentedConstantGlossTests
{
    [Theory]
    [InlineData("ABRT", "Abort")]
    [InlineData("KILL", "Kill")]
    [InlineData("ABORT", "abort")]
    [InlineData("AO", "Abort")]
    public void A_name_of_capitals_abbreviates_a_word_that_holds_its_letters_in_order(string name, string word)
        => Assert.True(DocumentedConstantGloss.Abbreviates(name, word));

    [Theory]
    [InlineData("BA", "Abort")]
    [InlineData("ABRTX", "Abort")]
    [InlineData("SIGABRT", "Abort")]
    [InlineData("A", "Abort")]
    [InlineData("AB_T", "Abort")]
    public void Other_names_do_not(string name, string word)
        => Assert.False(DocumentedConstantGloss.Abbreviates(name, word));

    [Theory]
    [InlineData("Abort (ANSI).", "Abort")]
    [InlineData("Abort.", "Abort")]
    [InlineData("Abort", "Abort")]
    [InlineData("Kill, unblockable (POSIX).", "Kill")]
    public void A_summary_of_the_word_and_a_remark_is_a_gloss(string summary, string word)
        => Assert.True(DocumentedConstantGloss.IsGloss(summary, word));

    [Theory]
    [InlineData("Abort the current transfer.", "Abort")]
    [InlineData("The abort signal.", "abort")]
    [InlineData("Aborted (ANSI).", "Abort")]
    public void A_summary_that_says_more_is_not(string summary, string word)
        => Assert.False(DocumentedConstantGloss.IsGloss(summary, word));
}
