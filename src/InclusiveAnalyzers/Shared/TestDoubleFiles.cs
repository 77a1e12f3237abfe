using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// Drops dummy where a C# file speaks of dummies as a kind of test double (<see cref="TestDoubleSense"/>): a test-double
    /// library's own code (FakeItEasy's <c>IFakeAndDummyManager.CreateDummy</c>, <c>IDummyValueResolver</c>), its tests, and a
    /// user's implementation of its dummy factory (<c>CarAdDummyFactory : IDummyFactory</c> beside <c>using FakeItEasy;</c>).
    /// Asked only after a match of dummy; the file is read once, and what it says is kept for the tree.
    /// </summary>
    internal static class TestDoubleFiles
    {
        private static readonly ConditionalWeakTable<SyntaxTree, object> Trees = new ConditionalWeakTable<SyntaxTree, object>();
        private static readonly object Speaks = new object();
        private static readonly object Silent = new object();

        /// <summary>
        /// Removes the matches of dummy in text[.., high) that are the test-double kind's noun, in a file that speaks of that
        /// kind; true when some are left. For a declared name (<paramref name="declared"/>, its location), dummy before the
        /// name of its own type is that kind's noun too: <c>string dummyString</c>, <c>IFoo dummyFoo</c>, <c>var
        /// dummyResponseModel = A.Dummy&lt;ResponseModel&gt;()</c> hold a dummy of that type.
        /// </summary>
        public static bool KeepOwn(List<TermMatch> matches, string text, int high, SyntaxTree tree, CancellationToken cancellationToken, Location? declared = null)
        {
            if (!AnyDummy(matches, text) || !SpeaksOfDummyKind(tree, cancellationToken))
            {
                return matches.Count > 0;
            }

            matches.RemoveAll(m => TestDoubleSense.IsDummy(text, m.Start, m.End)
                && (TestDoubleSense.IsKindNoun(text, m.End, high) || (declared != null && NamesItsType(text, m.End, declared, cancellationToken))));
            return matches.Count > 0;
        }

        // Whether name[end..] is the name of the declared variable's or parameter's type (a var's: the T of its Dummy<T>() call).
        private static bool NamesItsType(string name, int end, Location declared, CancellationToken cancellationToken)
        {
            if (declared.SourceTree is not { } tree || end >= name.Length)
            {
                return false;
            }

            var token = tree.GetRoot(cancellationToken).FindToken(declared.SourceSpan.Start);
            TypeSyntax? type = token.Parent switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } variable
                    => declaration.Type.IsVar ? DummyTypeArgument(variable.Initializer?.Value) : declaration.Type,
                ParameterSyntax parameter => parameter.Type,
                _ => null,
            };
            var typeName = NameOf(type);
            if (typeName is null)
            {
                return false;
            }

            int from = name[end] == '_' ? end + 1 : end;
            int length = name.Length - from;
            bool interfacePrefix = typeName.Length > 2 && typeName[0] == 'I' && char.IsUpper(typeName[1]);
            return (length == typeName.Length && string.Compare(name, from, typeName, 0, length, System.StringComparison.OrdinalIgnoreCase) == 0)
                || (interfacePrefix && length == typeName.Length - 1 && string.Compare(name, from, typeName, 1, length, System.StringComparison.OrdinalIgnoreCase) == 0);
        }

        // The T of X.Dummy<T>() (a test-double library's generic maker of dummies), or null.
        private static TypeSyntax? DummyTypeArgument(ExpressionSyntax? value)
            => value is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic } }
                && generic.Identifier.ValueText == "Dummy"
                ? generic.TypeArgumentList.Arguments[0]
                : null;

        private static string? NameOf(TypeSyntax? type)
            => type switch
            {
                PredefinedTypeSyntax predefined => predefined.Keyword.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                NullableTypeSyntax nullable => NameOf(nullable.ElementType),
                _ => null,
            };

        private static bool AnyDummy(List<TermMatch> matches, string text)
        {
            foreach (var match in matches)
            {
                if (TestDoubleSense.IsDummy(text, match.Start, match.End))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SpeaksOfDummyKind(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (!Trees.TryGetValue(tree, out var known))
            {
                known = Read(tree, cancellationToken) ? Speaks : Silent;
                known = Trees.GetValue(tree, _ => known);
            }

            return ReferenceEquals(known, Speaks);
        }

        private static bool Read(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var source = tree.GetText(cancellationToken);
            if (SourceTexts.AsString(source) is { } whole)
            {
                return TestDoubleSense.SpeaksOfDummyKind(whole);
            }

            var window = SourceTextWindow.Over(source);
            try
            {
                return TestDoubleSense.SpeaksOfDummyKind(window);
            }
            finally
            {
                window.Release();
            }
        }
    }
}
