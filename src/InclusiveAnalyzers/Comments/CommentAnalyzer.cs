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
    /// Works on syntax alone: no semantic model.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CommentAnalyzer : TermAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Comment);

        private protected override void Register(CompilationStartAnalysisContext start, CompilationSettings settings)
        {
            start.RegisterSyntaxTreeAction(c => AnalyzeTree(c, settings));
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, CompilationSettings settings)
        {
            var tree = context.Tree;
            var text = tree.GetText(context.CancellationToken).ToString();

            // Find comment starts in the text and ask the tree only there: walking every trivia of a
            // file (mostly white space) cost several times more than the matching itself.
            SyntaxNode? root = null;
            TermMatcher? matcher = null;
            int position = text.IndexOf('/');
            while (position >= 0 && position < text.Length - 1)
            {
                char next = text[position + 1];
                if (next != '/' && next != '*')
                {
                    position = text.IndexOf('/', position + 1);
                    continue;
                }

                root ??= tree.GetRoot(context.CancellationToken);
                var trivia = root.FindTrivia(position, findInsideTrivia: false);
                int resume = position + 2;
                if (trivia.FullSpan.Start == position)
                {
                    matcher ??= settings.MatcherFor(tree);
                    switch (trivia.Kind())
                    {
                        case SyntaxKind.SingleLineCommentTrivia:
                        case SyntaxKind.MultiLineCommentTrivia:
                            Check(context, matcher, text, trivia.Span);
                            resume = trivia.Span.End;
                            break;
                        case SyntaxKind.SingleLineDocumentationCommentTrivia:
                        case SyntaxKind.MultiLineDocumentationCommentTrivia:
                            if (trivia.GetStructure() is DocumentationCommentTriviaSyntax doc)
                            {
                                CheckDocumentation(context, matcher, text, doc.Content);
                            }

                            resume = trivia.FullSpan.End;
                            break;
                    }
                }
                else if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
                {
                    resume = trivia.FullSpan.End; // a later line of a doc comment already read
                }

                position = resume < text.Length ? text.IndexOf('/', resume) : -1;
            }
        }

        private static void CheckDocumentation(SyntaxTreeAnalysisContext context, TermMatcher matcher, string text, SyntaxList<XmlNodeSyntax> nodes)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case XmlTextSyntax xmlText:
                        foreach (var token in xmlText.TextTokens)
                        {
                            if (token.IsKind(SyntaxKind.XmlTextLiteralToken))
                            {
                                Check(context, matcher, text, token.Span);
                            }
                        }

                        break;
                    case XmlElementSyntax element:
                        var name = element.StartTag.Name.LocalName.ValueText;
                        if (name != "c" && name != "code")
                        {
                            CheckDocumentation(context, matcher, text, element.Content);
                        }

                        break;
                }
            }
        }

        private static void Check(SyntaxTreeAnalysisContext context, TermMatcher matcher, string text, TextSpan span)
        {
            List<TermMatch>? matches = null;
            if (!matcher.FindInProse(text, span.Start, span.Length, ref matches))
            {
                return;
            }

            foreach (var match in matches!)
            {
                var location = Location.Create(context.Tree, new TextSpan(match.Start, match.Length));
                context.ReportDiagnostic(TermDiagnostics.ForText(Descriptors.Comment, location, text, match));
            }
        }
    }
}
