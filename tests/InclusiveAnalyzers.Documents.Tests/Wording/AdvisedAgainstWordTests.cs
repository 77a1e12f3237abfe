namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// Words a style guide advises against, set in emphasis as words (18F's content guide, the twenty-second review): the
/// advice takes them as its object ("Avoid _guys_", "describing people as _disabled_", "instead of _he/she_"). An
/// emphasized word the advice does not take, and the same words without emphasis, are still read.
/// </summary>
public class AdvisedAgainstWordTests
{
    private static string[] Flagged(string text)
        => Lint.Scan("docs/style/inclusive-language.md", text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Theory]
    [InlineData("- Avoid describing people as _disabled_, _handicapped_, or _confined to a wheelchair_.\n")]
    [InlineData("- Avoid terms that contribute to stigmas around disability or mental illness: _crazy_, _dumb_, _lame_, _insane_, or _psycho_.\n")]
    [InlineData("- Avoid terms that contribute to stigmas around sensory disabilities: _blind spot_ or _tone deaf_.\n")]
    [InlineData("If you're unsure of the person's pronouns, use _they_ or _them_ instead of _he/she_.\n")]
    [InlineData("- Avoid _guys_ as a way to refer to mixed-gender groups.\n")]
    [InlineData("Say *allowlist*, not *whitelist*.\n")]
    [InlineData("Don't use **master** or **slave** for database roles.\n")]
    public void Emphasized_words_an_avoiding_advice_takes_are_talked_about(string text)
        => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("- Avoid pushing to _master_ directly.\n", "master")]                         // the advice's object is pushing
    [InlineData("- Avoid describing people as handicapped.\n", "handicapped")]                // no emphasis
    [InlineData("The _master_ node takes writes; avoid it for reads.\n", "master")]           // no advice before it
    [InlineData("- Avoid _guys_ as a way to refer to groups. The _master_ replicates.\n", "master")] // the next sentence
    public void Other_emphasized_words_and_plain_ones_are_read(string text, string expected)
        => Assert.Equal(new[] { expected }, Flagged(text));
}
