using InclusiveAnalyzers.Comments;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Tests.Comments;

/// <summary>
/// The comment analyzer reads a plain /// line from the text instead of building the comment's structure. Wherever it
/// does, the token the tree holds there must either be that line's XML text token, with the same span, or no XML text at
/// all (a tag, CDATA, an XML comment): on every position of tricky shapes, of this repository's sources and of a real
/// library's.
/// </summary>
public class DocumentationLineTests
{
    public static TheoryData<string> Shapes() => new()
    {
        "/// <summary>\n/// The master copy.\n/// </summary>\nclass C {}\n",
        "class C\n{\n    /// <summary>Just a <c>master</c> word\n    ///   and simple text, then <see cref=\"M\"/>.</summary>\n    void M() {}\n}\n",
        "/// <summary>\r\n/// CRLF lines: simply the master.\r\n/// </summary>\r\nclass C {}\r\n",
        "\t///\tTabs and text\n\t///no space after the slashes\n///\nclass C {}\n",
        // A start tag over several lines, an attribute value over several lines.
        "/// <see\n///   cref=\"M\"\n///   />\n/// <a href=\"first\n/// second simple part\n/// third\">text</a>\nclass C {}\n",
        // CDATA and an XML comment over several lines, a processing instruction.
        "/// <![CDATA[\n/// just simple\n/// ]]>\n/// <!--\n/// master comment\n/// -->\n/// <?pi just\n/// simple ?>\nclass C {}\n",
        // <code> over several lines, entities, stray closing brackets, four slashes ending the comment.
        "/// <code>\n/// var master = 1;\n/// </code>\n/// A &amp; B, x > y, a[0] here\n//// four slashes\nclass C {}\n",
        // The last line of the file, without a line break.
        "class C {}\n/// trailing simple text",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_plain_line_is_the_text_token_of_that_line_or_no_text_at_all(string code) => AssertAgrees(code, "shape");

    [Fact]
    public void Real_sources_agree_at_every_position()
    {
        var root = FindRoot();
        var files = Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 100);
        var markdig = Path.Combine(root, "..", "shared", "corpus", "markdig-src");
        if (Directory.Exists(markdig))
        {
            files.AddRange(Directory.GetFiles(markdig, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal));
        }

        int runs = 0;
        foreach (var file in files)
        {
            runs += AssertAgrees(File.ReadAllText(file), file);
        }

        Assert.True(runs > 1_000, $"only {runs} plain lines read");
    }

    [Fact]
    public void A_line_with_markup_or_outside_a_documentation_comment_is_not_read()
    {
        const string code = "/// <summary>Text</summary>\n/// A &amp; B\n// plain comment\nclass C {}\n";
        var tree = CSharpSyntaxTree.ParseText(code);
        var text = new TreeText(tree.GetText());
        var comment = tree.GetRoot().FindTrivia(0).FullSpan;
        Assert.False(DocumentationLine.TryPlainRun(text, comment, code.IndexOf("Text", StringComparison.Ordinal), out _));
        Assert.False(DocumentationLine.TryPlainRun(text, comment, code.IndexOf("B", StringComparison.Ordinal), out _));
        Assert.False(DocumentationLine.TryPlainRun(text, new Microsoft.CodeAnalysis.Text.TextSpan(code.IndexOf("// plain", StringComparison.Ordinal), 16), code.IndexOf("plain", StringComparison.Ordinal), out _));
    }

    // Returns how many positions were read from a plain line.
    private static int AssertAgrees(string code, string where)
    {
        var tree = CSharpSyntaxTree.ParseText(code);
        var root = tree.GetRoot();
        var text = new TreeText(tree.GetText());
        int read = 0;
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false))
        {
            if (!trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
            {
                continue;
            }

            for (int position = trivia.FullSpan.Start; position < trivia.FullSpan.End; position++)
            {
                if (!DocumentationLine.TryPlainRun(text, trivia.FullSpan, position, out var run))
                {
                    continue;
                }

                read++;
                var token = root.FindToken(position, findInsideTrivia: true);
                if (token.IsKind(SyntaxKind.XmlTextLiteralToken) && token.Parent is XmlTextSyntax)
                {
                    Assert.True(token.Span == run, $"{where} at {position}: token {token.Span} \"{token.Text}\", run {run}");
                }
            }
        }

        return read;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "InclusiveAnalyzers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("InclusiveAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
