using InclusiveAnalyzers.Core.Reporting;
using InclusiveAnalyzers.TestSupport;

namespace InclusiveAnalyzers.Core.Tests.Reporting;

/// <summary>
/// Template findings (the same rule and message on the same markup) fold once they repeat in three documents; every
/// door's report goes through the folder, so it must stay linear when one template repeats in thousands of files.
/// </summary>
public class FindingFolderTests
{
    private static Finding Copy(string path, Severity severity = Severity.Warning, string fingerprint = "<img src=logo.png>")
        => new("INCL301", severity, "The image has no alt text.", path, 3, 1, 3, 20) { Fingerprint = fingerprint };

    [Fact]
    public void The_same_markup_in_three_documents_is_one_group_at_its_first_place()
    {
        var findings = new[] { Copy("/r/a.md"), Copy("/r/b.md"), Copy("/r/c.md"), Copy("/r/d.md", fingerprint: "<img src=other.png>") };
        var groups = FindingFolder.Fold(findings, f => f);
        Assert.Equal(2, groups.Count);
        Assert.True(groups[0].IsFolded);
        Assert.Equal(3, groups[0].Documents);
        Assert.Same(findings[0], groups[0].First);
        Assert.False(groups[1].IsFolded);
    }

    [Fact]
    public void Two_documents_or_two_severities_do_not_fold()
    {
        Assert.All(FindingFolder.Fold(new[] { Copy("/r/a.md"), Copy("/r/b.md") }, f => f), g => Assert.False(g.IsFolded));
        var mixed = new[] { Copy("/r/a.md"), Copy("/r/b.md"), Copy("/r/c.md", Severity.Error) };
        Assert.All(FindingFolder.Fold(mixed, f => f), g => Assert.False(g.IsFolded));
    }

    [Fact]
    public void Copies_in_one_document_count_as_one_document()
    {
        var groups = FindingFolder.Fold(new[] { Copy("/r/a.md"), Copy("/r/a.md"), Copy("/r/b.md"), Copy("/r/c.md") }, f => f);
        var group = Assert.Single(groups);
        Assert.Equal(3, group.Documents);
        Assert.Equal(4, group.Members.Count);
    }

    // Counting the documents at every member was quadratic: 20,000 files with one template finding took 23 s to report.
    [Fact]
    public void One_template_in_thousands_of_documents_folds_in_linear_time()
        => Linearity.AssertLinear(n =>
        {
            var findings = Enumerable.Range(0, n).Select(i => Copy($"/r/page{i}.md")).ToList();
            return () => FindingFolder.Groups(findings);
        }, 5_000);
}
