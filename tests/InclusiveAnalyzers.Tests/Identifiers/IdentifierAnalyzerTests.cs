using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>;

namespace InclusiveAnalyzers.Tests.Identifiers;

public class IdentifierAnalyzerTests
{
    [Theory]
    [InlineData("class [|MasterNode|] { }")]
    [InlineData("class [|HTTPMasterNode|] { }")]
    [InlineData("interface [|IMasterService|] { }")]
    [InlineData("struct [|WhitelistEntry|] { }")]
    [InlineData("record [|SlaveInfo|](int Id);")]
    [InlineData("enum [|BlacklistMode|] { Off }")]
    [InlineData("delegate void [|OnWhitelisted|]();")]
    [InlineData("class C { int [|_slaveCount|]; }")]
    [InlineData("class C { const int [|WHITELIST_MAX|] = 1; }")]
    [InlineData("class C { int [|white_list|]; }")]
    [InlineData("class C { void [|RunSanityCheck|]() { } }")]
    [InlineData("class C { int [|ManHours|] { get; set; } }")]
    [InlineData("class C { event System.Action [|SlaveAdded|]; }")]
    [InlineData("class C { event System.Action [|MasterChanged|] { add { } remove { } } }")]
    [InlineData("enum E { [|Master|], Replica }")]
    [InlineData("class C { void M(int [|whitelistedIps|]) { } }")]
    [InlineData("class C<[|TMaster|]> { }")]
    [InlineData("class C { void M<[|TSlave|]>() { } }")]
    [InlineData("class C { void M() { var [|blackList|] = 1; } }")]
    [InlineData("class C { void M() { int [|master|] = 0, other = 1; } }")]
    [InlineData("class C { void M() { foreach (var [|slave|] in new int[0]) { } } }")]
    [InlineData("class C { void M() { try { } catch (System.Exception [|masterError|]) { } } }")]
    [InlineData("class C { void M() { void [|KillSlaves|]() { } } }")]
    [InlineData("class C { void M() { int L(int [|slave|]) => slave; } }")]
    [InlineData("class C { void M() { [|master|]: return; } }")]
    [InlineData("class C { void M() { System.Func<int, int> f = [|slave|] => slave; } }")]
    [InlineData("class C { void M() { System.Func<int, int, int> f = ([|master|], b) => b; } }")]
    [InlineData("class C { void M() { System.Action<int> f = delegate (int [|slave|]) { }; } }")]
    [InlineData("class C { (int [|master|], int other) M() => default; }")]
    [InlineData("class C { object M() => ([|master|]: 1, other: 2); }")]
    [InlineData("class C { void M(object o) { if (o is string [|masterName|]) { } } }")]
    [InlineData("class C { void M() { var ([|master|], b) = (1, 2); } }")]
    [InlineData("class C { void M(out int x) { x = 0; M(out var [|slave|]); } }")]
    [InlineData("class C { int this[int [|masterIndex|]] => 0; }")]
    [InlineData("class C { public C(int [|master|]) { } }")]
    [InlineData("using System.Linq; class C { object M() => from [|slave|] in new int[0] select slave; }")]
    [InlineData("using System.Linq; class C { object M() => from x in new int[0] let [|master|] = x select master; }")]
    [InlineData("namespace Company.[|MasterData|] { class C { } }")]
    [InlineData("namespace [|Whitelist|]; class C { }")]
    [InlineData("class C { void [|AbortUpload|]() { } }")] // INI Tier 1
    public Task Reports_declarations(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("class Mastery { }")]
    [InlineData("class MotherboardSerial { }")]
    [InlineData("class MasterCard { }")]
    [InlineData("class Mastermind { }")]
    [InlineData("class WebMaster { }")]
    [InlineData("class Headmaster { }")]
    [InlineData("class Whitespace { int WhiteSpaceCount; }")]
    [InlineData("class BlackBoxTest { }")]
    [InlineData("class PrimaryNode { void M(int replica) { var allowlist = 1; } }")]
    [InlineData("class C { void Disable() { } void Kill() { } void Hang() { } }")] // Tier 0 and technical senses are off by default
    [InlineData("class MasterOfScienceProgram { }")]
    [InlineData("class MastersDegree { }")]
    public Task Ignores_false_positives(string source) => Verify.VerifyAnalyzerAsync(source);

