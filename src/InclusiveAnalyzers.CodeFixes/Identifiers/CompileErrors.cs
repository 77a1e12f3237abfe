using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>Whether a change adds compiler errors (or type-conflict warnings) to the documents it touched; those already there do not count.</summary>
    internal static class CompileErrors
    {
        public static async Task<bool> AddedAsync(Solution before, Solution after, CancellationToken cancellationToken)
        {
            foreach (var projectChanges in after.GetChanges(before).GetProjectChanges())
            {
                foreach (var documentId in projectChanges.GetChangedDocuments())
                {
                    // Clean documents (the usual case) need no look at the old version.
                    int now = await CountAsync(after.GetDocument(documentId), cancellationToken).ConfigureAwait(false);
                    if (now > 0 && now > await CountAsync(before.GetDocument(documentId), cancellationToken).ConfigureAwait(false))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static async Task<int> CountAsync(Document? document, CancellationToken cancellationToken)
        {
            var model = document is null ? null : await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return model is null ? 0 : model.GetDiagnostics(cancellationToken: cancellationToken).Count(IsBreaking);
        }

        // Errors, and the warnings that say a name now binds to another type than before (a silent change of meaning).
        private static bool IsBreaking(Diagnostic diagnostic)
            => diagnostic.Severity == DiagnosticSeverity.Error || diagnostic.Id == "CS0435" || diagnostic.Id == "CS0436" || diagnostic.Id == "CS0437";
    }
}
