using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// The <c>inclusive</c> CLI lists at most 1,000 findings per file. For a file with thousands of possible findings (20,000
    /// fields named with a term, usually generated), it tells the analyzers, through this per-file option, the position of
    /// the first candidate past its budget: nothing from there on is checked or reported, so the file does not pay the
    /// compiler's per-diagnostic work thousands of times for findings the report would not list. The position depends on the
    /// text only, so the findings are the same on every run. Never set in a build or the IDE: there, everything is reported.
    /// </summary>
    internal static class ReportLimit
    {
        public const string Key = "inclusive_analyzers.internal.report_before";

        /// <summary>A global option the CLI sets when any file has a limit, so a build (which never does) reads no per-file option for it.</summary>
        public const string AnyKey = "inclusive_analyzers.internal.report_limits";

        public static bool AnyIn(AnalyzerConfigOptions globalOptions) => globalOptions.TryGetValue(AnyKey, out var value) && value == "true";

        /// <summary>The position given for the file, or int.MaxValue (no limit).</summary>
        public static int Read(AnalyzerConfigOptions options)
            => options.TryGetValue(Key, out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int limit) ? limit : int.MaxValue;
    }
}
