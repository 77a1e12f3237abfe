namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A catalog word that is an ordinary word of another language, in a document that declares none, is read as that
/// language's word when its neighbours are: two function words of that language within five words each side of it in
/// its sentence, and no English one. From Centreon's French plugin pages and a French Windows Server page ("serveurs
/// lames": blade servers).
/// </summary>
public class HomographNeighbourTests
{
    private static string[] Flagged(string text)
        => Lint.Scan("docs/page.md", text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Theory]
    [InlineData("Lenovo Flex System est l'architecture de serveurs lames de Lenovo.")]
    [InlineData("Par exemple, si votre déploiement n’utilise pas de serveurs lames, le niveau du châssis n’a peut-être pas de sens pour vous.")]
    [InlineData("Mantenere le ossa sane e forti.")]
    [InlineData("Det finns ingen abort här.")]
    [InlineData("El cambio de la cultura oriental en la región.")]
    public void A_word_among_words_of_its_other_language_is_not_a_finding(string sentence)
        => Assert.Empty(Flagged($"# Page\n\n{sentence}\n"));

    [Theory]
    [InlineData("That is a lame excuse.", "lame")]                                   // English neighbours
    [InlineData("By making sane choices for defaults, it needs no setup.", "sane")]
    [InlineData("In French a blade is la lame.", "lame")]                              // English function words in the sentence
    [InlineData("## Sane defaults", "Sane")]                                           // no neighbours to go by
    [InlineData("Visita la cultura oriental.", "oriental")]                           // one function word is not enough
    [InlineData("Voici la démo de la version. Lame, really.", "Lame")]                 // the next sentence is not a neighbour
    [InlineData("Poussez les modifications sur la branche master du dépôt.", "master")] // no homograph: borrowed English
    public void English_neighbours_few_neighbours_and_borrowed_terms_are_still_read(string text, string expected)
        => Assert.Equal(new[] { expected }, Flagged($"# Page\n\n{text}\n"));
}
