namespace InclusiveAnalyzers.Core.Terms
{
    public static class Categories
    {
        public const string Racial = "racial";
        public const string Gendered = "gendered";
        public const string Ableist = "ableist";
        public const string Violent = "violent";
        public const string Condescending = "condescending";
        public const string Cultural = "cultural";
        public const string Sensitive = "sensitive";
        /// <summary>Gendered pronouns used for an unknown person (he, his, him): opt-in, because most text uses them for real people.</summary>
        public const string Pronoun = "pronoun";
        /// <summary>INI Tier 0: evaluated, no change recommended; never reported by default.</summary>
        public const string Neutral = "neutral";

        public static readonly string[] All = { Racial, Gendered, Ableist, Violent, Condescending, Cultural, Sensitive, Pronoun, Neutral };

        public static bool IsKnown(string category) => System.Array.IndexOf(All, category) >= 0;

        /// <summary>Condescending, pronoun and neutral are off until the user switches them on.</summary>
        public static bool EnabledByDefault(string category) => category != Condescending && category != Pronoun && category != Neutral;
    }
}
