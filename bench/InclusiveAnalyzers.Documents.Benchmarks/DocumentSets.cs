namespace InclusiveAnalyzers.Documents.Benchmarks;

/// <summary>The document sets measured: the shared corpus (Markdown, HTML) and, when installed, the Python 3.11 HTML docs.</summary>
internal sealed class DocumentSet
{
    public DocumentSet(string name, IReadOnlyList<(string Path, string Text)> documents, long bytes)
    {
        Name = name;
        Documents = documents;
        Bytes = bytes;
    }

    public string Name { get; }
    public IReadOnlyList<(string Path, string Text)> Documents { get; }
    public long Bytes { get; }

    public const string PythonDocs = "/usr/share/doc/python3.11/html";

    public static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InclusiveAnalyzers.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }
        return null;
    }

    public static DocumentSet? Load(string name)
    {
        string? root;
        string pattern;
        switch (name)
        {
            case "corpus-md": root = FindCorpus(); pattern = "*.md"; break;
            case "corpus-html": root = FindCorpus(); pattern = "*.html"; break;
            case "python-html": root = Directory.Exists(PythonDocs) ? PythonDocs : null; pattern = "*.html"; break;
            default: throw new ArgumentException("unknown set " + name);
        }
        if (root == null) return null;
        var files = Directory.GetFiles(root, pattern, SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var documents = files.Select(f => (f, File.ReadAllText(f))).ToList();
        return new DocumentSet(name, documents, files.Sum(f => new FileInfo(f).Length));
    }
}
