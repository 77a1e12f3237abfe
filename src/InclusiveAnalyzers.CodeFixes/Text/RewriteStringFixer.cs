using System.Composition;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InclusiveAnalyzers.CodeFixes
{
    /// <summary>INCL103: rewrites the word inside the string literal (the reported span never covers quotes or escapes).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RewriteStringFixer))]
    [Shared]
    public sealed class RewriteStringFixer : RewriteTextFixer
    {
        public RewriteStringFixer()
            : base(RuleCatalog.StringLiteral)
        {
        }
    }
}
