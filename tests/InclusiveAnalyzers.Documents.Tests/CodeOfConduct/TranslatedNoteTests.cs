using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>
    /// The Contributor Covenant 3.0 editor notes in its published translations (EthicalSource/contributor_covenant,
    /// content/version/3/0): a one- or two-word label, in capitals where the script has case, and a colon. The note that ends the
    /// reporting sentence stands where the contact goes; the note that is a paragraph of its own speaks to the adopter.
    /// </summary>
    public class TranslatedNoteTests
    {
        public static readonly TheoryData<string, string, string> ReportingSentences = new TheoryData<string, string, string>
        {
            { "de", "Wenn ein Vorfall eintritt, ist es wichtig, ihn umgehend zu melden. Um einen möglichen Verstoß zu melden, **[ANMERKUNG: Beschreiben Sie hier Ihr Meldeverfahren.]**", "[ANMERKUNG: Beschreiben Sie hier Ihr Meldeverfahren.]" },
            { "es", "Cuando un incidente ocurre, es importante reportarlo pronto. Para reportar una posible violación, **[NOTA: describa la forma de reportar aquí.]**", "[NOTA: describa la forma de reportar aquí.]" },
            { "pt-br", "Quando ocorre um incidente, é importante comunicá-lo imediatamente. Para denunciar uma possível violação, **[NOTA: descreva aqui seus meios de denunciar.]**", "[NOTA: descreva aqui seus meios de denunciar.]" },
            { "it", "Quando si verifica un incidente, è importante segnalarlo tempestivamente. Per segnalare una possibile violazione, **[NOTA: descrivi qui le tue modalità di segnalazione.]**", "[NOTA: descrivi qui le tue modalità di segnalazione.]" },
            { "ru", "Если инцидент всё же произошёл, важно своевременно сообщить о нём. Чтобы сообщить о возможном нарушении, **[ПРИМЕЧАНИЕ: опишите здесь способ сообщения о нарушениях.]**", "[ПРИМЕЧАНИЕ: опишите здесь способ сообщения о нарушениях.]" },
            { "ar", "عند وقوع حادث، من المهم الإبلاغ عنه على الفور. للإبلاغ عن انتهاك محتمل، **[ملاحظة: قم بوصف وسيلة الإبلاغ هنا.]**", "[ملاحظة: قم بوصف وسيلة الإبلاغ هنا.]" },
            { "am", "አንድ ክስተት ሲከሰት ወዲያውኑ ሪፖርት ማድረግ አስፈላጊ ነው. ሊደርስ የሚችል ጥሰትን ሪፖርት ለማድረግ **[ማስታወሻ፡ የሪፖርት ማድረጊያ ዘዴዎን እዚህ ይግለጹ።]**", "[ማስታወሻ፡ የሪፖርት ማድረጊያ ዘዴዎን እዚህ ይግለጹ።]" },
            { "zh-tw", "當事件確實發生時，及時報告很重要。要舉報可能的違規行為，**[注意：在此處描述您的舉報方式。 ]**", "[注意：在此處描述您的舉報方式。 ]" },
            // Two-word labels: Dutch and Vietnamese say "note" in two words.
            { "nl", "Wanneer zich toch een incident voordoet, is het belangrijk om dit direct te melden. Als u een mogelijke overtreding wilt melden, **[LET OP: beschrijf hier uw manier van melden.]**", "[LET OP: beschrijf hier uw manier van melden.]" },
            { "vi", "Khi một sự việc xảy ra, điều quan trọng là phải báo cáo kịp thời. Để báo cáo một hành vi có thể là vi phạm, **[LƯU Ý: mô tả phương thức báo cáo của bạn tại đây.]**", "[LƯU Ý: mô tả phương thức báo cáo của bạn tại đây.]" },
            // Swedish keeps the sentence's full stop outside the bracket.
            { "sv", "När en incident inträffar är det viktigt att rapportera den omedelbart. För att rapportera en möjlig överträdelse, **[OBS: beskriv ditt sätt att rapportera här].**", "[OBS: beskriv ditt sätt att rapportera här]" },
        };

        [Theory]
        [MemberData(nameof(ReportingSentences))]
        public void ReportingNote_InTranslation_IsTheUnfilledContact(string language, string sentence, string note)
        {
            var report = Audit("## Reporting\n\n" + sentence + "\n");
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Equal(note.Length, finding.Length);
            Assert.True(finding.Message.Contains(note.Length <= 60 ? note : note.Substring(0, 57)), language + ": " + finding.Message);
        }

        [Theory]
        [MemberData(nameof(ReportingSentences))]
        public void ReportingNote_ReplacedByAnAddress_IsTheContact(string language, string sentence, string note)
        {
            var report = Audit("## Reporting\n\n" + sentence.Replace(note, "conduct@grove.dev").Replace("**", "") + "\n");
            Assert.False(report.Has(RuleCatalog.CocPlaceholder), language + ": " + string.Join(" | ", report.Findings));
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact), language + ": " + string.Join(" | ", report.Findings));
        }

        [Fact]
        public void TranslatedAdopterNote_ParagraphOfItsOwn_IsNotTheContactSlot()
        {
            const string text = "## Melden eines Vorfalls\n\nMeldungen an conduct@grove.dev.\n\n## Umgang mit Verstößen und Wiedergutmachung\n\n"
                + "**[ANMERKUNG: Die unten aufgeführten Maßnahmen bei Verstößen und zur Wiedergutmachung sind Vorschläge basierend auf bewährten Praktiken der Durchsetzung von Verhaltenskodizes. Wenn Ihre Gemeinschaft eigene Verfahren hat, passen Sie diesen Abschnitt entsprechend an.]**\n";
            var finding = CocSamples.Audit(text).Single(RuleCatalog.CocPlaceholder);
            Assert.NotEqual("reporting-note", finding.Properties!.TryGetValue("placeholder", out var kind) ? kind : null);
            Assert.DoesNotContain("reporting contact", finding.Message);
        }

        [Fact]
        public void AdopterNote_WithAFullStopAfterItsLabel_IsStillTheAdopterNote()
        {
            // The Ukrainian 3.0 enforcement note ends its label with a full stop.
            const string text = "## Повідомлення про проблему\n\nПовідомляйте на conduct@grove.dev.\n\n## Усунення та усунення шкоди\n\n"
                + "**[ПРИМІТКА. Засоби правового захисту та ремонти, наведені нижче, є пропозиціями, які ґрунтуються на передовій практиці забезпечення дотримання кодексу поведінки.]**\n";
            var finding = CocSamples.Audit(text).Single(RuleCatalog.CocPlaceholder);
            Assert.DoesNotContain("reporting contact", finding.Message);
        }

        [Theory]
        [InlineData("Mehr dazu im [Hinweis: Meldewege](https://example.org/meldewege).")]   // a link label with a colon
        [InlineData("Siehe [Hinweis: das gilt auch für Chats] weiter unten.")]              // a title-case aside, not a label in capitals
        [InlineData("Voir la [FAQ][faq] et la [NOTE DE VERSION].")]                        // capitals without a colon stay a capitalised-phrase question, not a note
        [InlineData("Siehe [U. a. die Chats] weiter unten.")]                              // one capital and a full stop is an abbreviation, not a label
        [InlineData("Zie [Let op: dit geldt ook voor chats] hieronder.")]                  // a two-word label in title case is an aside
        [InlineData("Signed by [JOHN A. Smith] for the team.")]                           // two capitalised words and a full stop: an initial
        [InlineData("Zie [LET OP] hieronder.")]                                           // two capitalised words with no colon: no note
        public void BracketsThatAreNotNotes_AreNotReportedAsNotes(string sentence)
        {
            var report = Audit("## Reporting\n\nReports go to conduct@grove.dev. " + sentence + "\n\n[faq]: https://www.contributor-covenant.org/faq\n");
            Assert.DoesNotContain(report.Of(RuleCatalog.CocPlaceholder), f => f.Message.Contains("editor note"));
        }
    }
}
