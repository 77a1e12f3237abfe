using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// Which declared names other assemblies can use (public API), and whether an [Obsolete] member under
    /// the old name can keep their callers compiling after a rename. The analyzer says so in its message;
    /// the fixes decide with the same rules on the current solution.
    /// </summary>
    public static class PublicApiShape
    {
        /// <summary>
        /// Visible outside the assembly by name: the symbol and every containing type are public, protected
        /// or protected internal. A parameter is public API when its method is (callers may pass it by name), an
        /// operator's never;
        /// type parameters, locals and other names inside bodies never are. A namespace is when it holds a public type.
        /// </summary>
        public static bool IsPublicApi(ISymbol symbol)
        {
            switch (symbol)
            {
                case IParameterSymbol parameter:
                    // An operator's arguments are never passed by name (C# cannot call op_Addition as a method).
                    return parameter.ContainingSymbol is { } owner && !(owner is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction or MethodKind.AnonymousFunction or MethodKind.UserDefinedOperator or MethodKind.Conversion })
                        && IsVisibleOutside(owner is IMethodSymbol { MethodKind: MethodKind.DelegateInvoke } invoke ? invoke.ContainingType : owner);
                case ITypeParameterSymbol _:
                case ILocalSymbol _:
                case ILabelSymbol _:
                case IRangeVariableSymbol _:
                    return false;
                case INamespaceSymbol ns:
                    return HoldsPublicType(ns);
                case IMethodSymbol { MethodKind: MethodKind.LocalFunction }:
                    return false;
                case IFieldSymbol { ContainingType: { IsTupleType: true } }:
                    return false;
                default:
                    return IsVisibleOutside(symbol);
            }
        }

        /// <summary>
        /// Null when a forwarder under the old name can keep callers compiling, else why not (for the
        /// diagnostic's message and the fix summary). Only meaningful for public API.
        /// </summary>
        public static string? NoForwarderReason(ISymbol symbol)
        {
            switch (symbol)
            {
                case INamedTypeSymbol _:
                    return "a type's own name cannot forward: a type under the old name would be another type";
                case INamespaceSymbol _:
                    return "a namespace cannot forward to another";
                case IParameterSymbol _:
                    return "callers may pass the parameter by name, and no overload can keep both names";
            }

            if (symbol.IsImplicitlyDeclared || symbol.IsOverride || symbol.DeclaringSyntaxReferences.Length != 1)
            {
                return "declared in several parts";
            }

            var type = symbol.ContainingType;
            if (type is null || !(type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct || type.TypeKind == TypeKind.Enum || type.TypeKind == TypeKind.Interface))
            {
                return "its containing type cannot hold a forwarder";
            }

            if (type.TypeKind == TypeKind.Interface && symbol.IsStatic)
            {
                return "a static interface member's implementations cannot forward";
            }

            switch (symbol)
            {
                case IMethodSymbol method:
                    if (method.MethodKind != MethodKind.Ordinary || method.ReturnsByRef || method.ReturnsByRefReadonly
                        || method.PartialDefinitionPart != null || method.PartialImplementationPart != null)
                    {
                        return "a partial, ref-returning or special method cannot forward";
                    }

                    return null;
                case IPropertySymbol property:
                    if (property.IsIndexer || property.ReturnsByRef || property.ReturnsByRefReadonly)
                    {
                        return "an indexer or ref-returning property cannot forward";
                    }

                    return symbol.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax
                        ? "a positional record property is also a constructor parameter callers may pass by name"
                        : null;
                case IFieldSymbol field:
                    return field.IsFixedSizeBuffer || field.RefKind != RefKind.None ? "a fixed buffer or ref field cannot forward" : null;
                case IEventSymbol _:
                    return null;
                default:
                    return "this kind of name cannot forward";
            }
        }

        public static bool IsVisibleOutside(ISymbol symbol)
        {
            for (var s = symbol; s != null && !(s is INamespaceSymbol); s = s.ContainingSymbol)
            {
                if (!(s.DeclaredAccessibility == Accessibility.Public || s.DeclaredAccessibility == Accessibility.Protected || s.DeclaredAccessibility == Accessibility.ProtectedOrInternal))
                {
                    return false;
                }

                // Protected members of a sealed type are out of reach: nothing can derive from it.
                if (s.DeclaredAccessibility != Accessibility.Public && s.ContainingType is { IsSealed: true })
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HoldsPublicType(INamespaceSymbol ns)
        {
            foreach (var type in ns.GetTypeMembers())
            {
                if (type.DeclaredAccessibility == Accessibility.Public && !type.Locations.IsEmpty && type.Locations[0].IsInSource)
                {
                    return true;
                }
            }

            foreach (var inner in ns.GetNamespaceMembers())
            {
                if (HoldsPublicType(inner))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
