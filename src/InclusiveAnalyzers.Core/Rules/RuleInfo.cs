namespace InclusiveAnalyzers.Core.Rules
{
    /// <summary>What every door needs to know about a rule id: the one source for titles, severities and help links.</summary>
    public sealed class RuleInfo
    {
        public RuleInfo(string id, string title, string category, Severity defaultSeverity, bool enabledByDefault, string description, bool fixable = false)
        {
            Id = id;
            Title = title;
            Category = category;
            DefaultSeverity = defaultSeverity;
            EnabledByDefault = enabledByDefault;
            Description = description;
            Fixable = fixable;
        }

        public string Id { get; }
        public string Title { get; }
        /// <summary>Configuration, Naming, Wording, Accessibility or CodeOfConduct.</summary>
        public string Category { get; }
        public Severity DefaultSeverity { get; }
        public bool EnabledByDefault { get; }
        public string Description { get; }
        public bool Fixable { get; }
        public string HelpLink => RuleCatalog.HelpLink(Id);
    }
}
