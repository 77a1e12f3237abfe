using InclusiveAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer, InclusiveAnalyzers.CodeFixes.RenameIdentifierFixer>;

namespace InclusiveAnalyzers.Tests.CodeFixes;

/// <summary>INCL101 renames: each suggestion, case kept, every declaration kind the renamer handles.</summary>
public class RenameIdentifierFixerTests
{
    [Fact]
    public Task Renames_the_type_and_its_uses()
        => Verify.VerifyCodeFixAsync(
            "class [|MasterNode|] { static MasterNode Create() => new MasterNode(); }",
            "class PrimaryNode { static PrimaryNode Create() => new PrimaryNode(); }");

    [Theory]
    [InlineData(0, "PrimaryNode")]
    [InlineData(1, "MainNode")]
    [InlineData(2, "LeaderNode")]
    public Task Each_suggestion_by_index(int index, string expected)
        => Verify.VerifyCodeFixAsync(
            "class [|MasterNode|] { MasterNode? Next; }",
            $"class {expected} {{ {expected}? Next; }}",
            index);

    [Theory]
    [InlineData("INCL101.Rename.0", "PrimaryNode")]
    [InlineData("INCL101.Rename.2", "LeaderNode")]
    public Task Each_suggestion_by_equivalence_key(string key, string expected)
        => Verify.VerifyCodeFixAsync(
            "class [|MasterNode|] { MasterNode? Next; }",
            $"class {expected} {{ {expected}? Next; }}",
            key);

    [Theory]
    [InlineData("class [|ColumnBlacklister|] { }", "class ColumnBlocklister { }")]
    [InlineData("const string [|SLAVEOF|] = \"x\";", "const string REPLICAOF = \"x\";")]
    [InlineData("int [|slaveofMsg|];", "int replicaofMsg;")]
    [InlineData("void [|EnslaveSubordinates|]() { }", "void ReplicateSubordinates() { }")]
    public Task Renames_agent_nouns_glued_words_and_the_related_verb(string before, string after)
        => Verify.VerifyCodeFixAsync($"class C {{ {before} }}", $"class C {{ {after} }}");

    [Theory]
    [InlineData("int [|_whitelist|];", "int _allowlist;")]
    [InlineData("const int [|WHITELIST_MAX|] = 3;", "const int ALLOWLIST_MAX = 3;")]
    [InlineData("int [|slaveCount|];", "int replicaCount;")]
    [InlineData("void [|BlacklistUser|]() { }", "void BlocklistUser() { }")]
    [InlineData("int [|Masters|] => 1;", "int Primaries => 1;")]
    public Task Case_and_separators_are_kept(string member, string expected)
        => Verify.VerifyCodeFixAsync($"class C {{ {member} }}", $"class C {{ {expected} }}");

    [Fact]
    public Task Offers_three_renames_for_a_private_member()
        => new Verify.Test
        {
            TestCode = "class C { int [|_masterCount|]; }",
            FixedCode = "class C { int _primaryCount; }",
            ExpectedActionTitles = new()
            {
                "Rename '_masterCount' to '_primaryCount'",
                "Rename '_masterCount' to '_mainCount'",
                "Rename '_masterCount' to '_leaderCount'",
            },
        }.RunAsync();

    [Fact]
    public Task Renames_locals_parameters_and_their_uses()
        => Verify.VerifyCodeFixAsync(
            """
            class C
            {
                int M(int [|masterId|])
                {
                    var [|slaves|] = new int[] { masterId };
                    foreach (var [|slave|] in slaves) { masterId += slave; }
                    return masterId;
                }
            }
            """,
            """
            class C
            {
                int M(int primaryId)
                {
                    var replicas = new int[] { primaryId };
                    foreach (var replica in replicas) { primaryId += replica; }
                    return primaryId;
                }
            }
            """);

    [Fact]
    public Task Renames_an_operators_parameter_and_its_uses()
        => Verify.VerifyCodeFixAsync(
            """
            public readonly struct Pool
            {
                public int Size { get; init; }
                public static Pool operator +(Pool [|master|], Pool other) => new Pool { Size = master.Size + other.Size };
            }
            """,
            """
            public readonly struct Pool
            {
                public int Size { get; init; }
                public static Pool operator +(Pool primary, Pool other) => new Pool { Size = primary.Size + other.Size };
            }
            """);

    [Fact]
    public Task Renames_type_parameters_local_functions_and_labels()
        => Verify.VerifyCodeFixAsync(
            """
            class C<[|TMaster|]>
            {
                int M()
                {
                    int [|CountSlaves|]() => 1;
                [|master|]:
                    if (CountSlaves() == 0) goto master;
                    return CountSlaves();
                }

                TMaster? Value;
            }
            """,
            """
            class C<TPrimary>
            {
                int M()
                {
                    int CountReplicas() => 1;
                primary:
                    if (CountReplicas() == 0) goto primary;
                    return CountReplicas();
                }

                TPrimary? Value;
            }
            """);

    [Fact]
    public Task Renames_namespaces_enum_members_and_events()
        => Verify.VerifyCodeFixAsync(
            """
            namespace Cluster.[|Master|]
            {
                enum Role { [|Slave|], Other }
                class C
                {
                    event System.Action? [|MasterChanged|];
                    Role R = Role.Slave;
                    void Raise() => MasterChanged?.Invoke();
                }
            }
            """,
            """
            namespace Cluster.Primary
            {
                enum Role { Replica, Other }
                class C
                {
                    event System.Action? PrimaryChanged;
                    Role R = Role.Replica;
                    void Raise() => PrimaryChanged?.Invoke();
                }
            }
            """);

    [Fact]
    public Task Renames_lambda_catch_pattern_and_query_variables()
        => Verify.VerifyCodeFixAsync(
            """
            using System;
            using System.Linq;

            class C
            {
                int M(object o, int[] items)
                {
                    Func<int, int> f = [|master|] => master + 1;
                    try { } catch (Exception [|slaveError|]) { _ = slaveError; }
                    if (o is int [|masterValue|]) { return masterValue; }
                    return (from [|slave|] in items select slave).Sum() + f(1);
                }
            }
            """,
            """
            using System;
            using System.Linq;

            class C
            {
                int M(object o, int[] items)
                {
                    Func<int, int> f = primary => primary + 1;
                    try { } catch (Exception replicaError) { _ = replicaError; }
                    if (o is int primaryValue) { return primaryValue; }
                    return (from replica in items select replica).Sum() + f(1);
                }
            }
            """);

    [Fact]
    public Task Renames_record_parameters_with_their_properties()
        => Verify.VerifyCodeFixAsync(
            "record Node(int [|MasterId|]) { int M() => MasterId; } class C { int M() => new Node(1).MasterId; }",
            "record Node(int PrimaryId) { int M() => PrimaryId; } class C { int M() => new Node(1).PrimaryId; }");

    [Fact]
    public Task Tuple_elements_are_not_offered()
        => new Verify.Test
        {
            // Roslyn's renamer throws on tuple element names; offering an action that does nothing would be worse.
            TestCode = "class C { (int [|Master|], int Other) Pair() => (1, 2); int M() => Pair().Master; }",
            FixedCode = "class C { (int [|Master|], int Other) Pair() => (1, 2); int M() => Pair().Master; }",
            ExpectedActionTitles = new(),
        }.RunAsync();
}
