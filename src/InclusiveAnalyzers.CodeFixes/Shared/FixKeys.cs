using System.Globalization;

namespace InclusiveAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Equivalence keys: "{id}.{kind}.{index}", index = which suggestion (0 = the best). Fix All applies the
    /// actions whose key equals the trigger's, so the key names the kind of fix, never the new text.
    /// </summary>
    internal static class FixKeys
    {
        public const string Rename = "Rename";
        public const string RenameKeepObsolete = "RenameKeepObsolete";
        public const string RenamePlain = "RenamePlain";
        public const string Rewrite = "Rewrite";

        public static string Create(string diagnosticId, string kind, int index)
            => diagnosticId + "." + kind + "." + index.ToString(CultureInfo.InvariantCulture);

        public static bool TryParse(string? key, out string kind, out int index)
        {
            kind = "";
            index = -1;
            if (key is null)
            {
                return false;
            }

            var parts = key.Split('.');
            if (parts.Length != 3 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out index))
            {
                return false;
            }

            kind = parts[1];
            return true;
        }
    }
}
