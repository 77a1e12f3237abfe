using System.Collections.Generic;
using System.Collections.Immutable;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Comments
{
    /// <summary>
    /// INCL102: the words of //, /* */ and XML documentation comments. Code inside &lt;c&gt; and
    /// &lt;code&gt;, attribute values (cref, href, name) and URLs are not prose and are skipped.
    /// Hit-first: the text is scanned once for places where a term could start, and only there is
    /// the tree asked whether that place is a comment. Works on syntax alone: no semantic model.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CommentAnalyzer : TermAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Comment);

        private protected override void Register(CompilationStartAnalysisContext start, CompilationSettings settings)
        {
            start.RegisterSyntaxTreeAction(c => AnalyzeTree(c, settings));
        }

        // Most trees have no candidate: they return here, before any closure is made.
        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, CompilationSettings settings)
        {
            if (context.IsGeneratedCode)
            {
                return;
            }

            int first = settings.FirstCandidate(context.Tree, context.CancellationToken);
            if (first >= 0)
            {
                CheckFrom(context, settings, settings.MatcherFor(context.Tree), first, settings.ReportLimitFor(context.Tree));
            }
        }

        private static void CheckFrom(SyntaxTreeAnalysisContext context, CompilationSettings settings, TermMatcher matcher, int first, int end)
            => HitFirstScan.Candidates(context.Tree, matcher, first, (cursor, text, position) => CheckAt(context, settings, matcher, cursor, text, position), context.CancellationToken, end);

        // Checks the comment (or documentation text) at a candidate; returns where to search on.
        private static int CheckAt(SyntaxTreeAnalysisContext context, CompilationSettings settings, TermMatcher matcher, SyntaxCursor cursor, TreeText text, int position)
        {
            var trivia = cursor.FindTrivia(position);
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                    Check(context, settings, matcher, text, trivia.Span);
                    return trivia.Span.End;
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    TextSpan run = default;
                    List<TermMatch>? runMatches = null;
                    string runText = string.Empty;
                    int runOffset = 0;
                    if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
                        && DocumentationLine.TryPlainRun(text, trivia.FullSpan, position, out run)
                        && (runMatches = Find(matcher, text, run, out runText, out runOffset)) == null)
                    {
                        return run.End; // nothing to report on this line: its structure is not needed
                    }

                    var token = cursor.FindTokenInsideTrivia(position);
                    if (token.IsKind(SyntaxKind.XmlTextLiteralToken) && token.Span.Contains(position) && IsProse(token))
                    {
                        // A summary that only spells out the documented constant's abbreviation (/// Abort (ANSI). over ABRT) is left.
                        if (runMatches != null && token.Span == run)
                        {
                            if (KeepOwn(matcher, token, runText, runOffset, runMatches) is { } kept)
                            {
                                Report(context, settings, run, runText, runOffset, kept); // the line's run is this token: matched already
                            }
                        }
                        else if (Find(matcher, text, token.Span, out var found, out int foundOffset) is { } matches
                                 && KeepOwn(matcher, token, found, foundOffset, matches) is { } kept)
                        {
                            Report(context, settings, token.Span, found, foundOffset, kept);
                        }

                        return token.Span.End;
                    }

                    return token.Span.End;
                default:
                    // Other trivia (a #region name, disabled text, a directive): search on after it, not after the token
                    // it leads, whose trivia may still hold comments. Code: on after the token that holds the candidate.
                    return trivia.Span.Contains(position) ? trivia.Span.End : cursor.FindToken(position).Span.End;
            }
        }

        // A gloss is a name, so it comes back with mask_names = false as the other names do.
        private static List<TermMatch>? KeepOwn(TermMatcher matcher, SyntaxToken token, string text, int offset, List<TermMatch> matches)
            => matcher.MaskNames ? DocumentedConstantGloss.Keep(token, text, offset, matches) : matches;

        // Documentation text that people read: text nodes outside <c>/<code>, not attribute values.
        private static bool IsProse(SyntaxToken token)
        {
            if (!(token.Parent is XmlTextSyntax textNode))
            {
                return false;
            }

            for (var node = textNode.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case DocumentationCommentTriviaSyntax:
                        return true;
                    case XmlElementSyntax element:
                        var name = element.StartTag.Name.LocalName.ValueText;
                        if (name == "c" || name == "code")
                        {
                            return false;
                        }

                        break;
                    default:
                        return false;
                }
            }

            return false;
        }

        // The matches in span, or null for none.
        private static List<TermMatch>? Find(TermMatcher matcher, TreeText tree, TextSpan span, out string text, out int offset)
        {
            text = tree.Around(span, out offset);
            List<TermMatch>? matches = null;
            return matcher.FindInProse(text, span.Start - offset, span.Length, ref matches) ? matches : null;
        }

        private static void Check(SyntaxTreeAnalysisContext context, CompilationSettings settings, TermMatcher matcher, TreeText tree, TextSpan span)
        {
            if (Find(matcher, tree, span, out var text, out int offset) is { } matches)
            {
                Report(context, settings, span, text, offset, matches);
            }
        }

        // The matches of span, found in text (which starts at offset in the tree).
        private static void Report(SyntaxTreeAnalysisContext context, CompilationSettings settings, TextSpan span, string text, int offset, List<TermMatch> matches)
        {
            if (settings.Generated.Encloses(Location.Create(context.Tree, span), context.CancellationToken)
                || !OtherSystemNames.KeepOwn(matches, text, span.Start - offset, span.End - offset, context.Tree, context.CancellationToken))
            {
                return;
            }

            foreach (var match in matches)
            {
                var location = Location.Create(context.Tree, new TextSpan(offset + match.Start, match.Length));
                context.ReportDiagnostic(TermDiagnostics.ForText(Descriptors.Comment, location, text, match));
            }
        }
    }
}
