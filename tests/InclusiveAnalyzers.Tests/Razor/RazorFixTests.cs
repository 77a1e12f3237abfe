using InclusiveAnalyzers.CodeFixes;
using InclusiveAnalyzers.Documents;
using InclusiveAnalyzers.Razor;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InclusiveAnalyzers.Tests.Razor;

/// <summary>
/// Issue 10, item 4: the INCL101 rename works from a name declared in a .razor file's @code block (it rewrites the
/// .razor file, the generator's output follows), and the INCL201 fix rewrites a word in Razor markup text.
/// </summary>
[Collection(nameof(DocumentResultCache))]
public class RazorFixTests
{
    private const string Status = """
        <h1>Status</h1>
        <p>Replicas: @slaveCount (the slaveCount in this sentence is text)</p>

        @code {
            private int slaveCount = 3;

            private int Twice() => slaveCount * 2;
        }
        """;

    private const string CodeBehind = """
        namespace App
        {
            public partial class Status
            {
                private int Thrice() => slaveCount * 3;
            }
        }
        """;

    private static RazorWorkspace Workspace(string razor = Status, string codeBehind = CodeBehind)
        => new(new[] { ("Pages/Status.razor", razor) }, new[] { ("Pages/Status.razor.cs", codeBehind) });

    private static async Task<Diagnostic> NameDiagnosticAsync(RazorWorkspace workspace)
    {
        var diagnostics = await workspace.DiagnosticsAsync(new RazorCodeAnalyzer());
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "INCL101");
        Assert.Equal(RazorWorkspace.Folder + "Pages/Status.razor", diagnostic.Location.GetMappedLineSpan().Path);
        Assert.Equal(4, diagnostic.Location.GetMappedLineSpan().StartLinePosition.Line);
        return diagnostic;
    }

    [Fact]
    public async Task The_rename_rewrites_the_razor_file_and_the_code_behind_and_the_finding_goes()
    {
        using var workspace = Workspace();
        var actions = await workspace.ActionsAsync(new RenameIdentifierFixer(), await NameDiagnosticAsync(workspace));
        Assert.Equal(new[] { "Rename 'slaveCount' to 'replicaCount'", "Rename 'slaveCount' to 'secondaryCount'", "Rename 'slaveCount' to 'followerCount'" },
            actions.Select(a => a.Title));

        await workspace.ApplyAsync(actions[0]);

        // The markup's use and the declaration and use in @code are renamed; the same letters in markup text are prose, not the name.
        Assert.Equal(Status.Replace("@slaveCount", "@replicaCount").Replace("int slaveCount", "int replicaCount").Replace("=> slaveCount", "=> replicaCount"),
            await workspace.RazorTextAsync("Pages/Status.razor"));
        Assert.Equal(CodeBehind.Replace("slaveCount", "replicaCount"), await workspace.SourceTextAsync("Pages/Status.razor.cs"));
        Assert.DoesNotContain(await workspace.DiagnosticsAsync(new RazorCodeAnalyzer()), d => d.Id == "INCL101");
    }

    [Fact]
    public async Task A_name_taken_in_the_component_gets_the_next_free_one()
    {
        using var workspace = Workspace(Status.Replace("    private int Twice()", "    private int replicaCount = 1;\n    private int Twice()"));
        var actions = await workspace.ActionsAsync(new RenameIdentifierFixer(), await NameDiagnosticAsync(workspace));
        Assert.Equal("Rename 'slaveCount' to 'replicaCount2' ('replicaCount' is taken)", actions[0].Title);

        await workspace.ApplyAsync(actions[0]);

        Assert.Contains("private int replicaCount2 = 3;", await workspace.RazorTextAsync("Pages/Status.razor"));
        Assert.Contains("private int replicaCount = 1;", await workspace.RazorTextAsync("Pages/Status.razor"));
        Assert.Contains("=> replicaCount2 * 3", await workspace.SourceTextAsync("Pages/Status.razor.cs"));
    }

    [Fact]
    public async Task A_use_outside_the_razor_file_that_cannot_be_rewritten_leaves_everything_as_it_was()
    {
        // A second generated file (another .razor) uses the name in text the generator wrote itself (#line hidden): no
        // place in a file the user edits reads it there, so renaming the rest would break the build.
        using var workspace = new RazorWorkspace(
            new[] { ("Pages/Status.razor", Status) },
            new[] { ("Pages/Status.razor.cs", CodeBehind), ("obj/Generated_razor.g.cs", "namespace App { public partial class Status { int Hidden() => slaveCount; } }\n") });
        var actions = await workspace.ActionsAsync(new RenameIdentifierFixer(), await NameDiagnosticAsync(workspace));
        var before = workspace.Solution;

        await workspace.ApplyAsync(actions[0]);

        Assert.Same(before, workspace.Solution);
    }

    [Fact]
    public async Task Fix_all_leaves_razor_names_to_the_single_rename()
    {
        using var workspace = Workspace();
        var diagnostic = await NameDiagnosticAsync(workspace);
        var fixer = new RenameIdentifierFixer();
        var generated = (await workspace.Project.GetSourceGeneratedDocumentsAsync()).Single();
        var context = new FixAllContext(generated, fixer, FixAllScope.Project, "INCL101.Rename.0", new[] { "INCL101" },
            new FixedDiagnostics(diagnostic), CancellationToken.None);
        Assert.Null(await fixer.GetFixAllProvider()!.GetFixAsync(context));
    }

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly Diagnostic diagnostic;

        public FixedDiagnostics(Diagnostic diagnostic) => this.diagnostic = diagnostic;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(new[] { diagnostic });

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => GetAllDiagnosticsAsync(document.Project, cancellationToken);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());
    }

    [Fact]
    public async Task The_comment_fix_rewrites_a_code_block_comment_in_the_razor_file()
    {
        var razor = Status.Replace("    private int Twice()", "    // keep a whitelist of hosts\n    private int Twice()");
        using var workspace = Workspace(razor);
        var comment = Assert.Single(await workspace.DiagnosticsAsync(new RazorCodeAnalyzer()), d => d.Id == "INCL102");

        var actions = await workspace.ActionsAsync(new RewriteCommentFixer(), comment);
        Assert.Equal("Replace 'whitelist' with 'allowlist'", actions[0].Title);
        await workspace.ApplyAsync(actions[0]);

        Assert.Equal(razor.Replace("a whitelist", "an allowlist"), await workspace.RazorTextAsync("Pages/Status.razor"));
        Assert.DoesNotContain(await workspace.DiagnosticsAsync(new RazorCodeAnalyzer()), d => d.Id == "INCL102");
    }

    // ---- wording in markup (INCL201 on the .razor additional document) ----

    private const string Markup = """
        <h1>Hosts</h1>
        <p>Add the host to a whitelist first.</p>
        <img src="hosts.png" alt="Blacklisted hosts" />

        @code {
            private string note = "the whitelist is in C#, not markup";
        }
        """;

    private static RazorWorkspace MarkupWorkspace(string razor = Markup)
        => new(new[] { ("Pages/Hosts.razor", razor) }, new[] { ("Code.cs", "namespace App { }\n") }, "build_property.InclusiveRazorInCompiler = true\n");

    private static async Task<List<Diagnostic>> WordingAsync(RazorWorkspace workspace)
        => (await workspace.DiagnosticsAsync(new DocumentAnalyzer())).Where(d => d.Id == "INCL201").OrderBy(d => d.Location.SourceSpan.Start).ToList();

    [Fact]
    public async Task The_wording_fix_rewrites_the_word_in_markup_text_with_its_article()
    {
        using var workspace = MarkupWorkspace();
        var diagnostics = await WordingAsync(workspace);
        Assert.Equal(2, diagnostics.Count); // the string in @code is C#: not reported, not rewritten

        var actions = await workspace.ActionsAsync(new RewriteDocumentTextFixer(), diagnostics[0]);
        Assert.Equal("Replace 'whitelist' with 'allowlist'", actions[0].Title);
        await workspace.ApplyAsync(actions[0]);

        Assert.Equal(Markup.Replace("a whitelist first", "an allowlist first"), await workspace.RazorTextAsync("Pages/Hosts.razor"));
    }

    [Fact]
    public async Task The_wording_fix_rewrites_an_alt_text_in_its_casing_and_offers_each_suggestion()
    {
        using var workspace = MarkupWorkspace();
        var alt = (await WordingAsync(workspace))[1];

        var actions = await workspace.ActionsAsync(new RewriteDocumentTextFixer(), alt);
        Assert.Equal(new[] { "Replace 'Blacklisted' with 'Blocklisted'", "Replace 'Blacklisted' with 'Denylisted'" }, actions.Take(2).Select(a => a.Title));
        await workspace.ApplyAsync(actions[1]);

        Assert.Equal(Markup.Replace("alt=\"Blacklisted hosts\"", "alt=\"Denylisted hosts\""), await workspace.RazorTextAsync("Pages/Hosts.razor"));
    }

    [Fact]
    public async Task A_diagnostic_from_an_older_text_offers_no_edit()
    {
        using var workspace = MarkupWorkspace();
        var stale = (await WordingAsync(workspace))[0];
        using var edited = MarkupWorkspace(Markup.Replace("<h1>Hosts</h1>", "<h1>All the hosts</h1>"));

        Assert.Empty(await edited.ActionsAsync(new RewriteDocumentTextFixer(), stale));
    }
}
