using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// Windows HRESULT error codes transcribed into C# (<c>const int E_ABORT = unchecked((int)0x80004004)</c>,
    /// <c>COR_E_THREADABORTED</c>): the name is the SDK header's for that value, as an extern method's is its
    /// entry point's, so renaming it would only make the code disagree with the documentation of the error.
    /// Both parts must hold: the error-code form of the name and a value with the failure bit set.
    /// </summary>
    internal static class ErrorCodeNames
    {
        /// <summary>A constant field named and valued as an HRESULT error code.</summary>
        public static bool IsErrorCodeField(ISymbol symbol)
            => symbol is IFieldSymbol { IsConst: true, HasConstantValue: true } field
               && HasErrorCodeForm(field.Name) && IsFailureValue(field.ConstantValue);

        /// <summary>A local constant (syntax only: a tree action has no semantic model) named and valued as an HRESULT error code.</summary>
        public static bool IsErrorCodeLocal(SyntaxToken identifier)
            => identifier.Parent is VariableDeclaratorSyntax { Initializer: { } initializer } declarator
               && declarator.Parent?.Parent is LocalDeclarationStatementSyntax statement
               && statement.IsConst
               && HasErrorCodeForm(identifier.ValueText)
               && LiteralValue(initializer.Value) is { } value && IsFailureValue(value);

        // E_ABORT, E_Abort, or a facility prefix in capitals before _E_ (REGDB_E_CLASSNOTREG, COR_E_THREADABORTED).
        internal static bool HasErrorCodeForm(string name)
        {
            int marker;
            if (name.StartsWith("E_", System.StringComparison.Ordinal))
            {
                marker = 0;
            }
            else
            {
                int at = name.IndexOf("_E_", System.StringComparison.Ordinal);
                if (at <= 0)
                {
                    return false;
                }

                marker = at + 1;
            }

            if (name.Length <= marker + 2)
            {
                return false; // nothing after E_
            }

            for (int i = 0; i < marker; i++)
            {
                char c = name[i];
                if (!(c is >= 'A' and <= 'Z' || c is >= '0' and <= '9' || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        // The severity bit (0x80000000) of a 32-bit code, as a negative int or an unsigned/long value up to 0xFFFFFFFF.
        internal static bool IsFailureValue(object? value) => value switch
        {
            int i => i < 0,
            uint u => u >= 0x80000000u,
            long l => l >= 0x80000000L && l <= 0xFFFFFFFFL,
            ulong ul => ul >= 0x80000000UL && ul <= 0xFFFFFFFFUL,
            _ => false,
        };

        // unchecked((int)0x80004004), (int)(0x80004004), 0x80004004u: the literal under casts, parentheses and unchecked.
        private static object? LiteralValue(ExpressionSyntax expression)
        {
            switch (NumberLiterals.Unwrap(expression))
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                    return literal.Token.Value;
                case PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax negated } minus when minus.IsKind(SyntaxKind.UnaryMinusExpression):
                    // -2147467260: the same code written as a negative int.
                    return negated.Token.Value is int magnitude ? (object)(-magnitude) : null;
                default:
                    return null;
            }
        }
    }
}
