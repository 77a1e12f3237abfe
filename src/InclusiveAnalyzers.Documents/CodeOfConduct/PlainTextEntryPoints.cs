using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>
    /// README and CONTRIBUTING guides in reStructuredText, AsciiDoc or plain text (README.rst, CONTRIBUTING.rst,
    /// README.adoc, README) in the root, docs/ or .github/. Hosts hand over only the documents they scan
    /// (Markdown, HTML, Razor), so without these the repository audit sees no README in a Python or Java
    /// project whose README is README.rst: it said "there is no README" and missed a link or an adoption
    /// written there. They are read for the repository audit only, never scanned for wording.
    /// </summary>
    internal static class PlainTextEntryPoints
    {
        private static readonly string[] Folders = { "", "docs", ".github" };

        /// <summary>Full paths of the plain-text entry points below <paramref name="root"/> that <paramref name="known"/> does not already list.</summary>
        public static IEnumerable<string> OnDisk(string root, IReadOnlyCollection<string> known)
        {
            if (string.IsNullOrEmpty(root) || !Directory.Exists(root)) return Array.Empty<string>();
            var listed = new HashSet<string>(known.Select(Path.GetFullPath), StringComparer.OrdinalIgnoreCase);
            var found = new List<string>();
            foreach (var folder in Folders)
            {
                string directory = Path.Combine(root, folder);
                if (!Directory.Exists(directory)) continue;
                IEnumerable<string> files;
                try
                {
                    files = Directory.EnumerateFiles(directory).ToList();
                }
                catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
                {
                    continue;
                }

                foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
                {
                    string relative = folder.Length == 0 ? Path.GetFileName(file) : folder + "/" + Path.GetFileName(file);
                    if (!DocumentScanner.IsPlainTextEntryPoint(relative)) continue;
                    string full = Path.GetFullPath(file);
                    if (!listed.Contains(full)) found.Add(full);
                }
            }

            return found;
        }
    }
}
