namespace InclusiveAnalyzers.Core.Rules
{
    /// <summary>
    /// A rule's help as SARIF's <c>help</c> object carries it (GitHub code scanning shows
    /// <c>help.markdown</c> in the alert): the rule's summary and a link to its page.
    /// </summary>
    public static class RuleHelp
    {
        public static string Text(string id)
        {
            var rule = RuleCatalog.Find(id);
            var summary = rule is null ? id : Summary(rule);
            return summary + " See " + RuleCatalog.HelpLink(id);
        }

        public static string Markdown(string id)
        {
            var rule = RuleCatalog.Find(id);
            var title = rule?.Title ?? id;
            var description = rule is null || rule.Description == rule.Title ? string.Empty : rule.Description + "\n\n";
            return "**" + id + ": " + title + "**\n\n" + description + "[" + id + " rule page](" + RuleCatalog.HelpLink(id) + ")";
        }

        private static string Summary(RuleInfo rule)
        {
            var title = rule.Title.EndsWith(".", System.StringComparison.Ordinal) ? rule.Title : rule.Title + ".";
            return rule.Description == rule.Title ? rule.Id + ": " + title : rule.Id + ": " + title + " " + rule.Description;
        }
    }
}