    [Fact]
    public Task Ignores_names_of_sql_servers_master_database_in_a_file_about_sql_server()
        => Verify.VerifyAnalyzerAsync("""
            namespace Microsoft.Data.SqlClient { class SqlConnection { } }
            namespace App
            {
                using Microsoft.Data.SqlClient;
                class Creator
                {
                    SqlConnection masterSqlConnection = new SqlConnection();
                    const int DefaultMasterConnectionCommandTimeout = 60;
                    object CreateMasterConnection() => masterSqlConnection;
                    void M() { var masterDb = 1; var masterConnectionStringBuilder = masterDb; }
                    object [|MasterNode|] => null;
                    object [|master|];
                }
            }
            """);

    [Fact]
    public Task Reports_names_beside_near_words_that_alone_name_only_a_page()
        => Verify.VerifyAnalyzerAsync("""
            namespace App.Tkinter
            {
                class Layout
                {
                    object packer = new object();
                    object [|masterWidget|];
                }
            }
            """);

    [Fact]
    public Task Reports_master_connection_names_where_nothing_names_sql_server()
        => Verify.VerifyAnalyzerAsync("""
            namespace App.Replication
            {
                class Pool
                {
                    object [|masterConnection|];
                    object [|CreateMasterConnection|]() => null;
                    void M() { var [|masterDb|] = 1; }
                }
            }
            """);

    [Fact]
    public Task Ignores_the_stream_abort_message_of_postgresqls_logical_replication_protocol()
        => Verify.VerifyAnalyzerAsync("""
            namespace Npgsql.Replication.PgOutput.Messages
            {
                public sealed class StreamAbortMessage { }
                public sealed class [|AbortHandler|] { }
            }
            """);

    [Fact]
    public Task Ignores_git_command_wrappers_named_after_gits_abort()
        => Verify.VerifyAnalyzerAsync("""
            namespace GitTool.Git.Command.Branch
            {
                abstract class Command { protected void RunGit(string name, params string[] args) { } }
                class RebaseAbort : Command { RebaseAbort() => RunGit("rebase", "rebase", "--abort"); }
                class CherryPickAbort : Command { CherryPickAbort() => RunGit("cherry-pick", "cherry-pick", "--abort"); }
                class [|UploadAbort|] : Command { }
            }
            """);

    [Fact]
    public Task Reads_a_members_name_after_its_types_name_as_callers_write_it()
        // LibGit2Sharp's repo.Rebase.Abort() runs git_rebase_abort: "rebase abort" beside git, as RebaseAbort is.
        => Verify.VerifyAnalyzerAsync("""
            namespace LibGit2Sharp
            {
                static class Proxy { public static void git_rebase_abort(object handle) { } }
                public class Rebase { public virtual void Abort() => Proxy.git_rebase_abort(null); }
                public class Upload { public virtual void [|Abort|]() => Proxy.git_rebase_abort(null); }
            }
            """);

    [Fact]
    public Task Reports_a_rebase_types_abort_where_nothing_names_git()
        => Verify.VerifyAnalyzerAsync("namespace Reports.Jobs { public class Rebase { public void [|Abort|]() { } } public class [|Abort|] { } }");

    [Fact]
    public Task Reports_merge_abort_names_where_nothing_names_git()
        => Verify.VerifyAnalyzerAsync("namespace Reports.Jobs { class [|MergeAbort|] { } class C { void [|RebaseAbort|]() { } } }");

    [Fact]
    public Task Reports_an_abort_message_of_ones_own()
        => Verify.VerifyAnalyzerAsync("namespace App.Uploads { public sealed class [|UploadAbortMessage|] { } }");

    [Fact]
    public Task Ignores_s3s_abort_multipart_upload_operation_beside_s3()
        // The AWS SDK's TransferUtility: a command and a factory named after S3's AbortMultipartUpload operation.
        => Verify.VerifyAnalyzerAsync("""
            using Amazon.S3.Model;
            namespace Amazon.S3.Model { class AbortMultipartUploadRequest { } class MultipartUpload { } }
            namespace Amazon.S3.Transfer.Internal
            {
                class AbortMultipartUploadsCommand
                {
                    AbortMultipartUploadRequest ConstructAbortMultipartUploadRequest(MultipartUpload upload)
                    {
                        var [|abortRequest|] = new AbortMultipartUploadRequest();
                        return abortRequest;
                    }
                }
                class [|AbortOnFailurePolicy|] { }
            }
            """);

