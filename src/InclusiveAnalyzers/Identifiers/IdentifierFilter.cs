using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// Which declared symbols are ours to judge. A name that comes from someone else's API
    /// (overrides, interface implementations, extern/interop entry points) cannot be renamed here,
    /// so reporting it would only be noise.
    /// </summary>
    internal static class IdentifierFilter
    {
        public static bool IsOwnName(ISymbol symbol)
        {
            if (symbol.IsImplicitlyDeclared || symbol.IsOverride || symbol.IsExtern)
            {
                return false;
            }

            // An [Obsolete] name is kept only so existing callers compile (the fix's forwarder): nothing to rename.
            if (HasAttribute(symbol, "ObsoleteAttribute"))
            {
                return false;
            }

            // A COM interface declared for interop ([ComImport], [GeneratedComInterface]) transcribes a native
            // interface: its name and its members' follow that API (IAudioEndpointVolume.SetMasterVolumeLevel),
            // as an extern method's name follows its entry point.
            if (IsComInterop(symbol as INamedTypeSymbol ?? symbol.ContainingType))
            {
                return false;
            }

            // A Windows error code transcribed from the SDK (const int E_ABORT = unchecked((int)0x80004004)).
            if (ErrorCodeNames.IsErrorCodeField(symbol))
            {
                return false;
            }

            // A C header's constant beside the P/Invokes that pass it (i2c-dev.h's I2C_SLAVE = 0x0703).
            if (HeaderConstantNames.IsHeaderConstant(symbol))
            {
                return false;
            }

            // A table of another system's words, each named after its own value (Redis's SLAVES = "SLAVES").
            if (LiteralTableNames.IsSpelledEntry(symbol))
            {
                return false;
            }

            // A C header's names kept by an interop binding (XInput2's XIAddMasterInfo and XIMasterPointer).
            if (NativeHeaderNames.IsTranscribed(symbol))
            {
                return false;
            }

            // An explicit implementation of an interface the compilation cannot resolve (declared in a file or package
            // it was not given: Xamarin.Forms' bool IMasterDetailPageController.CanChangeIsPresented) binds to no
            // interface member, so the checks below cannot see it; its name still carries the interface's, dotted,
            // which no member of one's own can have. The interface's declaration is where the name is reported and renamed.
            if (IsExplicitImplementationName(symbol))
            {
                return false;
            }

            switch (symbol)
            {
                case IMethodSymbol method:
                    if (method.MethodKind != MethodKind.Ordinary && method.MethodKind != MethodKind.DelegateInvoke)
                    {
                        return false; // accessors, constructors, operators: named after something else
                    }

                    if (method.MethodKind == MethodKind.DelegateInvoke || IsImport(method))
                    {
                        return false;
                    }

                    if (!method.ExplicitInterfaceImplementations.IsDefaultOrEmpty)
                    {
                        return false;
                    }

                    break;
                case IPropertySymbol property:
                    if (!property.ExplicitInterfaceImplementations.IsDefaultOrEmpty || property.IsIndexer)
                    {
                        return false;
                    }

                    break;
                case IEventSymbol @event:
                    if (!@event.ExplicitInterfaceImplementations.IsDefaultOrEmpty)
                    {
                        return false;
                    }

                    break;
            }

            return !ImplementsInterfaceMember(symbol);
        }

        /// <summary>Parameters of a member whose name we do not judge follow the same rule (their names come from the base).</summary>
        // A constructor's and an operator's parameter names are the author's although the member is named by the language
        // (no caller can pass an operator's arguments by name either); an operator implementing an interface's static
        // abstract one takes that declaration's names, as other implementations do.
        public static bool OwnsParameterNames(ISymbol owner)
            => IsOwnName(owner) || (owner is IMethodSymbol m && !m.IsImplicitlyDeclared && (m.MethodKind == MethodKind.Constructor
                   || (m.MethodKind is MethodKind.UserDefinedOperator or MethodKind.Conversion && m.ExplicitInterfaceImplementations.IsDefaultOrEmpty && !ImplementsInterfaceMember(m)))) ||
               (owner is IPropertySymbol p && p.IsIndexer && !p.IsOverride && p.ExplicitInterfaceImplementations.IsDefaultOrEmpty && !ImplementsInterfaceMember(p));

        private static bool IsExplicitImplementationName(ISymbol symbol)
            => symbol is IMethodSymbol or IPropertySymbol or IEventSymbol && symbol.Name.IndexOf('.') >= 0;

        // An implicit implementation of an interface member: the interface's declaration is reported (and renamed) instead.
        private static bool ImplementsInterfaceMember(ISymbol symbol)
        {
            if (!(symbol is IMethodSymbol || symbol is IPropertySymbol || symbol is IEventSymbol))
            {
                return false;
            }

            var type = symbol.ContainingType;
            if (type is null || type.TypeKind == TypeKind.Interface)
            {
                return false;
            }

            foreach (var @interface in type.AllInterfaces)
            {
                foreach (var member in @interface.GetMembers(symbol.Name))
                {
                    var implementation = type.FindImplementationForInterfaceMember(member);
                    if (SymbolEqualityComparer.Default.Equals(implementation, symbol))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>A P/Invoke entry point: extern, [DllImport] or [LibraryImport] (its name is the native function's).</summary>
        internal static bool IsImport(IMethodSymbol method)
            => method.IsExtern || method.GetDllImportData() != null || HasAttribute(method, "LibraryImportAttribute");

        private static bool IsComInterop(INamedTypeSymbol? type)
            => type is { TypeKind: TypeKind.Interface } && (HasAttribute(type, "ComImportAttribute") || HasAttribute(type, "GeneratedComInterfaceAttribute"));

        private static bool HasAttribute(ISymbol symbol, string name)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
