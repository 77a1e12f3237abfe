using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Rename;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Tests.Verifiers.Tests;

/// <summary>Test fixer: renames the symbol, "Foo" becoming "Baz" (action 0) or "Qux" (action 1), file included.</summary>
public class RenameFooFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(FooAnalyzer.Rule.Id);

    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken);
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken);
        var token = root!.FindToken(context.Span.Start);
        var symbol = model!.GetDeclaredSymbol(token.Parent!, context.CancellationToken);
        if (symbol is null)
        {
            return;
        }

        foreach (string word in new[] { "Baz", "Qux" })
        {
            string newName = symbol.Name.Replace("Foo", word, StringComparison.Ordinal);
            bool renameFile = symbol is INamedTypeSymbol && Path.GetFileNameWithoutExtension(context.Document.Name) == symbol.Name;
            context.RegisterCodeFix(
                CodeAction.Create($"Rename to {newName}", ct => Renamer.RenameSymbolAsync(context.Document.Project.Solution, symbol, new SymbolRenameOptions(RenameFile: renameFile), newName, ct), "Rename." + word),
                context.Diagnostics);
        }
    }
}

/// <summary>The rename fixer whose Fix All supports Document scope only.</summary>
public sealed class DocumentOnlyFixAllFixer : RenameFooFixer
{
    public override FixAllProvider? GetFixAllProvider()
        => FixAllProvider.Create((_, document, _) => Task.FromResult<Document?>(document), ImmutableArray.Create(FixAllScope.Document));
}

/// <summary>The rename fixer whose Fix All action yields two ApplyChangesOperations (dotnet format rejects that).</summary>
public sealed class TwoOperationsFixer : RenameFooFixer
{
    public override FixAllProvider? GetFixAllProvider() => new TwoOperationsProvider();

    private sealed class TwoOperationsProvider : FixAllProvider
    {
        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            => Task.FromResult<CodeAction?>(new TwoOperationsAction(fixAllContext.Solution));
    }

    private sealed class TwoOperationsAction : CodeAction
    {
        private readonly Solution solution;

        public TwoOperationsAction(Solution solution) => this.solution = solution;

        public override string Title => "Two operations";

        public override string? EquivalenceKey => "Two";

        protected override Task<IEnumerable<CodeActionOperation>> ComputeOperationsAsync(CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<CodeActionOperation>>(new CodeActionOperation[] { new ApplyChangesOperation(solution), new ApplyChangesOperation(solution) });
    }
}

/// <summary>Renames the document to "Renamed.cs" whatever the host: dotnet format cannot apply that.</summary>
public sealed class FileRenamingFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(FooAnalyzer.Rule.Id);

    public override FixAllProvider? GetFixAllProvider() => new Provider();

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        context.RegisterCodeFix(CodeAction.Create("Rename file", ct => Fix(context.Document.Project.Solution, ct), "File"), context.Diagnostics);
        return Task.CompletedTask;
    }

    private static async Task<Solution> Fix(Solution solution, CancellationToken cancellationToken)
    {
        foreach (var document in solution.Projects.SelectMany(p => p.Documents).ToList())
        {
            var text = await document.GetTextAsync(cancellationToken);
            solution = solution.WithDocumentText(document.Id, SourceText.From(text.ToString().Replace("Foo", "Baz", StringComparison.Ordinal)))
                .WithDocumentName(document.Id, "Renamed.cs");
        }

        return solution;
    }

    private sealed class Provider : FixAllProvider
    {
        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            => Task.FromResult<CodeAction?>(CodeAction.Create("Rename files", ct => Fix(fixAllContext.Solution, ct), "File"));
    }
}

/// <summary>The rename fixer whose Fix All returns the solution unchanged.</summary>
public sealed class UnchangedSolutionFixAllFixer : RenameFooFixer
{
    public override FixAllProvider? GetFixAllProvider()
        => FixAllProvider.Create((_, document, _) => Task.FromResult<Document?>(document), ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution));
}
