using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>
    /// After a public member is renamed, adds a member with the old name marked [Obsolete] that forwards
    /// to the new one, so a library's users keep compiling (with a warning) until they move.
    /// </summary>
    internal static class ObsoleteForwarder
    {
        /// <summary>Methods, properties, fields, events and enum members visible outside the assembly, in a class, struct or enum.</summary>
        public static bool CanForward(ISymbol symbol)
        {
            if (!IsVisibleOutside(symbol) || symbol.IsOverride || symbol.IsImplicitlyDeclared || symbol.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            var type = symbol.ContainingType;
            if (type is null || !(type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct || type.TypeKind == TypeKind.Enum))
            {
                return false;
            }

            switch (symbol)
            {
                case IMethodSymbol method:
                    return method.MethodKind == MethodKind.Ordinary && !method.ReturnsByRef && !method.ReturnsByRefReadonly
                        && method.PartialDefinitionPart is null && method.PartialImplementationPart is null;
                case IPropertySymbol property:
                    return !property.IsIndexer && !property.ReturnsByRef && !property.ReturnsByRefReadonly
                        && !(symbol.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax);
                case IFieldSymbol field:
                    return !field.IsFixedSizeBuffer && field.RefKind == RefKind.None;
                case IEventSymbol _:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Adds the forwarder beside the renamed declaration whose identifier starts at <paramref name="position"/>.</summary>
        public static async Task<Solution> AddAsync(Solution solution, DocumentId documentId, int position, string oldName, string newName, CancellationToken cancellationToken)
        {
            var document = solution.GetDocument(documentId);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return solution;
            }

            var token = root.FindToken(position);
            if (token.ValueText != newName)
            {
                return solution;
            }

            var newRoot = token.Parent switch
            {
                EnumMemberDeclarationSyntax member => AddEnumMember(root, member, oldName, newName),
                MethodDeclarationSyntax method => Insert(root, method, Method(method, oldName, newName)),
                PropertyDeclarationSyntax property => Insert(root, property, Property(property, oldName, newName)),
                EventDeclarationSyntax @event => Insert(root, @event, Event(@event, @event.Modifiers, @event.Type, oldName, newName)),
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: EventFieldDeclarationSyntax @event } } =>
                    Insert(root, @event, Event(@event, @event.Modifiers, @event.Declaration.Type, oldName, newName)),
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } } =>
                    Insert(root, field, Field(field, oldName, newName)),
                _ => null,
            };

            return newRoot is null ? solution : solution.WithDocumentSyntaxRoot(documentId, newRoot);
        }

        private static bool IsVisibleOutside(ISymbol symbol)
        {
            for (var s = symbol; s != null && !(s is INamespaceSymbol); s = s.ContainingSymbol)
            {
                if (!(s.DeclaredAccessibility == Accessibility.Public || s.DeclaredAccessibility == Accessibility.Protected || s.DeclaredAccessibility == Accessibility.ProtectedOrInternal))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Header(MemberDeclarationSyntax original, string newName)
        {
            var text = new StringBuilder();
            if (original.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)))
            {
                // Documented APIs often build with warnings as errors (CS1591): document the forwarder too.
                text.Append("/// <summary>Obsolete: renamed to <c>").Append(newName).Append("</c>.</summary>\n");
            }

            return text.Append("[global::System.Obsolete(\"Use ").Append(newName).Append(" instead.\")]\n").ToString();
        }

        // Accessibility and static/unsafe/readonly carry over; virtual, abstract, async, required and the like do not.
        private static string Modifiers(SyntaxTokenList modifiers)
        {
            var kept = modifiers.Where(m =>
                m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword) || m.IsKind(SyntaxKind.InternalKeyword)
                || m.IsKind(SyntaxKind.StaticKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ReadOnlyKeyword));
            return string.Join(" ", kept.Select(m => m.Text));
        }

        private static string Method(MethodDeclarationSyntax method, string oldName, string newName)
        {
            string typeArguments = method.TypeParameterList is null ? "" : "<" + string.Join(", ", method.TypeParameterList.Parameters.Select(p => p.Identifier.Text)) + ">";
            string arguments = string.Join(", ", method.ParameterList.Parameters.Select(Argument));
            return Header(method, newName) + Modifiers(method.Modifiers) + " " + method.ReturnType.WithoutTrivia() + " " + oldName
                + method.TypeParameterList?.WithoutTrivia() + method.ParameterList.WithoutTrivia()
                + string.Concat(method.ConstraintClauses.Select(c => " " + c.WithoutTrivia()))
                + " => " + newName + typeArguments + "(" + arguments + ");";
        }

        private static string Argument(ParameterSyntax parameter)
        {
            string prefix = parameter.Modifiers.Any(SyntaxKind.RefKeyword) ? "ref "
                : parameter.Modifiers.Any(SyntaxKind.OutKeyword) ? "out "
                : parameter.Modifiers.Any(SyntaxKind.InKeyword) ? "in "
                : "";
            return prefix + parameter.Identifier.Text;
        }

        private static string Property(PropertyDeclarationSyntax property, string oldName, string newName)
        {
            var accessors = new StringBuilder();
            if (property.ExpressionBody != null)
            {
                accessors.Append("get => ").Append(newName).Append(';');
            }
            else if (property.AccessorList != null)
            {
                foreach (var accessor in property.AccessorList.Accessors)
                {
                    if (accessor.Modifiers.Any(SyntaxKind.PrivateKeyword))
                    {
                        continue;
                    }

                    string modifiers = accessor.Modifiers.Count == 0 ? "" : accessor.Modifiers.ToString() + " ";
                    accessors.Append(modifiers).Append(accessor.Keyword.Text)
                        .Append(accessor.IsKind(SyntaxKind.GetAccessorDeclaration) ? " => " + newName + "; " : " => " + newName + " = value; ");
                }
            }

            return Header(property, newName) + Modifiers(property.Modifiers) + " " + property.Type.WithoutTrivia() + " " + oldName + " { " + accessors.ToString().TrimEnd() + " }";
        }

        private static string Field(FieldDeclarationSyntax field, string oldName, string newName)
        {
            string type = field.Declaration.Type.WithoutTrivia().ToString();
            string modifiers = Modifiers(field.Modifiers);
            if (field.Modifiers.Any(SyntaxKind.ConstKeyword))
            {
                return Header(field, newName) + modifiers + " const " + type + " " + oldName + " = " + newName + ";";
            }

            // A field cannot forward; a property with the field's shape can (source compatible).
            bool readOnly = field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword);
            modifiers = string.Join(" ", modifiers.Split(' ').Where(m => m != "readonly"));
            string accessors = readOnly ? "get => " + newName + ";" : "get => " + newName + "; set => " + newName + " = value;";
            return Header(field, newName) + modifiers + " " + type + " " + oldName + " { " + accessors + " }";
        }

        private static string Event(MemberDeclarationSyntax original, SyntaxTokenList modifiers, TypeSyntax type, string oldName, string newName)
            => Header(original, newName) + Modifiers(modifiers) + " event " + type.WithoutTrivia() + " " + oldName
               + " { add => " + newName + " += value; remove => " + newName + " -= value; }";

        private static SyntaxNode? Insert(SyntaxNode root, MemberDeclarationSyntax after, string text)
        {
            var member = SyntaxFactory.ParseMemberDeclaration(text);
            if (member is null || member.ContainsDiagnostics)
            {
                return null;
            }

            // Only the attribute name is simplified: reducing the whole member would turn the forwarding call into another form.
            member = member.ReplaceNodes(
                member.AttributeLists.SelectMany(list => list.Attributes).Select(attribute => attribute.Name),
                (_, name) => name.WithAdditionalAnnotations(Simplifier.Annotation));

            // A blank line, then the forwarder on its own lines; the formatter indents it.
            var newLine = after.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (newLine == default)
            {
                newLine = SyntaxFactory.EndOfLine("\n");
            }

            member = member
                .WithLeadingTrivia(member.GetLeadingTrivia().Insert(0, newLine))
                .WithTrailingTrivia(newLine)
                .WithAdditionalAnnotations(Formatter.Annotation);
            return root.InsertNodesAfter(after, new[] { member });
        }

        private static SyntaxNode? AddEnumMember(SyntaxNode root, EnumMemberDeclarationSyntax member, string oldName, string newName)
        {
            if (!(member.Parent is EnumDeclarationSyntax enumDeclaration))
            {
                return null;
            }

            var forwarder = SyntaxFactory.EnumMemberDeclaration(SyntaxFactory.Identifier(oldName))
                .WithAttributeLists(SyntaxFactory.SingletonList(ObsoleteAttribute(newName)))
                .WithEqualsValue(SyntaxFactory.EqualsValueClause(SyntaxFactory.IdentifierName(newName)))
                .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);
            int index = enumDeclaration.Members.IndexOf(member);
            var updated = enumDeclaration.WithMembers(enumDeclaration.Members.Insert(index + 1, forwarder)).WithAdditionalAnnotations(Formatter.Annotation);
            return root.ReplaceNode(enumDeclaration, updated);
        }

        private static AttributeListSyntax ObsoleteAttribute(string newName)
            => SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::System.Obsolete"))
                    .WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("Use " + newName + " instead."))))))));
    }
}
