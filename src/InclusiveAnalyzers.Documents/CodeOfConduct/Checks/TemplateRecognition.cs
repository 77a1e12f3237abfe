using System.Collections.Generic;
using System.Linq;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Checks
{
    /// <summary>
    /// Runs first: which template and version the document is, and, for a translated Contributor
    /// Covenant whose headings are not English, which section is which. Translations keep the
    /// template's structure (same top-level sections in the same order, the 2.x ladder as four
    /// numbered sub-headings), so the sections are matched by position.
    /// </summary>
    internal static class TemplateRecognition
    {
        public static void Run(CocAudit audit)
        {
            var document = audit.Document;
            audit.Version = CovenantDetector.FindVersion(document);
            audit.NamesCovenant = CovenantDetector.NamesCovenant(document) || CovenantDetector.DistinctiveHeadingCount(document) >= 3;
            audit.Template = audit.NamesCovenant ? CovenantTemplate.ForVersion(audit.Version?.Version) : null;
            if (audit.Template == null) return;

            var top = TopLevelHeadings(document);
            var template = audit.Template;

            // Some translations (the Hebrew 2.1) write the ladder's rungs at the level of the sections: the structure is the
            // template's with the rungs lifted out of the consequences section.
            bool flatLadder = template.LadderRungs > 0 && top.Count == template.Kinds.Count + template.LadderRungs;
            if (top.Count != template.Kinds.Count && !flatLadder) return;

            int englishMatches = top.Count(h => h.Kind != SectionKind.Other);
            if (englishMatches * 2 >= top.Count) return; // English (or mostly English) headings were read by name.

            audit.IsTranslatedTemplate = true;
            int consequences = IndexOf(template.Kinds, SectionKind.Consequences);
            for (int i = 0, kind = 0; i < top.Count; i++)
            {
                if (flatLadder && i > consequences && i <= consequences + template.LadderRungs)
                {
                    top[i].Kind = SectionKind.LadderRung;
                    top[consequences].SectionEnd = top[i].SectionEnd; // the ladder belongs to the consequences section
                    continue;
                }

                top[i].Kind = template.Kinds[kind++];
                if (flatLadder || template.Kinds[kind - 1] != SectionKind.Consequences || template.LadderRungs == 0) continue;
                foreach (var rung in document.Headings.Where(h => h.Level == top[i].Level + 1 && h.Start > top[i].Start && h.Start < top[i].SectionEnd))
                {
                    rung.Kind = SectionKind.LadderRung;
                }
            }
        }

        private static int IndexOf(IReadOnlyList<SectionKind> kinds, SectionKind kind)
        {
            for (int i = 0; i < kinds.Count; i++)
            {
                if (kinds[i] == kind) return i;
            }

            return -1;
        }

        /// <summary>
        /// The headings at the document's section level: the shallowest level once a single leading
        /// level-1 title is set aside.
        /// </summary>
        public static List<CocHeading> TopLevelHeadings(CocDocument document)
        {
            var headings = document.Headings;
            if (headings.Count == 0) return new List<CocHeading>();
            IEnumerable<CocHeading> candidates = headings;
            int minLevel = headings.Min(h => h.Level);
            if (headings.Count(h => h.Level == minLevel) == 1 && headings[0].Level == minLevel && headings.Count > 1)
            {
                candidates = headings.Skip(1);
            }

            int level = candidates.Min(h => h.Level);
            return candidates.Where(h => h.Level == level).ToList();
        }
    }
}