    [Fact]
    public Task Reports_abort_multipart_upload_names_where_nothing_names_s3()
        => Verify.VerifyAnalyzerAsync("namespace App.Uploads { class [|AbortMultipartUploadsCommand|] { void [|AbortMultipartUpload|]() { } } }");

    [Fact]
    public Task Ignores_a_database_clients_abort_transaction_command()
        // MongoDB's abortTransaction command beside commitTransaction, sent by the driver's operation of that name.
        => Verify.VerifyAnalyzerAsync("""
            using MongoDB.Bson;
            namespace MongoDB.Bson { class BsonDocument { } }
            namespace MongoDB.Driver.Core.Operations
            {
                abstract class EndTransactionOperation { protected abstract string CommandName { get; } }
                sealed class AbortTransactionOperation : EndTransactionOperation { protected override string CommandName => "abortTransaction"; }
                sealed class CommitTransactionOperation : EndTransactionOperation { protected override string CommandName => "commitTransaction"; }
                sealed class [|AbortUploadOperation|] { }
            }
            """);

    [Fact]
    public Task Reports_an_abort_transaction_of_ones_own_transaction_layer()
        => Verify.VerifyAnalyzerAsync("""
            namespace App.Data
            {
                interface IUnitOfWork { void CommitTransaction(); void [|AbortTransaction|](); }
                sealed class [|AbortTransactionOperation|] { const string Name = "abortTransaction"; }
            }
            """);

    [Fact]
    public Task Ignores_the_mysql_protocols_register_slave_command()
        // MySqlCdc: COM_REGISTER_SLAVE, which a replication client sends before COM_BINLOG_DUMP.
        => Verify.VerifyAnalyzerAsync("""
            namespace MySqlCdc.Commands
            {
                enum CommandType : byte { QUERY = 3, BINLOG_DUMP = 18, REGISTER_SLAVE = 21, BINLOG_DUMP_GTID = 30 }
                /// <summary>See <a href="https://mariadb.com/kb/en/com_register_slave/">MariaDB docs</a></summary>
                class RegisterSlaveCommand { byte Code => (byte)CommandType.REGISTER_SLAVE; }
                class [|SlaveRegistry|] { }
            }
            """);

    [Fact]
    public Task Reports_register_slave_names_away_from_the_replication_protocol()
        => Verify.VerifyAnalyzerAsync("namespace Ops.Inventory { enum Action { ADD_HOST = 1, [|REGISTER_SLAVE|] = 2 } class [|RegisterSlaveCommand|] { } }");

    [Fact]
    public Task Ignores_com_interop_interfaces_which_transcribe_a_native_interface()
        => Verify.VerifyAnalyzerAsync("""
            using System;
            using System.Runtime.InteropServices;
            [Guid("5CDF2C82-841E-4546-9722-0CF74078229A"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown), ComImport]
            interface IAudioEndpointVolume
            {
                int SetMasterVolumeLevel(float fLevelDB, ref Guid pguidEventContext);
                int GetMasterVolumeLevelScalar(out float master);
            }
            namespace System.Runtime.InteropServices.Marshalling { sealed class GeneratedComInterfaceAttribute : Attribute { } }
            [System.Runtime.InteropServices.Marshalling.GeneratedComInterface]
            partial interface IMasterClock { void SetMaster(int master); }
            class EndpointVolume : IAudioEndpointVolume
            {
                public int SetMasterVolumeLevel(float fLevelDB, ref Guid pguidEventContext) => 0;
                public int GetMasterVolumeLevelScalar(out float master) { master = 0; return 0; }
                public float [|MasterVolumeLevel|] => 0;
            }
            """);

    [Fact]
    public Task Ignores_windows_error_codes_transcribed_from_the_sdk()
        => Verify.VerifyAnalyzerAsync("""
            static class HResults
            {
                public const int E_ABORT = unchecked((int)0x80004004);
                public const uint COR_E_THREADABORTED = 0x80131530;
            }
            enum HResult { S_OK = 0, E_ABORT = unchecked((int)0x80004004), COR_E_THREADABORTED = -2146233040 }
            static class Graph
            {
                internal const int E_Abort = unchecked((int)(0x80004004));
                static void EventWait()
                {
                    const int E_ABORT = unchecked((int)0x80004004);
                    const int REGDB_E_ABORT = -2147467260;
                }
            }
            """);

