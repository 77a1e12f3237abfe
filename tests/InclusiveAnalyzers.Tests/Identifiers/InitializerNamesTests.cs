using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>;

namespace InclusiveAnalyzers.Tests.Identifiers;

/// <summary>A local named after the call that gives its value is read as that call.</summary>
public class InitializerNamesTests
{
    private const string SqlClient = "namespace Microsoft.Data.SqlClient { class SqlConnection { } }\n";

    [Fact]
    public Task Ignores_a_local_named_after_a_master_database_connection_call()
        // EF Core's SqlServerConnectionTest: using (var master = connection.CreateMasterConnection()).
        => Verify.VerifyAnalyzerAsync("""
            using Microsoft.Data.SqlClient;
            class Connection
            {
                public SqlConnection CreateMasterConnection() => new SqlConnection();
                void M()
                {
                    var master = CreateMasterConnection();
                    var masterConnection = (object)this.CreateMasterConnection();
                }
            }
            """ + SqlClient);

    [Fact]
    public Task Reports_locals_whose_call_is_no_other_systems_name()
        => Verify.VerifyAnalyzerAsync("""
            using Microsoft.Data.SqlClient;
            class Cluster
            {
                object [|CreateMasterNode|]() => null;
                object Connect() => null;
                void M()
                {
                    var [|master|] = CreateMasterNode();
                    var [|masterNode|] = Connect();
                }
            }
            """ + SqlClient);

    [Fact]
    public Task Reports_a_local_not_named_after_its_call()
        // The call is SQL Server's master database, but the name says a master of its own.
        => Verify.VerifyAnalyzerAsync("""
            using Microsoft.Data.SqlClient;
            class Connection
            {
                public SqlConnection CreateMasterConnection() => new SqlConnection();
                void M() { var [|masterNode|] = CreateMasterConnection(); }
            }
            """ + SqlClient);

    [Fact]
    public Task Reports_a_local_named_after_a_master_connection_call_where_nothing_names_sql_server()
        => Verify.VerifyAnalyzerAsync("""
            class Replication
            {
                object [|CreateMasterConnection|]() => null;
                void M() { var [|master|] = CreateMasterConnection(); }
            }
            """);
}
