using InclusiveAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer, InclusiveAnalyzers.CodeFixes.RenameIdentifierFixer>;

namespace InclusiveAnalyzers.Tests.CodeFixes;

/// <summary>
/// inclusive_analyzers.public_api (and inclusive.json "publicApi") through every bulk path: Fix All in each
/// scope and the dotnet format path run the first action's key, which follows the policy for every name.
/// </summary>
public class PublicApiPolicyTests
{
    private const string Library = """
        public class Server
        {
            public bool [|IsSlave|] => false;
            public void M(int [|master|]) { }
            int [|_slaveCount|];
            internal int Count() => _slaveCount;
        }

        public class [|MasterNode|] { }
        """;

    // What forward leaves carries the reason in its message; one-at-a-time (the IDE's first action) is not a bulk path.
    private const string Forwarded = """
        public class Server
        {
            public bool IsReplica => false;

            [System.Obsolete("Use IsReplica instead.")]
            [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
            public bool IsSlave { get => IsReplica; }
            public void M(int [|master|]) { }
            int _replicaCount;
            internal int Count() => _replicaCount;
        }

        public class [|MasterNode|] { }
        """;

    private const string OneAtATime = """
        public class Server
        {
            public bool IsReplica => false;

            [System.Obsolete("Use IsReplica instead.")]
            [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
            public bool IsSlave { get => IsReplica; }
            public void M(int primary) { }
            int _replicaCount;
            internal int Count() => _replicaCount;
        }

        public class PrimaryNode { }
        """;

    // The kit runs Fix All again while diagnostics remain; the second pass meets only the names Fix All leaves on
    // purpose and changes nothing, so a bulk run takes one pass plus that check.
    private const int LeftByFixAll = 2;

    [Fact]
    public Task Forward_is_the_default()
        => new Verify.Test { TestCode = Library, FixedCode = OneAtATime, FixAllFixedCode = Forwarded, NumberOfFixAllIterations = LeftByFixAll }.RunAsync();

