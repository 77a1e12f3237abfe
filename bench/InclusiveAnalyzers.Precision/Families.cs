namespace InclusiveAnalyzers.Precision;

/// <summary>The four families the precision targets are stated for (issue 7 and 16).</summary>
internal enum Family { WordingCode, WordingDocs, Accessibility, CodeOfConduct, Other }

internal static class Families
{
    public static readonly Family[] Judged = [Family.WordingCode, Family.WordingDocs, Family.Accessibility, Family.CodeOfConduct];

    /// <summary>INCL1xx code wording, INCL2xx document wording, INCL3xx accessibility, INCL4xx code of conduct.</summary>
    public static Family Of(string ruleId)
    {
        if (ruleId.Length < 5 || !ruleId.StartsWith("INCL", StringComparison.Ordinal)) return Family.Other;
        return ruleId[4] switch
        {
            '1' => Family.WordingCode,
            '2' => Family.WordingDocs,
            '3' => Family.Accessibility,
            '4' => Family.CodeOfConduct,
            _ => Family.Other,
        };
    }

    public static string Name(Family family) => family switch
    {
        Family.WordingCode => "wording-code",
        Family.WordingDocs => "wording-docs",
        Family.Accessibility => "accessibility",
        Family.CodeOfConduct => "code-of-conduct",
        _ => "other",
    };

    public static Family Parse(string name) =>
        Judged.Concat([Family.Other]).FirstOrDefault(f => Name(f) == name, Family.Other);
}
