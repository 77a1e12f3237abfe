using Xunit;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<InclusiveAnalyzers.Strings.StringLiteralAnalyzer, InclusiveAnalyzers.CodeFixes.RewriteStringFixer>;

namespace InclusiveAnalyzers.Tests.CodeFixes;

/// <summary>INCL103 (off by default; the harness enables every rule): the word inside the literal is rewritten, quotes and escapes untouched.</summary>
public class RewriteStringFixerTests
{
    [Theory]
    [InlineData("\"the [|master|] node\"", "\"the primary node\"")]
    [InlineData("@\"the \"\"[|master|]\"\" copy\"", "@\"the \"\"primary\"\" copy\"")]
    [InlineData("$\"{1} [|slaves|]\"", "$\"{1} replicas\"")]
    [InlineData("\"\"\"\n        [|Whitelist|] \"quoted\"\n        \"\"\"", "\"\"\"\n        Allowlist \"quoted\"\n        \"\"\"")]
    [InlineData("\"\\t[|blacklist|]\\n\"", "\"\\tblocklist\\n\"")]
    public Task Rewrites_inside_every_kind_of_literal(string literal, string expected)
        => Verify.VerifyCodeFixAsync(
            $"class C\n{{\n    object S = {literal};\n}}",
            $"class C\n{{\n    object S = {expected};\n}}");

    [Fact]
    public Task Second_suggestion_by_key()
        => Verify.VerifyCodeFixAsync(
            "class C { string S = \"[|master|]\"; }",
            "class C { string S = \"main\"; }",
            "INCL103.Rewrite.1");
}