    [Theory]
    [InlineData("inclusive_analyzers.public_api = forward", null)]
    [InlineData(null, """{ "publicApi": "forward" }""")]
    [InlineData("inclusive_analyzers.public_api = FORWARD", """{ "publicApi": "rename" }""")]
    public Task Forward_can_be_set_in_either_file(string? editorConfig, string? json)
    {
        var test = new Verify.Test { TestCode = Library, FixedCode = OneAtATime, FixAllFixedCode = Forwarded, EditorConfig = editorConfig, NumberOfFixAllIterations = LeftByFixAll };
        if (json != null)
        {
            test.AdditionalFiles.Add(("inclusive.json", json));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("inclusive_analyzers.public_api = rename", null)]
    [InlineData(null, """{ "publicApi": "rename" }""")]
    [InlineData("inclusive_analyzers.public_api = rename", """{ "publicApi": "skip" }""")]
    public Task Rename_renames_everything_as_before(string? editorConfig, string? json)
    {
        var test = new Verify.Test
        {
            TestCode = Library,
            FixedCode = """
                public class Server
                {
                    public bool IsReplica => false;
                    public void M(int primary) { }
                    int _replicaCount;
                    internal int Count() => _replicaCount;
                }

                public class PrimaryNode { }
                """,
            EditorConfig = editorConfig,
        };
        if (json != null)
        {
            test.AdditionalFiles.Add(("inclusive.json", json));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Skip_leaves_public_api_to_the_maintainer()
        => new Verify.Test
        {
            TestCode = Library,
            FixedCode = """
                public class Server
                {
                    public bool IsReplica => false;
                    public void M(int primary) { }
                    int _replicaCount;
                    internal int Count() => _replicaCount;
                }

                public class PrimaryNode { }
                """,
            FixAllFixedCode = """
                public class Server
                {
                    public bool [|IsSlave|] => false;
                    public void M(int [|master|]) { }
                    int _replicaCount;
                    internal int Count() => _replicaCount;
                }

                public class [|MasterNode|] { }
                """,
            EditorConfig = "inclusive_analyzers.public_api = skip",
            NumberOfFixAllIterations = LeftByFixAll,
        }.RunAsync();

    [Fact]
    public Task The_policy_is_per_file()
        => new Verify.Test
        {
            Sources = { ("Api.cs", "public class A { public int [|MasterId|] => 1; }"), ("Legacy.cs", "public class B { public int [|SlaveId|] => 1; }") },
            FixedSources =
            {
                ("Api.cs", "public class A { public int PrimaryId => 1;\n    [System.Obsolete(\"Use PrimaryId instead.\")]\n    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]\n    public int MasterId { get => PrimaryId; }\n}"),
                ("Legacy.cs", "public class B { public int ReplicaId => 1; }"),
            },
            EditorConfig = "[Legacy.cs]\ninclusive_analyzers.public_api = rename",
        }.RunAsync();

    [Fact]
    public Task The_message_says_why_forward_leaves_a_name()
        => new CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>.Test
        {
            TestCode = "public class {|#0:MasterNode|} { public void M(int {|#1:master|}) { } }\nclass {|#2:SlaveNode|} { }",
            ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithMessage("The name 'MasterNode' contains 'Master' (racial): consider 'PrimaryNode', 'MainNode' or 'LeaderNode' (public API, left by bulk fixes: an [Obsolete] forwarder is not possible, a type's own name cannot forward: a type under the old name would be another type)"),
                Verify.Diagnostic().WithLocation(1).WithMessage("The name 'master' contains 'master' (racial): consider 'primary', 'main' or 'leader' (public API, left by bulk fixes: an [Obsolete] forwarder is not possible, callers may pass the parameter by name, and no overload can keep both names)"),
                Verify.Diagnostic().WithLocation(2).WithMessage("The name 'SlaveNode' contains 'Slave' (racial): consider 'ReplicaNode', 'SecondaryNode' or 'FollowerNode'"),
            },
        }.RunAsync();

    [Fact]
    public Task Skip_says_so_in_the_message()
        => new CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>.Test
        {
            TestCode = "public class C { public int {|#0:MasterId|} => 1; }",
            ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithMessage("The name 'MasterId' contains 'Master' (racial): consider 'PrimaryId', 'MainId' or 'LeaderId' (public API, left by bulk fixes: public_api = skip)"),
            },
            EditorConfig = "inclusive_analyzers.public_api = skip",
        }.RunAsync();

    [Fact]
    public Task A_public_namespace_is_left_and_an_internal_one_renamed()
        => new Verify.Test
        {
            Sources =
            {
                "namespace Lib.[|Master|] { public class A { } }",
                "namespace Tools.[|Slave|] { class B { } }",
            },
            FixedSources =
            {
                "namespace Lib.Primary { public class A { } }",
                "namespace Tools.Replica { class B { } }",
            },
            FixAllFixedSources =
            {
                "namespace Lib.[|Master|] { public class A { } }",
                "namespace Tools.Replica { class B { } }",
            },
            NumberOfFixAllIterations = LeftByFixAll,
            // Fix All in Document scope starts from the first diagnostic, the public namespace it leaves.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck,
        }.RunAsync();

    [Fact]
    public Task The_forwarding_action_overrides_rename_in_fix_all()
        => new Verify.Test
        {
            TestCode = "public class C { public int [|MasterId|] => 1; int [|_slave|]; int M() => _slave; }",
            FixedCode = "public class C { public int PrimaryId => 1;\n    [System.Obsolete(\"Use PrimaryId instead.\")]\n    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]\n    public int MasterId { get => PrimaryId; }\n    int [|_slave|]; int M() => _slave; }",
            FixAllFixedCode = "public class C { public int PrimaryId => 1;\n    [System.Obsolete(\"Use PrimaryId instead.\")]\n    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]\n    public int MasterId { get => PrimaryId; }\n    int _replica; int M() => _replica; }",
            EditorConfig = "inclusive_analyzers.public_api = rename",
            CodeActionEquivalenceKey = ObsoleteForwarderTests.Keep,
        }.RunAsync();
}
