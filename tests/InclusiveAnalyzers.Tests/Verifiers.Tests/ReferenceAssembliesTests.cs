using Xunit;

namespace InclusiveAnalyzers.Tests.Verifiers.Tests;

public class ReferenceAssembliesTests
{
    [Fact]
    public void FindsTheCoreLibraryLocallyAndCachesIt()
    {
        Assert.Contains(ReferenceAssemblies.Default, r => Path.GetFileName(r.Display) == "System.Runtime.dll");
        Assert.True(ReferenceAssemblies.Default == ReferenceAssemblies.Default, "the references must be built once");
        Assert.NotEqual("", ReferenceAssemblies.Source);
    }

    [Fact]
    public void TheFullSetHoldsEveryAssemblyTheDefaultOneDoes()
    {
        Assert.True(ReferenceAssemblies.Full.Length > ReferenceAssemblies.Default.Length);
        Assert.All(ReferenceAssemblies.Default, r => Assert.Contains(r, ReferenceAssemblies.Full));
    }

    [Fact]
    public async Task FullReferencesCompileWhatTheDefaultOnesDoNot()
    {
        const string code = "class C { System.Security.Cryptography.SHA256? Hash; }";
        await Assert.ThrowsAsync<VerifierException>(() => new CSharpAnalyzerVerifier<FooAnalyzer>.Test { TestCode = code }.RunAsync());
        await new CSharpAnalyzerVerifier<FooAnalyzer>.Test { TestCode = code, References = ReferenceAssemblies.Full }.RunAsync();
    }
}
