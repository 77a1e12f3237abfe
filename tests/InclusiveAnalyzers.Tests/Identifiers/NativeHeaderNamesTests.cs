using InclusiveAnalyzers.Identifiers;

namespace InclusiveAnalyzers.Tests.Identifiers;

public class NativeHeaderNamesTests
{
    [Theory]
    [InlineData("XIMasterPointer", "XI")]
    [InlineData("XIAddMasterInfo", "XI")]
    [InlineData("GLSlaveBuffer", "GL")]
    [InlineData("SDLMasterVolume", "SDL")]
    [InlineData("XCBMasterWindow", "XCB")]
    public void A_short_run_of_capitals_glued_to_a_word_is_a_library_prefix(string name, string prefix)
        => Assert.Equal(prefix, NativeHeaderNames.LibraryPrefix(name));

    [Theory]
    [InlineData("MasterPointer")]
    [InlineData("IMasterService")]
    [InlineData("MASTERPointer")]
    [InlineData("XI_MasterPointer")]
    [InlineData("XIMASTER")]
    [InlineData("xiMasterPointer")]
    public void Other_names_have_none(string name)
        => Assert.Null(NativeHeaderNames.LibraryPrefix(name));
}
