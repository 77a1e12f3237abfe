using System;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// The test-double sense of dummy: in the vocabulary of test doubles (Meszaros' xUnit Test Patterns: dummy, fake, stub,
    /// spy, mock) a dummy is a fixed technical term, the object passed where one is required and never used, and a
    /// test-double library's API is named after it (FakeItEasy's <c>A.Dummy&lt;T&gt;()</c>, <c>IDummyFactory</c>,
    /// <c>IFakeAndDummyManager.CreateDummy</c>). A text speaks of dummies as that kind when it lists dummy with the other kinds
    /// ("dummies, fakes and stubs", "fake and dummy objects", <c>IFakeAndDummyManager</c>), or when it names a maker of dummies
    /// (a dummy factory, creator or resolver, <c>CreateDummy</c>, a generic <c>.Dummy&lt;T&gt;()</c> member) and also speaks of
    /// another kind of test double (fakes, stubs, mocks, spies; a namespace such as FakeItEasy's). There, dummy used as the
    /// kind's noun (<c>object dummy</c>, <c>typeOfDummy</c>, <c>DummyFactory</c>, "creates a dummy of the type") is that term.
    /// A project's own placeholder or test double named after the thing it stands for stays a finding, as the catalog means it:
    /// <c>DummyHttpMessageHandler</c>, <c>CreateDummyHandler</c>, <c>IDummyService</c>, "dummy data", and any dummy in a file
    /// that only has a factory of dummy data (<c>DummyFactory.GenerateDummyCircleData</c>) or only mocks.
    /// Runs only after a match of dummy; allocates nothing.
    /// </summary>
    public static class TestDoubleSense
    {
        // Other kinds of test double, as words or as parts of a name (FakeItEasy, StubFakeObjectCreatorWithValue, Mock<T>, Moq).
        private static readonly string[] Kinds =
        {
            "fake", "fakes", "faked", "faking", "stub", "stubs", "stubbed", "stubbing", "mock", "mocks", "mocked", "mocking",
            "spy", "spies", "moq",
        };

        // What makes dummies, after the word: DummyFactory, IDummyValueResolver, "dummy value creation".
        private static readonly string[] Makers =
            { "factory", "factories", "creator", "creators", "creation", "generator", "generators", "resolver", "resolution", "maker", "makers" };

        // Making verbs before it: CreateDummy, TryCreateDummy, "creates a dummy of the type".
        private static readonly string[] MakingVerbs =
            { "create", "creates", "creating", "make", "makes", "making", "generate", "generates", "generating", "resolve", "resolves", "resolving" };

        // After the kind's noun: a word that does not name a thing of the project's own (end, function words, the kind's own machinery).
        private static readonly string[] KindFollowers =
        {
            "of", "for", "from", "in", "into", "to", "with", "as", "at", "by", "on", "and", "or", "when", "where", "while", "if",
            "unless", "until", "because", "but", "so", "then", "is", "are", "was", "were", "be", "been", "will", "would", "should",
            "can", "that", "which", "whose", "than", "per",
            "value", "values", "factory", "factories", "creator", "creators", "creation", "resolver", "resolution", "maker",
            "makers", "generator", "generators", "session", "manager", "object", "objects", "instance", "instances", "tests", "specs",
        };

        private static readonly string[] Articles = { "a", "an", "the" };

        // Letters every word of Kinds holds: a text with none of them names no other kind, and so cannot speak of dummies as
        // one. Searched by the runtime's own (vectorised, precompiled) string search before the word-by-word pass, which most
        // files with a dummy of their own (test data, placeholders) then never run.
        private static readonly string[] KindStems = { "fak", "stub", "mock", "spy", "spie", "moq" };

        /// <summary>Whether text[start, end) is the word dummy or dummies (any case).</summary>
        public static bool IsDummy(string text, int start, int end) => IsDummy(new StringChars(text), start, end);

        /// <summary>
        /// Whether the whole text (a file) speaks of dummies as a kind of test double: dummy listed with another kind, or a
        /// maker of dummies in a text that also names another kind. One pass over the text's word parts.
        /// </summary>
        public static bool SpeaksOfDummyKind(string text) => NamesSomeKind(text) && SpeaksOfDummyKind(new StringChars(text), text.Length);

        /// <summary>As <see cref="SpeaksOfDummyKind(string)"/>, over a text read through a window (never copied whole).</summary>
        public static bool SpeaksOfDummyKind(CharWindow text) => SpeaksOfDummyKind(new WindowChars(text), text.Length);

        /// <summary>
        /// Whether the dummy at text[start, end) is listed with another kind of test double in the same name or phrase:
        /// "dummies, fakes and stubs", "fake and dummy objects", <c>IFakeAndDummyManager</c>.
        /// </summary>
        public static bool IsListedWithKinds(string text, int low, int high, int start, int end)
            => IsDummy(new StringChars(text), start, end) && IsListed(new StringChars(text), low, high, start, end);

        /// <summary>
        /// Whether the dummy at text[start, end) is the kind's noun, not a word before a thing of the project's own: nothing
        /// or a function word follows it (<c>typeOfDummy</c>, "a dummy of the type", "the created dummy."), or the kind's
        /// machinery (<c>DummyFactory</c>, "dummy value"); <c>DummyHttpMessageHandler</c> and "dummy string" name own things.
        /// </summary>
        public static bool IsKindNoun(string text, int end, int high) => IsKindNoun(new StringChars(text), end, high);

        private static bool IsKindNoun<T>(T text, int end, int high)
            where T : struct, ICharSource
        {
            if (!NextPart(text, end, high, out int from, out int to, out bool joined))
            {
                return true;
            }

            // A participle after it is no noun of the project's own: "a dummy provided by FakeItEasy".
            return !joined || AnyIs(text, from, to, KindFollowers)
                || (to - from >= 5 && char.IsLower(text[from]) && text[to - 2] == 'e' && text[to - 1] == 'd');
        }

        private static bool NamesSomeKind(string text)
        {
            foreach (var stem in KindStems)
            {
                if (text.IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SpeaksOfDummyKind<T>(T text, int length)
            where T : struct, ICharSource
        {
            bool maker = false, kinds = false;
            int i = 0;
            while (NextPart(text, i, length, out int from, out int to, out _))
            {
                i = to;
                if (IsDummy(text, from, to))
                {
                    if (IsListed(text, 0, length, from, to))
                    {
                        return true;
                    }

                    maker = maker || IsMaker(text, length, from, to);
                }
                else if (!kinds && AnyIs(text, from, to, Kinds))
                {
                    kinds = true;
                }

                if (maker && kinds)
                {
                    return true;
                }
            }

            return false;
        }

        // Listed with the other kinds: two of them ("dummies, fakes and stubs", "stubs, mocks or dummies"), or one and then the
        // kind's own words or none ("fake and dummy objects", IFakeAndDummyManager); "fake and dummy accounts" lists bogus things.
        private static bool IsListed<T>(T text, int low, int high, int start, int end)
            where T : struct, ICharSource
        {
            int kinds = 0, position = start;
            while (PreviousPart(text, low, position, out int from, out int to, out bool joined, out bool listMark))
            {
                if (joined && IsConjunction(text, from, to))
                {
                    if (!PreviousPart(text, low, from, out int kindFrom, out int kindTo, out bool kindJoined, out bool kindListed)
                        || !(kindJoined || kindListed) || !AnyIs(text, kindFrom, kindTo, Kinds))
                    {
                        break;
                    }

                    from = kindFrom;
                }
                else if (!listMark || !AnyIs(text, from, to, Kinds))
                {
                    break;
                }

                kinds++;
                position = from;
            }

            int last = end;
            while (NextPart(text, last, high, out int from, out int to, out bool joined, out bool listMark))
            {
                if (joined && IsConjunction(text, from, to))
                {
                    if (!NextPart(text, to, high, out int kindFrom, out int kindTo, out bool kindJoined, out bool kindListed)
                        || !(kindJoined || kindListed) || !AnyIs(text, kindFrom, kindTo, Kinds))
                    {
                        break;
                    }

                    to = kindTo;
                }
                else if (!listMark || !AnyIs(text, from, to, Kinds))
                {
                    break;
                }

                kinds++;
                last = to;
            }

            return kinds >= 2 || (kinds == 1 && IsKindNoun(text, last, high));
        }

        // A maker of dummies: DummyFactory, DummyValueResolver, CreateDummy (ending the name or before of/for), A.Dummy<T>().
        private static bool IsMaker<T>(T text, int length, int start, int end)
            where T : struct, ICharSource
        {
            if (end < length && text[end] == '<' && start > 0 && text[start - 1] == '.')
            {
                return true; // a generic member of another type: A.Dummy<T>()
            }

            bool hasNext = NextPart(text, end, length, out int from, out int to, out bool joined);
            if (hasNext && joined)
            {
                if (AnyIs(text, from, to, Makers))
                {
                    return true;
                }

                if ((Is(text, from, to, "value") || Is(text, from, to, "values"))
                    && NextPart(text, to, length, out int makerFrom, out int makerTo, out bool makerJoined) && makerJoined && AnyIs(text, makerFrom, makerTo, Makers))
                {
                    return true;
                }
            }

            // CreateDummy, TryCreateDummy, "create a dummy of": the thing made is the dummy itself.
            if (hasNext && joined && !Is(text, from, to, "of") && !Is(text, from, to, "for"))
            {
                return false;
            }

            if (!PreviousPart(text, 0, start, out int verbFrom, out int verbTo, out bool verbJoined, out _) || !verbJoined)
            {
                return false;
            }

            if (AnyIs(text, verbFrom, verbTo, Articles)
                && !(PreviousPart(text, 0, verbFrom, out verbFrom, out verbTo, out verbJoined, out _) && verbJoined))
            {
                return false;
            }

            return AnyIs(text, verbFrom, verbTo, MakingVerbs);
        }

        private static bool IsConjunction<T>(T text, int from, int to)
            where T : struct, ICharSource
            => Is(text, from, to, "and") || Is(text, from, to, "or");

        private static bool IsDummy<T>(T text, int start, int end)
            where T : struct, ICharSource
            => Is(text, start, end, "dummy") || Is(text, start, end, "dummies");

        private static bool NextPart<T>(T text, int position, int high, out int from, out int to, out bool joined)
            where T : struct, ICharSource
            => NextPart(text, position, high, out from, out to, out joined, out _);

        /// <summary>
        /// The next word part at or after position: a run of letters, split where a name's case changes (IFakeAndDummy is I,
        /// Fake, And, Dummy). Joined: only white space, '_', '-' or emphasis stand before it (the same name or phrase);
        /// listMark: those and a list mark (',', '/', '&amp;') only.
        /// </summary>
        private static bool NextPart<T>(T text, int position, int high, out int from, out int to, out bool joined, out bool listMark)
            where T : struct, ICharSource
        {
            joined = true;
            listMark = false;
            bool other = false;
            int i = position;
            while (i < high && !char.IsLetter(text[i]))
            {
                Separator(text[i], ref listMark, ref other);
                i++;
            }

            from = i;
            to = i;
            if (i >= high)
            {
                return false;
            }

            joined = !other && !listMark;
            listMark = listMark && !other;
            i++;
            if (char.IsUpper(text[from]) && i < high && char.IsUpper(text[i]))
            {
                // An acronym run: up to the capital that starts the next word (IDummy is I, Dummy).
                while (i < high && char.IsUpper(text[i]) && !(i + 1 < high && char.IsLower(text[i + 1])))
                {
                    i++;
                }
            }
            else
            {
                while (i < high && char.IsLower(text[i]))
                {
                    i++;
                }
            }

            to = i;
            return true;
        }

        private static bool PreviousPart<T>(T text, int low, int position, out int from, out int to, out bool joined, out bool listMark)
            where T : struct, ICharSource
        {
            joined = true;
            listMark = false;
            bool other = false;
            int i = position;
            while (i > low && !char.IsLetter(text[i - 1]))
            {
                Separator(text[i - 1], ref listMark, ref other);
                i--;
            }

            from = i;
            to = i;
            if (i <= low)
            {
                return false;
            }

            joined = !other && !listMark;
            listMark = listMark && !other;
            if (char.IsLower(text[i - 1]))
            {
                while (i > low && char.IsLower(text[i - 1]))
                {
                    i--;
                }

                if (i > low && char.IsUpper(text[i - 1]))
                {
                    i--;
                }
            }
            else
            {
                while (i > low && char.IsUpper(text[i - 1]))
                {
                    i--;
                }
            }

            from = i;
            return true;
        }

        private static void Separator(char c, ref bool listMark, ref bool other)
        {
            if (c == ',' || c == '/' || c == '&')
            {
                listMark = true;
            }
            else if (!(c == ' ' || c == '\t' || c == '_' || c == '-' || c == '*' || c == '`'))
            {
                other = true; // sentence marks, brackets, dots, line breaks, digits: not the same name or phrase
            }
        }

        private static bool AnyIs<T>(T text, int from, int to, string[] words)
            where T : struct, ICharSource
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (Is(text, from, to, words[i]))
                {
                    return true;
                }
            }

            return false;
        }

        // text[from, to) is word (lowercase ASCII), ignoring case.
        private static bool Is<T>(T text, int from, int to, string word)
            where T : struct, ICharSource
        {
            if (to - from != word.Length)
            {
                return false;
            }

            for (int i = 0; i < word.Length; i++)
            {
                char c = text[from + i];
                if (c != word[i] && (char)(c | 0x20) != word[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