    [Fact]
    public Task Reports_abort_constants_without_the_name_or_the_value_of_a_windows_error_code()
        => Verify.VerifyAnalyzerAsync("""
            static class Codes
            {
                public const int [|E_ABORT|] = 4;
                public static readonly int [|E_Abort|] = unchecked((int)0x80004004);
                public const int [|ABORT_CODE|] = unchecked((int)0x80004004);
                public const long [|Http_E_ABORT|] = 0x80004004L;
            }
            enum Outcome { Done = 0, [|E_ABORT|] = 2 }
            static class Graph
            {
                static void EventWait()
                {
                    const int [|E_ABORT|] = 1;
                    int [|E_Abort|] = unchecked((int)0x80004004);
                    const long [|E_ABORTED|] = 0x180004004L;
                }
            }
            """);

    [Fact]
    public Task Ignores_c_header_constants_beside_the_pinvokes_that_pass_them()
        => Verify.VerifyAnalyzerAsync("""
            using System;
            using System.Runtime.InteropServices;
            namespace Devices.Bus
            {
                internal static class Libc
                {
                    public const uint I2C_SLAVE = 0x703;
                    public const ulong I2C_FUNC_SLAVE = 0x00000020;
                    internal static int I2C_SLAVE_FORCE = 0x0706;
                    [DllImport("libc", SetLastError = true)]
                    public static extern int ioctl(int fd, uint request, IntPtr argp);
                }
                internal enum I2cSettings : uint { I2C_FUNCS = 0x0705, I2C_SLAVE_FORCE = 0x0706 }
                [StructLayout(LayoutKind.Sequential)]
                internal struct i2c_msg { public ushort addr; }
            }
            namespace Tools.WinApi
            {
                public static partial class Native
                {
                    public static class ServerTypes { public const uint SV_TYPE_MASTER_BROWSER = 0x00040000; }
                }
                internal static class NativeMethods
                {
                    internal static class WinError { internal const int ERROR_OPERATION_ABORTED = 995; }
                }
            }
            namespace Imaging.Interop
            {
                internal static class Win32ErrorCodes { internal const int ERROR_REQUEST_ABORTED = 1235; }
            }
            namespace Microsoft.Dism
            {
                public static partial class DismApi { internal const int ERROR_REQUEST_ABORTED = 0x000004D3; }
            }
            namespace Microsoft.Dism
            {
                public static partial class DismApi // another part, as in another file of the project
                {
                    internal static class Imports
                    {
                        [DllImport("DismApi", CharSet = CharSet.Unicode)]
                        public static extern int DismShutdown();
                    }
                }
            }
            """);

    [Fact]
    public Task Reports_macro_form_names_outside_interop_code_and_own_names_beside_it()
        => Verify.VerifyAnalyzerAsync("""
            using System;
            using System.Runtime.InteropServices;
            namespace Cluster
            {
                static class Roles
                {
                    public const int [|MASTER_NODE_ID|] = 1;
                    public const int [|SLAVE_COUNT_MAX|] = 8;
                }
                enum NodeRole { [|ROLE_MASTER|] = 1, [|ROLE_SLAVE|] = 2 }
            }
            namespace Display.Linux
            {
                internal static partial class I2cInterop
                {
                    internal const int [|DdcSlaveAddress|] = 0x37;
                    internal const string [|MASTER_NAME|] = "master";
                    internal static readonly int[] [|SLAVE_ADDRESSES|] = { 0x37 };
                    internal static int [|SLAVE_ADDRESS|] = ReadAddress();
                    static int ReadAddress() => 0x37;
                    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)]
                    internal static extern int Ioctl(int fd, int request, IntPtr arg);
                }
            }
            """);

    [Fact]
    public Task Ignores_the_names_of_a_c_header_transcribed_for_interop()
        => Verify.VerifyAnalyzerAsync("""
            using System;
            using System.Runtime.InteropServices;
            namespace Bindings.X11
            {
                [StructLayout(LayoutKind.Sequential)]
                internal struct XIAddMasterInfo { public int Type; public IntPtr Name; }
                [StructLayout(LayoutKind.Sequential)]
                internal struct XIAttachSlaveInfo { public int Type; public int Deviceid; public int NewMaster; }
                internal enum XiDeviceType { XIMasterPointer = 1, XIMasterKeyboard = 2, XISlavePointer = 3, XIFloatingSlave = 5 }
                internal enum XiDeviceChangeReason { XISlaveSwitch = 1, XIDeviceChange = 2 }
            }
            namespace Bindings.Single
            {
                internal enum XiPredefinedDeviceId { XIAllDevices = 0, XIAllMasterDevices = 1 }
                [StructLayout(LayoutKind.Sequential)]
                internal struct XIDetachSlaveInfo { public int Type; public int Deviceid; }
            }
            """);

