using InclusiveAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer, InclusiveAnalyzers.CodeFixes.RenameIdentifierFixer>;

namespace InclusiveAnalyzers.Tests.CodeFixes;

/// <summary>A taken name is never produced: the fix offers a suffixed name instead (the renamer alone would emit CS0101/CS0102).</summary>
public class RenameConflictTests
{
    [Fact]
    public Task A_sibling_type_takes_the_name()
        => new Verify.Test
        {
            TestCode = "class [|MasterNode|] { } class PrimaryNode { MasterNode? M; }",
            FixedCode = "class PrimaryNode2 { } class PrimaryNode { PrimaryNode2? M; }",
            ExpectedActionTitles = new()
            {
                "Rename 'MasterNode' to 'PrimaryNode2' ('PrimaryNode' is taken)",
                "Rename 'MasterNode' to 'MainNode'",
                "Rename 'MasterNode' to 'LeaderNode'",
            },
        }.RunAsync();

    [Fact]
    public Task A_sibling_member_takes_the_name()
        => Verify.VerifyCodeFixAsync(
            "class C { int [|MasterCount|]; int PrimaryCount; int Sum() => MasterCount + PrimaryCount; }",
            "class C { int PrimaryCount2; int PrimaryCount; int Sum() => PrimaryCount2 + PrimaryCount; }");

    [Fact]
    public Task An_inherited_member_takes_the_name()
        => Verify.VerifyCodeFixAsync(
            "class B { protected int PrimaryCount; } class C : B { int [|MasterCount|]; int Sum() => MasterCount + PrimaryCount; }",
            "class B { protected int PrimaryCount; } class C : B { int PrimaryCount2; int Sum() => PrimaryCount2 + PrimaryCount; }");

    [Fact]
    public Task Another_local_takes_the_name()
        => Verify.VerifyCodeFixAsync(
            "class C { int M() { int [|masterCount|] = 1; int primaryCount = 2; return masterCount + primaryCount; } }",
            "class C { int M() { int primaryCount2 = 1; int primaryCount = 2; return primaryCount2 + primaryCount; } }");

    [Fact]
    public Task A_local_in_a_nested_scope_takes_the_name()
        => Verify.VerifyCodeFixAsync(
            "class C { int M() { int [|masterCount|] = 1; if (masterCount > 0) { int primaryCount = 2; return primaryCount; } return masterCount; } }",
            "class C { int M() { int primaryCount2 = 1; if (primaryCount2 > 0) { int primaryCount = 2; return primaryCount; } return primaryCount2; } }");

    [Fact]
    public Task Another_parameter_takes_the_name()
        => Verify.VerifyCodeFixAsync(
            "class C { int M(int [|master|], int primary) => master + primary; }",
            "class C { int M(int primary2, int primary) => primary2 + primary; }");

    [Fact]
    public Task The_containing_type_name_is_taken()
        => Verify.VerifyCodeFixAsync(
            "class Primary { int [|Master|]; }",
            "class Primary { int Primary2; }");

    [Fact]
    public Task A_member_may_share_its_name_with_a_type()
        => Verify.VerifyCodeFixAsync(
            "class PrimaryNode { } class C { PrimaryNode? [|MasterNode|]; }",
            "class PrimaryNode { } class C { PrimaryNode? PrimaryNode; }");

    [Fact]
    public Task Every_candidate_taken_means_no_action()
        => Verify.VerifyCodeFixAsync(
            "class C { int [|Master|]; int Primary, Primary2, Primary3, Primary4, Primary5, Primary6, Primary7, Primary8, Primary9; }",
            "class C { int [|Master|]; int Primary, Primary2, Primary3, Primary4, Primary5, Primary6, Primary7, Primary8, Primary9; }",
            "INCL101.Rename.0");

    [Fact]
    public Task Overloads_are_renamed_together_not_suffixed()
        => Verify.VerifyCodeFixAsync(
            "class C { void [|Master|](int a) { } void [|Master|](string s) { } void M() { Master(1); Master(\"x\"); } }",
            "class C { void Primary(int a) { } void Primary(string s) { } void M() { Primary(1); Primary(\"x\"); } }");

    [Fact]
    public Task Renames_that_would_collide_with_each_other_do_not()
        => new Verify.Test
        {
            // Configured so both terms suggest "primary": whichever is renamed second gets a suffix.
            TestCode = "class C { int [|Master|]; int [|Slave|]; int Sum() => Master + Slave; }",
            AdditionalFiles = { ("inclusive.json", """{ "terms": [ { "id": "slave", "replacements": ["primary"] } ] }""") },
            FixedCode = "class C { int Primary; int Primary2; int Sum() => Primary + Primary2; }",
        }.RunAsync();

    [Fact]
    public Task A_name_made_ambiguous_elsewhere_is_resolved()
        => new Verify.Test
        {
            Sources =
            {
                "namespace N { class [|MasterNode|] { } }",
                "namespace Other { class PrimaryNode { } }",
                "using N;\nusing Other;\nclass U { MasterNode? X; }",
            },
            FixedSources =
            {
                "namespace N { class PrimaryNode { } }",
                "namespace Other { class PrimaryNode { } }",
                "using N;\nusing Other;\nclass U { N.PrimaryNode? X; }",
            },
        }.RunAsync();

    [Fact]
    public Task A_clash_in_a_derived_type_is_qualified_by_the_renamer()
        => Verify.VerifyCodeFixAsync(
            "class Base { public int [|MasterCount|]; }\nclass Derived : Base { public void PrimaryCount() { } int M() => MasterCount + 1; }",
            "class Base { public int PrimaryCount; }\nclass Derived : Base { public void PrimaryCount() { } int M() => base.PrimaryCount + 1; }");

    [Fact]
    public Task A_clash_in_another_project_is_caught_by_compiling()
        => new Verify.Test
        {
            // The consumer's own PrimaryNode would silently win over the renamed one (CS0436); only compiling the consumer shows it.
            TestCode = "public class [|MasterNode|] { public int Id; }",
            FixedCode = "public class PrimaryNode2 { public int Id; }",
            EditorConfig = RenameScopeTests.RenamePublicApi,
            TestState = { AdditionalProjects = { ["Consumer"] = { Sources = { "class PrimaryNode { } class U { MasterNode? N; }" }, AdditionalProjectReferences = { "TestProject" } } } },
            FixedState = { AdditionalProjects = { ["Consumer"] = { Sources = { "class PrimaryNode { } class U { PrimaryNode2? N; }" }, AdditionalProjectReferences = { "TestProject" } } } },
        }.RunAsync();

    [Fact]
    public Task An_alias_clash_is_qualified_by_the_renamer()
        => new Verify.Test
        {
            Sources = { "class [|MasterNode|] { }", "using PrimaryNode = System.String;\nclass U { MasterNode? N; PrimaryNode? S; }" },
            FixedSources = { "class PrimaryNode { }", "using PrimaryNode = System.String;\nclass U { global::PrimaryNode? N; string? S; }" },
        }.RunAsync();
}
