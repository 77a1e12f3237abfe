using InclusiveAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer, InclusiveAnalyzers.CodeFixes.RenameIdentifierFixer>;

namespace InclusiveAnalyzers.Tests.CodeFixes;

/// <summary>
/// Renames reach every document and project, files named after a type follow it, and Fix All (each scope and
/// the dotnet format path, which the harness runs for every test) agrees with fixing one at a time.
/// </summary>
public class RenameScopeTests
{
    // Public names (visible to the other test projects) renamed plainly: the forward policy has its own tests.
    internal const string RenamePublicApi = "inclusive_analyzers.public_api = rename";

    [Fact]
    public Task Two_terms_in_one_name_both_change()
        => Verify.VerifyCodeFixAsync(
            "class C { bool [|{|INCL101:WhitelistBlacklist|}|]; bool M() => WhitelistBlacklist; }",
            "class C { bool AllowlistBlocklist; bool M() => AllowlistBlocklist; }");

    [Fact]
    public Task The_file_named_after_the_type_is_renamed()
        => new Verify.Test
        {
            Sources = { ("MasterNode.cs", "public class [|MasterNode|] { }"), ("Cluster.cs", "class Cluster { MasterNode? Node; }") },
            EditorConfig = RenamePublicApi,
            FixedSources = { ("PrimaryNode.cs", "public class PrimaryNode { }"), ("Cluster.cs", "class Cluster { PrimaryNode? Node; }") },
        }.RunAsync();

    [Fact]
    public Task Generic_and_designer_files_follow_the_type() // (*.Designer.cs is generated code: renamed, never reported)
        => new Verify.Test
        {
            Sources = { ("MasterList{T}.cs", "partial class [|MasterList|]<T> { }"), ("MasterList.Designer.cs", "partial class MasterList<T> { }") },
            FixedSources = { ("PrimaryList{T}.cs", "partial class PrimaryList<T> { }"), ("PrimaryList.Designer.cs", "partial class PrimaryList<T> { }") },
        }.RunAsync();

    [Fact]
    public Task A_file_not_named_after_the_type_keeps_its_name()
        => new Verify.Test
        {
            Sources = { ("Nodes.cs", "class [|MasterNode|] { } class Other { }"), ("MasterNodeTests.cs", "class T { MasterNode? N; }") },
            FixedSources = { ("Nodes.cs", "class PrimaryNode { } class Other { }"), ("MasterNodeTests.cs", "class T { PrimaryNode? N; }") },
        }.RunAsync();

    [Fact]
    public Task Partial_classes_across_files()
        => new Verify.Test
        {
            Sources = { "partial class [|MasterNode|] { int A; }", "partial class [|MasterNode|] { int B => A; }", "class User { MasterNode? N; }" },
            FixedSources = { "partial class PrimaryNode { int A; }", "partial class PrimaryNode { int B => A; }", "class User { PrimaryNode? N; }" },
        }.RunAsync();

    [Fact]
    public Task Uses_in_other_projects_are_renamed()
        => new Verify.Test
        {
            TestCode = "public class Cluster { public int [|MasterCount|]; }",
            FixedCode = "public class Cluster { public int PrimaryCount; }",
            EditorConfig = RenamePublicApi,
            TestState = { AdditionalProjects = { ["Consumer"] = { Sources = { "class Use { int M(Cluster c) => c.MasterCount; }" }, AdditionalProjectReferences = { "TestProject" } } } },
            FixedState = { AdditionalProjects = { ["Consumer"] = { Sources = { "class Use { int M(Cluster c) => c.PrimaryCount; }" }, AdditionalProjectReferences = { "TestProject" } } } },
        }.RunAsync();

    [Fact]
    public Task Declarations_in_several_projects_are_all_fixed()
        => new Verify.Test
        {
            TestCode = "public class [|MasterNode|] { }",
            FixedCode = "public class PrimaryNode { }",
            EditorConfig = RenamePublicApi,
            TestState = { AdditionalProjects = { ["Consumer"] = { Sources = { "class Use { MasterNode? [|_slave|]; }" }, AdditionalProjectReferences = { "TestProject" } } } },
            FixedState = { AdditionalProjects = { ["Consumer"] = { Sources = { "class Use { PrimaryNode? _replica; }" }, AdditionalProjectReferences = { "TestProject" } } } },
        }.RunAsync();

    [Fact]
    public Task Overlapping_edits_on_one_line_are_all_kept()
        => Verify.VerifyCodeFixAsync(
            "class [|Master|] { Master [|Slave|](Master [|master|], Slave2 [|slave|]) => master; } class [|Slave2|] { }",
            "class Primary { Primary Replica(Primary primary, Replica2 replica) => primary; } class Replica2 { }");

    [Fact]
    public Task Many_symbols_in_many_documents()
        => new Verify.Test
        {
            Sources =
            {
                "class [|MasterNode|] { public SlaveNode[] [|Slaves|] = new SlaveNode[0]; }",
                "class [|SlaveNode|] { public MasterNode? [|Master|]; }",
                "class Cluster { MasterNode [|_master|] = new(); int Count() => _master.Slaves.Length; }",
            },
            FixedSources =
            {
                "class PrimaryNode { public ReplicaNode[] Replicas = new ReplicaNode[0]; }",
                "class ReplicaNode { public PrimaryNode? Primary; }",
                "class Cluster { PrimaryNode _primary = new(); int Count() => _primary.Replicas.Length; }",
            },
        }.RunAsync();

    [Fact]
    public Task Fix_all_with_the_second_suggestion()
        => new Verify.Test
        {
            TestCode = "class [|MasterNode|] { int [|_masterId|]; }",
            FixedCode = "class MainNode { int _mainId; }",
            CodeActionEquivalenceKey = "INCL101.Rename.1",
        }.RunAsync();

    [Fact]
    public Task Suppressed_diagnostics_are_not_fixed()
        => new Verify.Test
        {
            TestCode = "class C\n{\n#pragma warning disable INCL101\n    int MasterA;\n#pragma warning restore INCL101\n    int [|MasterB|];\n}",
            ExpectedDiagnostics = { Verify.Diagnostic().WithSpan(4, 9, 4, 16).WithIsSuppressed() },
            FixedCode = "class C\n{\n#pragma warning disable INCL101\n    int MasterA;\n#pragma warning restore INCL101\n    int PrimaryB;\n}",
            FixedExpectedDiagnostics = { Verify.Diagnostic().WithSpan(4, 9, 4, 16).WithIsSuppressed() },
            TestBehaviors = TestBehaviors.SkipSuppressionCheck, // its own "restore" would undo the harness's pragma
        }.RunAsync();

    [Fact]
    public Task Implementations_and_overrides_follow_their_declaration()
        => Verify.VerifyCodeFixAsync(
            """
            interface [|IMasterService|] { void [|SyncMaster|](); }
            class Service : IMasterService { public void SyncMaster() { } }
            class Base { public virtual int [|MasterCount|] => 0; }
            class Derived : Base { public override int MasterCount => 1; }
            """,
            """
            interface IPrimaryService { void SyncPrimary(); }
            class Service : IPrimaryService { public void SyncPrimary() { } }
            class Base { public virtual int PrimaryCount => 0; }
            class Derived : Base { public override int PrimaryCount => 1; }
            """);
}
