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
        /// <summary>INI Tier 0: evaluated, no change recommended; never reported by default.</summary>
        public const string Neutral = "neutral";

        public static readonly string[] All = { Racial, Gendered, Ableist, Violent, Condescending, Cultural, Sensitive, Neutral };

        public static bool IsKnown(string category) => System.Array.IndexOf(All, category) >= 0;

        /// <summary>Condescending and neutral are off until the user switches them on.</summary>
        public static bool EnabledByDefault(string category) => category != Condescending && category != Neutral;
    }
}
