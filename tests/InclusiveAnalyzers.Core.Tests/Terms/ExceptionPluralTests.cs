using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>An excepted compound noun is left alone in its plural too; other exceptions get no plural.</summary>
public class ExceptionPluralTests
{
    [Theory]
    [InlineData("master key", "master keys")]
    [InlineData("grand master", "grand masters")]
    [InlineData("dummy variable", "dummy variables")]
    [InlineData("master boot record", "master boot records")]
    public void A_compound_noun_gets_its_plural(string phrase, string plural)
        => Assert.Equal(plural, MatcherBuilder.ExceptionPlural(phrase));

    [Theory]
    [InlineData("masterpiece")] // one word: the term's own forms cover it
    [InlineData("master of arts")] // already plural
    [InlineData("master of none")] // "of X" is no compound noun
    [InlineData("master's degrees")]
    public void Other_exceptions_get_no_plural(string phrase)
        => Assert.Null(MatcherBuilder.ExceptionPlural(phrase));
}
