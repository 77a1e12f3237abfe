using System.Collections.Generic;
using System.Threading;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// A local named after the call that gives it its value is read as that call: <c>var master =
    /// connection.CreateMasterConnection()</c> holds a connection to SQL Server's master database, as the call's name
    /// says, so the catalog's name contexts hold for the local where they hold for the call (beside SqlClient,
    /// "master" before "connection"). The local's words must run unbroken through the call's name: <c>var primary =
    /// CreateMasterConnection()</c> is not named after it, and a call that is not another system's name leaves the
    /// local reported (<c>var master = nodes.First()</c>, <c>var master = CreateMasterNode()</c> beside SqlClient).
    /// </summary>
    internal static class InitializerNames
    {
        /// <summary>Removes the matches of such a local that its call's name has as another system's name.</summary>
        public static void DropOtherSystems(List<TermMatch> matches, SyntaxToken identifier, TermMatcher matcher, Location location, CancellationToken cancellationToken)
        {
            if (identifier.Parent is not VariableDeclaratorSyntax { Initializer.Value: { } value }
                || CalledName(value) is not { } called || !NameWords.RunsThrough(called, identifier.ValueText))
            {
                return;
            }

            List<TermMatch>? ofCall = null;
            if (!matcher.FindInIdentifier(called, ref ofCall))
            {
                return;
            }

            var before = new List<TermMatch>(ofCall!);
            OtherSystemNames.KeepOwn(ofCall!, called, location, cancellationToken);
            matches.RemoveAll(m => before.Exists(c => c.Term == m.Term) && !ofCall!.Exists(c => c.Term == m.Term));
        }

        // The name of the method the value comes from, through await, parentheses, casts and the ! operator.
        private static string? CalledName(ExpressionSyntax value)
        {
            while (true)
            {
                switch (value)
                {
                    case AwaitExpressionSyntax awaited:
                        value = awaited.Expression;
                        continue;
                    case ParenthesizedExpressionSyntax parenthesized:
                        value = parenthesized.Expression;
                        continue;
                    case CastExpressionSyntax cast:
                        value = cast.Expression;
                        continue;
                    case PostfixUnaryExpressionSyntax postfix:
                        value = postfix.Operand;
                        continue;
                    case InvocationExpressionSyntax invocation:
                        return invocation.Expression switch
                        {
                            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                            SimpleNameSyntax name => name.Identifier.ValueText,
                            _ => null,
                        };
                    default:
                        return null;
                }
            }
        }
    }
}
