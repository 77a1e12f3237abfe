using InclusiveAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<InclusiveAnalyzers.Comments.CommentAnalyzer, InclusiveAnalyzers.CodeFixes.RewriteCommentFixer>;

namespace InclusiveAnalyzers.Tests.CodeFixes;

/// <summary>INCL102: the word is rewritten in place, case kept, and nothing else in the comment moves.</summary>
public class RewriteCommentFixerTests
{
    [Theory]
    [InlineData("// Sync the [|master|] first.", "// Sync the primary first.")]
    [InlineData("// [|Master|] first.", "// Primary first.")]
    [InlineData("// The [|MASTER|] node.", "// The PRIMARY node.")]
    [InlineData("/* Add it to the [|whitelist|]. */", "/* Add it to the allowlist. */")]
    [InlineData("// Do a [|sanity check|] here.", "// Do a confidence check here.")]
    [InlineData("// Keeps a [|whitelist|] of hosts.", "// Keeps an allowlist of hosts.")]
    [InlineData("// A [|whitelist|] of hosts.", "// An allowlist of hosts.")]
    public Task Rewrites_the_word_keeping_case(string comment, string expected)
        => Verify.VerifyCodeFixAsync($"class C\n{{\n    {comment}\n}}", $"class C\n{{\n    {expected}\n}}");

    [Theory]
    [InlineData(0, "allowlist")]
    [InlineData(1, "allow list")]
    [InlineData(2, "permit list")]
    public Task Each_suggestion_by_index(int index, string expected)
        => Verify.VerifyCodeFixAsync("class C { } // the [|whitelist|]", $"class C {{ }} // the {expected}", index);

    [Fact]
    public Task Xml_documentation_text()
        => Verify.VerifyCodeFixAsync(
            """
            /// <summary>Returns the [|slave|] for a <c>master</c> key.</summary>
            class C { }
            """,
            """
            /// <summary>Returns the replica for a <c>master</c> key.</summary>
            class C { }
            """);

    [Fact]
    public Task Offers_one_action_per_suggestion()
        => new Verify.Test
        {
            TestCode = "class C { } // the [|blacklist|]",
            FixedCode = "class C { } // the blocklist",
            ExpectedActionTitles = new() { "Replace 'blacklist' with 'blocklist'", "Replace 'blacklist' with 'denylist'", "Replace 'blacklist' with 'deny list'" },
        }.RunAsync();

    [Fact]
    public Task Several_words_in_one_comment_and_in_several_documents()
        => new Verify.Test
        {
            Sources =
            {
                "class C\n{\n    // [|Master|] and [|slave|] talk; the [|master|] wins.\n}",
                "/* [|Whitelist|] first, then the [|blacklist|]. */ class D { }",
            },
            FixedSources =
            {
                "class C\n{\n    // Primary and replica talk; the primary wins.\n}",
                "/* Allowlist first, then the blocklist. */ class D { }",
            },
        }.RunAsync();

    [Fact]
    public Task Fix_all_in_every_project()
        => new Verify.Test
        {
            TestCode = "// the [|master|] copy\nclass C { }",
            FixedCode = "// the primary copy\nclass C { }",
            TestState = { AdditionalProjects = { ["Other"] = { Sources = { "class D { } // a [|slave|] copy" } } } },
            FixedState = { AdditionalProjects = { ["Other"] = { Sources = { "class D { } // a replica copy" } } } },
        }.RunAsync();

    [Fact]
    public Task Fix_all_with_the_third_suggestion_skips_terms_with_fewer()
        => new Verify.Test
        {
            TestCode = "class C { } // [|whitelist|] and [|whitehat|]",
            FixedCode = "class C { } // permit list and [|whitehat|]",
            CodeActionEquivalenceKey = "INCL102.Rewrite.2",
        }.RunAsync();
}
