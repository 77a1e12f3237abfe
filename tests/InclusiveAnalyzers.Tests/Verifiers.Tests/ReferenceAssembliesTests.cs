using Xunit;

namespace InclusiveAnalyzers.Tests.Verifiers.Tests;

public class ReferenceAssembliesTests
{
    [Fact]
    public void FindsTheCoreLibraryLocallyAndCachesIt()
    {
        var references = ReferenceAssemblies.Default;

        Assert.Contains(references, r => Path.GetFileName(r.Display) == "System.Runtime.dll");
        Assert.True(references == ReferenceAssemblies.Default, "the references must be built once");
        Assert.NotEqual("", ReferenceAssemblies.Source);
    }
}
