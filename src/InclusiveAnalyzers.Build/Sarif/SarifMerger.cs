using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using InclusiveAnalyzers.Build.Reporting;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Reporting;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Build.Sarif
{
    /// <summary>
    /// Adds the document findings to the compiler's SARIF ErrorLog as a second run, so one file holds
    /// code and document findings. The compiler rewrites the file when it compiles; when compilation is
    /// skipped the file still holds our run from last time, which is found by its fixed compact prefix
    /// and replaced. Only the end of the file is touched: the compiler's run is never rewritten.
    /// </summary>
    internal static class SarifMerger
    {
        public const string ToolName = "InclusiveAnalyzers.Build";

        private static readonly string Version1Prefix = "{\"tool\":{\"name\":\"" + ToolName + "\"";
        private static readonly string Version2Prefix = "{\"tool\":{\"driver\":{\"name\":\"" + ToolName + "\"";

        /// <summary>Returns false (and leaves the file alone) when the file is not a SARIF log we can extend.</summary>
        public static bool Merge(ErrorLogTarget target, IReadOnlyList<KeyValuePair<Finding, ReportLevel>> results, string toolVersion)
        {
            var run = target.IsVersion2 ? WriteVersion2Run(results, toolVersion) : WriteVersion1Run(results, toolVersion);
            string text;
            if (File.Exists(target.Path))
            {
                text = File.ReadAllText(target.Path);
            }
            else
            {
                text = target.IsVersion2
                    ? "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n  ]\n}\n"
                    : "{\n  \"$schema\": \"http://json.schemastore.org/sarif-1.0.0\",\n  \"version\": \"1.0.0\",\n  \"runs\": [\n  ]\n}\n";
            }

            var merged = Insert(text, run, target.IsVersion2 ? Version2Prefix : Version1Prefix);
            if (merged is null)
            {
                return false;
            }

            var directory = Path.GetDirectoryName(target.Path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(target.Path, merged, new UTF8Encoding(false));
            return true;
        }

        /// <summary>The text with our previous run (if any) removed and <paramref name="run"/> appended to "runs".</summary>
        internal static string? Insert(string text, string run, string prefix)
        {
            var end = text.LastIndexOf('}');
            var runsEnd = end > 0 ? text.LastIndexOf(']', end) : -1;
            if (runsEnd < 0 || text.IndexOf("\"runs\"", StringComparison.Ordinal) < 0 || text.IndexOf("\"runs\"", StringComparison.Ordinal) > runsEnd)
            {
                return null;
            }

            var head = text.Substring(0, runsEnd);
            var previous = head.IndexOf(prefix, StringComparison.Ordinal);
            if (previous >= 0)
            {
                head = head.Substring(0, previous);
            }

            head = head.TrimEnd();
            if (head.EndsWith(",", StringComparison.Ordinal))
            {
                head = head.Substring(0, head.Length - 1).TrimEnd();
            }

            var separator = head.EndsWith("[", StringComparison.Ordinal) ? "\n    " : ",\n    ";
            return head + separator + run + "\n  " + text.Substring(runsEnd);
        }

        private static string WriteVersion1Run(IReadOnlyList<KeyValuePair<Finding, ReportLevel>> results, string toolVersion)
        {
            var b = new StringBuilder();
            b.Append("{\"tool\":{").AppendProperty("name", ToolName).Append(',').AppendProperty("version", toolVersion).Append("},\"results\":[");
            var rules = new SortedDictionary<string, ReportLevel>(StringComparer.Ordinal);
            var first = true;
            foreach (var pair in results)
            {
                var f = pair.Key;
                if (pair.Value == ReportLevel.Hidden)
                {
                    continue;
                }

                rules[f.RuleId] = pair.Value;
                b.Append(first ? "" : ",");
                first = false;
                b.Append('{').AppendProperty("ruleId", f.RuleId).Append(',').AppendProperty("level", Level(pair.Value)).Append(',')
                    .AppendProperty("message", f.Message).Append(",\"locations\":[{\"resultFile\":{").AppendProperty("uri", ToUri(f.Path));
                AppendRegion(b, f);
                b.Append("}}]");
                AppendProperties(b, f);
                b.Append('}');
            }

            b.Append("],\"rules\":{");
            first = true;
            foreach (var id in rules.Keys)
            {
                var rule = RuleCatalog.Find(id);
                b.Append(first ? "" : ",");
                first = false;
                b.AppendString(id).Append(":{").AppendProperty("id", id).Append(',').AppendProperty("shortDescription", rule?.Title ?? id).Append(',')
                    .AppendProperty("defaultLevel", Level(rule?.DefaultSeverity ?? Severity.Warning)).Append(',')
                    .AppendProperty("helpUri", RuleCatalog.HelpLink(id)).Append('}');
            }

            return b.Append("}}").ToString();
        }

        private static string WriteVersion2Run(IReadOnlyList<KeyValuePair<Finding, ReportLevel>> results, string toolVersion)
        {
            var ruleIndex = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var pair in results)
            {
                if (pair.Value != ReportLevel.Hidden)
                {
                    ruleIndex[pair.Key.RuleId] = 0;
                }
            }

            var ids = new List<string>(ruleIndex.Keys);
            for (var i = 0; i < ids.Count; i++)
            {
                ruleIndex[ids[i]] = i;
            }

            var b = new StringBuilder();
            b.Append("{\"tool\":{\"driver\":{").AppendProperty("name", ToolName).Append(',').AppendProperty("version", toolVersion).Append(",\"rules\":[");
            for (var i = 0; i < ids.Count; i++)
            {
                var rule = RuleCatalog.Find(ids[i]);
                b.Append(i == 0 ? "" : ",").Append('{').AppendProperty("id", ids[i]).Append(",\"shortDescription\":{").AppendProperty("text", rule?.Title ?? ids[i])
                    .Append("},").AppendProperty("helpUri", RuleCatalog.HelpLink(ids[i]))
                    .Append(",\"help\":{").AppendProperty("text", RuleHelp.Text(ids[i])).Append(',').AppendProperty("markdown", RuleHelp.Markdown(ids[i])).Append('}')
                    .Append(",\"defaultConfiguration\":{").AppendProperty("level", Level(rule?.DefaultSeverity ?? Severity.Warning)).Append("}}");
            }

            b.Append("]}},\"results\":[");
            var first = true;
            foreach (var pair in results)
            {
                var f = pair.Key;
                if (pair.Value == ReportLevel.Hidden)
                {
                    continue;
                }

                b.Append(first ? "" : ",");
                first = false;
                b.Append('{').AppendProperty("ruleId", f.RuleId).Append(',').AppendProperty("ruleIndex", ruleIndex[f.RuleId]).Append(',')
                    .AppendProperty("level", Level(pair.Value)).Append(",\"message\":{").AppendProperty("text", f.Message)
                    .Append("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{").AppendProperty("uri", ToUri(f.Path)).Append('}');
                AppendRegion(b, f);
                b.Append("}}]");
                AppendProperties(b, f);
                b.Append('}');
            }

            return b.Append("],").AppendProperty("columnKind", "utf16CodeUnits").Append('}').ToString();
        }

        private static void AppendRegion(StringBuilder b, Finding f)
        {
            if (f.Line <= 0)
            {
                return;
            }

            b.Append(",\"region\":{").AppendProperty("startLine", f.Line).Append(',').AppendProperty("startColumn", Math.Max(1, f.Column)).Append(',')
                .AppendProperty("endLine", Math.Max(f.Line, f.EndLine)).Append(',').AppendProperty("endColumn", Math.Max(1, f.EndColumn)).Append('}');
        }

        private static void AppendProperties(StringBuilder b, Finding f)
        {
            var hasReplacements = f.Replacements != null && f.Replacements.Count > 0;
            if (f.Term is null && !hasReplacements && (f.Properties is null || f.Properties.Count == 0))
            {
                return;
            }

            b.Append(",\"properties\":{");
            var first = true;
            if (f.Term != null)
            {
                b.AppendProperty("term", f.Term);
                first = false;
            }

            if (hasReplacements)
            {
                b.Append(first ? "" : ",").AppendString("replacements").Append(":[");
                for (var i = 0; i < f.Replacements!.Count; i++)
                {
                    b.Append(i == 0 ? "" : ",").AppendString(f.Replacements[i]);
                }

                b.Append(']');
                first = false;
            }

            if (f.Properties != null)
            {
                foreach (var pair in f.Properties)
                {
                    if (pair.Key == "term" || pair.Key == "replacements")
                    {
                        continue;
                    }

                    b.Append(first ? "" : ",").AppendProperty(pair.Key, pair.Value);
                    first = false;
                }
            }

            b.Append('}');
        }

        private static string Level(ReportLevel level) => level switch
        {
            ReportLevel.Error => "error",
            ReportLevel.Warning => "warning",
            _ => "note",
        };

        private static string Level(Severity severity) => severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            Severity.Suggestion => "note",
            _ => "none",
        };

        private static string ToUri(string path)
        {
            try
            {
                return FileUri.FromFullPath(Path.GetFullPath(path));
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return path.Replace('\\', '/');
            }
        }
    }
}
