using System.Linq;
using InclusiveAnalyzers.Identifiers;
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
        /// <summary>
        /// Public API that a member under the old name can keep compiling for callers: methods, properties,
        /// fields, events and enum members of classes, structs, enums and interfaces (see <see cref="PublicApiShape"/>).
        /// </summary>
        public static bool CanForward(ISymbol symbol)
            => PublicApiShape.IsPublicApi(symbol) && PublicApiShape.NoForwarderReason(symbol) is null;

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
            if (token.ValueText != newName || !IsDeclaredName(token))
            {
                // Positions are carried through text diffs, which can be coarse: take the nearest declaration of the new name.
                token = root.DescendantTokens()
                    .Where(t => t.ValueText == newName && IsDeclaredName(t))
                    .OrderBy(t => System.Math.Abs(t.SpanStart - position))
                    .FirstOrDefault();
                if (token == default)
                {
                    return solution;
                }
            }

            if (token.Parent?.Parent is InterfaceDeclarationSyntax || token.Parent?.Parent?.Parent?.Parent is InterfaceDeclarationSyntax)
            {
                var inInterface = InterfaceMember(token.Parent, oldName, newName);
                return inInterface is null ? solution : solution.WithDocumentSyntaxRoot(documentId, Insert(root, InterfaceMemberDeclaration(token.Parent)!, inInterface) ?? root);
            }

            var newRoot = token.Parent switch
            {
                EnumMemberDeclarationSyntax member => AddEnumMember(root, member, oldName, newName),
                MethodDeclarationSyntax { ExplicitInterfaceSpecifier: { } specifier } method => Insert(root, method, ExplicitMethod(method, specifier, oldName, newName)),
                PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: { } specifier } property => Insert(root, property, ExplicitProperty(property, specifier, oldName, newName)),
                EventDeclarationSyntax { ExplicitInterfaceSpecifier: { } specifier } @event => Insert(root, @event, ExplicitEvent(@event, specifier, oldName, newName)),
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

        private static bool IsDeclaredName(SyntaxToken token) => token.Parent switch
        {
            MethodDeclarationSyntax method => method.Identifier == token,
            PropertyDeclarationSyntax property => property.Identifier == token,
            EventDeclarationSyntax @event => @event.Identifier == token,
            EnumMemberDeclarationSyntax member => member.Identifier == token,
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: BaseFieldDeclarationSyntax } } variable => variable.Identifier == token,
            _ => false,
        };

        private static MemberDeclarationSyntax? InterfaceMemberDeclaration(SyntaxNode declaration)
            => declaration is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: EventFieldDeclarationSyntax @event } } ? @event : declaration as MemberDeclarationSyntax;

        /// <summary>
        /// The old member back in the interface, [Obsolete]: abstract when the renamed one is (every
        /// implementing type in the solution then gets a forwarder), forwarding when it has a body.
        /// </summary>
        private static string? InterfaceMember(SyntaxNode declaration, string oldName, string newName)
        {
            switch (declaration)
            {
                case MethodDeclarationSyntax method when method.Body is null && method.ExpressionBody is null:
                    return Header(method, newName) + method.WithoutTrivia().WithAttributeLists(default).WithIdentifier(SyntaxFactory.Identifier(oldName)).ToString();
                case PropertyDeclarationSyntax property when property.ExpressionBody is null && property.AccessorList!.Accessors.All(a => a.Body is null && a.ExpressionBody is null):
                    return Header(property, newName) + property.WithoutTrivia().WithAttributeLists(default).WithInitializer(null).WithIdentifier(SyntaxFactory.Identifier(oldName)).ToString();
                case EventDeclarationSyntax _:
                case MethodDeclarationSyntax _:
                case PropertyDeclarationSyntax _:
                    return Forwarder(declaration, oldName, newName);
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: EventFieldDeclarationSyntax @event } }:
                    return Header(@event, newName) + Modifiers(@event.Modifiers) + " event " + @event.Declaration.Type.WithoutTrivia() + " " + oldName + ";";
                default:
                    return null;
            }
        }

        private static string? Forwarder(SyntaxNode declaration, string oldName, string newName) => declaration switch
        {
            MethodDeclarationSyntax method => Method(method, oldName, newName),
            PropertyDeclarationSyntax property => Property(property, oldName, newName),
            EventDeclarationSyntax @event => Event(@event, @event.Modifiers, @event.Type, oldName, newName),
            _ => null,
        };

        private static string Header(MemberDeclarationSyntax original, string newName)
        {
            var text = new StringBuilder();
            if (original.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)))
            {
                // Documented APIs often build with warnings as errors (CS1591): document the forwarder too.
                text.Append("/// <summary>Obsolete: renamed to <c>").Append(newName).Append("</c>.</summary>\n");
            }

            return text.Append("[global::System.Obsolete(\"Use ").Append(newName).Append(" instead.\")]\n")
                .Append(EditorBrowsableNever).Append('\n').ToString();
        }

        // Accessibility and static/unsafe/readonly carry over; virtual, abstract, async, required and the like do not.
        // Hidden from completion so that new code finds only the new name, as hand-made forwarders usually are.
        private const string EditorBrowsableNever = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

        private static string Modifiers(SyntaxTokenList modifiers)
        {
            var kept = modifiers.Where(m =>
                m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword) || m.IsKind(SyntaxKind.InternalKeyword)
                || m.IsKind(SyntaxKind.StaticKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ReadOnlyKeyword));
            return string.Join(" ", kept.Select(m => m.Text));
        }

        private static string Method(MethodDeclarationSyntax method, string oldName, string newName)
            => Header(method, newName) + Modifiers(method.Modifiers) + " " + method.ReturnType.WithoutTrivia() + " " + oldName
                + MethodRest(method, newName);

        // An explicit implementation forwards through the interface: the new member may itself be explicit.
        private static string ExplicitMethod(MethodDeclarationSyntax method, ExplicitInterfaceSpecifierSyntax specifier, string oldName, string newName)
            => method.ReturnType.WithoutTrivia() + " " + specifier.WithoutTrivia() + oldName + MethodRest(method, Through(specifier) + newName);

        private static string MethodRest(MethodDeclarationSyntax method, string target)
        {
            string typeArguments = method.TypeParameterList is null ? "" : "<" + string.Join(", ", method.TypeParameterList.Parameters.Select(p => p.Identifier.Text)) + ">";
            string arguments = string.Join(", ", method.ParameterList.Parameters.Select(Argument));
            return method.TypeParameterList?.WithoutTrivia() + method.ParameterList.WithoutTrivia().ToString()
                + string.Concat(method.ConstraintClauses.Select(c => " " + c.WithoutTrivia()))
                + " => " + target + typeArguments + "(" + arguments + ");";
        }

        private static string Through(ExplicitInterfaceSpecifierSyntax specifier) => "((" + specifier.Name.WithoutTrivia() + ")this).";

        private static string Argument(ParameterSyntax parameter)
        {
            string prefix = parameter.Modifiers.Any(SyntaxKind.RefKeyword) ? "ref "
                : parameter.Modifiers.Any(SyntaxKind.OutKeyword) ? "out "
                : parameter.Modifiers.Any(SyntaxKind.InKeyword) ? "in "
                : "";
            return prefix + parameter.Identifier.Text;
        }

        private static string Property(PropertyDeclarationSyntax property, string oldName, string newName)
            => Header(property, newName) + Modifiers(property.Modifiers) + " " + property.Type.WithoutTrivia() + " " + oldName + " { " + Accessors(property, newName) + " }";

        private static string ExplicitProperty(PropertyDeclarationSyntax property, ExplicitInterfaceSpecifierSyntax specifier, string oldName, string newName)
            => property.Type.WithoutTrivia() + " " + specifier.WithoutTrivia() + oldName + " { " + Accessors(property, Through(specifier) + newName) + " }";

        private static string Accessors(PropertyDeclarationSyntax property, string newName)
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

            return accessors.ToString().TrimEnd();
        }

        private static string Field(FieldDeclarationSyntax field, string oldName, string newName)
        {
            string type = field.Declaration.Type.WithoutTrivia().ToString();
            string modifiers = Modifiers(field.Modifiers);
            if (field.Modifiers.Any(SyntaxKind.ConstKeyword))
            {
                return Header(field, newName) + modifiers + " const " + type + " " + oldName + " = " + newName + ";";
            }

            // A field cannot forward; a property can. A ref-returning one keeps every use compiling (reads,
            // assignments, ++, initializers, ref/out arguments, members of a struct value); a struct cannot
            // return a ref to its own field, and a ref drops volatile, so those get a get/set property.
            bool readOnly = field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword);
            bool isStatic = field.Modifiers.Any(SyntaxKind.StaticKeyword);
            modifiers = string.Join(" ", modifiers.Split(' ').Where(m => m != "readonly"));
            bool byRef = !readOnly && !field.Modifiers.Any(SyntaxKind.VolatileKeyword)
                && (isStatic || !(field.Parent is StructDeclarationSyntax || field.Parent is RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: (int)SyntaxKind.StructKeyword }))
                && ((CSharpParseOptions)field.SyntaxTree.Options).LanguageVersion >= LanguageVersion.CSharp7;
            if (byRef)
            {
                return Header(field, newName) + modifiers + " ref " + type + " " + oldName + " => ref " + newName + ";";
            }

            string accessors = readOnly ? "get => " + newName + ";" : "get => " + newName + "; set => " + newName + " = value;";
            return Header(field, newName) + modifiers + " " + type + " " + oldName + " { " + accessors + " }";
        }

        private static string ExplicitEvent(EventDeclarationSyntax @event, ExplicitInterfaceSpecifierSyntax specifier, string oldName, string newName)
            => "event " + @event.Type.WithoutTrivia() + " " + specifier.WithoutTrivia() + oldName
               + " { add => " + Through(specifier) + newName + " += value; remove => " + Through(specifier) + newName + " -= value; }";

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
                member.AttributeLists.SelectMany(list => list.Attributes).SelectMany(attribute => new SyntaxNode[] { attribute.Name }
                    .Concat(attribute.ArgumentList?.Arguments.Select(a => a.Expression).OfType<MemberAccessExpressionSyntax>() ?? Enumerable.Empty<SyntaxNode>())),
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
                .WithAttributeLists(SyntaxFactory.List(new[] { ObsoleteAttribute(newName), SyntaxFactory.ParseCompilationUnit(EditorBrowsableNever + " class C { }").Members[0].AttributeLists[0] }))
                .WithEqualsValue(SyntaxFactory.EqualsValueClause(SyntaxFactory.IdentifierName(newName)))
                .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);
            int index = enumDeclaration.Members.IndexOf(member);
            var members = enumDeclaration.Members.Insert(index + 1, forwarder);
            if (enumDeclaration.Members.SeparatorCount == enumDeclaration.Members.Count && members.SeparatorCount < members.Count)
            {
                // Keep the trailing comma the list had.
                members = SyntaxFactory.SeparatedList(members, members.GetSeparators().Concat(new[] { SyntaxFactory.Token(SyntaxKind.CommaToken) }));
            }

            var updated = enumDeclaration.WithMembers(members).WithAdditionalAnnotations(Formatter.Annotation);
            return root.ReplaceNode(enumDeclaration, updated);
        }

        private static AttributeListSyntax ObsoleteAttribute(string newName)
            => SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::System.Obsolete"))
                    .WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("Use " + newName + " instead."))))))));
    }
}
