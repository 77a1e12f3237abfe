using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace InclusiveAnalyzers.Benchmarks.Reporting
{
    /// <summary>Items per invocation, MB/s (UTF-8 bytes of the text scanned) and items/s, from the mean time.</summary>
    public sealed class ThroughputColumn : IColumn
    {
        public static readonly IColumn Items = new ThroughputColumn("Items", "Items (identifiers or lines) scanned per invocation", 0);
        public static readonly IColumn MegabytesPerSecond = new ThroughputColumn("MB/s", "Megabytes (10^6 UTF-8 bytes) of text scanned per second, from the mean", 1);
        public static readonly IColumn ItemsPerSecond = new ThroughputColumn("Items/s", "Identifiers or lines scanned per second, from the mean", 2);

        private readonly int kind;

        private ThroughputColumn(string name, string legend, int kind)
        {
            ColumnName = name;
            Legend = legend;
            this.kind = kind;
        }

        public string Id => "Throughput." + ColumnName;
        public string ColumnName { get; }
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => kind;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend { get; }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var key = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<WorkloadAttribute>()?.Key;
            if (key is null)
            {
                return "-";
            }

            var workload = Workloads.Get(key);
            if (kind == 0)
            {
                return workload.Items.ToString("N0", CultureInfo.InvariantCulture);
            }

            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is null || mean <= 0)
            {
                return "-";
            }

            double seconds = mean.Value / 1e9;
            return kind == 1
                ? (workload.Bytes / 1e6 / seconds).ToString("N1", CultureInfo.InvariantCulture)
                : (workload.Items / seconds).ToString("N0", CultureInfo.InvariantCulture);
        }
    }
}
