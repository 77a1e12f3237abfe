using System.Linq;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using InclusiveAnalyzers.Core.Rules;
using Xunit;
using static InclusiveAnalyzers.Documents.Tests.CodeOfConduct.CocSamples;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>
    /// The reporting sentence of the Contributor Covenant 2.1 in its published translations (EthicalSource/contributor_covenant,
    /// content/version/2/1): the placeholder is found in every script, and once it is filled the address counts as the contact,
    /// even where no space separates it from the words around it.
    /// </summary>
    public class TranslationTests
    {
        public static readonly TheoryData<string, string, string> Sentences = new TheoryData<string, string, string>
        {
            { "ar", "يمكن إبلاغ قادة المجتمع المسؤولين عن إنفاذ ميثاق السلوك، عن حالات التطاول أو\nالمضايقات أو أي سلوك مرفوض على [أضف وسيلة التواصل].\nسنراجع جميع الشكاوى ونحقق فيها فورا وبإنصاف.", "[أضف وسيلة التواصل]" },
            { "he", "ניתן לדווח למובילי הקהילה על מקרים של התנהגות תוקפנית, מטרידה או בלתי הולמת מכל סיבה שהיא\nלצורך אכיפה בכתובת [הכנס כתובת אימייל].\nכלל התלונות תבחננה ותחקרנה בהקדם בהגינות.", "[הכנס כתובת אימייל]" },
            { "fa", "مواردی از رفتار توهین آمیز، آزاردهنده یا غیرقابل قبول ممکن است به رهبران جامعه مسئول اجرا در [روش تماس درج] گزارش شود. همه شکایات به سرعت و منصفانه بررسی و بررسی خواهند شد.", "[روش تماس درج]" },
            { "hi", "समुदाय के नेताओं को [संपर्क विधि डालें] पर दी जा सकती है। सभी शिकायतों की समीक्षा और जांच शीघ्र और निष्पक्ष रूप से की जाएगी।", "[संपर्क विधि डालें]" },
            { "bn", "অপমানজনক, হয়রানিমূলক, অথবা অন্যথায় অগ্রহণযোগ্য আচরণের ঘটনাগুলি আচরণবিধি প্রয়োগের জন্য দায়ী দল নেতাদের কাছে এখানে [যোগাযোগ পদ্ধতি সংযুক্ত করুন]- প্রতিবেদন করা যেতে পারে।", "[যোগাযোগ পদ্ধতি সংযুক্ত করুন]" },
            { "mr", "𑘀𑘫𑘲 𑘎𑘻𑘜𑘝𑘲𑘮𑘲 𑘪𑘰𑘐𑘜𑘳𑘎 𑘕𑘲 𑘁𑘎𑘿𑘬𑘹𑘢𑘰𑘨𑘿𑘮, 𑘔𑘯𑘪𑘰𑘟𑘲 𑘎𑘲𑘽𑘪𑘰 𑘀𑘭𑘿𑘪𑘲𑘎𑘰𑘨𑘿𑘧 𑘀𑘭𑘹𑘩, 𑘝𑘲\n𑘀𑘽𑘦𑘩𑘤𑘕𑘰𑘪𑘜𑘲𑘭𑘰𑘙𑘲 𑘕𑘤𑘰𑘤𑘟𑘰𑘨 𑘀𑘭𑘜𑘰𑘨𑘿𑘧𑘰 𑘡𑘹𑘝𑘿𑘧𑘰𑘽𑘡𑘰 𑘧𑘹𑘞𑘹 [𑘭𑘽𑘢𑘨𑘿𑘎𑘰𑘓𑘲\n𑘢𑘟𑘿𑘠𑘝 𑘑𑘰𑘩𑘜𑘹] 𑘎𑘯𑘪𑘜𑘹.", "[𑘭𑘽𑘢𑘨𑘿𑘎𑘰𑘓𑘲\n𑘢𑘟𑘿𑘠𑘝 𑘑𑘰𑘩𑘜𑘹]" },
            { "am", "የማጎሳቆል፣ ማስፈራራት ወይም ሌላ ተቀባይነት የሌለው ባህሪ በ[የእውቂያ ዘዴን አስገባ] የማስፈጸሚያ ኃላፊነት ላላቸው የማህበረሰብ መሪዎች ሪፖርት ሊደረግ ይችላል።", "[የእውቂያ ዘዴን አስገባ]" },
            { "ja", "虐待的、嫌がらせ、またはその他の許容できない行動の事例は、執行を担当するコミュニティリーダーに対して[連絡方法を挿入]で報告される場合があります。", "[連絡方法を挿入]" },
            { "zh", "辱骂、骚扰或其他不可接受的行为可通过 [插入联系方式] 向负责监督的社区领袖报告。", "[插入联系方式]" },
            { "ko", "모욕적이거나 괴롭힘 또는 그 외 하지말아야 할 행동을 발견하면\n[연락 방법 입력]을 통해 집행 책임이 있는 커뮤니티 리더에게 보고한다.\n모든 불만사항은 신속하고 공정하게 검토되고 조사될 것이다.", "[연락 방법 입력]" },
            { "pt-br", "Ocorrências de comportamentos abusivos, de assédio ou que sejam inaceitáveis por qualquer outro motivo poderão ser reportadas para a liderança da comunidade, responsável pela aplicação, via contato [INSERIR MÉTODO DE CONTATO]. Todas as reclamações serão revisadas e investigadas imediatamente e de maneira justa.", "[INSERIR MÉTODO DE CONTATO]" },
            // 1.4 Chinese: a caseless slot with a capitalised English word in it.
            { "zh-cn 1.4", "可以通过[在此放入EMAIL]，来联系项目团队来举报滥用、骚扰或其他不被接受的行为。", "[在此放入EMAIL]" },
            { "zh-tw 1.4", "可以透過[在此放入EMAIL]，來聯繫專案團隊來報告濫用、騷擾或其他不被接受的行為。", "[在此放入EMAIL]" },
            { "es", "a través de [INSERTAR MÉTODO DE CONTACTO]. Todas las quejas serán evaluadas e investigadas de una manera puntual y justa.", "[INSERTAR MÉTODO DE CONTACTO]" },
            // 1.3 Basque: the slot is written in lower case, so only its insert verb marks it.
            { "eu 1.3", "Jokabide abusu, jazarpen edo onartezina den kasuen berri eman daiteke proiektuaren zaintzaile batekin harremanetan jarriz [txertatu helbide elektronikoa]. Kexa guztiak aztertu eta ikertuko dira eta inguruabarren arabera beharrezko eta egokitzat jotzen den erantzuna emango dute.", "[txertatu helbide elektronikoa]" },
        };

        private static CodeOfConductReport AuditSentence(string sentence) => Audit("# Code of Conduct\n\n" + sentence + "\n");

        [Theory]
        [MemberData(nameof(Sentences))]
        public void Placeholder_IsFound_InEveryScript(string language, string sentence, string placeholder)
        {
            var report = AuditSentence(sentence);
            var finding = report.Single(RuleCatalog.CocPlaceholder);
            Assert.True(finding.Message.Contains(placeholder), language + ": " + finding.Message);
            Assert.Equal(placeholder.Length, finding.Length);
        }

        [Theory]
        [MemberData(nameof(Sentences))]
        public void FilledPlaceholder_IsTheReportingContact_WithOrWithoutSpaces(string language, string sentence, string placeholder)
        {
            var report = AuditSentence(sentence.Replace(placeholder, "conduct@grove.dev"));
            Assert.False(report.Has(RuleCatalog.CocPlaceholder), language + ": " + string.Join(" | ", report.Findings));
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact), language + ": " + string.Join(" | ", report.Findings));
        }

        [Theory]
        [InlineData("ניתן לדווח לצורך אכיפה בכתובת ב-conduct@grove.dev.")]          // Hebrew prefix joined with a hyphen
        [InlineData("ניתן לדווח לצורך אכיפה בכתובת \u200Fconduct@grove.dev\u200F.")] // right-to-left marks around the address
        [InlineData("سلوك مرفوض على\u200E conduct@grove.dev\u200E.")]
        [InlineData("コミュニティリーダーに対してconduct@grove.devで報告される場合があります。")]
        [InlineData("conduct@grove.dev을 통해 커뮤니티 리더에게 보고한다.")]
        [InlineData("辱骂、骚扰或其他不可接受的行为可通过conduct@grove.dev向负责监督的社区领袖报告。")]
        [InlineData("ባህሪ በconduct@grove.dev የማስፈጸሚያ ኃላፊነት ላላቸው የማህበረሰብ መሪዎች ሪፖርት ሊደረግ ይችላል።")]
        public void AddressBetweenLettersOrDirectionMarks_IsAContact(string sentence)
        {
            var report = AuditSentence(sentence);
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact), string.Join(" | ", report.Findings));
        }

        [Theory]
        [InlineData("user.conduct@grove.dev", "user.conduct@grove.dev")]
        [InlineData("写信到conduct@grove.dev。", "conduct@grove.dev")]
        [InlineData("এখানে conduct@grove.dev- প্রতিবেদন", "conduct@grove.dev")]
        [InlineData("ב-conduct@grove.dev", "conduct@grove.dev")]
        [InlineData("write to team-conduct@grove.dev", "team-conduct@grove.dev")]
        [InlineData("version1.2@3", null)]
        public void AddressBoundaries_AreAscii(string text, string? expected)
        {
            var match = InclusiveAnalyzers.Documents.CodeOfConduct.Checks.PlaceholderCheck.Email.Match(text);
            Assert.Equal(expected, match.Success ? match.Value : null);
        }

        [Theory]
        [InlineData("ميثاق السلوك هذا مشتق من [Contributor Covenant (ميثاق المساهمين)][homepage]، النسخة ٢٫١.")]
        [InlineData("اقرأ [ميثاق السلوك](https://grove.dev/conduct) قبل المشاركة.")]
        [InlineData("सामुदायिक प्रभाव दिशानिर्देश [मोज़िला की आचार संहिता प्रवर्तन सीढ़ी] [मोज़िला सीओसी] से प्रेरित थे।")]
        [InlineData("𑘮𑘲 𑘁𑘓𑘰𑘨𑘭𑘽𑘮𑘲𑘝𑘰 [𑘧𑘻𑘐𑘟𑘰𑘝𑘰 𑘙𑘨𑘰𑘪][𑘦𑘳𑘎𑘢𑘵𑘬𑘿𑘙] (𑘁𑘪𑘵𑘝𑘿𑘝𑘲 𑙒.𑙑)")]
        [InlineData("请先阅读[注意]一节。")]                 // two letters: a label, not a slot
        [InlineData("【行为准则】适用于所有社区空间。")]        // full-width brackets as emphasis
        [InlineData("见脚注[^注释一]。")]
        [InlineData("参见[API参考文档]。")]                 // capitals beside caseless letters, but no insert verb
        [InlineData("社群影響指南的靈感來自於 [Mozilla 的行為準則執行階梯][Mozilla CoC]。")]
        [InlineData("- [x] 已完成")]
        [InlineData("Saioa hasteko, [sartu](https://grove.dev/login) zure kontuarekin.")]          // Basque "sartu" as a link: log in
        [InlineData("Ikusi [sartu hemen][login] atala.\n\n[login]: https://grove.dev/login")]    // a reference link label
        [InlineData("Irakurri [txertatzeko gida] lehenago.")]                                      // a longer word that starts alike
        public void OrdinaryBracketsInUncasedScripts_AreNotPlaceholders(string line)
        {
            var report = Audit("# Code of Conduct\n\nWrite to conduct@grove.dev.\n\n" + line + "\n");
            Assert.False(report.Has(RuleCatalog.CocPlaceholder), string.Join(" | ", report.Findings));
        }

        // The Hebrew 2.1 translation's headings: its four ladder rungs are written at the level of the sections.
        private const string HebrewStructure = @"# קוד התנהגות לתורם

