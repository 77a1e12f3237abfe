using InclusiveAnalyzers.Documents.CodeOfConduct;
using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>
    /// The misses the Contributor Covenant sample of bench/coc-covenant found, as general shapes: the template address of a
    /// translation ("utilizador@dominio.com"), a slot in full-width parentheses, and a bracket in the paragraph that credits
    /// the covenant. Real sentences from the published translations; each has its look-alike that must not be reported.
    /// </summary>
    public class CovenantSampleTests
    {
        private static CodeOfConductReport AuditText(string body) => Audit("# Code of Conduct\n\n" + body + "\n");

        [Theory]
        [InlineData("pt", "através do contacto de endereço de correio eletrónico [utilizador\\@dominio.com](mailto:utilizador@dominio.com?subject=Código+de+conduta). Todas")]
        [InlineData("es", "a través de usuario@dominio.com. Todas las quejas serán evaluadas.")]
        [InlineData("fr", "peuvent être signalés à utilisateur@domaine.fr.")]
        public void TranslatedTemplateAddress_IsAPlaceholder(string language, string sentence)
        {
            var report = AuditText(sentence);
            Assert.True(report.Has(RuleCatalog.CocPlaceholder), language + ": " + string.Join(" | ", report.Findings));
        }

        [Theory]
        [InlineData("através do endereço conduta@grove.dev. Todas")]
        [InlineData("via ana.utilizadora@grove.dev ou dominio@grove.dev.")]
        [InlineData("a través de admin@dominio-real.es.")]
        public void RealAddressWithLookAlikeWords_IsNotAPlaceholder(string sentence)
        {
            var report = AuditText(sentence);
            Assert.False(report.Has(RuleCatalog.CocPlaceholder), string.Join(" | ", report.Findings));
        }

        [Fact]
        public void FullWidthSlotAskingToFillIn_IsAPlaceholder_AndFilledIsTheContact()
        {
            const string sentence = "符合上述「無法允許的行為」標準的行為可被檢舉至有執法責任的社群領導者（此處填寫聯絡方式）。所有投訴均會被及時地、公正地審閱、調查。";
            var finding = AuditText(sentence).Single(RuleCatalog.CocPlaceholder);
            Assert.Contains("（此處填寫聯絡方式）", finding.Message);

            var filled = AuditText(sentence.Replace("（此處填寫聯絡方式）", "conduct@grove.dev"));
            Assert.False(filled.Has(RuleCatalog.CocPlaceholder), string.Join(" | ", filled.Findings));
            Assert.False(filled.Has(RuleCatalog.CocNoReportingContact), string.Join(" | ", filled.Findings));
        }

        [Theory]
        [InlineData("公開或私下騷擾（譯者按：包括但不限於連續多次持續的無效主動溝通）。")]
        [InlineData("提交（commits）、程式碼、wiki 編輯、問題（issues）和其他貢獻。")]
        [InlineData("请通过电子邮件（conduct@grove.dev）联系我们。")]
        public void OrdinaryFullWidthAside_IsNotAPlaceholder(string line)
        {
            var report = AuditText(line);
            Assert.False(report.Has(RuleCatalog.CocPlaceholder), string.Join(" | ", report.Findings));
        }

        [Theory]
        [InlineData("fa", "این کد رفتار از [پیمان مشارکتکننده]، نسخه 2.1، در [https://www.contributor-covenant.org/version/2/1/code_of_conduct.html][v2.1] اقتباس شده است.")]
        [InlineData("hi", "यह आचार संहिता [योगदानकर्ता अनुबंध], संस्करण 2.1 से अनुकूलित है, जो https://www.contributor-covenant.org/version/2/1/code_of_conduct.html पर उपलब्ध है।")]
        public void BracketInTheParagraphCreditingTheCovenant_IsItsName(string language, string credit)
        {
            var report = AuditText("## اجرا\n\nبه [روش تماس] گزارش شود: conduct@grove.dev\n\n## انتساب\n\n" + credit);
            Assert.False(report.Findings.Any(f => f.RuleId == RuleCatalog.CocPlaceholder && f.Message.Contains(language == "fa" ? "پیمان" : "योगदानकर्ता")),
                language + ": " + string.Join(" | ", report.Findings));
        }

        [Fact]
        public void SameBracketOutsideTheCredit_IsStillAPlaceholder()
        {
            var report = AuditText("## اجرا\n\nمواردی از رفتار توهین آمیز ممکن است به رهبران جامعه مسئول اجرا در [روش تماس درج] گزارش شود.\n\n"
                + "## انتساب\n\nاین کد رفتار از [پیمان مشارکتکننده]، نسخه 2.1، در https://www.contributor-covenant.org/version/2/1/code_of_conduct.html اقتباس شده است.");
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.Contains("روش تماس درج", finding.Message);
        }
    }
}
