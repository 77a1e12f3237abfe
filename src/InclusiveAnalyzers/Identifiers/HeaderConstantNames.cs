using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// A C header's constants copied beside the P/Invoke declarations that pass them: Linux's <c>I2C_SLAVE = 0x0703</c>
    /// (i2c-dev.h, the ioctl that selects a bus address), Windows' <c>SV_TYPE_MASTER_BROWSER = 0x00040000</c> (lmserver.h)
    /// and <c>ERROR_OPERATION_ABORTED = 995</c> (winerror.h). The name is the header's macro for that number, as an
    /// extern method's name is its entry point's: renaming it only makes the code disagree with the header and the
    /// documentation it is read against. Both signs must hold: a macro's form (capitals, digits and underscores, with at
    /// least one underscore) for a number, and an interop home (a type with extern or imported methods or a nested type
    /// that has them, a type or namespace named as interop code is, or a namespace block of its file that declares
    /// P/Invoke methods or laid-out structs). <c>MASTER_NODE_ID = 1</c> in ordinary code, <c>DdcSlaveAddress = 0x37</c>
    /// beside the P/Invokes and a macro-form string (<c>MASTER_NAME = "master"</c>) are the project's own.
    /// </summary>
    internal static class HeaderConstantNames
    {
        // Per namespace block (or file, outside any): whether it declares a P/Invoke method or a laid-out struct.
        private static readonly ConditionalWeakTable<SyntaxNode, object> InteropBlocks = new ConditionalWeakTable<SyntaxNode, object>();
        private static readonly object Yes = new object();
        private static readonly object No = new object();

        public static bool IsHeaderConstant(ISymbol symbol)
            => symbol is IFieldSymbol field && HasMacroForm(field.Name) && HasNumberValue(field) && HasInteropHome(field);

        /// <summary>I2C_SLAVE, SV_TYPE_MASTER_BROWSER: capitals and digits in words joined by single underscores.</summary>
        internal static bool HasMacroForm(string name)
        {
            if (name.Length < 3 || !(name[0] is >= 'A' and <= 'Z') || name[name.Length - 1] == '_')
            {
                return false;
            }

            bool underscore = false;
            for (int i = 1; i < name.Length; i++)
            {
                char c = name[i];
                if (c == '_')
                {
                    if (name[i - 1] == '_')
                    {
                        return false;
                    }

                    underscore = true;
                }
                else if (!(c is >= 'A' and <= 'Z' || c is >= '0' and <= '9'))
                {
                    return false;
                }
            }

            return underscore;
        }

        // A number: a constant or enum member with an integral value, or a static field initialised with a numeric literal
        // (static int I2C_SLAVE = 0x0703, written without const).
        private static bool HasNumberValue(IFieldSymbol field)
        {
            if (field.HasConstantValue)
            {
                return IsIntegral(field.ConstantValue);
            }

            if (!field.IsStatic || !IsIntegralType(field.Type))
            {
                return false;
            }

            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer: { } initializer } && IsNumberLiteral(initializer.Value))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsIntegral(object? value)
            => value is int || value is uint || value is long || value is ulong || value is short || value is ushort || value is byte || value is sbyte;

        private static bool IsIntegralType(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or
            SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte or
            SpecialType.System_IntPtr or SpecialType.System_UIntPtr => true,
            _ => false,
        };

        private static bool IsNumberLiteral(ExpressionSyntax expression)
        {
            while (true)
            {
                expression = NumberLiterals.Unwrap(expression);
                if (expression is PrefixUnaryExpressionSyntax minus && minus.IsKind(SyntaxKind.UnaryMinusExpression))
                {
                    expression = minus.Operand;
                    continue;
                }

                return expression.IsKind(SyntaxKind.NumericLiteralExpression);
            }
        }

        private static bool HasInteropHome(IFieldSymbol field)
        {
            for (var type = field.ContainingType; type != null; type = type.ContainingType)
            {
                if (IsInteropName(type.Name) || (type.TypeKind != TypeKind.Enum && (DeclaresImports(type) || NestsInterop(type))))
                {
                    return true;
                }
            }

            for (var ns = field.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                if (IsInteropName(ns.Name))
                {
                    return true;
                }
            }

            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                var block = Block(reference.GetSyntax());
                if (block != null && InteropBlocks.GetValue(block, b => DeclaresInterop(b) ? Yes : No) == Yes)
                {
                    return true;
                }
            }

            return false;
        }

        // The namespace block the declaration stands in, or its file's root: a file's P/Invokes speak for the constants
        // declared beside them (dotnet/iot's top-level I2cSettings enum next to its Interop class), not for another
        // namespace block of the same file.
        private static SyntaxNode? Block(SyntaxNode declaration)
        {
            for (var node = declaration; node != null; node = node.Parent)
            {
                if (node is BaseNamespaceDeclarationSyntax || node is CompilationUnitSyntax)
                {
                    return node;
                }
            }

            return null;
        }

        // The names CA1060 asks P/Invoke declarations to live in, and the runtime's Interop class.
        private static bool IsInteropName(string name)
            => name == "NativeMethods" || name == "SafeNativeMethods" || name == "UnsafeNativeMethods" || name == "Interop" || name == "Native" || name == "PInvoke";

        // Across all parts of a partial type: Vanara's NetApi32 declares its enums in one file and its imports in others.
        private static bool DeclaresImports(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method && IdentifierFilter.IsImport(method))
                {
                    return true;
                }
            }

            return false;
        }

        // A sibling that holds the P/Invokes: ManagedDism's DismApi keeps the headers' constants beside DismApi.NativeMethods.
        private static bool NestsInterop(INamedTypeSymbol type)
        {
            foreach (var nested in type.GetTypeMembers())
            {
                if (IsInteropName(nested.Name) || DeclaresImports(nested))
                {
                    return true;
                }
            }

            return false;
        }

        // Syntax only: a method with the extern modifier or a DllImport/LibraryImport attribute, or a [StructLayout] type,
        // in the block and the types inside it (a nested namespace block is its own).
        private static bool DeclaresInterop(SyntaxNode block)
        {
            foreach (var node in block.DescendantNodes(n => n == block || n is TypeDeclarationSyntax))
            {
                switch (node)
                {
                    case MethodDeclarationSyntax method when method.Modifiers.Any(SyntaxKind.ExternKeyword) || HasAttribute(method.AttributeLists, "DllImport", "LibraryImport"):
                    case StructDeclarationSyntax laidOut when HasAttribute(laidOut.AttributeLists, "StructLayout", "StructLayout"):
                    case ClassDeclarationSyntax laidOutClass when HasAttribute(laidOutClass.AttributeLists, "StructLayout", "StructLayout"):
                        return true;
                }
            }

            return false;
        }

        private static bool HasAttribute(SyntaxList<AttributeListSyntax> lists, string one, string other)
        {
            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText
                        : attribute.Name is IdentifierNameSyntax simple ? simple.Identifier.ValueText
                        : attribute.Name.ToString();
                    if (name.EndsWith("Attribute", System.StringComparison.Ordinal))
                    {
                        name = name.Substring(0, name.Length - "Attribute".Length);
                    }

                    if (name == one || name == other)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
