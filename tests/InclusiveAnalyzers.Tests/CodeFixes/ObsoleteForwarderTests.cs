using Xunit;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer, InclusiveAnalyzers.CodeFixes.RenameIdentifierFixer>;

namespace InclusiveAnalyzers.Tests.CodeFixes;

/// <summary>
/// The [Obsolete] forwarder each shape of public API gets (the default public_api = forward makes it the
/// first action): the old public name stays, forwarding, so a library's users keep compiling.
/// </summary>
public class ObsoleteForwarderTests
{
    internal const string Keep = "INCL101.RenameKeepObsolete.0";
    internal const string Hidden = "[EditorBrowsable(EditorBrowsableState.Never)]";

    [Fact]
    public Task A_method_gets_a_forwarder()
        => Verify.VerifyCodeFixAsync(
            """
            using System;
            using System.ComponentModel;

            public class Cluster
            {
                public int [|GetMasterId|](int shard, out string name) { name = ""; return shard; }
            }
            """,
            """
            using System;
            using System.ComponentModel;

            public class Cluster
            {
                public int GetPrimaryId(int shard, out string name) { name = ""; return shard; }

                [Obsolete("Use GetPrimaryId instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public int GetMasterId(int shard, out string name) => GetPrimaryId(shard, out name);
            }
            """);

    [Fact]
    public Task Generic_static_method_without_usings()
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
                [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
                public static T PickMaster<T>(this T[] nodes) where T : class => PickPrimary<T>(nodes);
            }
            """);

    [Fact]
    public Task A_property_gets_a_forwarder()
        => Verify.VerifyCodeFixAsync(
            """
            using System;
            using System.ComponentModel;

            public class Cluster
            {
                public string [|MasterName|] { get; protected set; } = "";
            }
            """,
            """
            using System;
            using System.ComponentModel;

            public class Cluster
            {
                public string PrimaryName { get; protected set; } = "";

