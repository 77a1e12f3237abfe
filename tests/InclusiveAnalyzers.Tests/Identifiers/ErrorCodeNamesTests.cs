using InclusiveAnalyzers.Identifiers;

namespace InclusiveAnalyzers.Tests.Identifiers;

public class ErrorCodeNamesTests
{
    [Theory]
    [InlineData("E_ABORT")]
    [InlineData("E_Abort")]
    [InlineData("REGDB_E_CLASSNOTREG")]
    [InlineData("COR_E_THREADABORTED")]
    [InlineData("DISP_E_OVERFLOW")]
    public void Names_in_the_error_code_form_are_recognised(string name)
        => Assert.True(ErrorCodeNames.HasErrorCodeForm(name));

    [Theory]
    [InlineData("E_")]
    [InlineData("ABORT_CODE")]
    [InlineData("Http_E_ABORT")]
    [InlineData("_E_ABORT")]
    [InlineData("EABORT")]
    [InlineData("e_abort")]
    public void Other_names_are_not(string name)
        => Assert.False(ErrorCodeNames.HasErrorCodeForm(name));

    [Fact]
    public void Failure_values_have_the_severity_bit_of_a_32_bit_code()
    {
        Assert.True(ErrorCodeNames.IsFailureValue(unchecked((int)0x80004004)));
        Assert.True(ErrorCodeNames.IsFailureValue(0x80004004u));
        Assert.True(ErrorCodeNames.IsFailureValue(0x80004004L));
        Assert.True(ErrorCodeNames.IsFailureValue(0xFFFFFFFFUL));
        Assert.False(ErrorCodeNames.IsFailureValue(4));
        Assert.False(ErrorCodeNames.IsFailureValue(0x7FFFFFFFu));
        Assert.False(ErrorCodeNames.IsFailureValue(0x180004004L));
        Assert.False(ErrorCodeNames.IsFailureValue("0x80004004"));
        Assert.False(ErrorCodeNames.IsFailureValue(null));
    }
}