    [Fact]
    public Task Ignores_names_that_spell_their_own_values_in_a_table_of_another_systems_words()
        => Verify.VerifyAnalyzerAsync("""
            namespace Client
            {
                struct Value { public static implicit operator Value(string s) => default; }
                static class SentinelLiterals
                {
                    public static readonly Value
                        MASTERS = "MASTERS", MASTER = "MASTER", REPLICAS = "REPLICAS", SLAVES = "SLAVES",
                        FAILOVER = "FAILOVER", SENTINELS = "SENTINELS", MONITOR = "MONITOR", REMOVE = "REMOVE",
                        replica_read_only = "replica-read-only", slave_read_only = "slave-read-only",
                        MinusSymbol = "-";
                }
                static class NntpCommands
                {
                    internal const string Quit = "QUIT\r\n";
                    internal const string ListNewsGroups = "LIST\r\n";
                    internal const string Slave = "SLAVE\r\n";
                    internal const string Help = "HELP\r\n";
                    internal const string Date = "DATE\r\n";
                    internal const string Group = "GROUP";
                    internal const string Article = "ARTICLE";
                    internal const string AuthInfoUser = "AUTHINFO USER";
                    internal const string AuthInfoPass = "AUTHINFO PASS";
                }
                static partial class CommandStrings
                {
                    public static System.ReadOnlySpan<byte> REPLICAOF => "REPLICAOF"u8;
                    public static System.ReadOnlySpan<byte> SLAVEOF => "SLAVEOF"u8;
                    public static System.ReadOnlySpan<byte> PING => "PING"u8;
                    public static System.ReadOnlySpan<byte> INFO => "INFO"u8;
                }
                static partial class CommandStrings
                {
                    public static System.ReadOnlySpan<byte> ECHO => "ECHO"u8;
                    public static System.ReadOnlySpan<byte> AUTH => "AUTH"u8;
                    public static System.ReadOnlySpan<byte> HELLO => "HELLO"u8;
                    public static System.ReadOnlySpan<byte> QUIT => "QUIT"u8;
                }
            }
            """);

    [Fact]
    public Task Reports_names_that_say_more_than_their_value_or_stand_in_a_short_list_of_own_keys()
        => Verify.VerifyAnalyzerAsync("""
            namespace Own
            {
                static class DataSources
                {
                    public const string [|Master|] = "master";
                    public const string [|Slave|] = "slave";
                    public const string USER_NAME = "UserName";
                    public const string USER_ID = "UserId";
                    public const string USER_DEPT_ID = "DeptId";
                }
                static class SentinelLiterals
                {
                    public const string MASTERS = "MASTERS", REPLICAS = "REPLICAS", FAILOVER = "FAILOVER", SENTINELS = "SENTINELS";
                    public const string MONITOR = "MONITOR", REMOVE = "REMOVE", RESET = "RESET", PING = "PING";
                    public const string INFO = "INFO", ROLE = "ROLE", GET = "GET", SET = "SET";
                    public const string [|DefaultMasterName|] = "mymaster";
                    public static readonly string [|SlaveRole|] = "slave";
                    public const string [|WhitelistKey|] = "whitelist";
                    public static string [|MasterHost|] { get; set; } = "localhost";
                }
                static class Mostly
                {
                    public const string A = "a", B = "b", C = "c", D = "d", E = "e", F = "f", G = "g", [|H_SLAVE|] = "H SLAVE";
                    public const string S1 = "1", S2 = "2", S3 = "3";
                }
                class Instance
                {
                    private readonly string [|slave|] = "slave";
                    public const string A = "a", B = "b", C = "c", D = "d", E = "e", F = "f", G = "g";
                }
            }
            """);

