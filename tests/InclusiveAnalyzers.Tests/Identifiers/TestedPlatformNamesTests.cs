using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>;

namespace InclusiveAnalyzers.Tests.Identifiers;

/// <summary>Test code named after the .NET platform member it exercises keeps that member's name.</summary>
public class TestedPlatformNamesTests
{
    private const string Xunit = "namespace Xunit { class FactAttribute : System.Attribute { } }\n";

    [Fact]
    public Task Ignores_tests_and_fixtures_named_after_the_platform_member_they_call()
        // dotnet/runtime's AbortTest: the tests of ClientWebSocket.Abort() are named Abort_...
        => Verify.VerifyAnalyzerAsync("""
            using Xunit;
            using System.Net.WebSockets;
            abstract class AbortTestBase
            {
                protected void RunClient_Abort_Succeeds(ClientWebSocket cws) => cws.Abort();
            }
            sealed class AbortTest_External : AbortTestBase
            {
                [Fact]
                public void Abort_Succeeds() => RunClient_Abort_Succeeds(new ClientWebSocket());
            }
            """ + Xunit);

    [Fact]
    public Task Ignores_a_test_enlistments_vote_named_after_the_platform_call_it_makes()
        // System.Transactions' tests: SinglePhaseVote.Aborted selects SinglePhaseEnlistment.Aborted().
        => Verify.VerifyAnalyzerAsync("""
            using Xunit;
            using System.Transactions;
            namespace Xunit { static class Assert { public static void True(bool b) { } } }
            enum SinglePhaseVote { Committed, Aborted }
            class TestEnlistment
            {
                public void Vote(SinglePhaseVote vote, SinglePhaseEnlistment enlistment)
                {
                    if (vote == SinglePhaseVote.Aborted) { enlistment.Aborted(); }
                    Assert.True(true);
                }
            }
            """);

    [Fact]
    public Task Reports_the_same_names_outside_test_code()
        => Verify.VerifyAnalyzerAsync("""
            using System.Net.WebSockets;
            sealed class [|AbortHelper|]
            {
                public void [|Abort_Socket|](ClientWebSocket cws) => cws.Abort();
            }
            """);

    [Fact]
    public Task Reports_tests_named_after_the_projects_own_member()
        // The project's own Session.Abort() is reported where it is declared, and the test after it too.
        => Verify.VerifyAnalyzerAsync("""
            using Xunit;
            class Session { public void [|Abort|]() { } }
            class SessionTests
            {
                [Fact]
                public void [|Abort_Succeeds|]() => new Session().Abort();
            }
            """ + Xunit);

    [Fact]
    public Task Reports_a_test_name_whose_words_are_not_the_members()
        // Aborted is not the word Abort: the name is the test's own.
        => Verify.VerifyAnalyzerAsync("""
            using Xunit;
            using System.Net.WebSockets;
            class SocketTests
            {
                [Fact]
                public void [|AbortedQuickly|]() => new ClientWebSocket().Abort();
            }
            """ + Xunit);

    [Fact]
    public Task Reads_a_method_with_a_test_attribute_as_test_code()
        => Verify.VerifyAnalyzerAsync("""
            using System.Net.WebSockets;
            namespace NUnit.Framework { class TestAttribute : System.Attribute { } }
            class SocketTests
            {
                [NUnit.Framework.Test]
                public void Abort_Succeeds() => new ClientWebSocket().Abort();
            }
            """);

    [Fact]
    public Task Reads_a_test_attribute_on_a_method_of_a_nested_class_in_a_file_scoped_namespace()
        // The attribute search walks declarations, not method bodies: a nested fixture's test is still found.
        => Verify.VerifyAnalyzerAsync("""
            namespace Sockets.Tests;
            using System.Net.WebSockets;
            class SocketTests
            {
                class External
                {
                    [Test]
                    public void Abort_Succeeds() => new ClientWebSocket().Abort();
                }
            }
            class TestAttribute : System.Attribute { }
            """);
}
