using System;
using System.Collections.Generic;
using System.IO;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>
    /// Where a code of conduct is looked for (check 1): CODE_OF_CONDUCT*, CODE-OF-CONDUCT* or
    /// CODEOFCONDUCT*, any case, in the repository root, docs/ or .github/ (GitHub's community
    /// profile and repolinter's code-of-conduct-file-exists agree on these places).
    /// </summary>
    internal static class CocPaths
    {
        private static readonly string[] StandardFolders = { "", "docs", ".github" };

        public static string Normalize(string relativePath)
        {
            string path = (relativePath ?? string.Empty).Replace('\\', '/').Trim();
            while (path.StartsWith("./", StringComparison.Ordinal)) path = path.Substring(2);
            return path.TrimStart('/');
        }

        /// <summary>CODE_OF_CONDUCT.md, code-of-conduct.fr.md, CodeOfConduct.txt, CODE_OF_CONDUCT: a readable text file.</summary>
        public static bool HasCodeOfConductName(string fileName)
        {
            string squeezed = Squeeze(fileName);
            if (!squeezed.StartsWith("codeofconduct", StringComparison.Ordinal)) return false;
            string rest = fileName.Substring(FindNameEnd(fileName));
            if (rest.Length > 0 && rest[0] != '.' && rest[0] != '-' && rest[0] != '_') return false;
            return FileKinds.IsTextDocument(fileName);
        }

        public static bool IsStandard(string relativePath)
        {
            string path = Normalize(relativePath);
            int slash = path.LastIndexOf('/');
            string folder = slash < 0 ? string.Empty : path.Substring(0, slash);
            string name = path.Substring(slash + 1);
            if (!HasCodeOfConductName(name)) return false;
            foreach (var standard in StandardFolders)
            {
                if (folder.Equals(standard, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        /// <summary>A conduct file in some other place (policies/conduct.md, community/CODE_OF_CONDUCT.md).</summary>
        public static bool LooksLikeConductFile(string relativePath)
        {
            string path = Normalize(relativePath);
            string name = path.Substring(path.LastIndexOf('/') + 1);
            if (!FileKinds.IsTextDocument(name)) return false;
            string stem = Squeeze(Path.GetFileNameWithoutExtension(name));
            return stem.Contains("codeofconduct") || stem == "conduct" || stem == "coc";
        }

        /// <summary>
        /// CONDUCT.md or COC.md that is about something else: cobra's CONDUCT.md is its "User Contract"
        /// (versioning, deprecation, CVEs). Only the short names are ambiguous; a document of some length
        /// that never says conduct, harassment or covenant is not a code of conduct. A short or unreadable
        /// file keeps the benefit of its name.
        /// </summary>
        public static bool IsOtherDocumentNamedConduct(string relativePath, string? text)
        {
            string path = Normalize(relativePath);
            string stem = Squeeze(Path.GetFileNameWithoutExtension(path.Substring(path.LastIndexOf('/') + 1)));
            if (stem.Contains("codeofconduct") || text == null || text.Length < MinLengthToJudge) return false;
            return !ConductWords.IsMatch(text);
        }

        private const int MinLengthToJudge = 400;

        private static readonly System.Text.RegularExpressions.Regex ConductWords = new System.Text.RegularExpressions.Regex(
            @"conduct|harass|covenant", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static string Squeeze(string name)
        {
            var chars = new List<char>(name.Length);
            foreach (char c in name)
            {
                if (c != '_' && c != '-' && c != ' ') chars.Add(char.ToLowerInvariant(c));
            }

            return new string(chars.ToArray());
        }

        /// <summary>Index just past "code_of_conduct" (however separated) in the original name.</summary>
        private static int FindNameEnd(string fileName)
        {
            const string target = "codeofconduct";
            int matched = 0;
            for (int i = 0; i < fileName.Length; i++)
            {
                char c = char.ToLowerInvariant(fileName[i]);
                if (c == '_' || c == '-' || c == ' ') continue;
                if (c != target[matched]) return fileName.Length;
                matched++;
                if (matched == target.Length) return i + 1;
            }

            return fileName.Length;
        }
    }
}
