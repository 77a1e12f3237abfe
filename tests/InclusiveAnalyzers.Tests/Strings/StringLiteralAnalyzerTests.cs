using InclusiveAnalyzers.Strings;
using InclusiveAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Strings.StringLiteralAnalyzer>;

namespace InclusiveAnalyzers.Tests.Strings;

public class StringLiteralAnalyzerTests
{
    [Theory]
    [InlineData("class C { string s = \"the [|master|] node\"; }")]
    [InlineData("class C { string s = @\"the [|slave|]\"; }")]
    [InlineData("class C { string M(int n) => $\"{n} [|whitelisted|] hosts\"; }")]
    [InlineData("class C { string s = \"\"\"\n    the [|blacklist|]\n    \"\"\"; }")]
    [InlineData("class C { System.ReadOnlySpan<byte> M() => \"[|master|]\"u8; }")]
    [InlineData("class C { string s = \"line\\n[|master|] node\"; }")]
    public Task Reports_terms_in_every_literal_kind(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("class C { string s = \"primary node\"; }")]
    [InlineData("class C { string s = \"https://github.com/o/r/tree/master\"; }")]
    [InlineData("[System.Obsolete(\"use the master\")] class C { }")]
    [InlineData("class C { string M(int master) => $\"{master}\"; }")]
    public Task Ignores_urls_attributes_and_code(string source) => Verify.VerifyAnalyzerAsync(source);

    // StackExchange.Redis's RedisLiterals: a table of Redis's words, each a static field named after its value.
    private const string RedisTable = """
        static class Literals
        {
            public static readonly string
                MASTERS = "MASTERS", MASTER = "MASTER", REPLICAS = "REPLICAS", SLAVES = "SLAVES",
                GETMASTERADDRBYNAME = "GET-MASTER-ADDR-BY-NAME", FAILOVER = "FAILOVER", SENTINELS = "SENTINELS",
                master = "master", replica = "replica", slave = "slave", slave_read_only = "slave-read-only";
            public const string Role = "role";
        }
        """;

    [Fact]
    public Task The_values_of_a_table_of_another_systems_words_are_its_words()
        => Verify.VerifyAnalyzerAsync(RedisTable);

    [Theory]
    // A short list of a project's own keys, a name that says more than its value, a literal beside the table's entries
    [InlineData("static class Keys { public const string Master = \"[|master|]\"; public const string Other = \"other\"; }")]
    [InlineData("static class Keys { public static readonly string A = \"a\", B = \"b\", C = \"c\", D = \"d\", E = \"e\", F = \"f\", G = \"g\", H = \"h\", DefaultMaster = \"[|master|]\"; }")]
    [InlineData("static class Keys { public static readonly string A = \"a\", B = \"b\", C = \"c\", D = \"d\", E = \"e\", F = \"f\", G = \"g\", H = \"h\"; static string M() => \"[|master|]\"; }")]
    [InlineData("class Keys { public readonly string A = \"a\", B = \"b\", C = \"c\", D = \"d\", E = \"e\", F = \"f\", G = \"g\", H = \"h\", master = \"[|master|]\"; }")] // instance fields: no table of constants
    public Task A_literal_outside_such_a_table_is_still_reported(string source) => Verify.VerifyAnalyzerAsync(source);

    // EF Core's SqlServerConnection and DbUp's TemporarySqlDatabase: SQL Server's master database as a connection's catalog.
    private const string Builder = "class Builder { public string InitialCatalog { get; set; } public string Branch { get; set; } } ";

    [Theory]
    [InlineData(Builder + "class C { void M(Builder b) { b.InitialCatalog = \"master\"; } }")]
    [InlineData(Builder + "class C { Builder M() => new Builder { InitialCatalog = \"master\" }; }")]
    [InlineData(Builder + "class C { void M(string initialCatalog) { } void N() => M(initialCatalog: \"master\"); }")]
    public Task A_value_given_to_another_systems_name_is_that_name(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData(Builder + "class C { void M(Builder b) { b.Branch = \"[|master|]\"; } }")] // a member no name context knows
    [InlineData(Builder + "class C { void M(Builder b) { b.InitialCatalog = \"the [|master|] copy\"; } }")] // more than the word alone
    [InlineData(Builder + "class C { void M(string s) { } void N() => M(\"[|master|]\"); }")] // an argument without a name
    public Task A_value_given_to_another_member_is_still_reported(string source) => Verify.VerifyAnalyzerAsync(source);

