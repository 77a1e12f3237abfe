using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// A table of another system's words: a type whose static string fields (or expression-bodied properties) are
    /// named after their own values, as a protocol client keeps the commands and reply tokens it sends and reads
    /// (StackExchange.Redis's <c>SLAVES = "SLAVES"</c> and <c>slave_read_only = "slave-read-only"</c> beside
    /// <c>REPLICAS</c> and <c>replica_read_only</c>, an NNTP client's <c>Slave = "SLAVE\r\n"</c>). Such a name only
    /// spells its value, and the value is the other system's: renaming the name alone changes nothing a reader
    /// sees, and the value cannot change (INCL103 leaves the value alone too, <see cref="IsSpelledEntryValue"/>). A table is long
    /// (at least <see cref="MinEntries"/> such entries, three in four of the type's string values): a short list
    /// of a project's own keys (<c>Master = "master"</c>, <c>Slave = "slave"</c> beside two other keys) stays a
    /// finding, as does a name that says more than its value (<c>MasterName = "mymaster"</c>).
    /// </summary>
    internal static class LiteralTableNames
    {
        // A protocol's vocabulary runs long; a handful of a project's own keys does not.
        internal const int MinEntries = 8;

        // Per type: whether it is such a table (asked once per matched entry, so computed once per type).
        private static readonly ConditionalWeakTable<INamedTypeSymbol, object> Tables = new ConditionalWeakTable<INamedTypeSymbol, object>();
        private static readonly object Yes = new object();
        private static readonly object No = new object();

        /// <summary>A static string field or property named after its own value, in a type that is a table of such entries.</summary>
        public static bool IsSpelledEntry(ISymbol symbol)
        {
            if (!(symbol is IFieldSymbol { IsStatic: true } || symbol is IPropertySymbol { IsStatic: true }) || symbol.ContainingType is not { } owner)
            {
                return false;
            }

            return StringValue(symbol) is { } value && Spells(symbol.Name, value)
                && Tables.GetValue(owner, t => IsTable(t) ? Yes : No) == Yes;
        }

        /// <summary>
        /// Whether a name spells a value: the same letters and digits, case and separators aside
        /// (<c>slave_read_only</c> and <c>slave-read-only</c>, <c>AuthInfoUser</c> and <c>AUTHINFO USER</c>, <c>Slave</c> and <c>SLAVE\r\n</c>).
        /// </summary>
        internal static bool Spells(string name, string value)
        {
            int i = 0, j = 0, letters = 0;
            while (true)
            {
                while (i < name.Length && !char.IsLetterOrDigit(name[i]))
                {
                    i++;
                }

                while (j < value.Length && !char.IsLetterOrDigit(value[j]))
                {
                    j++;
                }

                if (i == name.Length || j == value.Length)
                {
                    return i == name.Length && j == value.Length && letters > 0;
                }

                if (char.ToLowerInvariant(name[i]) != char.ToLowerInvariant(value[j]))
                {
                    return false;
                }

                i++;
                j++;
                letters++;
            }
        }

        // Per type declaration: whether its syntax is such a table (for INCL103, a syntax tree action with no symbols).
        private static readonly ConditionalWeakTable<TypeDeclarationSyntax, object> SyntaxTables = new ConditionalWeakTable<TypeDeclarationSyntax, object>();

        /// <summary>
        /// The same judgement for a string literal (INCL103): the literal is the whole initializer of a static field or
        /// property (or a constant) named after it, in a type declaration that is a table of such entries
        /// (StackExchange.Redis's <c>MASTER = "MASTER"</c>, <c>slave_read_only = "slave-read-only"</c>): the value is the
        /// other system's word, which the code cannot change. Read from syntax only, once per type declaration.
        /// </summary>
        public static bool IsSpelledEntryValue(LiteralExpressionSyntax literal)
        {
            if (literal.Parent is not EqualsValueClauseSyntax && literal.Parent is not ArrowExpressionClauseSyntax)
            {
                return false;
            }

            var member = literal.Parent.Parent;
            if (member is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } declarator)
            {
                if (!IsStaticField(field) || !Spells(declarator.Identifier.ValueText, literal.Token.ValueText))
                {
                    return false;
                }
            }
            else if (member is PropertyDeclarationSyntax property)
            {
                if (!property.Modifiers.Any(SyntaxKind.StaticKeyword) || !Spells(property.Identifier.ValueText, literal.Token.ValueText))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            return member.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type
                && SyntaxTables.GetValue(type, t => IsSyntaxTable(t) ? Yes : No) == Yes;
        }

        private static bool IsStaticField(FieldDeclarationSyntax field)
            => field.Modifiers.Any(SyntaxKind.StaticKeyword) || field.Modifiers.Any(SyntaxKind.ConstKeyword);

        private static bool IsSyntaxTable(TypeDeclarationSyntax type)
        {
            int values = 0, spelled = 0;
            foreach (var member in type.Members)
            {
                if (member is FieldDeclarationSyntax field && IsStaticField(field))
                {
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer?.Value is LiteralExpressionSyntax literal && IsStringLiteral(literal))
                        {
                            values++;
                            spelled += Spells(variable.Identifier.ValueText, literal.Token.ValueText) ? 1 : 0;
                        }
                    }
                }
                else if (member is PropertyDeclarationSyntax property && property.Modifiers.Any(SyntaxKind.StaticKeyword)
                    && (property.ExpressionBody?.Expression ?? property.Initializer?.Value) is LiteralExpressionSyntax literal && IsStringLiteral(literal))
                {
                    values++;
                    spelled += Spells(property.Identifier.ValueText, literal.Token.ValueText) ? 1 : 0;
                }
            }

            return spelled >= MinEntries && spelled * 4 >= values * 3;
        }

        private static bool IsStringLiteral(LiteralExpressionSyntax literal)
            => literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression);

        private static bool IsTable(INamedTypeSymbol type)
        {
            int values = 0, spelled = 0;
            foreach (var member in type.GetMembers())
            {
                if (!member.IsStatic || member.IsImplicitlyDeclared || StringValue(member) is not { } value)
                {
                    continue;
                }

                values++;
                if (Spells(member.Name, value))
                {
                    spelled++;
                }
            }

            return spelled >= MinEntries && spelled * 4 >= values * 3;
        }

        // The string a field or property is given in its declaration: a constant's value, or the string literal of a
        // static readonly field's initializer or of a property's expression body ("SLAVES" given to a RedisValue, "SLAVEOF"u8).
        private static string? StringValue(ISymbol symbol)
        {
            if (symbol is IFieldSymbol { HasConstantValue: true } constant)
            {
                return constant.ConstantValue as string;
            }

            if (!(symbol is IFieldSymbol || symbol is IPropertySymbol) || symbol.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            ExpressionSyntax? expression = symbol.DeclaringSyntaxReferences[0].GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.ExpressionBody?.Expression ?? property.Initializer?.Value,
                _ => null,
            };
            return expression is LiteralExpressionSyntax literal
                   && (literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression))
                ? literal.Token.ValueText
                : null;
        }
    }
}
