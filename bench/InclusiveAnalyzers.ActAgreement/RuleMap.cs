namespace InclusiveAnalyzers.ActAgreement;

/// <summary>
/// Which of our rules follow each ACT rule. An example is "failed" by us when any of them reports it,
/// else "not failed" (ACT's passed and inapplicable both mean no finding for a static checker).
/// </summary>
internal static class RuleMap
{
    public static readonly IReadOnlyDictionary<string, (string Name, string[] Ours)> Rules = new Dictionary<string, (string, string[])>
    {
        ["23a2a8"] = ("Image has non-empty accessible name", new[] { "INCL301", "INCL302", "INCL312" }),
        ["59796f"] = ("Image button has non-empty accessible name", new[] { "INCL310" }),
        ["97a4e1"] = ("Button has non-empty accessible name", new[] { "INCL350" }),
        ["c487ae"] = ("Link has non-empty accessible name", new[] { "INCL331", "INCL311" }),
        ["e086e5"] = ("Form field has non-empty accessible name", new[] { "INCL351" }),
        ["cae760"] = ("Iframe element has non-empty accessible name", new[] { "INCL353" }),
        ["8fc3b6"] = ("Object element rendering non-text content has non-empty accessible name", new[] { "INCL313" }),
        ["2t702h"] = ("Summary element has non-empty accessible name", new[] { "INCL354" }),
        ["ffd0e9"] = ("Heading has non-empty accessible name", new[] { "INCL324" }),
        ["7d6734"] = ("SVG element with explicit role has non-empty accessible name", new[] { "INCL312" }),
        ["9eb3f6"] = ("Image filename is accessible name for image (deprecated)", new[] { "INCL303" }),
        ["46ca7f"] = ("Element marked as decorative is not exposed", new[] { "INCL301", "INCL308", "INCL312", "INCL375" }),
        ["b5c3f8"] = ("HTML page has lang attribute", new[] { "INCL340" }),
        ["bf051a"] = ("HTML page lang attribute has valid language tag", new[] { "INCL341" }),
        ["de46e4"] = ("Element with lang attribute has valid language tag", new[] { "INCL341" }),
        ["5b7ae0"] = ("HTML page lang and xml:lang attributes have matching values (deprecated)", new[] { "INCL342" }),
        ["b4f0c3"] = ("Meta viewport allows for zoom", new[] { "INCL344" }),
        ["5f99a7"] = ("ARIA attribute is defined in WAI-ARIA", new[] { "INCL376" }),
        ["674b10"] = ("Role attribute has valid value", new[] { "INCL375" }),
        ["6a7281"] = ("ARIA state or property has valid value", new[] { "INCL376" }),
    };

    /// <summary>Every rule any ACT rule maps to: the scan runs them all (some are off by default).</summary>
    public static IEnumerable<string> AllOurs => Rules.Values.SelectMany(r => r.Ours).Distinct();
}
