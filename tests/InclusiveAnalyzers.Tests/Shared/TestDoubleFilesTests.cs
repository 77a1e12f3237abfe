using CommentVerify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Comments.CommentAnalyzer>;
using NameVerify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>;
using StringVerify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Strings.StringLiteralAnalyzer>;

namespace InclusiveAnalyzers.Tests.Shared;

/// <summary>
/// Dummy as the test-double kind (xUnit Test Patterns' dummy object) in a file that speaks of that kind: a test-double
/// library's own code and tests, and a user's implementation of its dummy factory. A project's own placeholders and
/// test doubles named dummy stay findings, beside a mocking library too.
/// </summary>
public class TestDoubleFilesTests
{
    // FakeItEasy's types as a test project sees them (the library is a package; here a stand-in of the same names).
    private const string FakeItEasy = """
        namespace FakeItEasy
        {
            public interface IDummyFactory { object Create(System.Type type); }
            public abstract class DummyFactory<T> : IDummyFactory { public object Create(System.Type type) => null; }
            public static class A { public static T Dummy<T>() => default; public static T Fake<T>() => default; }
        }
        """;

    [Fact]
    public Task A_test_double_library_that_lists_dummies_with_fakes_is_not_reported()
        // FakeItEasy's IFakeAndDummyManager: the interface's name and summary list dummy with fake.
        => NameVerify.VerifyAnalyzerAsync("""
            namespace FakeItEasy.Creation
            {
                using System;

                internal interface IFakeAndDummyManager
                {
                    object CreateDummy(Type typeOfDummy);

                    bool TryCreateDummy(Type typeOfDummy, out object result);

                    object CreateFake(Type typeOfFake);
                }
            }
            """);

    [Fact]
    public Task Its_comments_about_the_kind_are_not_reported()
        => CommentVerify.VerifyAnalyzerAsync("""
            namespace FakeItEasy.Creation
            {
                /// <summary>
                /// Handles the creation of fake and dummy objects.
                /// </summary>
                internal interface IFakeAndDummyManager
                {
                    /// <summary>Creates a dummy of the specified type.</summary>
                    /// <param name="typeOfDummy">The type of dummy to create.</param>
                    /// <returns>The created dummy.</returns>
                    object CreateDummy(System.Type typeOfDummy);
                }
            }
            """);

    [Fact]
    public Task A_users_dummy_factory_for_a_test_double_library_is_not_reported()
        // CarRentalSystem's CarAdFakes: FakeItEasy finds IDummyFactory implementations and names them so in its docs.
        => NameVerify.VerifyAnalyzerAsync("""
            namespace CarRental.Tests
            {
                using FakeItEasy;

                public class CarAdFakes
                {
                    public class CarAdDummyFactory : IDummyFactory
                    {
                        public object Create(System.Type type) => new object();
                    }

                    public class CategoryDummyFactory : DummyFactory<string>
                    {
                    }
                }
            }
            """ + FakeItEasy);

    [Fact]
    public Task Its_locals_holding_dummies_are_not_reported_but_a_thing_of_its_own_is()
        => NameVerify.VerifyAnalyzerAsync("""
            namespace Library.Tests
            {
                using FakeItEasy;

                public class CheckoutTests
                {
                    public void Checkout()
                    {
                        var dummy = A.Dummy<string>();
                        var typedDummy = (object)dummy;
                        var card = A.Fake<object>();
                        var dummyBook = A.Dummy<Book>();
                        IBook dummyIBook = dummyBook;
                        var [|dummyTitle|] = A.Dummy<Book>();
                    }

                    public interface IBook
                    {
                    }

                    public class Book : IBook
                    {
                    }

                    private class [|DummyRepository|]
                    {
                    }
                }
            }
            """ + FakeItEasy);

    [Fact]
    public Task Its_test_values_are_not_reported()
        => StringVerify.VerifyAnalyzerAsync("""
            namespace FakeItEasy.Tests.Creation
            {
                public class DummyValueCreationSessionTests
                {
                    private readonly object fakeObjectCreator = null;

                    public string[] DummiesInContainer() => new[] { "dummy value", "dummy of a type" };
                }
            }
            """);

    [Fact]
    public Task A_projects_own_dummy_beside_a_mocking_library_is_still_reported()
        // ASP.NET Web Stack's test: a dummy handler of its own in a file that mocks with Moq.
        => NameVerify.VerifyAnalyzerAsync("""
            namespace Moq { public class Mock<T> { public T Object => default; } }
            namespace App.Tests
            {
                using Moq;

                public class SuppressHostPrincipalMessageHandlerTest
                {
                    public void Test()
                    {
                        var requestContextMock = new Mock<object>();
                        var handler = CreateDummyHandler();
                    }

                    private static object [|CreateDummyHandler|]() => new DummyHttpMessageHandler();

                    private class [|DummyHttpMessageHandler|]
                    {
                    }
                }
            }
            """);

    [Fact]
    public Task A_dummy_factory_of_sample_data_is_still_reported()
        // A test project's DummyFactory of its own sample data: nothing speaks of another kind of test double.
        => NameVerify.VerifyAnalyzerAsync("""
            namespace UnitusCoreUnitTest
            {
                public static class [|DummyFactory|]
                {
                    public static object [|GenerateDummyCircleData|]() => new object();
                }
            }
            """);

    [Fact]
    public Task Comments_and_values_of_a_projects_own_placeholders_are_still_reported()
        => StringVerify.VerifyAnalyzerAsync("""
            namespace Peril.Api.Tests
            {
                public class DummyUserRepository
                {
                    private readonly object mockDatabaseSet = null;
                    public string Name = "[|dummy|] user";
                }
            }
            """);
}
