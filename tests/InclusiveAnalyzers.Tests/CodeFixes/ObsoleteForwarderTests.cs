using Xunit;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer, InclusiveAnalyzers.CodeFixes.RenameIdentifierFixer>;

namespace InclusiveAnalyzers.Tests.CodeFixes;

/// <summary>"Rename and keep an [Obsolete] forwarder": the old public name stays, forwarding, so a library's users keep compiling.</summary>
public class ObsoleteForwarderTests
{
    private const string Keep = "INCL101.RenameKeepObsolete.0";

    [Fact]
    public Task Method()
        => Verify.VerifyCodeFixAsync(
            """
            using System;

            public class Cluster
            {
                public int [|GetMasterId|](int shard, out string name) { name = ""; return shard; }
            }
            """,
            """
            using System;

            public class Cluster
            {
                public int GetPrimaryId(int shard, out string name) { name = ""; return shard; }

                [Obsolete("Use GetPrimaryId instead.")]
                public int GetMasterId(int shard, out string name) => GetPrimaryId(shard, out name);
            }
            """,
            Keep);

    [Fact]
    public Task GenericStaticMethodWithoutUsingSystem()
        => Verify.VerifyCodeFixAsync(
            """
            public static class Cluster
            {
                public static T [|PickMaster|]<T>(this T[] nodes) where T : class => nodes[0];
            }
            """,
            """
            public static class Cluster
            {
                public static T PickPrimary<T>(this T[] nodes) where T : class => nodes[0];

                [System.Obsolete("Use PickPrimary instead.")]
                public static T PickMaster<T>(this T[] nodes) where T : class => PickPrimary<T>(nodes);
            }
            """,
            Keep);

    [Fact]
    public Task Property()
        => Verify.VerifyCodeFixAsync(
            """
            using System;

            public class Cluster
            {
                public string [|MasterName|] { get; protected set; } = "";
            }
            """,
            """
            using System;

            public class Cluster
            {
                public string PrimaryName { get; protected set; } = "";

                [Obsolete("Use PrimaryName instead.")]
                public string MasterName { get => PrimaryName; protected set => PrimaryName = value; }
            }
            """,
            Keep);

    [Fact]
    public Task FieldBecomesAForwardingProperty()
        => Verify.VerifyCodeFixAsync(
            """
            using System;

            public class Cluster
            {
                public int [|SlaveCount|];
                public static readonly int [|MaxSlaves|] = 3;
            }
            """,
            """
            using System;

            public class Cluster
            {
                public int ReplicaCount;

                [Obsolete("Use ReplicaCount instead.")]
                public int SlaveCount { get => ReplicaCount; set => ReplicaCount = value; }
                public static readonly int MaxReplicas = 3;

                [Obsolete("Use MaxReplicas instead.")]
                public static int MaxSlaves { get => MaxReplicas; }
            }
            """,
            Keep);

    [Fact]
    public Task Constant()
        => Verify.VerifyCodeFixAsync(
            """
            using System;

            public class Limits
            {
                public const int [|WHITELIST_MAX|] = 10;
            }
            """,
            """
            using System;

            public class Limits
            {
                public const int ALLOWLIST_MAX = 10;

                [Obsolete("Use ALLOWLIST_MAX instead.")]
                public const int WHITELIST_MAX = ALLOWLIST_MAX;
            }
            """,
            Keep);

    [Fact]
    public Task Event()
        => Verify.VerifyCodeFixAsync(
            """
            using System;

            public class Cluster
            {
                public event EventHandler? [|MasterChanged|];
                protected void Raise() => MasterChanged?.Invoke(this, EventArgs.Empty);
            }
            """,
            """
            using System;

            public class Cluster
            {
                public event EventHandler? PrimaryChanged;

                [Obsolete("Use PrimaryChanged instead.")]
                public event EventHandler? MasterChanged { add => PrimaryChanged += value; remove => PrimaryChanged -= value; }
                protected void Raise() => PrimaryChanged?.Invoke(this, EventArgs.Empty);
            }
            """,
            Keep);