    [Fact]
    public Task Reports_prefixed_or_laid_out_names_that_are_not_a_c_header_transcription()
        => Verify.VerifyAnalyzerAsync("""
            using System.Runtime.InteropServices;
            namespace Own.Enums
            {
                enum DeviceUse { [|MasterPointer|], [|SlavePointer|] }
                enum Mixed { [|XIMasterPointer|], Other }
                enum Lone { [|XIMasterPointer|] }
                enum Spelled { [|MASTERPointer|], [|MASTERKeyboard|] }
            }
            namespace Own.Structs
            {
                [StructLayout(LayoutKind.Sequential)]
                struct [|XIAttachSlaveInfo|] { public int [|NewMaster|]; }
                [StructLayout(LayoutKind.Sequential)]
                struct [|MasterClockSample|] { public int [|SlaveCount|]; }
            }
            namespace Own.Plain
            {
                struct [|XIAddMasterInfo|] { public int [|NewMaster|]; }
                [StructLayout(LayoutKind.Sequential)]
                struct XIOtherInfo { public int Type; }
                class [|XIMasterDevice|] { }
            }
            """);

    [Fact]
    public Task Reports_interfaces_that_are_not_com_interop()
        => Verify.VerifyAnalyzerAsync("""
            using System.Runtime.InteropServices;
            [InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
            interface IVolume { int [|SetMasterVolumeLevel|](float [|masterLevel|]); }
            [ComVisible(true)]
            interface IExported { void [|SetMaster|](); }
            """);

    [Fact]
    public Task Ignores_uses_of_other_apis()
        => Verify.VerifyAnalyzerAsync("""
            class [|Master|] { public static int [|SlaveCount|]; }
            class User
            {
                int M() => Master.SlaveCount;
                object N() => new Master();
            }
            """);

    [Fact]
    public Task Reports_a_property_once_not_its_accessors()
        => Verify.VerifyAnalyzerAsync("class C { int [|Master|] { get => 0; set { } } }");

    [Fact]
    public Task Ignores_overrides_and_implementations_of_metadata_members()
        => Verify.VerifyAnalyzerAsync("""
            using System;
            using System.Collections;
            using System.Collections.Generic;
            class C : IEnumerable<int>, IEquatable<C>
            {
                public bool Equals(C? other) => true;
                public override bool Equals(object? obj) => true;
                public override int GetHashCode() => 0;
                public IEnumerator<int> GetEnumerator() => null!;
                IEnumerator IEnumerable.GetEnumerator() => null!;
            }
            abstract class Base { public abstract void [|MasterReset|](int [|slave|]); }
            class Derived : Base { public override void MasterReset(int slave) { } }
            interface [|IHasMaster|] { int [|Master|] { get; } void [|AddSlave|](int [|slave|]); }
            class Impl : IHasMaster { public int Master => 0; public void AddSlave(int slave) { } }
            class Explicit : IHasMaster { int IHasMaster.Master => 0; void IHasMaster.AddSlave(int slave) { } }
            """);

