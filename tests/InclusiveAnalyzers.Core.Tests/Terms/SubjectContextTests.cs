using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>A names context of "near" words only holds for a whole document whose title names the system.</summary>
public class SubjectContextTests
{
    [Theory]
    [InlineData("tkinter.ttk \u2014 Tk themed widgets", true)]
    [InlineData("Tkinter layouts", true)]
    [InlineData("The packer explained", true)]
    [InlineData("pickle \u2014 Python object serialization", false)]
    [InlineData("tkinterish notes", false)] // word boundaries, as near words everywhere
    [InlineData("", false)]
    public void Only_near_words_in_the_title_make_the_tk_names_hold(string title, bool expected)
    {
        Assert.Equal(expected, TermCatalog.Default.Find("master")!.IsNameThroughout(title));
    }

    [Fact]
    public void A_context_with_before_or_after_words_never_holds_for_a_title()
    {
        var context = new TermContext(before: null, after: new[] { "database" }, near: new[] { "sql server" });
        Assert.False(context.HoldsForSubject("SQL Server tips"));
        Assert.True(new TermContext(null, null, new[] { "sql server" }).HoldsForSubject("SQL Server tips"));
        Assert.False(new TermContext(null, null, null).HoldsForSubject("SQL Server tips"));
    }
}