                [Obsolete("Use PrimaryName instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public string MasterName { get => PrimaryName; protected set => PrimaryName = value; }
            }
            """);

    [Fact]
    public Task Mutable_field_becomes_a_ref_returning_property()
        => new Verify.Test
        {
            // ref keeps ref/out arguments, ++, compound assignment and object initializers compiling.
            TestCode = """
                using System;
                using System.ComponentModel;

                public class Cluster
                {
                    public int [|SlaveCount|];
                    public static string [|DefaultMaster|] = "";
                    public static readonly int [|MaxSlaves|] = 3;
                }

                class Caller
                {
                    static void Bump(ref int n) => n++;
                    void M()
                    {
                        var c = new Cluster { SlaveCount = 1 };
                        Bump(ref c.SlaveCount);
                        c.SlaveCount += Cluster.MaxSlaves;
                    }
                }
                """,
            FixedCode = """
                using System;
                using System.ComponentModel;

                public class Cluster
                {
                    public int ReplicaCount;

                    [Obsolete("Use ReplicaCount instead.")]
                    [EditorBrowsable(EditorBrowsableState.Never)]
                    public ref int SlaveCount => ref ReplicaCount;
                    public static string DefaultPrimary = "";

                    [Obsolete("Use DefaultPrimary instead.")]
                    [EditorBrowsable(EditorBrowsableState.Never)]
                    public static ref string DefaultMaster => ref DefaultPrimary;
                    public static readonly int MaxReplicas = 3;

                    [Obsolete("Use MaxReplicas instead.")]
                    [EditorBrowsable(EditorBrowsableState.Never)]
                    public static int MaxSlaves { get => MaxReplicas; }
                }

                class Caller
                {
                    static void Bump(ref int n) => n++;
                    void M()
                    {
                        var c = new Cluster { ReplicaCount = 1 };
                        Bump(ref c.ReplicaCount);
                        c.ReplicaCount += Cluster.MaxReplicas;
                    }
                }
                """,
        }.RunAsync();

    [Fact]
    public Task A_struct_field_becomes_a_get_set_property()
        => Verify.VerifyCodeFixAsync(
            """
            public struct Link
            {
                public int [|MasterPort|];
            }
            """,
            """
            public struct Link
            {
                public int PrimaryPort;

                [System.Obsolete("Use PrimaryPort instead.")]
                [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
                public int MasterPort { get => PrimaryPort; set => PrimaryPort = value; }
            }
            """);

    [Fact]
    public Task A_constant_gets_a_forwarder()
        => Verify.VerifyCodeFixAsync(
            """
            using System;
            using System.ComponentModel;

            public class Limits
            {
                public const int [|WHITELIST_MAX|] = 10;
            }
            """,
            """
            using System;
            using System.ComponentModel;

            public class Limits
            {
                public const int ALLOWLIST_MAX = 10;

                [Obsolete("Use ALLOWLIST_MAX instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public const int WHITELIST_MAX = ALLOWLIST_MAX;
            }
            """);

    [Fact]
    public Task An_event_gets_a_forwarder()
        => Verify.VerifyCodeFixAsync(
            """
            using System;
            using System.ComponentModel;

            public class Cluster
            {
                public event EventHandler? [|MasterChanged|];
                protected void Raise() => MasterChanged?.Invoke(this, EventArgs.Empty);
            }
            """,
            """
            using System;
            using System.ComponentModel;

            public class Cluster
            {
                public event EventHandler? PrimaryChanged;

                [Obsolete("Use PrimaryChanged instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public event EventHandler? MasterChanged { add => PrimaryChanged += value; remove => PrimaryChanged -= value; }
                protected void Raise() => PrimaryChanged?.Invoke(this, EventArgs.Empty);
            }
            """);

    [Fact]
    public Task Enum_member()
        => Verify.VerifyCodeFixAsync(
            """
            using System;
            using System.ComponentModel;

            public enum ClientType
            {
                Normal,
                [|Slave|],
            }
            """,
            """
            using System;
            using System.ComponentModel;

            public enum ClientType
            {
                Normal,
                Replica,
                [Obsolete("Use Replica instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                Slave = Replica,
            }
            """);

    [Fact]
    public Task Enum_member_in_the_middle_of_a_list_with_a_trailing_comma()
        => Verify.VerifyCodeFixAsync(
            "public enum ClientType\n{\n    Normal,\n    [|Slave|],\n    PubSub,\n}",
            "public enum ClientType\n{\n    Normal,\n    Replica,\n    [System.Obsolete(\"Use Replica instead.\")]\n    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]\n    Slave = Replica,\n    PubSub,\n}");

    [Fact]
    public Task Documented_members_get_a_documented_forwarder()
        => Verify.VerifyCodeFixAsync(
            """
            using System;
            using System.ComponentModel;

            public class Cluster
            {
                /// <summary>The node.</summary>
                public int [|MasterNode|] => 1;
            }
            """,
            """
            using System;
            using System.ComponentModel;

            public class Cluster
            {
                /// <summary>The node.</summary>
                public int PrimaryNode => 1;

                /// <summary>Obsolete: renamed to <c>PrimaryNode</c>.</summary>
                [Obsolete("Use PrimaryNode instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public int MasterNode { get => PrimaryNode; }
            }
            """);

    [Fact]
    public Task Overloads_all_get_forwarders()
        => Verify.VerifyCodeFixAsync(
            """
            using System;
            using System.ComponentModel;

            public class Server
            {
                public void [|SlaveOf|](string endpoint) { }
                public void [|SlaveOf|](string host, int port) { }
            }

            class Caller
            {
                void M(Server s) { s.SlaveOf(endpoint: "a:1"); s.SlaveOf("a", port: 1); }
            }
            """,
            """
            using System;
            using System.ComponentModel;

            public class Server
            {
                public void ReplicaOf(string endpoint) { }

                [Obsolete("Use ReplicaOf instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public void SlaveOf(string endpoint) => ReplicaOf(endpoint);
                public void ReplicaOf(string host, int port) { }

                [Obsolete("Use ReplicaOf instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public void SlaveOf(string host, int port) => ReplicaOf(host, port);
            }

            class Caller
            {
                void M(Server s) { s.ReplicaOf(endpoint: "a:1"); s.ReplicaOf("a", port: 1); }
            }
            """);

    [Fact]
    public Task Interface_members_go_back_into_the_interface_and_every_implementation_forwards()
        => Verify.VerifyCodeFixAsync(
            """
            using System;
            using System.ComponentModel;

            public interface IServer
            {
                bool [|IsSlave|] { get; }
                void [|MakeMaster|](string endpoint);
            }

            public class Server : IServer
            {
                public bool IsSlave => false;
                public void MakeMaster(string endpoint) { }
            }

            class Hidden : IServer
            {
                bool IServer.IsSlave => true;
                void IServer.MakeMaster(string endpoint) { }
            }
            """,
            """
            using System;
            using System.ComponentModel;

            public interface IServer
            {
                bool IsReplica { get; }

                [Obsolete("Use IsReplica instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                bool IsSlave { get; }
                void MakePrimary(string endpoint);

                [Obsolete("Use MakePrimary instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                void MakeMaster(string endpoint);
            }

            public class Server : IServer
            {
                public bool IsReplica => false;

                [Obsolete("Use IsReplica instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public bool IsSlave { get => IsReplica; }
                public void MakePrimary(string endpoint) { }

                [Obsolete("Use MakePrimary instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public void MakeMaster(string endpoint) => MakePrimary(endpoint);
            }

            class Hidden : IServer
            {
                bool IServer.IsReplica => true;

                bool IServer.IsSlave { get => ((IServer)this).IsReplica; }
                void IServer.MakePrimary(string endpoint) { }

                void IServer.MakeMaster(string endpoint) => ((IServer)this).MakePrimary(endpoint);
            }
            """);

    [Fact]
    public Task Interface_event_and_generic_method()
        => Verify.VerifyCodeFixAsync(
            """
            using System;
            using System.ComponentModel;

            public interface IPool
            {
                event EventHandler [|MasterLost|];
                T [|GetMaster|]<T>() where T : class;
            }

            public sealed class Pool : IPool
            {
                public event EventHandler? MasterLost;
                public T GetMaster<T>() where T : class => null!;
            }
            """,
            """
            using System;
            using System.ComponentModel;

            public interface IPool
            {
                event EventHandler PrimaryLost;

                [Obsolete("Use PrimaryLost instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                event EventHandler MasterLost;
                T GetPrimary<T>() where T : class;

                [Obsolete("Use GetPrimary instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                T GetMaster<T>() where T : class;
            }

            public sealed class Pool : IPool
            {
                public event EventHandler? PrimaryLost;

                [Obsolete("Use PrimaryLost instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public event EventHandler? MasterLost { add => PrimaryLost += value; remove => PrimaryLost -= value; }
                public T GetPrimary<T>() where T : class => null!;

                [Obsolete("Use GetPrimary instead.")]
                [EditorBrowsable(EditorBrowsableState.Never)]
                public T GetMaster<T>() where T : class => GetPrimary<T>();
            }
            """);

    [Fact]
    public Task Forwarding_is_the_first_action_for_public_api()
        => new Verify.Test
        {
            TestCode = "public class C { public int [|MasterCount|]; }",
            FixedCode = "public class C { public int PrimaryCount;\n    [System.Obsolete(\"Use PrimaryCount instead.\")]\n    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]\n    public ref int MasterCount => ref PrimaryCount;\n}",
            ExpectedActionTitles = new()
            {
                "Rename 'MasterCount' to 'PrimaryCount' and keep an [Obsolete] forwarder",
                "Rename 'MasterCount' to 'MainCount' and keep an [Obsolete] forwarder",
                "Rename 'MasterCount' to 'LeaderCount' and keep an [Obsolete] forwarder",
                "Rename 'MasterCount' to 'PrimaryCount' (breaks callers of the public API)",
                "Rename 'MasterCount' to 'MainCount' (breaks callers of the public API)",
                "Rename 'MasterCount' to 'LeaderCount' (breaks callers of the public API)",
            },
        }.RunAsync();

    [Theory]
    [InlineData("class C { public int [|MasterCount|]; }")]
    [InlineData("public class C { internal int [|MasterCount|]; }")]
    [InlineData("public class C { private int [|MasterCount|]; }")]
    [InlineData("public sealed class C { protected int [|MasterCount|]; }")]
    [InlineData("public class [|MasterNode|] { }")]
    [InlineData("public class C { public void M(int [|master|]) { } }")]
    [InlineData("public record R(int [|MasterId|]);")]
    public Task No_forwarder_where_it_cannot_keep_callers_compiling_or_nobody_outside_sees_the_name(string source)
        => new Verify.Test
        {
            TestCode = source,
            FixedCode = source,
            CodeActionEquivalenceKey = Keep,
        }.RunAsync();
}
