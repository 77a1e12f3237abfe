using Microsoft.CodeAnalysis;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Comments.CommentAnalyzer>;

namespace InclusiveAnalyzers.Tests.Comments;

public class CommentAnalyzerTests
{
    [Theory]
    [InlineData("// Sync the [|master|] with each replica\nclass C { }")]
    [InlineData("/* the [|whitelist|] of hosts */ class C { }")]
    [InlineData("class C { int x; // [|blacklisted|] hosts\n}")]
    [InlineData("/// <summary>Runs a [|sanity check|].</summary>\nclass C { }")]
    [InlineData("/// <summary>See <see cref=\"C\">the [|master|] copy</see>.</summary>\nclass C { }")]
    [InlineData("/** <remarks>[|Slaves|] follow.</remarks> */\nclass C { }")]
    [InlineData("/// <param name=\"x\">The [|master|] value.</param>\nclass C { void M(int x) { } }")]
    [InlineData("// The [|master/slave|] pair\nclass C { }")]
    [InlineData("class C { string u = \"http://x/master\"; // the [|master|] copy\n}")]
    [InlineData("class C { int x = 4 / 2; /* [|slave|] */ }")]
    [InlineData("/// <summary>One.</summary>\n/// <remarks>Two: [|master|].</remarks>\nclass C { }")]
    public Task Reports_words_in_comments(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("/// <summary>Use <c>master</c> here.</summary>\nclass C { }")]
    [InlineData("/// <summary>Example:<code>var slave = 1;</code></summary>\nclass C { }")]
    [InlineData("/// <summary>See <see cref=\"Master\"/>.</summary>\nclass C { class Master { } }")]
    [InlineData("// https://github.com/org/repo/blob/master/README.md\nclass C { }")]
    [InlineData("// She has a master's degree and a Mastercard\nclass C { }")]
    [InlineData("// mastery, masterpiece, whitespace, black box\nclass C { }")]
    [InlineData("/// <a href=\"https://example.org/master\">docs</a>\nclass C { }")]
    [InlineData("class C { string s = \"master\"; }")]
    [InlineData("class C { string s = \"// master /* slave */\"; }")]
    [InlineData("// MasterNode and _slaveCount are renamed by the identifier rule\nclass C { }")] // code names in comments
    public Task Ignores_code_references_urls_and_false_positives(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("// The role field returns \"master\" or \"slave\".\nclass C { }")]
    [InlineData("// ALTER ROLE db_owner ADD MEMBER alice\nclass C { }")]
    [InlineData("// SENTINEL MASTERS lists them\nclass C { }")]
    [InlineData("// Same as git reset master~4 or master@{upstream}\nclass C { }")]
    [InlineData("/// <summary>Pass --no-master to skip it.</summary>\nclass C { }")]
    [InlineData("// TODO: rename the master branch to main\nclass C { }")]
    [InlineData("// Avoid the words master and slave here.\nclass C { }")]
    [InlineData("/// <summary>Users must master the basics of the query syntax.</summary>\nclass C { }")]
    [InlineData("// Runs against the master database on SQL Server (see tempdb too).\nclass C { }")]
    public Task Ignores_names_mentions_and_other_senses(string source) => Verify.VerifyAnalyzerAsync(source);

    // SQL Server's master database where the file is about SQL Server: its imports or the code around say so.
    private const string SqlClient = "namespace Microsoft.Data.SqlClient { class SqlConnectionStringBuilder { public string InitialCatalog = \"\"; } }\n";

    [Theory]
    [InlineData(SqlClient + "namespace App { using Microsoft.Data.SqlClient;\n// set the master database information\nclass C { } }")]
    [InlineData(SqlClient + "namespace App.SqlServer.Storage { /// <summary>Opens a connection to the master database.</summary>\nclass C { } }")]
    [InlineData("class C { string M() {\n// create it from the master connection\nreturn \"Server=.;Initial Catalog=master\"; } }")]
    public Task Ignores_sql_servers_master_database_where_the_file_is_about_sql_server(string source) => Verify.VerifyAnalyzerAsync(source);

    // Photon's Master Server and master client where the file uses Photon (PUN's callbacks and PhotonNetwork).
    private const string Photon = "namespace Photon.Pun { class MonoBehaviourPunCallbacks { } }\n";