    // StackExchange.Redis's SentinelBase and csredis's RedisRoleCommand: Redis's ROLE reply compared in a Redis client.
    private const string RedisClient = "namespace StackExchange.Redis.Tests { class Server { public string Role { get; set; } } ";

    [Theory]
    [InlineData(RedisClient + "class C { System.Threading.Tasks.Task WaitForRoleAsync(Server s, string role) => null; async void M(Server s) { await WaitForRoleAsync(s, \"master\"); await WaitForRoleAsync(s, \"slave\"); } } }")]
    [InlineData(RedisClient + "class C { int M(string role) { switch (role) { case \"master\": return 1; case \"slave\": return 2; default: return 0; } } } }")]
    [InlineData(RedisClient + "class C { bool M(Server s) => s.Role == \"master\" || \"slave\" != s?.Role; } }")]
    public Task A_value_compared_with_another_systems_role_is_that_systems_word(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("class Server { public string Role { get; set; } } class C { int M(string role) { switch (role) { case \"[|master|]\": return 1; default: return 0; } } }")] // no Redis around: a role of the project's own
    [InlineData(RedisClient + "class C { bool M(string key) => key.StartsWith(\"[|slave|]\"); } }")] // a method that names no role
    [InlineData(RedisClient + "class C { string M(string kind) { switch (kind) { case \"[|master|]\": return kind; default: return \"\"; } } } }")] // a switch on something else
    public Task A_value_compared_with_something_else_is_still_reported(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("using Photon.Pun;\nnamespace Photon.Pun { static class PhotonNetwork { public static void ConnectUsingSettings() { } } }\nclass Launcher { void Start() { System.Console.WriteLine(\"Connecting to Master\"); PhotonNetwork.ConnectUsingSettings(); } void M() => System.Console.WriteLine(\"Connected to Master Server\"); }")]
    public Task Ignores_photons_master_server_in_log_lines_of_a_file_using_photon(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("class Launcher { void Start() => System.Console.WriteLine(\"Connecting to [|Master|]\"); }")]
    public Task Reports_master_server_log_lines_where_nothing_names_photon(string source) => Verify.VerifyAnalyzerAsync(source);

    [Fact]
    public Task Is_off_by_default()
    {
        var test = new DefaultSeverityTest { TestCode = "class C { string s = \"master\"; }" };
        return test.RunAsync();
    }

    [Fact]
    public Task Editorconfig_severity_turns_it_on()
    {
        var test = new DefaultSeverityTest
        {
            TestCode = "class C { string s = \"{|#0:master|}\"; }",
            EditorConfig = "dotnet_diagnostic.INCL103.severity = warning",
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning));
        return test.RunAsync();
    }

    [Fact]
    public Task Strings_option_false_switches_it_off_for_a_path()
    {
        var test = new CSharpAnalyzerVerifier<StringLiteralAnalyzer>.Test
        {
            TestCode = "class C { string s = \"master\"; }",
            EditorConfig = "inclusive_analyzers.strings = false",
        };
        return test.RunAsync();
    }

    /// <summary>Runs with the rule at its real default (disabled) unless the test configures it.</summary>
    private sealed class DefaultSeverityTest : CSharpAnalyzerVerifier<StringLiteralAnalyzer>.Test
    {
        public DefaultSeverityTest() => TestBehaviors = TestBehaviors.None;

        protected override async Task RunImplAsync(CancellationToken cancellationToken)
        {
            EditorConfig ??= "dotnet_diagnostic.INCL103.severity = default";
            await base.RunImplAsync(cancellationToken);
        }
    }
}
