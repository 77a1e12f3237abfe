using InclusiveAnalyzers.Documents.CodeOfConduct;
using Xunit;

namespace InclusiveAnalyzers.Documents.Tests.CodeOfConduct
{
    /// <summary>
    /// The code-of-conduct checks ask at every match which hidden range, placeholder or section holds it. The indexes
    /// that answer in O(log n) must answer exactly as the scans of every range, placeholder and heading they replace.
    /// </summary>
    public class LookupIndexTests
    {
        [Fact]
        public void The_range_index_gives_the_kind_of_the_first_added_range_holding_an_offset()
        {
            var random = new Random(20261205);
            var kinds = Enum.GetValues<HiddenKind>();
            for (int round = 0; round < 200; round++)
            {
                var ranges = new List<TextRange>();
                for (int i = random.Next(0, 12); i > 0; i--)
                {
                    int start = random.Next(0, 60);
                    ranges.Add(new TextRange(start, start + random.Next(-2, 20), kinds[random.Next(kinds.Length)]));
                }

                var index = new RangeIndex(ranges);
                for (int offset = -2; offset < 85; offset++)
                {
                    HiddenKind? expected = null;
                    foreach (var range in ranges)
                    {
                        if (range.Contains(offset))
                        {
                            expected = range.Kind;
                            break;
                        }
                    }

                    Assert.Equal(expected, index.Find(offset));
                }
            }
        }

        [Fact]
        public void Disjoint_spans_say_whether_a_span_overlaps_one_as_a_scan_of_all_does()
        {
            var random = new Random(7);
            for (int round = 0; round < 200; round++)
            {
                var spans = new DisjointSpans();
                var all = new List<(int Start, int End)>();
                for (int i = 0; i < 40; i++)
                {
                    int start = random.Next(0, 200);
                    int end = start + random.Next(0, 12);
                    bool expected = all.Any(s => start < s.End && s.Start < end);
                    Assert.Equal(expected, spans.Overlaps(start, end));
                    if (!expected)
                    {
                        // As the placeholder check does: a span is added only when it overlaps none.
                        spans.Add(start, end);
                        all.Add((start, end));
                    }
                }
            }
        }

        [Fact]
        public void Sections_are_found_as_the_deepest_heading_whose_section_holds_the_offset()
        {
            var random = new Random(11);
            string[] titles = { "Scope", "Enforcement", "Reporting", "Attribution", "Our Standards", "Consequences", "Notes" };
            for (int round = 0; round < 60; round++)
            {
                var text = new System.Text.StringBuilder();
                for (int i = random.Next(1, 25); i > 0; i--)
                {
                    text.Append('#', random.Next(1, 7)).Append(' ').Append(titles[random.Next(titles.Length)]).Append("\n\nSome words here.\n\n");
                }

                var document = CocDocument.Parse("CODE_OF_CONDUCT.md", text.ToString());
                var headings = document.Headings;
                for (int offset = 0; offset <= text.Length; offset++)
                {
                    // The definition: a section runs to the next heading of the same or a higher level.
                    CocHeading? deepest = null;
                    var kinds = new HashSet<SectionKind>();
                    for (int h = 0; h < headings.Count; h++)
                    {
                        int end = text.Length;
                        for (int j = h + 1; j < headings.Count; j++)
                        {
                            if (headings[j].Level <= headings[h].Level)
                            {
                                end = headings[j].Start;
                                break;
                            }
                        }

                        Assert.Equal(end, headings[h].SectionEnd);
                        if (headings[h].Start <= offset && offset < end)
                        {
                            kinds.Add(headings[h].Kind);
                            if (deepest == null || headings[h].Level >= deepest.Level) deepest = headings[h];
                        }
                    }

                    Assert.Same(deepest, document.SectionAt(offset));
                    foreach (var kind in Enum.GetValues<SectionKind>())
                    {
                        Assert.Equal(kinds.Contains(kind), document.IsInSectionOfKind(offset, kind));
                    }
                }
            }
        }
    }
}
