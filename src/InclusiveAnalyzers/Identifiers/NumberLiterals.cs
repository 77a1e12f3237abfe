using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>The expression under the wrappers a transcribed constant is written with: unchecked((int)(0x80004004)).</summary>
    internal static class NumberLiterals
    {
        /// <summary>Strips checked/unchecked, parentheses and casts (a cast keeps the bits a header gives).</summary>
        public static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case CheckedExpressionSyntax @checked:
                        expression = @checked.Expression;
                        break;
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        break;
                    case CastExpressionSyntax cast:
                        expression = cast.Expression;
                        break;
                    default:
                        return expression;
                }
            }
        }
    }
}
