using System.Reflection;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.TestSupport;

/// <summary>
/// The house style for test names (docs/contributing.md): a sentence whose words are joined by underscores,
/// starting with a capital, as in <c>Ids_are_unique</c>. Linked into every test project, it checks that project's tests.
/// </summary>
public sealed class TestNamesFollowTheHouseStyle
{
    private static readonly Regex Sentence = new("^[A-Z0-9][A-Za-z0-9]*(_[A-Za-z0-9]+)+$", RegexOptions.CultureInvariant);

    public static bool IsSentence(string name) => Sentence.IsMatch(name);

    [Fact]
    public void Every_test_in_this_project_is_named_as_a_sentence()
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offenders = typeof(TestNamesFollowTheHouseStyle).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(Declared))
            .Where(method => method.IsDefined(typeof(FactAttribute), inherit: true) && !IsSentence(method.Name))
            .Select(method => method.DeclaringType!.FullName + "." + method.Name)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
        Assert.True(offenders.Count == 0, "Name these tests as sentences joined by underscores (docs/contributing.md):\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("Ids_are_unique")]
    [InlineData("GitHub_format_writes_workflow_annotations")]
    [InlineData("INCL101_is_reported_in_a_heading")]
    [InlineData("Fix_all_in_every_project")]
    public void A_capitalised_sentence_joined_by_underscores_is_a_test_name(string name)
        => Assert.True(IsSentence(name));

    [Theory]
    [InlineData("RenamesTheTypeAndItsUses")]
    [InlineData("renames_the_type")]
    [InlineData("Renames__the_type")]
    [InlineData("Renames_the_type_")]
    [InlineData("_Renames_the_type")]
    [InlineData("Renames the type")]
    public void Run_together_words_lower_case_starts_and_stray_underscores_are_not(string name)
        => Assert.False(IsSentence(name));
}
