using System.Composition;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InclusiveAnalyzers.CodeFixes
{
    /// <summary>INCL102: rewrites the word in the comment or XML documentation text.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RewriteCommentFixer))]
    [Shared]
    public sealed class RewriteCommentFixer : RewriteTextFixer
    {
        public RewriteCommentFixer()
            : base(RuleCatalog.Comment)
        {
        }
    }
}