    [Theory]
    [InlineData(Photon + "namespace Game { using Photon.Pun;\nclass Launcher : MonoBehaviourPunCallbacks { void Start() { } // connect to master server\n} }")]
    [InlineData(Photon + "namespace Game { using Photon.Pun;\nclass Launcher : MonoBehaviourPunCallbacks {\n// Handle master client switching if needed\nvoid M() { } } }")]
    public Task Ignores_photons_master_server_and_master_client_where_the_file_uses_photon(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("namespace Game { class Launcher { void Start() { } // connect to [|master|] server\n} }")]
    [InlineData(Photon + "namespace Game { using Photon.Pun;\nclass Launcher : MonoBehaviourPunCallbacks {\n// leave when with [|master|]\nvoid M() { } } }")]
    public Task Reports_master_beside_photon_when_nothing_at_the_word_names_its_server_or_client(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("/// <summary>Logical Replication Protocol stream abort message</summary>\nclass C { }")]
    [InlineData("namespace Npgsql.Replication.PgOutput { // handles the stream abort messages\nclass C { } }")]
    public Task Ignores_postgresqls_stream_abort_message(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("namespace LibGit2Sharp { class Rebase {\n/// <summary>Abort the rebase operation.</summary>\nvoid Stop() => Proxy.git_rebase_abort(null); }\nstatic class Proxy { public static void git_rebase_abort(object rebase) { } } }")]
    [InlineData("namespace Tools.Git { // runs git merge --abort: abort the merge in progress\nclass C { } }")]
    public Task Ignores_gits_abort_of_an_operation_in_progress(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    // DnsClient's copy of RFC 1035 beside its SOA record; BIND's masterfile-format.
    [InlineData("/* Note that this use of MINIMUM should occur when the RRs are copied into the response and not\n   when the zone is loaded from a master file or via a zone transfer. */\nclass SoaRecord { }")]
    [InlineData("// Reads the zone's master file format (RFC 1035 section 5)\nclass ZoneReader { }")]
    // MongoDB's abortTransaction command, described at the operation that sends it.
    [InlineData("using MongoDB.Bson;\nnamespace MongoDB.Bson { }\n/// <summary>The abort transaction operation.</summary>\nclass AbortTransactionOperation { }")]
    public Task Ignores_other_standards_and_servers_names_in_comments(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("// copy the [|master|] file to every node of the cluster\nclass C { }")]
    [InlineData("// the [|master|] file of the build\nclass C { }")]
    [InlineData("/// <summary>The [|abort|] transaction operation of our unit of work.</summary>\nclass C { }")]
    public Task Reports_the_same_words_away_from_zones_and_database_clients(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("namespace Tools.Git { // [|abort|] the upload when the remote hangs up\nclass C { } }")]
    [InlineData("namespace Jobs { // [|abort|] the merge of the two reports\nclass C { } }")]
    public Task Reports_abort_beside_git_when_it_is_not_gits_operation(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("enum CommandSignal\n{\n    /// <summary>\n    /// Abort (ANSI).\n    /// </summary>\n    ABRT = 6,\n}")]
    [InlineData("enum Signal { /// <summary>Abort.</summary>\nABRT = 6 }")]
    [InlineData("enum Signal { /// <summary>Abort</summary>\nABORT = 6 }")]
    [InlineData("static class Signals { /// <summary>Abort, from abort(3) (POSIX).</summary>\npublic const int ABRT = 6; }")]
    public Task Ignores_a_summary_that_spells_out_the_documented_constants_name(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("enum Signal { /// <summary>[|Abort|] the current transfer.</summary>\nABRT = 6 }")]
    [InlineData("enum Signal { /// <summary>Stops and [|aborts|] (ANSI).</summary>\nABRT = 6 }")]
    [InlineData("enum Signal { /// <summary>[|Abort|] (ANSI).</summary>\nStop = 6 }")]
    [InlineData("enum Signal { /// <summary>[|Abort|] (ANSI).</summary>\nQUIT = 3 }")]
    [InlineData("static class Signals { /// <summary>[|Abort|] (ANSI).</summary>\npublic static readonly int ABRT = 6; }")]
    [InlineData("enum Signal { /// <remarks>[|Abort|] (ANSI).</remarks>\nABRT = 6 }")]
    [InlineData("/// <summary>[|Abort|] (ANSI).</summary>\nclass ABRT { }")]
    public Task Reports_the_word_where_the_summary_is_more_than_the_documented_constants_name(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("namespace Npgsql.Replication.PgOutput { // [|abort|] the stream when the slot is gone\nclass C { } }")]
    [InlineData("// show an [|abort|] message to the user\nclass C { }")]
    public Task Reports_abort_beside_postgresqls_protocol_when_it_is_not_its_message(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("namespace App.Replication { // write to the [|master|] database, read from replicas\nclass C { } }")]
    [InlineData(SqlClient + "namespace App { using Microsoft.Data.SqlClient;\n// replicate the [|master|] to each replica\nclass C { } }")]
    [InlineData(SqlClient + "namespace App { using Microsoft.Data.SqlClient;\n// the [|master|] copy of the file\nclass C { } }")]
    public Task Reports_master_in_sql_server_files_when_it_is_not_the_database(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("// Push to [|master|] after review.\nclass C { }")]
    [InlineData("// He said \"push to [|master|]\".\nclass C { }")]
    [InlineData("// The [|MASTER|] node.\nclass C { }")]
    [InlineData("// NEVER WRITE TO THE [|MASTER|] DIRECTLY\nclass C { }")] // a comment line all in capitals is shouted, not a command
    [InlineData("// Replace the [|master|] with a new server.\nclass C { }")]
    public Task Still_reports_words_used_next_to_those_cases(string source) => Verify.VerifyAnalyzerAsync(source);

    [Fact]
    public Task Editorconfig_mask_names_false_reports_names_again()
        => new Verify.Test
        {
            TestCode = "// returns \"[|master|]\"\nclass C { }",
            EditorConfig = "inclusive_analyzers.mask_names = false",
        }.RunAsync();

    [Fact]
    public Task Editorconfig_mask_names_false_reports_a_documented_constants_gloss_again()
        => new Verify.Test
        {
            TestCode = "enum Signal { /// <summary>[|Abort|] (ANSI).</summary>\nABRT = 6 }",
            EditorConfig = "inclusive_analyzers.mask_names = false",
        }.RunAsync();

    [Fact]
    public Task Reports_each_occurrence_with_exact_span()
        => Verify.VerifyAnalyzerAsync("// {|#0:whitelist|} then {|#1:blacklist|}\nclass C { }",
            Verify.Diagnostic().WithLocation(0).WithMessage("The comment says 'whitelist' (racial): consider 'allowlist', 'allow list' or 'permit list'"),
            Verify.Diagnostic().WithLocation(1).WithSeverity(DiagnosticSeverity.Warning));

    // NModbus's "Start slave listening for requests": the comment does not name the bus, the file's namespace does.
    [Fact]
    public Task A_comment_in_a_file_about_a_bus_gets_the_bus_own_words()
        => Verify.VerifyAnalyzerAsync("namespace NModbus.Device\n{\n    /// <summary>Start {|#0:slave|} listening for requests.</summary>\n    class C { }\n}",
            Verify.Diagnostic().WithLocation(0).WithMessage("The comment says 'slave' (racial): consider 'server'"));

    [Fact]
    public Task A_comment_in_a_mocking_library_gets_only_placeholder_for_dummy()
        => Verify.VerifyAnalyzerAsync("namespace FakeItEasy.Tests\n{\n    /// <summary>A {|#0:dummy|} handler that throws when it is called.</summary>\n    /// <exception cref=\"FakeItEasy.Core.FakeCreationException\">Not able to generate it.</exception>\n    interface IHandler { }\n}",
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithMessage("The comment says 'dummy' (ableist): consider 'placeholder'"));

    [Fact]
    public Task A_comment_elsewhere_keeps_the_general_words()
        => Verify.VerifyAnalyzerAsync("namespace Inspire.Device\n{\n    /// <summary>Start {|#0:slave|} listening for requests.</summary>\n    class C { }\n}",
            Verify.Diagnostic().WithLocation(0).WithMessage("The comment says 'slave' (racial): consider 'replica', 'secondary' or 'follower'"));

    // A candidate in trivia that is not a comment (a #region name, a disabled line) passes over that trivia only, not the
    // token it leads: the comments after it in the same trivia are still read.
    [Theory]
    [InlineData("#region master data\n// keep the {|INCL102:whitelist|} short\nclass C { }\n#endregion")]
    [InlineData("class C\n{\n#if NEVER\n    int master;\n#endif\n    // the {|INCL102:slave|} copy\n    int x;\n}")]
    [InlineData("class C\n{\n    #pragma warning disable CS0169 // master switch\n    // the {|INCL102:slave|} copy\n    int x;\n}")]
    public Task A_comment_after_other_trivia_with_a_candidate_is_still_read(string source) => Verify.VerifyAnalyzerAsync(source);
}
