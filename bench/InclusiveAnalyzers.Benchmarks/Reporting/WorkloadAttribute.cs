using System;

namespace InclusiveAnalyzers.Benchmarks.Reporting
{
    /// <summary>
    /// Names the input one benchmark invocation processes, so the summary can turn time per
    /// invocation into MB/s and items/s. The key is resolved again in the host process
    /// (<see cref="Workloads.Get"/>), so workloads must be deterministic.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class WorkloadAttribute : Attribute
    {
        public WorkloadAttribute(string key)
        {
            Key = key;
        }

        public string Key { get; }
    }
}
