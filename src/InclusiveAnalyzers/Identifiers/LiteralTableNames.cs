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
    /// sees, and the value cannot change (INCL103 reports the value when strings are checked). A table is long
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
