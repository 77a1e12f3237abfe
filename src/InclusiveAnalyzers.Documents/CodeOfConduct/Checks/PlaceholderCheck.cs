using System;
using System.Linq;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Checks
{
    /// <summary>
    /// INCL402: template placeholders left in (reference section 2). Reads only what a reader sees:
    /// a placeholder in a code block, an HTML comment or the front matter is an author's note, not a
    /// leftover; an angle-bracket pseudo-tag is reported because it renders as an empty gap.
    /// </summary>
    internal static class PlaceholderCheck
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        // A placeholder may wrap onto the next line of its paragraph (the Marathi 2.1 one does), never across a blank line.
        private static readonly Regex Bracketed = new Regex(@"\[(?<inner>(?:[^\[\]\r\n]|\r?\n(?![ \t]*\r?\n)){1,300})\]|［(?<inner>[^［］\r\n]{1,300})］|【(?<inner>[^【】\r\n]{1,300})】",
            RegexOptions.CultureInvariant);

        // [INSERT CONTACT METHOD], [INSERT EMAIL ADDRESS], [INSERTAR MÉTODO DE CONTACTO], [INSERTE CORREO AQUÍ], [INSÉRER ...], [INSIRA ...].
        private static readonly Regex InsertWord = new Regex(@"^\s*(?:INSER[TEÉ]\w*|INS[EÉ]RER|INSIRA|INSERIR|INSERISCI|EINF[UÜ]GEN|WSTAW\w*|ВСТАВ\w*|VOEG|INFOGA|EKLE)\b", Options);

        // Insert verbs of translations whose slot is written in lower case ("[txertatu helbide elektronikoa]" in the Basque 1.3)
        // or whose verb the capitals rule does not need but a lower-case copy would ("[sartu ...]", "[indsæt ...]", "[vstavite ...]",
        // "[masukkan ...]", "[внесете ...]", "[inserați ...]"). Several are everyday verbs ("sartu" is also "log in"), so a link
        // label is never taken for one.
        private static readonly Regex TranslatedInsertWord = new Regex(@"^\s*(?:TXERTATU|SARTU|INDS[ÆE]T|VSTAV\w*|MASUKKAN|ВНЕСЕТЕ|INSERA[ȚT]I|INSERE[ȚT]I)\b", Options);

        // Verb-last translations ([KONTAKTMETHODE EINFÜGEN]); capitals only, so that a link reading '[... finden Sie hier]' is not one.
        private static readonly Regex TrailingInsertWord = new Regex(@"\b(?:EINFÜGEN|EINFUEGEN|ВСТАВИТЬ|INVOEGEN|HIER\s+EINTRAGEN)\s*$", RegexOptions.CultureInvariant);

        // Scripts without letter case: the insert verbs of the Contributor Covenant translations (ja, zh, ko), whatever else the
        // bracket holds ("[在此放入EMAIL]" in the 1.4 Chinese ones names the field in English capitals).
        private static readonly Regex UncasedInsert = new Regex(@"挿入|插入|放入|输入|輸入|填写|填寫|填入|記入|입력|삽입|기입", RegexOptions.CultureInvariant);

        // "（此處填寫聯絡方式）": a CJK translation may mark the slot with full-width parentheses, which also hold ordinary
        // asides, so only an aside that asks to insert or fill something in is a slot.
        private static readonly Regex FullWidthAside = new Regex(@"（(?<inner>[^（）\r\n]{1,60})）", RegexOptions.CultureInvariant);

        private static readonly Regex NoteWord = new Regex(@"^\s*NOTE\s*:", Options);

        // The 3.0 editor notes keep their shape in translation: a short label, in capitals where the script has case, then a
        // colon ("[ANMERKUNG: ...]", "[NOTA: ...]", "[ПРИМЕЧАНИЕ: ...]", "[ملاحظة: ...]", "[ማስታወሻ፡ ...]", "[注意：...]"). Where the
        // language says "note" in two words the label is two capitalised words ("[LET OP: ...]" in Dutch, "[LƯU Ý: ...]" in
        // Vietnamese). A one-word label in capitals may end with a full stop instead ("[ПРИМІТКА. Засоби ...]", the Ukrainian
        // enforcement note); two words and a full stop are not taken, since an initial reads the same ("[JOHN A. Smith]").
        private static readonly Regex LabelledNote = new Regex(
            @"^\s*(?:\p{Lu}[\p{Lu}\p{M}]{1,19}\s*[:：፡.]|\p{Lu}[\p{Lu}\p{M}]{1,19}[ \t]\p{Lu}[\p{Lu}\p{M}]{0,19}\s*[:：፡]|[\p{Lo}\p{M}]{2,20}\s*[:：፡])\s*\S",
            RegexOptions.CultureInvariant);
        private static readonly Regex ReportingNote = new Regex(@"means of reporting", Options);

        // A single capitalised word or pair that can only be a slot to fill ([EMAIL], [CONTACT EMAIL], [PROJECT NAME]).
        private static readonly Regex SlotWord = new Regex(@"^\s*(?:YOUR\s+)?(?:E-?MAIL(?:\s+ADDRESS)?|CONTACT(?:\s+(?:EMAIL|METHOD|INFO|DETAILS))?|EMAIL\s+ADDRESS|PROJECT\s+NAME|NAME|PHONE(?:\s+NUMBER)?|URL|TEAM\s+NAME|MAINTAINER\s*S?)\s*$",
            RegexOptions.CultureInvariant);

        private static readonly Regex LetterWord = new Regex(@"\p{L}{2,}", RegexOptions.CultureInvariant);

        private static readonly Regex GeneratorLeftover = new Regex(@"<%=?[^%\r\n]{0,80}%>|\$\{\s*[A-Za-z_][\w.]*\s*\}", RegexOptions.CultureInvariant);
        private static readonly Regex LiquidLeftover = new Regex(@"\{\{\s*[^{}\r\n]{1,80}?\s*\}\}|\{%[^%\r\n]{1,80}%\}", RegexOptions.CultureInvariant);

        private static readonly Regex AngleVocabulary = new Regex(
            @"\b(?:e-?mail|mail|contact|insert|your|name|address|phone|handle|user ?name|url|link|project|team|maintainers?|moderators?|person|placeholder|todo|tbd|fixme|here|organi[sz]ation|company|method)\b",
            Options);

        // Bounded by ASCII only (a hyphen after it is punctuation, as in Bengali "conduct@grove.dev- ..."): in Japanese, Korean, Chinese and Amharic an address sits between letters with no space
        // ("コミュニティリーダーに対してconduct@grove.devで", "በconduct@grove.dev"), and a Hebrew prefix joins it with a hyphen ("ב-conduct@...").
        public static readonly Regex Email = new Regex(@"(?<![A-Za-z0-9._%+])(?<![A-Za-z0-9._%+]-)[A-Za-z0-9][A-Za-z0-9._%+-]*@(?<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![A-Za-z0-9]|-[A-Za-z0-9])",
            RegexOptions.CultureInvariant);

        private static readonly Regex ReservedDomain = new Regex(
            @"(?:^|\.)(?:example\.(?:com|org|net)|example|invalid|test|localhost)$|^(?:your-?domain|domain|dominio|domaine|domein|domena|domaene|yourcompany|your-?project)\.[a-z]+$", Options);

        // The "user@domain" of a translated template: "utilizador@dominio.com", "usuario@dominio.com", "utilisateur@domaine.fr".
        private static readonly Regex PlaceholderLocalPart = new Regex(
            @"^(?:your[-_.]?(?:e-?mail|address|name)|e-?mail[-_.]?address|name|user(?:name)?|someone|usuario|utilizador|utente|utilisateur|benutzer|nutzer|gebruiker|uzytkownik|kullanici)@", Options);

        // "... reported to the community leaders responsible for enforcement at ." : the placeholder was deleted, not filled.
        private static readonly Regex EmptiedEnd = new Regex(@"\b(?<word>at|to|via)[ \t*_]*(?:\r?\n[ \t]*)?[.;!](?=\s|$)", Options);
        private static readonly Regex ReportingWords = new Regex(@"\b(?:report\w*|enforc\w*|complain\w*|contact\w*|reach(?:ed)?)\b", Options);

        public static void Run(CocAudit audit)
        {
            var document = audit.Document;
            string masked = document.Masked;
            string? reportingToken = document.FrontMatter?.Get("reportingPlaceholder")?.Text;
            string? enforcementToken = document.FrontMatter?.Get("enforcementPlaceholder")?.Text;

            foreach (Match match in Bracketed.Matches(masked))
            {
                string inner = match.Groups["inner"].Value;
                string token = match.Value;
                int start = match.Index;
                int end = match.Index + match.Length;
                bool isLinkPart = IsLinkPart(masked, start, end);

                if (enforcementToken != null && string.Equals(token, enforcementToken.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    ReportAdopterNote(audit, start, end);
                    continue;
                }

                bool englishNote = NoteWord.IsMatch(inner);
                bool translatedNote = !englishNote && !isLinkPart && LabelledNote.IsMatch(inner);
                if (englishNote || translatedNote)
                {
                    // A translated note that ends a sentence ("Um einen möglichen Verstoß zu melden, **[ANMERKUNG: ...]**") stands
                    // where the reporting contact goes; one that is a paragraph of its own speaks to the adopter.
                    bool inline = translatedNote && !StandsAlone(masked, start, end);
                    if (ReportingNote.IsMatch(inner) || inline || (reportingToken != null && string.Equals(token, reportingToken.Trim(), StringComparison.OrdinalIgnoreCase)))
                    {
                        Report(audit, start, end, $"The Contributor Covenant 3.0 editor note '{Shorten(token)}' is still in place of the reporting contact: "
                            + "replace it with how to report a violation privately (an e-mail address or a form).", "reporting-note");
                    }
                    else if (document.IsInSectionOfKind(start, SectionKind.Consequences))
                    {
                        ReportAdopterNote(audit, start, end);
                    }
                    else if (translatedNote || inner.TrimStart().StartsWith("NOTE", StringComparison.Ordinal))
                    {
                        Report(audit, start, end, $"The template's editor note '{Shorten(token)}' is still in the text: do what it asks, then delete it.", "editor-note");
                    }

                    continue;
                }

                bool isPlaceholder =
                    (reportingToken != null && string.Equals(token, reportingToken.Trim(), StringComparison.OrdinalIgnoreCase))
                    || InsertWord.IsMatch(inner)
                    || TrailingInsertWord.IsMatch(inner)
                    || UncasedInsert.IsMatch(inner)
                    || SlotWord.IsMatch(inner)
                    || (!isLinkPart && TranslatedInsertWord.IsMatch(inner) && !InsideLink(document, start))
                    || (!isLinkPart && IsCapitalisedPhrase(inner))
                    || (!isLinkPart && token[0] == '[' && IsUncasedPhrase(inner) && !InsideLink(document, start));
                if (!isPlaceholder) continue;

                Report(audit, start, end, $"The placeholder '{Shorten(token)}' was left unfilled: replace it with the real value "
                    + "(for a reporting contact, a private e-mail address or form).", "template");
            }

            foreach (Match match in FullWidthAside.Matches(masked))
            {
                if (!UncasedInsert.IsMatch(match.Groups["inner"].Value)) continue;
                Report(audit, match.Index, match.Index + match.Length, $"The placeholder '{Shorten(match.Value)}' was left unfilled: replace it with the real value "
                    + "(for a reporting contact, a private e-mail address or form).", "template");
            }

            foreach (Match match in GeneratorLeftover.Matches(masked))
            {
                Report(audit, match.Index, match.Index + match.Length, $"The template-generator leftover '{Shorten(match.Value)}' was never filled in: "
                    + "replace it with the real value.", "generator");
            }

            // Jekyll and Hugo expand {{ ... }} in pages that have front matter; elsewhere it is a leftover.
            if (document.FrontMatter == null)
            {
                foreach (Match match in LiquidLeftover.Matches(masked))
                {
                    Report(audit, match.Index, match.Index + match.Length, $"The template expression '{Shorten(match.Value)}' is shown as-is: "
                        + "no site generator processes this file. Replace it with the real value.", "generator");
                }
            }

            foreach (var token in document.AngleBrackets)
            {
                string inner = token.Inner.Replace('_', ' ');
                if (token.Inner.StartsWith("%", StringComparison.Ordinal) || !AngleVocabulary.IsMatch(inner)) continue;
                string text = document.Text.Substring(token.Start, token.Length);
                string message = token.Visible
                    ? $"The placeholder '{text}' was left unfilled: replace it with the real value."
                    : $"The placeholder '{text}' reads as an HTML tag, so it renders as nothing and readers see a gap: "
                      + "replace it with the real value (an e-mail address can be written as a <name@host> autolink).";
                Report(audit, token.Start, token.Start + token.Length, message, token.Visible ? "angle-bracket" : "invisible-tag");
            }

            foreach (Match match in Email.Matches(masked))
            {
                string address = match.Value;
                if (!ReservedDomain.IsMatch(match.Groups["domain"].Value) && !PlaceholderLocalPart.IsMatch(address)) continue;
                Report(audit, match.Index, match.Index + match.Length, $"'{address}' is a documentation example, not a real address "
                    + "(reserved domains cannot receive mail): replace it with the real reporting address.", "example-address");
            }

            foreach (var link in document.Links)
            {
                if (link.Url.Trim().Equals("mailto:", StringComparison.OrdinalIgnoreCase))
                {
                    Report(audit, link.Start, link.End, "This mailto: link has no address: add the reporting address.", "emptied");
                }
            }

            FindEmptiedSentences(audit);
        }

        public static bool IsReservedAddress(string address)
        {
            int at = address.IndexOf('@');
            return at > 0 && (ReservedDomain.IsMatch(address.Substring(at + 1)) || PlaceholderLocalPart.IsMatch(address));
        }

        private static void FindEmptiedSentences(CocAudit audit)
        {
            string masked = audit.Document.Masked;
            foreach (Match match in EmptiedEnd.Matches(masked))
            {
                int sentenceStart = SentenceStart(masked, match.Index);
                string sentence = masked.Substring(sentenceStart, match.Index - sentenceStart);
                if (!ReportingWords.IsMatch(sentence)) continue;
                if (audit.OverlapsPlaceholder(match.Index, match.Index + match.Length)) continue;
                Report(audit, match.Index, match.Index + match.Length, $"The sentence ends with '{match.Groups["word"].Value}' and nothing after it: "
                    + "the placeholder was deleted instead of filled in. Add the reporting contact.", "emptied");
            }
        }

        private static int SentenceStart(string text, int index)
        {
            for (int i = index - 1; i >= 0 && index - i < 400; i--)
            {
                char c = text[i];
                if (c == '.' || c == '!' || c == '?' || c == '#') return i + 1;
                if (c == '\n' && i > 0 && (text[i - 1] == '\n' || (text[i - 1] == '\r' && i > 1 && text[i - 2] == '\n'))) return i + 1;
            }

            return Math.Max(0, index - 400);
        }

        private static void ReportAdopterNote(CocAudit audit, int start, int end)
        {
            var severity = audit.Options.AdopterNoteSeverity;
            if (severity == Severity.None || audit.OverlapsPlaceholder(start, end)) return;
            audit.AddPlaceholderSpan(start, end);
            audit.Add(RuleCatalog.CocPlaceholder, start, end,
                "The template's adopter note is still present at the start of 'Addressing and Repairing Harm': make sure the section "
                + "describes your own enforcement process, then delete the note.",
                severity, CocAudit.Props("variant", "adopter-note"));
        }

        private static void Report(CocAudit audit, int start, int end, string message, string kind)
        {
            if (audit.OverlapsPlaceholder(start, end) || (audit.IsInAttribution(start) || IsInCovenantCredit(audit.Document.Text, start)) && kind == "template") return;
            audit.AddPlaceholderSpan(start, end);
            audit.HasPlaceholder = true;
            audit.Add(RuleCatalog.CocPlaceholder, start, end, message, null, CocAudit.Props("placeholder", kind));
        }

        /// <summary>
        /// The paragraph that credits the Contributor Covenant (it links contributor-covenant.org): by structure, whatever
        /// the heading above it says. A bracket there is the covenant's name whose link label a translator dropped
        /// ("[پیمان مشارکتکننده]، نسخه 2.1"), not a slot to fill.
        /// </summary>
        private static bool IsInCovenantCredit(string text, int offset)
        {
            int start = text.LastIndexOf("\n\n", Math.Min(offset, text.Length - 1), StringComparison.Ordinal);
            int end = text.IndexOf("\n\n", offset, StringComparison.Ordinal);
            start = start < 0 ? 0 : start;
            end = end < 0 ? text.Length : end;
            return text.IndexOf("contributor-covenant.org", start, end - start, StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>'[PROJECT LEAD EMAIL]' but not '[RFC 2119]' or '[x]': two or more words, every cased letter a capital.</summary>
        private static bool IsCapitalisedPhrase(string inner)
        {
            int words = LetterWord.Matches(inner).Count;
            if (words < 2) return false;
            int letters = 0;
            foreach (char c in inner)
            {
                if (!char.IsLetter(c)) continue;
                if (char.IsLower(c)) return false;
                if (char.IsUpper(c)) letters++;
            }

            return letters >= 6;
        }

        /// <summary>
        /// '[संपर्क विधि डालें]', '[أضف وسيلة التواصل]', '[הכנס כתובת אימייל]': in a script without letter case (Arabic, Hebrew,
        /// Devanagari, Bengali, Ethiopic, CJK, ...) a slot cannot be marked by capitals, so any bracketed run of three or more
        /// such letters, with no cased letter, no digit-led footnote and outside a link, is one.
        /// </summary>
        private static bool IsUncasedPhrase(string inner)
        {
            string trimmed = inner.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '^' || trimmed[0] == '!') return false;
            int letters = 0;
            for (int i = 0; i < trimmed.Length; i++)
            {
                // By code point: Modi, Ahom and other historic scripts live outside the Basic Multilingual Plane.
                var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(trimmed, i);
                if (char.IsHighSurrogate(trimmed[i])) i++;
                switch (category)
                {
                    case System.Globalization.UnicodeCategory.UppercaseLetter:
                    case System.Globalization.UnicodeCategory.LowercaseLetter:
                    case System.Globalization.UnicodeCategory.TitlecaseLetter:
                        return false;
                    case System.Globalization.UnicodeCategory.OtherLetter:
                    case System.Globalization.UnicodeCategory.ModifierLetter:
                        letters++;
                        break;
                }
            }

            return letters >= 3;
        }

        /// <summary>The bracket, with its emphasis marks, is the whole paragraph.</summary>
        private static bool StandsAlone(string text, int start, int end)
        {
            for (int i = start - 1; i >= 0 && text[i] != '\n'; i--)
            {
                if (text[i] != '*' && text[i] != '_' && text[i] != ' ' && text[i] != '\t') return false;
            }

            for (int i = end; i < text.Length && text[i] != '\n' && text[i] != '\r'; i++)
            {
                if (text[i] != '*' && text[i] != '_' && text[i] != ' ' && text[i] != '\t') return false;
            }

            return true;
        }

        private static bool InsideLink(CocDocument document, int offset) => document.Links.Any(l => l.Start <= offset && offset < l.End);

        /// <summary>'[text](url)', '[text][label]', '[text] [label]', '[label]' after another bracket, or a reference definition label.</summary>
        private static bool IsLinkPart(string text, int start, int end)
        {
            if (end < text.Length && (text[end] == '(' || text[end] == '[' || text[end] == ':')) return true;
            if (end + 1 < text.Length && text[end] == ' ' && text[end + 1] == '[') return true;
            if (start > 1 && text[start - 1] == ' ' && text[start - 2] == ']') return true;
            return start > 0 && text[start - 1] == ']';
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
