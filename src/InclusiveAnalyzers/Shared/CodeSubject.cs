using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// What a C# file is about, as far as the catalog's near words can tell: the namespaces it imports and
    /// declares. <c>using Microsoft.Data.SqlClient;</c> makes a file about SQL Server from its first line to
    /// its last, as a page's title does for a document (<c>DocumentSubject</c>).
    /// </summary>
    internal static class CodeSubject
    {
        /// <summary>The using directives' and namespace declarations' names, one a line (empty for none).</summary>
        public static string Of(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (!(tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit))
            {
                return string.Empty;
            }

            var subject = new StringBuilder();
            Add(subject, unit.Usings);
            foreach (var member in unit.Members)
            {
                AddNamespace(subject, member);
            }

            return subject.ToString();
        }

        private static void AddNamespace(StringBuilder subject, MemberDeclarationSyntax member)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                subject.Append(ns.Name.ToString()).Append('\n');
                Add(subject, ns.Usings);
                foreach (var inner in ns.Members)
                {
                    AddNamespace(subject, inner);
                }
            }
        }

        private static void Add(StringBuilder subject, SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
            {
                if (directive.Name is { } name)
                {
                    subject.Append(name.ToString()).Append('\n');
                }
            }
        }
    }
}
