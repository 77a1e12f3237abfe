using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>A small fixed catalog, so engine tests do not move when rules.json grows.</summary>
internal static class TestCatalog
{
    public const string Json = """
    {
      "terms": [
        { "id": "master-slave", "words": ["master slave"], "inflect": ["plural"], "replacements": ["primary replica", "leader follower"],
          "category": "racial", "severity": "warning", "reason": "r", "source": "s" },
        { "id": "master", "words": ["master"], "inflect": ["plural"], "replacements": ["primary", "main", "control plane"],
          "category": "racial", "severity": "warning", "reason": "r", "source": "s",
          "exceptions": ["master's degree", "master of science", "mastercard", "master key"] },
        { "id": "slave", "words": ["slave"], "inflect": ["plural"], "replacements": ["replica", "secondary"],
          "category": "racial", "severity": "warning", "reason": "r", "source": "s" },
        { "id": "whitelist", "words": ["whitelist"], "inflect": ["plural", "past", "gerund"], "replacements": ["allowlist", "allow list"],
          "category": "racial", "severity": "warning", "reason": "r", "source": "s" },
        { "id": "blacklist", "words": ["blacklist"], "inflect": ["plural", "past", "gerund"], "replacements": ["denylist"],
          "category": "racial", "severity": "warning", "reason": "r", "source": "s" },
        { "id": "sanity-check", "words": ["sanity check", "sanity test"], "inflect": ["plural", "past", "gerund"], "replacements": ["confidence check"],
          "category": "ableist", "severity": "suggestion", "reason": "r", "source": "s" },
        { "id": "man-hour", "words": ["man hour"], "inflect": ["plural"], "replacements": ["person hour"],
          "category": "gendered", "severity": "suggestion", "reason": "r", "source": "s" },
        { "id": "master-of-ceremonies", "words": ["master of ceremonies"], "replacements": ["host"],
          "category": "gendered", "severity": "suggestion", "reason": "r", "source": "s" },
        { "id": "man-in-the-middle", "words": ["man in the middle"], "replacements": ["adversary in the middle"],
          "category": "gendered", "severity": "suggestion", "reason": "r", "source": "s" },
        { "id": "blackhat", "words": ["blackhat"], "inflect": ["plural"], "replacements": ["attacker"],
          "category": "racial", "severity": "warning", "reason": "r", "source": "s" },
        { "id": "mastermind", "words": ["mastermind"], "replacements": [], "category": "neutral", "severity": "none", "enabled": false,
          "reason": "Tier 0", "source": "INI Tier 0" },
        { "id": "simply", "words": ["simply"], "replacements": [], "category": "condescending", "severity": "suggestion",
          "reason": "r", "source": "s" },
        { "id": "grandfathered", "words": ["grandfathered"], "replacements": ["legacy"], "category": "racial", "severity": "warning",
          "reason": "r", "source": "s" }
      ],
      "allowed": ["webmaster", "headmaster"]
    }
    """;

    private static TermCatalog? catalog;

    public static TermCatalog Catalog
    {
        get
        {
            if (catalog is null)
            {
                var errors = new List<ConfigError>();
                catalog = TermCatalog.Parse(Json, "test-rules.json", errors);
                Assert.Empty(errors);
            }

            return catalog;
        }
    }

    public static TermMatcher Matcher(MatcherOptions? options = null) => TermMatcher.Create(Catalog, options);

    /// <summary>Each match as "termId:text" for compact assertions.</summary>
    public static string[] Find(string text, TextKind kind = TextKind.Prose, MatcherOptions? options = null)
    {
        List<TermMatch>? results = null;
        Matcher(options).Find(text, 0, text.Length, kind, ref results);
        return (results ?? new List<TermMatch>()).Select(m => m.Term.Id + ":" + text.Substring(m.Start, m.Length)).ToArray();
    }
}
