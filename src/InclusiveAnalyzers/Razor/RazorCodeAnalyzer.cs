using System.Collections.Generic;
using System.Collections.Immutable;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Razor
{
    /// <summary>
    /// INCL101 and INCL102 on the C# a user wrote in .razor and .cshtml files (<c>@code</c>,
    /// <c>@functions</c>, <c>@{ }</c>, <c>@inject</c> names, loop variables). The other analyzers skip
    /// generated code, and the Razor generator's output is generated code; this one reads only that
    /// output, and in it only the spans its <c>#line</c> directives map into a Razor file, so the
    /// generator's own names (<c>BuildRenderTree</c>, <c>__builder</c>, the class named after the file)
    /// are never reported. Diagnostics carry the generated location; the compiler and the IDE show them
    /// at the mapped .razor line. The compiler applies .editorconfig by that generated file's path, which
    /// no [*.razor] section matches, so those sections are matched here (<see cref="RazorSeverities"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RazorCodeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Identifier, Descriptors.Comment);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code on purpose: the Razor output is filtered below, every other generated file returns at once.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                if (!HasRazorOutput(start.Compilation))
                {
                    return; // most projects: no configuration read, no action registered
                }

                var settings = CompilationSettings.Create(start);
                var severities = new RazorSeverities(start.Options, start.CancellationToken);
                start.RegisterSemanticModelAction(c => Analyze(c, settings, severities));
            });
        }

        private static bool HasRazorOutput(Compilation compilation)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (RazorGeneratedCode.IsOutput(tree))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Analyze(SemanticModelAnalysisContext context, CompilationSettings settings, RazorSeverities severities)
        {
            var model = context.SemanticModel;
            var tree = model.SyntaxTree;
            if (!RazorGeneratedCode.IsOutput(tree))
            {
                return;
            }

            var matcher = settings.MatcherFor(tree);
            HitFirstScan.Candidates(tree, matcher, (cursor, text, position) => CheckAt(context, matcher, severities, cursor, text, position), context.CancellationToken);
        }

        // Checks the comment or declared name at a candidate; returns where to search on.
        private static int CheckAt(SemanticModelAnalysisContext context, TermMatcher matcher, RazorSeverities severities, SyntaxCursor cursor, TreeText treeText, int position)
        {
            var tree = cursor.Root.SyntaxTree;
            var trivia = cursor.FindTrivia(position);
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                List<TermMatch>? found = null;
                int offset = 0;
                if (RazorGeneratedCode.UserWrittenPath(tree, trivia.Span) is { } commentPath && treeText.Around(trivia.Span, out offset) is var text
                    && matcher.FindInProse(text, trivia.Span.Start - offset, trivia.Span.Length, ref found))
                {
                    var severity = severities.For(RuleCatalog.Comment, commentPath);
                    foreach (var match in found!)
                    {
                        if (severity == Severity.None)
                        {
                            break;
                        }

                        var location = Location.Create(tree, new TextSpan(offset + match.Start, match.Length));
                        context.ReportDiagnostic(TermDiagnostics.ForText(Descriptors.Comment, location, text, match, severity));
                    }
                }

                return trivia.Span.End;
            }

            if (trivia.Span.Contains(position) && trivia.HasStructure)
            {
                // A directive (#line "…/Whitelist.razor", #pragma checksum): search on after it, not after the
                // token it leads, which would skip a comment between the two.
                return trivia.Span.End;
            }

            var token = cursor.FindToken(position);
            if (!token.Span.Contains(position))
            {
                return HitFirstScan.PastTrivia(position, token); // other trivia (disabled text)
            }

            if (!token.IsKind(SyntaxKind.IdentifierToken) || !(RazorGeneratedCode.UserWrittenPath(tree, token.Span) is { } razorPath))
            {
                return token.Span.End;
            }

            List<TermMatch>? matches = null;
            var name = token.ValueText;
            if (!matcher.FindInIdentifier(name, ref matches) || !IsOwnDeclaration(context.SemanticModel, token, context.CancellationToken))
            {
                return token.Span.End;
            }

            var nameSeverity = severities.For(RuleCatalog.Identifier, razorPath);
            if (nameSeverity == Severity.None)
            {
                return token.Span.End;
            }

            var nameLocation = token.GetLocation();
            foreach (var match in matches!)
            {
                context.ReportDiagnostic(TermDiagnostics.ForIdentifier(nameLocation, name, match, severity: nameSeverity));
            }

            return token.Span.End;
        }

        /// <summary>The token names a declaration whose name is the user's to choose (not an override or an interface member).</summary>
        private static bool IsOwnDeclaration(SemanticModel model, SyntaxToken token, System.Threading.CancellationToken cancellationToken)
        {
            var declaration = token.Parent;
            switch (declaration)
            {
                case BaseTypeDeclarationSyntax type when type.Identifier == token:
                case DelegateDeclarationSyntax @delegate when @delegate.Identifier == token:
                case MethodDeclarationSyntax method when method.Identifier == token:
                case PropertyDeclarationSyntax property when property.Identifier == token:
                case EventDeclarationSyntax @event when @event.Identifier == token:
                case EnumMemberDeclarationSyntax:
                case VariableDeclaratorSyntax:
                case SingleVariableDesignationSyntax:
                case ForEachStatementSyntax forEach when forEach.Identifier == token:
                case LocalFunctionStatementSyntax local when local.Identifier == token:
                case CatchDeclarationSyntax:
                case TypeParameterSyntax:
                    var symbol = model.GetDeclaredSymbol(declaration!, cancellationToken);
                    return symbol != null && (symbol.Kind == SymbolKind.Local || symbol.Kind == SymbolKind.TypeParameter || symbol.Kind == SymbolKind.RangeVariable || IdentifierFilter.IsOwnName(symbol));
                case ParameterSyntax parameter:
                    var parameterSymbol = model.GetDeclaredSymbol(parameter, cancellationToken);
                    return parameterSymbol != null && (parameterSymbol.ContainingSymbol is not IMethodSymbol owner || owner.MethodKind == MethodKind.AnonymousFunction ||
                                                       owner.MethodKind == MethodKind.LocalFunction || IdentifierFilter.OwnsParameterNames(owner));
                default:
                    return false;
            }
        }
    }
}
