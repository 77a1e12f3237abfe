using InclusiveAnalyzers.Build.Caching;
using InclusiveAnalyzers.Build.Tests.Infrastructure;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Build.Tests.Caching;

public class DocumentCacheTests
{
    private static Finding Sample() => new("INCL201", Severity.Warning, "Say \"allowlist\"\tinstead\nof it \\ \u001f now", "/r/a b.md", 3, 5, 3, 14)
    {
        Offset = 40,
        Length = 9,
        Term = "whitelist",
        Replacements = new[] { "allowlist", "allow\tlist" },
        Properties = new Dictionary<string, string> { ["grade"] = "red\nflag" },
    };

    [Fact]
    public void Findings_round_trip_exactly()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("obj/cache");
        var cache = DocumentCache.Empty("cfg");
        cache.Set("/r/a b.md", "h1", new[] { Sample(), new Finding("INCL401", Severity.Error, "No code of conduct.", "", 0, 0, 0, 0) });
        cache.Save(path);

        var loaded = DocumentCache.Load(path, "cfg");
        Assert.True(loaded.TryGet("/r/a b.md", "h1", out var findings));
        Assert.Equal(2, findings.Count);
        var f = findings[0];
        var s = Sample();
        Assert.Equal((s.RuleId, s.Severity, s.Message, s.Path, s.Line, s.Column, s.EndLine, s.EndColumn), (f.RuleId, f.Severity, f.Message, f.Path, f.Line, f.Column, f.EndLine, f.EndColumn));
        Assert.Equal((40, 9, "whitelist"), (f.Offset, f.Length, f.Term));
        Assert.Equal(s.Replacements, f.Replacements);
        Assert.Equal("red\nflag", f.Properties!["grade"]);
        Assert.Null(findings[1].Term);
        Assert.Null(findings[1].Replacements);
        Assert.Null(findings[1].Properties);
        Assert.Equal(1, loaded.Hits);
    }

    [Fact]
    public void Another_content_hash_is_a_miss()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("cache");
        var cache = DocumentCache.Empty("cfg");
        cache.Set("a.md", "h1", new[] { Sample() });
        cache.Save(path);

        var loaded = DocumentCache.Load(path, "cfg");
        Assert.False(loaded.TryGet("a.md", "h2", out _));
        Assert.False(loaded.TryGet("b.md", "h1", out _));
        Assert.Equal(0, loaded.Hits);
    }

    [Fact]
    public void Another_configuration_discards_the_whole_cache()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("cache");
        var cache = DocumentCache.Empty("cfg1");
        cache.Set("a.md", "h1", new[] { Sample() });
        cache.Save(path);

        Assert.False(DocumentCache.Load(path, "cfg2").TryGet("a.md", "h1", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cache")]
    [InlineData("InclusiveAnalyzers document cache v1\nconfig\tcfg\nhits\t0\nentry\ta.md\th1\t2\nfinding\tINCL201\n")]
    public void A_damaged_file_is_an_empty_cache(string text)
    {
        using var folder = new TempFolder();
        var path = folder.Write("cache", text);
        var cache = DocumentCache.Load(path, "cfg");
        Assert.False(cache.TryGet("a.md", "h1", out _));
    }

    [Fact]
    public void Saving_keeps_only_what_this_build_used_and_counts_hits()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("cache");
        var first = DocumentCache.Empty("cfg");
        first.Set("kept.md", "h", new[] { Sample() });
        first.Set("deleted.md", "h", new[] { Sample() });
        first.Save(path);

        var second = DocumentCache.Load(path, "cfg");
        Assert.True(second.TryGet("kept.md", "h", out _));
        second.Save(path);

        var third = DocumentCache.Load(path, "cfg");
        Assert.False(third.TryGet("deleted.md", "h", out _));
        Assert.True(third.TryGet("kept.md", "h", out _));
        Assert.Equal(2, third.TotalHits);
        Assert.Contains("hits\t1\tlast\t1\tscanned\t0", File.ReadAllText(path));
    }

    [Fact]
    public void Display_paths_survive_the_cache_file()
    {
        var cache = DocumentCache.Empty("cfg");
        var sample = Sample();
        cache.Set("a.md", "h", new[] { new Finding(sample.RuleId, sample.Severity, sample.Message, "/repo/docs/a.md", 1, 1, 1, 2) { DisplayPath = "docs/a.md" } });
        using var folder = new TempFolder();
        cache.Save(folder.Combine("c"));

        Assert.True(DocumentCache.Load(folder.Combine("c"), "cfg").TryGet("a.md", "h", out var loaded));

        Assert.Equal(("/repo/docs/a.md", "docs/a.md"), (loaded[0].Path, loaded[0].DisplayPath));
    }
}
