using InclusiveAnalyzers.TestSupport;
using Xunit.Sdk;

namespace InclusiveAnalyzers.Core.Tests.Robustness;

/// <summary>
/// The check every linear-time test relies on (tests/Shared/Linearity.cs) must still tell quadratic work from linear
/// work, including now that its runs are measured without collections where the runtime grants that.
/// </summary>
public class LinearityTests
{
    private static long sink;

    private static Action Pairs(int n) => () =>
    {
        long sum = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) sum += i ^ j;
        }

        sink += sum;
    };

    // Short-lived garbage, as a parser makes: collections without a growing live set (a growing one is slower per
    // item once it outgrows the caches, which is not what the check is for).
    private static Action Allocating(int n) => () =>
    {
        long length = 0;
        for (var i = 0; i < n; i++) length += i.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        sink += length;
    };

    [Fact]
    public void Quadratic_work_fails_the_check()
        => Assert.Throws<TrueException>(() => Linearity.AssertLinear(Pairs, 4_000));

    [Fact]
    public void Linear_work_that_allocates_passes_the_check()
        => Linearity.AssertLinear(Allocating, 250_000);
}
