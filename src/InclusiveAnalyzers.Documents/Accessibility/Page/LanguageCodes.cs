namespace InclusiveAnalyzers.Documents.Accessibility.Page
{
    /// <summary>The primary subtag of a lang value, for comparing lang with xml:lang (validity: <see cref="LanguageTag"/>).</summary>
    internal static class LanguageCodes
    {
        /// <summary>The primary subtag, lower case ("de" for "de-CH"; '_' is accepted as a separator too).</summary>
        public static string Primary(string value)
        {
            var trimmed = value.Trim();
            int cut = trimmed.IndexOfAny(new[] { '-', '_' });
            return (cut < 0 ? trimmed : trimmed.Substring(0, cut)).ToLowerInvariant();
        }
    }
}
