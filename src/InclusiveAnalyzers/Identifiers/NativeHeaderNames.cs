using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// Names transcribed from a C header for interop. A C library glues its own capital prefix to every name it
    /// declares (XInput2's <c>XIAddMasterInfo</c>, <c>XIMasterPointer</c>, <c>XISlaveSwitch</c>), and a binding keeps
    /// those names so that it can be read against the header and its documentation, as an extern method keeps its
    /// entry point's. Two shapes are left: an enum whose members all carry one capital prefix (the header's
    /// constants), and a <c>[StructLayout]</c> struct whose name carries a capital prefix that another interop struct
    /// or prefixed enum of its namespace carries too (the header's structs), with that struct's fields. Neither sign
    /// is enough alone: <c>HTTPMasterNode</c> is the project's own name, and so is a <c>[StructLayout]</c> struct
    /// <c>MasterClockSample</c> or an enum <c>{ MasterPointer, SlavePointer }</c>.
    /// </summary>
    internal static class NativeHeaderNames
    {
        // A library prefix is short (XI, GL, SDL, XCB); a longer run of capitals is a word written in capitals.
        private const int MaxPrefix = 4;

        // Per enum: whether all its members carry one prefix (asked once per member, so computed once per enum).
        private static readonly ConditionalWeakTable<INamedTypeSymbol, object> PrefixedEnums = new ConditionalWeakTable<INamedTypeSymbol, object>();
        private static readonly object Yes = new object();
        private static readonly object No = new object();

        public static bool IsTranscribed(ISymbol symbol)
        {
            switch (symbol)
            {
                case IFieldSymbol { ContainingType: { TypeKind: TypeKind.Enum } owner }:
                    return IsPrefixedEnum(owner);
                case IFieldSymbol { ContainingType: { } owner }:
                    return IsHeaderStruct(owner);
                case INamedTypeSymbol type:
                    return IsHeaderStruct(type);
                default:
                    return false;
            }
        }

        /// <summary>
        /// The capitals glued before the first word of a name, when they are a library's prefix: <c>XIMasterPointer</c>
        /// gives <c>XI</c> (the last capital of the run starts the word "Master"). Null for a name without one.
        /// </summary>
        internal static string? LibraryPrefix(string name)
        {
            int run = 0;
            while (run < name.Length && name[run] >= 'A' && name[run] <= 'Z')
            {
                run++;
            }

            int prefix = run - 1;
            if (prefix < 2 || prefix > MaxPrefix || run >= name.Length || !char.IsLower(name[run]))
            {
                return null;
            }

            return name.Substring(0, prefix);
        }

        private static bool IsPrefixedEnum(INamedTypeSymbol type)
            => PrefixedEnums.GetValue(type, t => AllMembersShareAPrefix(t) ? Yes : No) == Yes;

        private static bool AllMembersShareAPrefix(INamedTypeSymbol type)
        {
            string? shared = null;
            int count = 0;
            foreach (var member in type.GetMembers())
            {
                if (!(member is IFieldSymbol { HasConstantValue: true }))
                {
                    continue;
                }

                var prefix = LibraryPrefix(member.Name);
                if (prefix is null || (shared != null && prefix != shared))
                {
                    return false;
                }

                shared = prefix;
                count++;
            }

            return count >= 2;
        }

        private static bool IsHeaderStruct(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Struct || !HasStructLayout(type) || !(LibraryPrefix(type.Name) is { } prefix))
            {
                return false;
            }

            var siblings = type.ContainingType is { } outer ? outer.GetTypeMembers() : type.ContainingNamespace.GetTypeMembers();
            foreach (var sibling in siblings)
            {
                if (SymbolEqualityComparer.Default.Equals(sibling, type))
                {
                    continue;
                }

                if (sibling.TypeKind == TypeKind.Struct && HasStructLayout(sibling) && LibraryPrefix(sibling.Name) == prefix)
                {
                    return true;
                }

                if (sibling.TypeKind == TypeKind.Enum && IsPrefixedEnum(sibling) && FirstMemberPrefix(sibling) == prefix)
                {
                    return true;
                }
            }

            return false;
        }

        private static string? FirstMemberPrefix(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true })
                {
                    return LibraryPrefix(member.Name);
                }
            }

            return null;
        }

        private static bool HasStructLayout(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "StructLayoutAttribute")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
