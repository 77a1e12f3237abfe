using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// The test-double sense of dummy (xUnit Test Patterns: dummy, fake, stub, spy, mock): a text that lists dummy with the
/// other kinds, or names a maker of dummies and another kind, speaks of the kind; a project's own placeholder does not.
/// </summary>
public class TestDoubleSenseTests
{
    private static readonly TermMatcher Matcher = TermMatcher.Create(TermCatalog.Default);
    [Theory]
    // Dummy listed with another kind, in a name, a comment or prose
    [InlineData("internal interface IFakeAndDummyManager { object CreateDummy(Type typeOfDummy); }")]
    [InlineData("/// <summary>Handles the creation of fake and dummy objects.</summary>")]
    [InlineData("// Test doubles: dummies, fakes, stubs, spies and mocks.")]
    [InlineData("// Fakes, stubs and dummies live in this folder.")]
    [InlineData("// Dummies and Spies.")]
    [InlineData("class StubOrDummyFactory { }")]
    // A maker of dummies in a file that names another kind (FakeItEasy's namespace, A.Fake, Mock<T>)
    [InlineData("namespace FakeItEasy.Creation { internal interface IDummyValueResolver { } }")]
    [InlineData("namespace FakeItEasy; internal class StringDummyFactory : DummyFactory<string> { }")]
    [InlineData("namespace FakeItEasy.Specs { public class DomainEventDummyFactory : IDummyFactory { } }")]
    [InlineData("using FakeItEasy;\npublic class CarAdFakes { public class CarAdDummyFactory : IDummyFactory { } }")]
    [InlineData("var user = A.Dummy<User>();\nvar unitOfWork = A.Fake<IUnitOfWork>();")]
    [InlineData("public static T CreateDummy<T>() where T : class => new Mock<T>().Object;")]
    [InlineData("// Creates a dummy of the specified type.\nvar fakeCreator = A.Fake<ICreator>();")]
    public void A_text_that_speaks_of_the_kind_is_found(string text)
    {
        Assert.True(TestDoubleSense.SpeaksOfDummyKind(text));
        Assert.True(TestDoubleSense.SpeaksOfDummyKind(new StringWindow(text, 32)));
    }

    [Theory]
    // A dummy factory of the project's own, no other kind (UnitusCore's DummyFactory.GenerateDummyCircleData)
    [InlineData("public static class DummyFactory { public static Circle GenerateDummyCircleData() => new Circle(); }")]
    // Mocks and the project's own dummy things, no maker of dummies (ASP.NET Web Stack, a Datadog publisher, an event store)
    [InlineData("var context = new Mock<HttpRequestContext>();\nHttpMessageHandler CreateDummyHandler() => new DummyHttpMessageHandler();")]
    [InlineData("var spyHealthReporter = new SpyHealthReporter();\nvar dummyHealthReporter = new DatadogHealthReporter(new DummyHttpMessageHandler());")]
    [InlineData(".UseStubbedEventStoreClient();\nvar dummy = Dummy.Create(streamId);\nvar hydratedDummy = repository.Load(streamId);")]
    [InlineData("using Moq;\n/// <summary>Creates a dummy instance for a given method parameter.</summary>\npublic static class Dummy { }")]
    // Another kind beside dummy, but not listed with it
    [InlineData("// A fake dummy value; the stubs are elsewhere.")]
    [InlineData("int Sum(double a, int dummy) => 0; // a stub")]
    [InlineData("// Fakes. Dummy data follows.")]
    [InlineData("-- crowded with fake and dummy accounts\nSELECT user_id FROM likes;")]
    public void A_text_of_own_placeholders_is_not_found(string text)
    {
        Assert.False(TestDoubleSense.SpeaksOfDummyKind(text));
        Assert.False(TestDoubleSense.SpeaksOfDummyKind(new StringWindow(text, 32)));
    }

    [Theory]
    [InlineData("typeOfDummy", 6)]
    [InlineData("dummy", 0)]
    [InlineData("DummyFactory", 0)]
    [InlineData("IDummyValueResolver", 1)]
    [InlineData("Should_return_dummy_from_container_when_available", 14)]
    [InlineData("DummiesInContainer", 0)]
    [InlineData("Creates a dummy of the specified type.", 10)]
    [InlineData("The created dummy.", 12)]
    [InlineData("fake and dummy objects", 9)]
    [InlineData("Unlike a dummy provided by FakeItEasy", 9)]
    [InlineData("DummyTestsDummyFactory", 0)]
    public void The_kind_noun_is_found(string text, int start)
        => Assert.True(TestDoubleSense.IsDummy(text, start, start + (text[start + 4] == 'i' ? 7 : 5))
            && TestDoubleSense.IsKindNoun(text, start + (text[start + 4] == 'i' ? 7 : 5), text.Length));

    [Theory]
    [InlineData("DummyHttpMessageHandler", 0)]
    [InlineData("CreateDummyHandler", 6)]
    [InlineData("dummyApiConnectorResponseModel", 0)]
    [InlineData("a dummy string", 2)]
    [InlineData("a dummy user", 2)]
    [InlineData("DummyRepository", 0)]
    public void A_dummy_before_a_thing_of_the_project_is_not_the_kind_noun(string text, int start)
        => Assert.False(TestDoubleSense.IsKindNoun(text, start + 5, text.Length));

    [Theory]
    [InlineData("Test doubles come in five kinds: dummies, fakes, stubs, spies and mocks.")]
    [InlineData("The factory handles the creation of fake and dummy objects.")]
    [InlineData("Use a stub or dummy where the argument is never read.")]
    public void Prose_that_lists_dummy_with_other_test_doubles_is_not_reported(string text)
        => Assert.DoesNotContain(Find(text), f => f.StartsWith("dummy:", StringComparison.Ordinal));

    [Theory]
    [InlineData("Dummy objects are passed around but never actually used.")] // the kind, but nothing lists it here
    [InlineData("The tests load dummy data before each run.")]
    [InlineData("Replace the dummy value, then the fake one.")]
    [InlineData("A fake dummy user fills the form.")]
    [InlineData("The investors want to know if the platform is crowded with fake and dummy accounts.")] // bogus accounts, one kind
    [InlineData("FakerPress is a clean way to generate fake and dummy content to your WordPress.")]
    [InlineData("Load mock and dummy data into the demo database.")]
    public void Prose_that_does_not_list_it_is_still_reported(string text)
        => Assert.Contains(Find(text), f => f.StartsWith("dummy:", StringComparison.Ordinal));

    // Each match of the shipped catalog as "termId:text".
    private static string[] Find(string text)
    {
        List<TermMatch>? results = null;
        Matcher.Find(text, 0, text.Length, TextKind.Prose, ref results);
        return (results ?? new List<TermMatch>()).Select(m => m.Term.Id + ":" + text.Substring(m.Start, m.Length)).ToArray();
    }
}
