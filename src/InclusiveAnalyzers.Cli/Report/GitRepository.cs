using System.Diagnostics;
using System.Globalization;
using System.Text;
using InclusiveAnalyzers.Cli.CommandLine;

namespace InclusiveAnalyzers.Cli.Report;

/// <summary>A commit the history is taken at: its id, committer date, and the release tag naming it (null for a plain commit).</summary>
public sealed record Revision(string Commit, DateTimeOffset Date, string? Tag);

/// <summary>A file in a git tree: its blob id and its path from the repository's top ('/').</summary>
public sealed record TreeFile(string BlobId, string Path);

/// <summary>
/// Reads a repository through git's plumbing only (rev-parse, for-each-ref, rev-list, ls-tree, one
/// long-lived <c>cat-file --batch</c>): nothing is checked out and the work tree and index are never touched.
/// </summary>
public sealed class GitRepository : IDisposable
{
    private readonly object gate = new();
    private Process? catFile;

    private GitRepository(string topLevel)
    {
        TopLevel = topLevel;
    }

    /// <summary>The work tree's top folder.</summary>
    public string TopLevel { get; }

    /// <summary>Blobs read so far (for the cost figures and the tests).</summary>
    public int BlobsRead { get; private set; }

    /// <exception cref="UsageException">No git, or <paramref name="directory"/> is not in a repository with commits.</exception>
    public static GitRepository Open(string directory)
    {
        var top = Run(directory, "rev-parse", "--show-toplevel").Trim();
        Run(directory, "rev-parse", "--verify", "--quiet", "HEAD^{commit}");
        return new GitRepository(Path.GetFullPath(top));
    }

    /// <summary>
    /// <paramref name="count"/> points, oldest first: the release tags when the repository has any (evenly
    /// chosen among them when there are more, the newest always kept), else commits spaced evenly along
    /// HEAD's first-parent line, its first and last included.
    /// </summary>
    public IReadOnlyList<Revision> HistoryPoints(int count)
    {
        var tags = Tags();
        if (tags.Count > 0)
        {
            return SelectEvenly(tags, count);
        }

        var line = Run(TopLevel, "rev-list", "--first-parent", "--reverse", "HEAD")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var chosen = SelectEvenly(line, count);
        var dates = Dates(chosen);
        return chosen.Select(c => new Revision(c, dates[c], null)).ToList();
    }

    /// <summary>Every tag that names a commit (annotated ones peeled), oldest commit first; a commit with two tags keeps the first by name.</summary>
    public IReadOnlyList<Revision> Tags()
    {
        var lines = Run(TopLevel, "for-each-ref", "--format=%(refname:short)%09%(objectname)%09%(*objectname)%09%(*objecttype)%09%(objecttype)", "refs/tags")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var byCommit = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.OrderBy(l => l, StringComparer.Ordinal))
        {
            var parts = line.Split('\t');
            var commit = parts[4] == "commit" ? parts[1] : parts[3] == "commit" ? parts[2] : null;
            if (commit != null)
            {
                byCommit.TryAdd(commit, parts[0]);
            }
        }

        if (byCommit.Count == 0)
        {
            return Array.Empty<Revision>();
        }

        var dates = Dates(byCommit.Keys.ToList());
        return byCommit
            .Select(p => new Revision(p.Key, dates[p.Key], p.Value))
            .OrderBy(r => r.Date)
            .ThenBy(r => r.Tag, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The files of a commit's tree (blobs only: symbolic links and submodules are not files git can give text for).</summary>
    public IReadOnlyList<TreeFile> ListTree(string commit)
    {
        var output = Run(TopLevel, "ls-tree", "-r", "-z", "--full-tree", commit);
        var files = new List<TreeFile>();
        foreach (var record in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // <mode> SP <type> SP <object> TAB <path>
            var tab = record.IndexOf('\t');
            var head = record[..tab].Split(' ');
            if (head[1] == "blob" && head[0] != "120000")
            {
                files.Add(new TreeFile(head[2], record[(tab + 1)..]));
            }
        }

        return files;
    }

    /// <summary>A blob's bytes, through one <c>git cat-file --batch</c> kept open for the whole run.</summary>
    public byte[] ReadBlob(string blobId)
    {
        lock (gate)
        {
            catFile ??= Start(TopLevel, "cat-file", "--batch");
            catFile.StandardInput.Write(blobId + "\n");
            catFile.StandardInput.Flush();
            var stream = catFile.StandardOutput.BaseStream;
            var header = ReadLine(stream).Split(' ');
            if (header.Length < 3 || header[1] != "blob")
            {
                throw new InvalidOperationException($"git cat-file: {blobId} is not a blob ({string.Join(' ', header)})");
            }

            var size = int.Parse(header[2], CultureInfo.InvariantCulture);
            var bytes = new byte[size];
            stream.ReadExactly(bytes);
            stream.ReadByte(); // the newline after the content
            BlobsRead++;
            return bytes;
        }
    }

    public void Dispose()
    {
        if (catFile is null)
        {
            return;
        }

        try
        {
            catFile.StandardInput.Close();
            if (!catFile.WaitForExit(5000))
            {
                catFile.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        catFile.Dispose();
    }

    /// <summary><paramref name="count"/> items spread evenly over <paramref name="all"/>, first and last included (all of them when there are fewer).</summary>
    public static IReadOnlyList<T> SelectEvenly<T>(IReadOnlyList<T> all, int count)
    {
        if (count >= all.Count)
        {
            return all;
        }

        if (count == 1)
        {
            return new[] { all[^1] };
        }

        var chosen = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            chosen.Add(all[(int)Math.Round((double)i * (all.Count - 1) / (count - 1))]);
        }

        return chosen;
    }

    private Dictionary<string, DateTimeOffset> Dates(IReadOnlyList<string> commits)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var chunk in commits.Chunk(500))
        {
            var output = Run(TopLevel, new[] { "show", "-s", "--no-walk=unsorted", "--format=%H%x09%cI" }.Concat(chunk).ToArray());
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split('\t');
                dates[parts[0]] = DateTimeOffset.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }

        return dates;
    }

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>(64);
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            bytes.Add((byte)b);
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static Process Start(string directory, params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        // Paths as stored (no octal quoting), and never a pager or a prompt.
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("core.quotePath=false");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_PAGER"] = "cat";
        try
        {
            return Process.Start(info) ?? throw new UsageException("could not start git.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new UsageException("--history reads the repository with git, which could not be started: " + e.Message);
        }
    }

    private static string Run(string directory, params string[] args)
    {
        using var process = Start(directory, args);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var message = error.Result.Trim();
            throw new UsageException($"git {args[0]} failed in '{directory}'{(message.Length > 0 ? ": " + message : string.Empty)}; --history needs a git repository with commits.");
        }

        return output;
    }
}
