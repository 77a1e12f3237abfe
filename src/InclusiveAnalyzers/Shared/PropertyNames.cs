namespace InclusiveAnalyzers.Shared
{
    /// <summary>Keys of Diagnostic.Properties: the fixes read these instead of matching again.</summary>
    public static class PropertyNames
    {
        public const string TermId = "TermId";
        /// <summary>The term's replacement words, '\n'-joined, best first.</summary>
        public const string Replacements = "Replacements";
        /// <summary>INCL101: for each of the first three replacements, the whole new identifier, '\n'-joined.</summary>
        public const string NewNames = "NewNames";
        /// <summary>INCL102/INCL103: for each of the first three replacements, the text for the reported span, '\n'-joined.</summary>
        public const string NewTexts = "NewTexts";
        /// <summary>INCL101 on public API: the public_api policy in force (forward, rename, skip); absent for other names.</summary>
        public const string PublicApi = "PublicApi";
        /// <summary>INCL101 on public API under forward: why no [Obsolete] forwarder can keep callers compiling; bulk fixes leave the name.</summary>
        public const string NoForwarder = "NoForwarder";
        public const int MaxSuggestions = 3;
    }
}
