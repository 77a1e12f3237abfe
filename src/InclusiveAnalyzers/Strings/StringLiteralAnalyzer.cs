using System.Collections.Generic;
using System.Collections.Immutable;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Strings
{
    /// <summary>
    /// INCL103 (off by default): the text of string literals: regular, verbatim, raw, UTF-8 and the
    /// literal parts of interpolated strings. Strings often carry names the code does not own
    /// (config keys, wire protocols), so teams opt in, and can opt out per path with
    /// inclusive_analyzers.strings = false. Strings inside attributes (DllImport names, routes) are skipped, and so is the
    /// value of an entry in a table of another system's words (<see cref="LiteralTableNames"/>: <c>MASTER = "MASTER"</c>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StringLiteralAnalyzer : TermAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.StringLiteral);

        private protected override void Register(CompilationStartAnalysisContext start, CompilationSettings settings)
        {
            // Hit-first, like the other term analyzers: a node action per literal cost more in the
            // driver's dispatch than the matching.
            start.RegisterSyntaxTreeAction(c => AnalyzeTree(c, settings));
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, CompilationSettings settings)
        {
            var tree = context.Tree;
            if (context.IsGeneratedCode || !AnalyzerOptionsReader.StringsEnabled(settings.OptionsFor(tree)))
            {
                return;
            }

            int first = settings.FirstCandidate(tree, context.CancellationToken);
            if (first >= 0)
            {
                CheckFrom(context, settings, settings.MatcherFor(tree), first, settings.ReportLimitFor(tree));
            }
        }

        // Only for a tree with a candidate: the closure is made here.
        private static void CheckFrom(SyntaxTreeAnalysisContext context, CompilationSettings settings, TermMatcher matcher, int first, int end)
            => HitFirstScan.Tokens(context, matcher, first, token =>
            {
                if (IsLiteralText(token))
                {
                    Check(context, settings, matcher, context.Tree, token);
                }
            }, end);

        // The text of a string literal or of an interpolated string's literal part, outside attributes.
        private static bool IsLiteralText(SyntaxToken token)
        {
            var parent = token.Parent;
            switch (parent?.Kind())
            {
                case SyntaxKind.StringLiteralExpression:
                case SyntaxKind.Utf8StringLiteralExpression:
                case SyntaxKind.InterpolatedStringText:
                    return parent.FirstAncestorOrSelf<AttributeArgumentSyntax>() is null;
                default:
                    return false;
            }
        }

        private static void Check(SyntaxTreeAnalysisContext context, CompilationSettings settings, TermMatcher matcher, SyntaxTree tree, SyntaxToken token)
        {
            string text = token.Text; // the source text of the token: offsets map one to one
            List<TermMatch>? matches = null;
            Contents(text, out int start, out int end);
            if (end <= start || !matcher.FindInProse(text, start, end - start, ref matches)
                || settings.Generated.Encloses(token.GetLocation(), context.CancellationToken)
                || (token.Parent is LiteralExpressionSyntax literal && LiteralTableNames.IsSpelledEntryValue(literal))
                || !OtherSystemNames.KeepOwn(matches!, text, start, end, tree, context.CancellationToken))
            {
                return; // nothing, generated, another system's table value, or only its fixed names here (Photon's "Connected to Master Server" in a file using Photon.Pun)
            }

            if (matches!.Count == 1 && !KeepsOwnValue(matches, text, start, end, token, context.CancellationToken))
            {
                return; // a lone word read after what it is given to or compared with
            }

            foreach (var match in matches!)
            {
                var location = Location.Create(tree, new TextSpan(token.SpanStart + match.Start, match.Length));
                context.ReportDiagnostic(TermDiagnostics.ForText(Descriptors.StringLiteral, location, text, match));
            }
        }

        // A literal that is one word alone, the term, given to a named member: a value, read after the member's name as a
        // member is read after its type's name, for the catalog's name contexts (SqlClient's InitialCatalog = "master",
        // SQL Server's master database, in a file about SQL Server). False when the match is that other system's name.
        private static bool KeepsOwnValue(List<TermMatch> matches, string text, int start, int end, SyntaxToken token, System.Threading.CancellationToken cancellationToken)
        {
            var match = matches[0];
            if (!match.Term.HasNearNames || match.Start != start || match.End != end || AssignedMember(token) is not { } member)
            {
                return true;
            }

            var alone = new List<TermMatch> { new TermMatch(0, match.Length, match.Term, match.Severity, match.Form, match.Replacements) };
            return OtherSystemNames.KeepOwn(alone, text.Substring(start, end - start), token.GetLocation(), cancellationToken, member);
        }

        // What a literal is given to or compared with, by name: the member it is assigned to (`builder.InitialCatalog =
        // "master"`, `{ InitialCatalog = "master" }`), the parameter a named argument names (`initialCatalog: "master"`),
        // the method an argument is passed to, without its Async suffix (`WaitForRoleAsync(server, "master")` is "wait
        // for role"), the value a case label or an equality tests (`switch (role) { case "master": ... }`,
        // `reply.Role == "slave"`); null for any other place.
        private static string? AssignedMember(SyntaxToken token)
        {
            var literal = token.Parent;
            switch (literal?.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Right == literal && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    return NameOf(assignment.Left);
                case ArgumentSyntax { NameColon: { } nameColon }:
                    return nameColon.Name.Identifier.ValueText;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    return WithoutAsync(NameOf(invocation.Expression));
                case CaseSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax statement } }:
                    return NameOf(statement.Expression);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    return NameOf(binary.Left == literal ? binary.Right : binary.Left);
                default:
                    return null;
            }
        }

        private static string? NameOf(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            ConditionalAccessExpressionSyntax conditional => NameOf(conditional.WhenNotNull),
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };

        private static string? WithoutAsync(string? name)
            => name is { Length: > 5 } && name.EndsWith("Async", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;

        // The literal's value without its delimiters (@, $, the quotes, u8), so the engine does not read
        // the literal's own quotes as quotation marks around a word.
        private static void Contents(string text, out int start, out int end)
        {
            start = 0;
            end = text.Length;
            while (start < end && (text[start] == '@' || text[start] == '$'))
            {
                start++;
            }

            int quotes = 0;
            while (start < end && text[start] == '"')
            {
                start++;
                quotes++;
            }

            if (quotes == 0)
            {
                start = 0; // an interpolated string's text part: no delimiters
                return;
            }

            if (end - start >= 2 && (text[end - 1] == '8') && (text[end - 2] == 'u' || text[end - 2] == 'U'))
            {
                end -= 2;
            }

            int closing = 0;
            while (end > start && closing < quotes && text[end - 1] == '"')
            {
                end--;
                closing++;
            }
        }
    }
}
