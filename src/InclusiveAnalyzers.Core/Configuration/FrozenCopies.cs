using System;
using System.IO;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// Folders that hold frozen copies of documents: snapshots of an older release's docs and archived
    /// pages, kept as published and not edited, so they are skipped like generated code unless
    /// "scanFrozenCopies" (inclusive.json), InclusiveScanFrozenCopies (MSBuild) or --include-frozen asks.
    /// The conventions, from the generators that make them:
    /// <list type="bullet">
    /// <item>Docusaurus: <c>versioned_docs/version-NAME/</c> and <c>versioned_sidebars/</c> (also
    /// <c>ID_versioned_docs/</c> for a second docs plugin, and <c>version-NAME/</c> under <c>i18n/</c>).</item>
    /// <item>A hand-made snapshot named the same way: <c>docs/version-2.1.0/</c>.</item>
    /// <item>mike (MkDocs): one folder per version (<c>1.2/</c>, <c>v2.0/</c>) beside the
    /// <c>versions.json</c> it writes at the root of the deployed site.</item>
    /// <item>Archives: a folder named <c>archive</c> or <c>archived</c>.</item>
    /// </list>
    /// A version-like name alone (<c>docs/v2/</c>) is not enough: that is often the current API's docs.
    /// </summary>
    public static class FrozenCopies
    {
        private static readonly Regex VersionFolder = new Regex(@"^version-\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex MikeVersion = new Regex(@"^v?\d+(\.\d+)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>What the summary says is skipped.</summary>
        public const string Description = "frozen copies (versioned doc snapshots and archives)";

        /// <summary>True when the folder itself is a frozen copy (its name, and for mike its parent's versions.json).</summary>
        public static bool IsFrozenFolder(string directoryFullPath)
        {
            var name = Path.GetFileName(directoryFullPath.TrimEnd('/', '\\'));
            if (name.Length == 0)
            {
                return false;
            }

            var lower = name.ToLowerInvariant();
            if (lower == "versioned_docs" || lower.EndsWith("_versioned_docs", StringComparison.Ordinal)
                || lower == "versioned_sidebars" || lower.EndsWith("_versioned_sidebars", StringComparison.Ordinal)
                || lower == "archive" || lower == "archived"
                || VersionFolder.IsMatch(name))
            {
                return true;
            }

            if (!MikeVersion.IsMatch(name))
            {
                return false;
            }

            var parent = Path.GetDirectoryName(directoryFullPath.TrimEnd('/', '\\'));
            try
            {
                return parent != null && File.Exists(Path.Combine(parent, "versions.json"));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException)
            {
                return false;
            }
        }

        /// <summary>
        /// The frozen folder that holds <paramref name="fileFullPath"/>, looking only at the folders below
        /// <paramref name="root"/> (a folder the user named is scanned as asked); null when there is none.
        /// </summary>
        public static string? FolderHolding(string fileFullPath, string? root)
        {
            var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (string.IsNullOrEmpty(root))
            {
                return null; // no folder to stop at: never judge the folders above the user's files
            }

            var stop = root!.TrimEnd('/', '\\');
            for (var directory = Path.GetDirectoryName(fileFullPath); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
            {
                if ((directory!.Length <= stop.Length || !directory.StartsWith(stop, comparison)))
                {
                    return null;
                }

                if (IsFrozenFolder(directory!))
                {
                    return directory;
                }
            }

            return null;
        }
    }
}