    [Fact]
    public Task Ignores_explicit_implementations_of_an_interface_the_compilation_cannot_resolve()
        // Xamarin.Forms' MasterDetailPage implements IMasterDetailPageController, declared in a file the CLI was not given:
        // the explicit implementations bind to no interface member, but their dotted names are the interface's.
        => new Verify.Test
        {
            TestCode = """
                class [|MasterDetailPage|] : IMasterDetailPageController
                {
                    bool IMasterDetailPageController.CanChangeIsPresented { get; set; } = true;
                    int IMasterDetailPageController.MasterBounds { get { return 0; } set { } }
                    event System.EventHandler IMasterDetailPageController.BackButtonPressed { add { } remove { } }
                    void IMasterDetailPageController.UpdateMasterBehavior() { }
                    public int [|MasterBehavior|] { get; set; }
                    int [|_masterBounds|];
                }
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        }.RunAsync();

    [Fact]
    public Task Reports_the_members_of_ones_own_interface_where_its_implementations_are_not()
        => Verify.VerifyAnalyzerAsync("""
            interface [|IMasterDetailPageController|] { bool CanChangeIsPresented { get; set; } int [|MasterBounds|] { get; set; } }
            class Page : IMasterDetailPageController
            {
                bool IMasterDetailPageController.CanChangeIsPresented { get; set; }
                int IMasterDetailPageController.MasterBounds { get; set; }
            }
            """);

    [Fact]
    public Task Ignores_names_of_photons_master_server_and_master_client_in_a_file_using_photon()
        // A Unity game's wrapper named after Photon PUN's ConnectToMaster: connecting to Photon's Master Server.
        => Verify.VerifyAnalyzerAsync("""
            using Photon.Pun;
            namespace Photon.Pun { class MonoBehaviourPunCallbacks { } }
            namespace Game
            {
                class Launcher : MonoBehaviourPunCallbacks
                {
                    public void connectToMaster() { }
                    bool wasMasterClient;
                    void ReconnectToMaster(int masterServerPort) { }
                    object [|masterVolume|];
                }
            }
            """);

    [Fact]
    public Task Reports_master_server_names_where_nothing_names_photon()
        => Verify.VerifyAnalyzerAsync("namespace Game.Net { class Lobby { void [|ConnectToMaster|]() { } object [|masterServer|]; } }");

    [Fact]
    public Task Ignores_extern_and_interop_methods()
        => Verify.VerifyAnalyzerAsync("""
            using System.Runtime.InteropServices;
            static class Native
            {
                [DllImport("lib")] static extern int SetMasterVolume(int slaveId);
                static extern void BlacklistHost();
            }
            """);

    [Fact]
    public Task Reports_every_term_in_one_name()
        => Verify.VerifyAnalyzerAsync("class C { int {|#0:WhitelistOrBlacklist|}; }",
            Verify.Diagnostic().WithLocation(0),
            Verify.Diagnostic().WithLocation(0));

    [Fact]
    public Task Reports_partial_types_at_each_declaration()
        => Verify.VerifyAnalyzerAsync("partial class [|Master|] { } partial class [|Master|] { }");

    [Fact]
    public Task Members_are_read_in_every_part_of_a_partial_type_once_each()
        => new Verify.Test
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Nodes.cs", "partial class Nodes { }\n"),
                    ("/0/Nodes.Sync.cs", "partial class Nodes { int [|masterCount|]; void Sync(int [|slaveId|]) { } event System.Action [|Blacklisted|]; }\n"),
                    ("/0/Nodes.Names.cs", "partial class Nodes { string [|SlaveName|] => \"\"; class Inner { int [|whitelist|]; } }\n"),
                },
            },
        }.RunAsync();

    [Fact]
    public Task Constructors_indexers_and_accessors_are_read_as_members()
        => Verify.VerifyAnalyzerAsync("""
            class Pool
            {
                public Pool(int [|masterSize|]) { }
                public int this[int [|slaveIndex|]] => 0;
                public int [|MasterSize|] { get; private set; }
                public int Size { set { } }
            }
            """);

    [Fact]
    public Task Operator_and_conversion_parameters_are_the_authors_own()
        => Verify.VerifyAnalyzerAsync("""
            public readonly struct Pool
            {
                public static Pool operator +(Pool [|master|], Pool other) => other;
                public static explicit operator int(Pool [|slavePool|]) => 0;
            }
            """);

    [Fact]
    public Task An_operator_implementing_a_static_abstract_one_keeps_the_interfaces_parameter_names()
        => Verify.VerifyAnalyzerAsync("""
            public interface IMerge<T> where T : IMerge<T> { static abstract T operator +(T [|master|], T other); }
            public readonly struct Pool : IMerge<Pool> { public static Pool operator +(Pool master, Pool other) => other; }
            """);

    [Fact]
    public Task Positional_record_parameters_are_reported_once()
        => Verify.VerifyAnalyzerAsync("record R(int [|MasterId|]);");

    [Fact]
    public Task Message_names_the_word_category_and_suggestions()
        => Verify.VerifyAnalyzerAsync("class {|#0:MasterNode|} { }",
            Verify.Diagnostic().WithLocation(0)
                .WithMessage("The name 'MasterNode' contains 'Master' (racial): consider 'PrimaryNode', 'MainNode' or 'LeaderNode'")
                .WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task Suggestions_skip_a_word_the_name_already_has()
        // "FakeDummyHandler" -> "FakeFakeHandler" would say fake twice; the next replacement steps in.
        => Verify.VerifyAnalyzerAsync("interface {|#0:IFakeDummyHandler|} { } class {|#1:MainMasterView|} { }",
            Verify.Diagnostic().WithLocation(0)
                .WithMessage("The name 'IFakeDummyHandler' contains 'Dummy' (ableist): consider 'IFakePlaceholderHandler', 'IFakeSampleHandler' or 'IFakeStubHandler'")
                .WithSeverity(DiagnosticSeverity.Info),
            Verify.Diagnostic().WithLocation(1)
                .WithMessage("The name 'MainMasterView' contains 'Master' (racial): consider 'MainPrimaryView' or 'MainLeaderView'")
                .WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task Suggestions_keep_a_word_that_is_only_inside_another_part()
        => Verify.VerifyAnalyzerAsync("class {|#0:MasterMaintenance|} { }",
            Verify.Diagnostic().WithLocation(0)
                .WithMessage("The name 'MasterMaintenance' contains 'Master' (racial): consider 'PrimaryMaintenance', 'MainMaintenance' or 'LeaderMaintenance'")
                .WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task Severity_follows_the_term()
        => Verify.VerifyAnalyzerAsync("class {|#0:SanityChecks|} { void {|#1:AddManHours|}() { } }",
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info),
            Verify.Diagnostic().WithLocation(1).WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public async Task Diagnostic_properties_carry_term_and_new_names()
    {
        int checkedDiagnostics = 0;
        var test = new Verify.Test
        {
            TestCode = "class C { int [|_whitelist|]; }",
            DiagnosticVerifier = (d, _, _) =>
            {
                Assert.Equal("whitelist", d.Properties["TermId"]);
                Assert.StartsWith("allowlist\n", d.Properties["Replacements"]);
                Assert.Equal("_allowlist\n_permitList\n_safelist", d.Properties["NewNames"]); // allowList is allowlist again
                checkedDiagnostics++;
            },
        };
        await test.RunAsync();
        Assert.True(checkedDiagnostics > 0);
    }

    [Theory]
    [InlineData("class {|#0:ModbusUdpSlave|} { }", "ModbusUdpSlave", "Slave", "'ModbusUdpServer'")] // the bus in the name itself
    [InlineData("class {|#0:I2cMaster|} { }", "I2cMaster", "Master", "'I2cController' or 'I2cHost'")]
    [InlineData("namespace NModbus.Device { class {|#0:SerialSlave|} { } }", "SerialSlave", "Slave", "'SerialServer'")] // the file's namespace
    [InlineData("namespace Drivers.I2c { class {|#0:SensorMaster|} { } }", "SensorMaster", "Master", "'SensorController' or 'SensorHost'")]
    public Task A_name_of_a_bus_gets_the_bus_own_words(string source, string name, string word, string advice)
        => Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0)
            .WithMessage($"The name '{name}' contains '{word}' (racial): consider {advice}"));

    // FakeItEasy's dummies are xUnit Test Patterns' dummy objects: "fake" and "stub" are other test doubles there.
    [Theory]
    [InlineData("namespace FakeItEasy.Tests { class {|#0:DummyHttpMessageHandler|} { } }", "DummyHttpMessageHandler", "'PlaceholderHttpMessageHandler'")]
    [InlineData("using NSubstitute;\nnamespace NSubstitute { } namespace App.Tests { class {|#0:DummyFactory|} { } }", "DummyFactory", "'PlaceholderFactory'")]
    [InlineData("namespace UnitusCoreUnitTest { static class {|#0:DummyFactory|} { } }", "DummyFactory", "'PlaceholderFactory', 'SampleFactory' or 'FakeFactory'")]
    public Task A_dummy_beside_a_mocking_library_gets_only_placeholder(string source, string name, string advice)
        => Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info)
            .WithMessage($"The name '{name}' contains 'Dummy' (ableist): consider {advice}"));

    [Theory]
    [InlineData("class {|#0:SpinnerMaster|} { }", "SpinnerMaster", "'SpinnerPrimary', 'SpinnerMain' or 'SpinnerLeader'")] // 'spi' is no part of Spinner
    [InlineData("namespace Inspire.Tools { class {|#0:MasterList|} { } }", "MasterList", "'PrimaryList', 'MainList' or 'LeaderList'")]
    public Task Letters_of_a_bus_name_inside_another_word_change_nothing(string source, string name, string advice)
        => Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0)
            .WithMessage($"The name '{name}' contains 'Master' (racial): consider {advice}"));

    // The candidate in the comment leads to the label's token; the label itself is still looked at.
    [Fact]
    public Task A_declared_name_right_after_a_comment_with_a_candidate_is_still_read()
        => Verify.VerifyAnalyzerAsync("class C\n{\n    void M()\n    {\n        // the master label\n        [|master|]: return;\n    }\n}");
}
