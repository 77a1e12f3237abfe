using InclusiveAnalyzers.Documents.Accessibility.Page;

namespace InclusiveAnalyzers.Documents.Tests.Accessibility.Page;

/// <summary>BCP 47 language tags checked against the embedded IANA Language Subtag Registry.</summary>
public class LanguageTagTests
{
    [Fact]
    public void The_registry_data_loads_with_its_date_and_every_record_type()
    {
        var registry = LanguageSubtagRegistry.Default;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", registry.FileDate);
        Assert.True(registry.Count("language") > 8000, "languages");
        Assert.True(registry.Count("script") > 200, "scripts");
        Assert.True(registry.Count("region") > 300, "regions");
        Assert.True(registry.Count("variant") > 100, "variants");
        Assert.True(registry.Count("extlang") > 200, "extlangs");
        Assert.True(registry.Count("grandfathered") == 26, "grandfathered");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("EN-us")]
    [InlineData("de-CH-1901")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn-RS")]
    [InlineData("es-419")]
    [InlineData("gsw")]
    [InlineData("yue")]
    [InlineData("zh-yue-HK")]
    [InlineData("iw")]
    [InlineData("qab")]
    [InlineData("en-XA")]
    [InlineData("en-Qaaa")]
    [InlineData("x-klingon")]
    [InlineData("en-a-bbb-x-private")]
    [InlineData(" fr ")]
    public void Valid_tags(string tag) => Assert.Null(LanguageTag.Problem(tag));

    [Theory]
    [InlineData("eng", "two-letter")]
    [InlineData("english", "not a registered language")]
    [InlineData("zz", "not a registered language")]
    [InlineData("e", "not a language subtag")]
    [InlineData("12", "not a language subtag")]
    [InlineData("en_US", "not '_'")]
    [InlineData("en-Lant", "script")]
    [InlineData("en-UX", "region")]
    [InlineData("en-999", "region")]
    [InlineData("de-CH-1234x", "variant")]
    [InlineData("en--US", "empty subtag")]
    [InlineData("en-US-a", "extension")]
    [InlineData("x", "private-use")]
    [InlineData("en-US-Latn", "out of place")]
    [InlineData("en-toolongsubtag", "not a subtag")]
    [InlineData("", "empty")]
    // Grandfathered whole tags: valid to RFC 5646 but no primary language that assistive technology knows
    // (ACT bf051a, de46e4); the message names the registry's replacement where there is one.
    [InlineData("i-lux", "\"lb\"")]
    [InlineData("i-klingon", "\"tlh\"")]
    [InlineData("sgn-BE-FR", "\"sfb\"")]
    [InlineData("i-default", "grandfathered")]
    public void Invalid_tags_say_what_is_wrong(string tag, string expected)
        => Assert.Contains(expected, LanguageTag.Problem(tag));
}