    [Fact]
    public Task EnumMember()
        => Verify.VerifyCodeFixAsync(
            """
            using System;

            public enum Role
            {
                [|Master|],
                Other,
            }
            """,
            """
            using System;

            public enum Role
            {
                Primary,
                [Obsolete("Use Primary instead.")]
                Master = Primary,
                Other,
            }
            """,
            Keep);

    [Fact]
    public Task DocumentedMembersGetADocumentedForwarder()
        => Verify.VerifyCodeFixAsync(
            """
            using System;

            public class Cluster
            {
                /// <summary>The node.</summary>
                public int [|MasterNode|] => 1;
            }
            """,
            """
            using System;

            public class Cluster
            {
                /// <summary>The node.</summary>
                public int PrimaryNode => 1;

                /// <summary>Obsolete: renamed to <c>PrimaryNode</c>.</summary>
                [Obsolete("Use PrimaryNode instead.")]
                public int MasterNode { get => PrimaryNode; }
            }
            """,
            Keep);

    [Fact]
    public Task OverloadsAllGetForwarders()
        => Verify.VerifyCodeFixAsync(
            """
            using System;

            public class Cluster
            {
                public void [|Master|](int a) { }
                public void [|Master|](string s) { }
            }
            """,
            """
            using System;

            public class Cluster
            {
                public void Primary(int a) { }

                [Obsolete("Use Primary instead.")]
                public void Master(int a) => Primary(a);
                public void Primary(string s) { }

                [Obsolete("Use Primary instead.")]
                public void Master(string s) => Primary(s);
            }
            """,
            Keep);

    [Fact]
    public Task PublicApiIsOfferedBothActions()
        => new Verify.Test
        {
            TestCode = "public class C { public int [|MasterCount|]; }",
            FixedCode = "public class C { public int PrimaryCount; }",
            ExpectedActionTitles = new()
            {
                "Rename 'MasterCount' to 'PrimaryCount'",
                "Rename 'MasterCount' to 'MainCount'",
                "Rename 'MasterCount' to 'LeaderCount'",
                "Rename 'MasterCount' to 'PrimaryCount' and keep an [Obsolete] forwarder",
                "Rename 'MasterCount' to 'MainCount' and keep an [Obsolete] forwarder",
                "Rename 'MasterCount' to 'LeaderCount' and keep an [Obsolete] forwarder",
            },
        }.RunAsync();

    [Theory]
    [InlineData("class C { public int [|MasterCount|]; }")]
    [InlineData("public class C { internal int [|MasterCount|]; }")]
    [InlineData("public class C { private int [|MasterCount|]; }")]
    [InlineData("public interface I { int [|MasterCount|] { get; } }")]
    [InlineData("public class [|MasterNode|] { }")]
    [InlineData("public class C { public void M(int [|master|]) { } }")]
    public Task OnlyPublicMembersOfPublicTypesGetAForwarder(string source)
        => new Verify.Test
        {
            TestCode = source,
            FixedCode = source,
            CodeActionEquivalenceKey = Keep,
        }.RunAsync();

    [Fact]
    public Task FixAllKeepsForwardersForEveryPublicMember()
        => new Verify.Test
        {
            TestCode = """
                public class C
                {
                    public int [|MasterA|];
                    public int [|MasterB|] => 1;
                    int [|_masterC|];
                }
                """,
            FixedCode = """
                public class C
                {
                    public int PrimaryA;

                    [System.Obsolete("Use PrimaryA instead.")]
                    public int MasterA { get => PrimaryA; set => PrimaryA = value; }
                    public int PrimaryB => 1;

                    [System.Obsolete("Use PrimaryB instead.")]
                    public int MasterB { get => PrimaryB; }
                    int [|_masterC|];
                }
                """,
            CodeActionEquivalenceKey = Keep,
        }.RunAsync();
}
