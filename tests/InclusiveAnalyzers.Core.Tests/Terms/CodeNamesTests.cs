using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>A declared name read as its words, so a catalog name context (SQL Server's master database) holds for it in code.</summary>
public class CodeNamesTests
{
    private static readonly TermMatcher Matcher = TermMatcher.Create(TermCatalog.Default);

    private static bool IsOtherSystems(string identifier, string around, string subject)
    {
        List<TermMatch>? matches = null;
        Assert.True(Matcher.FindInIdentifier(identifier, ref matches));
        return CodeNames.IsOtherSystemsName(Assert.Single(matches!), identifier, around, 0, around.Length, subject);
    }

    [Theory]
    [InlineData("CreateMasterConnection", "", "Microsoft.EntityFrameworkCore.SqlServer.Storage.Internal")]
    [InlineData("masterSqlConnection", "", "System.Data.SqlClient\nDbUp.Helpers")]
    [InlineData("DEFAULT_MASTER_DB", "", "Microsoft.Data.SqlClient")]
    [InlineData("masterConnectionStringBuilder", "builder.InitialCatalog = \"master\";", "")]
    [InlineData("MasterDatabase", "Server=.;Initial Catalog=master;", "")]
    [InlineData("masterCommands", "", "Microsoft.EntityFrameworkCore.SqlServer.Storage.Internal")] // the commands run on it
    public void Names_of_sql_servers_master_database_hold_where_sql_server_is_near_or_imported(string identifier, string around, string subject)
        => Assert.True(IsOtherSystems(identifier, around, subject));

    [Theory]
    [InlineData("CreateMasterConnection", "", "MySqlConnector\nApp.Replication")] // the primary of a replicated MySQL
    [InlineData("MasterNode", "", "Microsoft.Data.SqlClient")] // no database word after it
    [InlineData("master", "", "Microsoft.Data.SqlClient")]
    [InlineData("DatabaseMaster", "", "Microsoft.Data.SqlClient")] // the word after it decides, not before
    [InlineData("masterConnection", "var x = new NpgsqlConnection(cs);", "Npgsql")]
    [InlineData("MasterSqlConnections", "", "sqlclientish.Tools")] // word boundaries, as near words everywhere
    [InlineData("masterCommands", "", "StackExchange.Redis\nApp.Replication")] // commands sent to a Redis primary
    public void Other_masters_stay_findings(string identifier, string around, string subject)
        => Assert.False(IsOtherSystems(identifier, around, subject));

    [Theory]
    [InlineData("Rebase", true)] // repo.Rebase.Abort(): git's rebase --abort beside git_rebase_abort
    [InlineData("Upload", false)]
    [InlineData(null, false)] // a member named Abort alone says no operation
    public void A_members_type_name_reads_before_it(string? qualifier, bool name)
    {
        List<TermMatch>? matches = null;
        Assert.True(Matcher.FindInIdentifier("Abort", ref matches));
        const string around = "public virtual void Abort() => Proxy.git_rebase_abort(handle);";
        Assert.Equal(name, CodeNames.IsOtherSystemsName(Assert.Single(matches!), "Abort", around, 0, around.Length, "LibGit2Sharp", qualifier));
    }

    [Fact]
    public void A_term_without_near_word_names_is_never_another_systems_name()
    {
        List<TermMatch>? matches = null;
        Assert.True(Matcher.FindInIdentifier("WhitelistConnection", ref matches));
        Assert.False(CodeNames.IsOtherSystemsName(Assert.Single(matches!), "WhitelistConnection", "SqlClient", 0, 9, "Microsoft.Data.SqlClient"));
    }

    [Fact]
    public void A_near_words_only_context_never_holds_in_code()
    {
        // Tk's packer names its managed widgets slaves in prose about Tk; a packer variable says nothing of a name.
        Assert.False(IsOtherSystems("masterWidget", "var packer = new MessagePacker();", "Acme.Tkinter"));
        var nearOnly = new TermContext(before: null, after: null, near: new[] { "packer" });
        Assert.False(nearOnly.HoldsInCode("master", 0, 6, 0, 6, "packer", 0, 6, "packer"));
    }

    [Fact]
    public void A_context_needs_near_words_to_hold_in_code()
    {
        var afterOnly = new TermContext(before: null, after: new[] { "database" }, near: null);
        Assert.False(afterOnly.HoldsInCode("master database", 0, 15, 0, 6, "", 0, 0, "sqlclient"));
        var withNear = new TermContext(before: null, after: new[] { "database" }, near: new[] { "sqlclient" });
        Assert.True(withNear.HoldsInCode("master database", 0, 15, 0, 6, "", 0, 0, "System.Data.SqlClient"));
        Assert.True(withNear.HoldsInCode("master database", 0, 15, 0, 6, "using System.Data.SqlClient;", 0, 28, ""));
        Assert.False(withNear.HoldsInCode("master plan", 0, 11, 0, 6, "", 0, 0, "System.Data.SqlClient"));
    }
}
