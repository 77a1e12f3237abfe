using System;
using System.Collections.Generic;
using System.Linq;

namespace InclusiveAnalyzers.Core.Rules
{
    /// <summary>
    /// Every INCL rule id, code and documents alike. Each family lives in its own partial file
    /// (RuleCatalog.Accessibility.cs, RuleCatalog.CodeOfConduct.cs) and is joined here lazily,
    /// because static initialisers in partial files run in no defined order.
    /// </summary>
    public static partial class RuleCatalog
    {
        public const string HelpLinkBase = "https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/rules/";

        public const string ConfigurationCategory = "Configuration";
        public const string NamingCategory = "Naming";
        public const string WordingCategory = "Wording";
        public const string AccessibilityCategory = "Accessibility";
        public const string CodeOfConductCategory = "CodeOfConduct";

        public const string DocumentCheckFailed = "INCL000";
        public const string InvalidConfiguration = "INCL001";
        public const string DocumentSkipped = "INCL002";
        public const string Identifier = "INCL101";
        public const string Comment = "INCL102";
        public const string StringLiteral = "INCL103";
        public const string DocumentWording = "INCL201";
        public const string DocumentCondescending = "INCL202";
        public const string DocumentFileName = "INCL203";

        private static readonly Lazy<IReadOnlyList<RuleInfo>> all = new Lazy<IReadOnlyList<RuleInfo>>(() =>
            CoreRules().Concat(AccessibilityRules()).Concat(CodeOfConductRules()).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray());

        private static readonly Lazy<Dictionary<string, RuleInfo>> byId = new Lazy<Dictionary<string, RuleInfo>>(() =>
            all.Value.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase));

        public static IReadOnlyList<RuleInfo> All => all.Value;

        public static RuleInfo? Find(string id) => byId.Value.TryGetValue(id, out var rule) ? rule : null;

        public static RuleInfo Get(string id) => Find(id) ?? throw new ArgumentException($"Unknown rule id '{id}'.", nameof(id));

        /// <summary>The one place help links are built: every descriptor, SARIF rule and build warning uses it.</summary>
        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        private static IEnumerable<RuleInfo> CoreRules() => new[]
        {
            new RuleInfo(DocumentCheckFailed, "The document check could not run", ConfigurationCategory, Severity.Warning, true,
                "The MSBuild task failed before it could report on documents (a dependency that did not load, an unexpected error); the build goes on without document findings."),
            new RuleInfo(InvalidConfiguration, "The inclusive.json configuration is malformed or invalid", ConfigurationCategory, Severity.Warning, true,
                "The user's inclusive.json could not be read or holds a value that is not allowed; the defaults still apply for what could not be read."),
            new RuleInfo(DocumentSkipped, "Document could not be checked", ConfigurationCategory, Severity.Warning, true,
                "A document was skipped because it is too large, binary, not valid UTF-8 or UTF-16, unreadable, or nested too deeply to parse; the message says which and how to fix it."),
            new RuleInfo(Identifier, "Use inclusive wording in identifiers", NamingCategory, Severity.Warning, true,
                "A name declared in this code uses a non-inclusive term.", fixable: true),
            new RuleInfo(Comment, "Use inclusive wording in comments", NamingCategory, Severity.Warning, true,
                "A comment or XML documentation text uses a non-inclusive term.", fixable: true),
            new RuleInfo(StringLiteral, "Use inclusive wording in string literals", NamingCategory, Severity.Suggestion, false,
                "A string literal uses a non-inclusive term. Off by default: strings often carry external names.", fixable: true),
            new RuleInfo(DocumentWording, "Use inclusive wording in documents", WordingCategory, Severity.Warning, true,
                "Prose in a Markdown or HTML document uses a non-inclusive term.", fixable: true),
            new RuleInfo(DocumentCondescending, "Avoid condescending words in documents", WordingCategory, Severity.Suggestion, false,
                "Words such as 'simply', 'just' or 'obviously' tell readers a task is easy; readers who struggle feel excluded.", fixable: false),
            new RuleInfo(DocumentFileName, "Use inclusive wording in document file names", WordingCategory, Severity.Suggestion, true,
                "A document's file name carries a non-inclusive term."),
        };
    }
}