## ההתחייבות שלנו
x
## הסטנדרטים שלנו
x
## אחריויות האכיפה
x
## היקף
x
## אכיפה

ניתן לדווח למובילי הקהילה על מקרים של התנהגות תוקפנית, מטרידה או בלתי הולמת מכל סיבה שהיא
לצורך אכיפה בכתובת CONTACT.

## הוראות לאכיפה
x
## תיקון
x
## אזהרה
x
## הרחקה זמנית
x
## הרחקה לצמיתות
x
## יחוס

קוד התנהגות זה מותאים ע""ב [אמנת התורם](https://www.contributor-covenant.org) גרסא 2.1 הזמינה ב [https://www.contributor-covenant.org/he/version/2/1/code_of_conduct.html][v2.1].

[v2.1]: https://www.contributor-covenant.org/version/2/1/code_of_conduct.html
";

        [Fact]
        public void TranslationWithTheLadderAtSectionLevel_IsRecognisedByStructure()
        {
            var report = Audit(Lf(HebrewStructure.Replace("CONTACT", "conduct@grove.dev")));
            Assert.False(report.Has(RuleCatalog.CocMissingSection), string.Join(" | ", report.Findings));
            Assert.False(report.Has(RuleCatalog.CocNoReportingContact));
            Assert.Equal("2.1", report.Version);
            Assert.Equal("green", report.Grade);
        }

        [Fact]
        public void TranslationWithTheLadderAtSectionLevel_StillReportsItsPlaceholder()
        {
            var report = Audit(Lf(HebrewStructure.Replace("CONTACT", "[הכנס כתובת אימייל]")));
            Assert.Equal(14, report.Single(RuleCatalog.CocPlaceholder).Line);
            Assert.False(report.Has(RuleCatalog.CocMissingSection));
        }

        [Fact]
        public void TranslationMissingARung_IsNotForcedIntoTheTemplate()
        {
            // Ten sections instead of eleven: not the template's structure, so nothing is assumed present.
            var report = Audit(Lf(HebrewStructure.Replace("## הרחקה זמנית\nx\n", string.Empty).Replace("CONTACT", "conduct@grove.dev")));
            Assert.True(report.Has(RuleCatalog.CocMissingSection), string.Join(" | ", report.Findings));
            Assert.DoesNotContain("adopted", report.Grade);
        }

        [Fact]
        public void Coverage_IsTwelveLanguagesOrMore()
        {
            Assert.True(Sentences.Count() >= 12);
        }
    }
}
