using System;
using System.Globalization;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Policy;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InclusiveAnalyzers.Build.Reporting
{
    /// <summary>
    /// A finding whose level is decided, as an MSBuild item (the repository scan hands its findings to
    /// the calling project this way, so they are logged in a user's project rather than in the package's
    /// InclusiveAnalyzers.Repository.proj). The item spec is the file; the rest is metadata.
    /// </summary>
    internal static class DeferredFinding
    {
        public static ITaskItem ToItem(string ruleId, ReportLevel level, string path, int line, int column, int endLine, int endColumn, string message)
        {
            var item = new TaskItem(Escape(path));
            item.SetMetadata("Code", ruleId);
            item.SetMetadata("Level", level.ToString());
            item.SetMetadata("Line", line.ToString(CultureInfo.InvariantCulture));
            item.SetMetadata("Column", column.ToString(CultureInfo.InvariantCulture));
            item.SetMetadata("EndLine", endLine.ToString(CultureInfo.InvariantCulture));
            item.SetMetadata("EndColumn", endColumn.ToString(CultureInfo.InvariantCulture));
            item.SetMetadata("Text", Escape(message));
            return item;
        }

        /// <summary>The finding and its level, or null for an item that is not one (a hand-made item, a newer version's).</summary>
        public static (Finding Finding, ReportLevel Level)? FromItem(ITaskItem item)
        {
            var code = item.GetMetadata("Code");
            if (string.IsNullOrEmpty(code) || !Enum.TryParse<ReportLevel>(item.GetMetadata("Level"), out var level))
            {
                return null;
            }

            var finding = new Finding(code, Severity.Warning, item.GetMetadata("Text"), item.ItemSpec,
                Number(item, "Line"), Number(item, "Column"), Number(item, "EndLine"), Number(item, "EndColumn"));
            return (finding, level);
        }

        // An item spec and metadata are stored MSBuild-escaped and read back unescaped: a literal '%3B'
        // (or ';', '$', '@') in a path or message must be escaped to survive.
        private static string Escape(string text)
        {
            var escaped = new System.Text.StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c == '%' || c == '*' || c == '?' || c == '@' || c == '$' || c == '(' || c == ')' || c == ';' || c == '\'')
                {
                    escaped.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                }
                else
                {
                    escaped.Append(c);
                }
            }

            return escaped.ToString();
        }

        private static int Number(ITaskItem item, string name) =>
            int.TryParse(item.GetMetadata(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
