using InclusiveAnalyzers.Core.Configuration.Globbing;

namespace InclusiveAnalyzers.Cli.Files;

/// <summary>
/// One .gitignore (or .git/info/exclude) read with git's rules: blank lines and '#' comments skipped,
/// trailing spaces dropped unless escaped, '!' re-includes, a trailing '/' matches folders only,
/// a '/' at the start or in the middle anchors the pattern at the file's folder (otherwise it matches
/// at any depth), '*' and '?' stay within a folder, '**/' , '/**' and '/**/' cross folders, [a-z] and
/// [!a-z] are classes, and '\' makes the next character literal.
/// </summary>
public sealed class GitIgnoreFile
{
    private readonly IReadOnlyList<Rule> rules;

    private GitIgnoreFile(string directory, IReadOnlyList<Rule> rules)
    {
        Directory = directory;
        this.rules = rules;
    }

    /// <summary>The folder the patterns are relative to.</summary>
    public string Directory { get; }

    public int Count => rules.Count;

    public static GitIgnoreFile? TryLoad(string path, string directory)
    {
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllText(path), directory) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static GitIgnoreFile Parse(string text, string directory)
    {
        var rules = new List<Rule>();
        foreach (var rawLine in text.Split('\n'))
        {
            var rule = Rule.TryParse(rawLine.TrimEnd('\r'));
            if (rule != null)
            {
                rules.Add(rule);
            }
        }

        return new GitIgnoreFile(directory, rules);
    }

    /// <summary>
    /// The last pattern that matches decides: true = ignored, false = re-included by a '!' pattern,
    /// null = no pattern matches. <paramref name="relativePath"/> is relative to <see cref="Directory"/>, with '/'.
    /// </summary>
    public bool? IsIgnored(string relativePath, bool isDirectory)
    {
        for (var i = rules.Count - 1; i >= 0; i--)
        {
            var rule = rules[i];
            if ((!rule.DirectoryOnly || isDirectory) && rule.Matcher.IsMatch(relativePath))
            {
                return !rule.Negated;
            }
        }

        return null;
    }

    private sealed class Rule
    {
        private Rule(GlobAutomaton matcher, bool negated, bool directoryOnly)
        {
            Matcher = matcher;
            Negated = negated;
            DirectoryOnly = directoryOnly;
        }

        public GlobAutomaton Matcher { get; }
        public bool Negated { get; }
        public bool DirectoryOnly { get; }

        public static Rule? TryParse(string line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                return null;
            }

            line = TrimTrailingSpaces(line);
            var negated = false;
            if (line.StartsWith('!'))
            {
                negated = true;
                line = line[1..];
            }

            var directoryOnly = false;
            if (line.EndsWith('/') && !line.EndsWith("\\/", StringComparison.Ordinal))
            {
                directoryOnly = true;
                line = line.TrimEnd('/');
            }

            if (line.Length == 0)
            {
                return null;
            }

            var anchored = line.IndexOf('/') >= 0;
            if (line.StartsWith('/'))
            {
                line = line[1..];
            }

            if (line.Length > GlobBuilder.MaxLength)
            {
                return null; // no path glob is that long: the line is ignored, as a malformed one
            }

            var pattern = new GlobBuilder().Start();
            if (!anchored)
            {
                pattern.AnyFolders();
            }

            return Translate(line, pattern) ? new Rule(pattern.Build(), negated, directoryOnly) : null;
        }

        private static string TrimTrailingSpaces(string line)
        {
            var end = line.Length;
            while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
            {
                end--;
            }

            return line[..end];
        }

        private static bool Translate(string glob, GlobBuilder regex)
        {
            for (var i = 0; i < glob.Length; i++)
            {
                var c = glob[i];
                switch (c)
                {
                    case '*':
                        var atSegmentStart = i == 0 || glob[i - 1] == '/';
                        if (i + 1 < glob.Length && glob[i + 1] == '*' && atSegmentStart && (i + 2 == glob.Length || glob[i + 2] == '/'))
                        {
                            if (i + 2 == glob.Length)
                            {
                                // "x/**": everything inside x (at the very start, everything at all).
                                regex.AnyRun();
                                i++;
                            }
                            else
                            {
                                // "**/" : zero or more folders.
                                regex.AnyFolders();
                                i += 2;
                            }
                        }
                        else
                        {
                            while (i + 1 < glob.Length && glob[i + 1] == '*')
                            {
                                i++; // other runs of '*' are a plain '*'
                            }

                            regex.AnyRunButSlash();
                        }

                        break;
                    case '?':
                        regex.AnyCharButSlash();
                        break;
                    case '[':
                        var end = ClassEnd(glob, i);
                        if (end < 0)
                        {
                            regex.Literal('[');
                            break;
                        }

                        var set = new CharClass();
                        var j = i + 1;
                        if (glob[j] == '!' || glob[j] == '^')
                        {
                            set.Negated = true;
                            j++;
                        }

                        // Characters, with null standing for a range dash.
                        var items = new List<char?>();
                        for (; j < end; j++)
                        {
                            var d = glob[j];
                            if (d == '\\' && j + 1 < end)
                            {
                                items.Add(glob[++j]);
                            }
                            else
                            {
                                items.Add(d == '-' ? null : d);
                            }
                        }

                        for (var k = 0; k < items.Count; k++)
                        {
                            if (items[k] is { } low && k + 2 < items.Count && items[k + 1] == null && items[k + 2] is { } high)
                            {
                                if (low > high)
                                {
                                    return false; // a reversed range: git ignores the pattern
                                }

                                set.AddRange(low, high);
                                k += 2;
                            }
                            else
                            {
                                set.Add(items[k] ?? '-');
                            }
                        }

                        regex.Class(set);
                        i = end;
                        break;
                    case '\\':
                        if (i + 1 < glob.Length)
                        {
                            regex.Literal(glob[++i]);
                        }

                        break;
                    default:
                        regex.Literal(c);
                        break;
                }
            }

            return true;
        }

        /// <summary>The index of the ']' closing the class opened at <paramref name="start"/>, or -1.</summary>
        private static int ClassEnd(string glob, int start)
        {
            var j = start + 1;
            if (j < glob.Length && (glob[j] == '!' || glob[j] == '^'))
            {
                j++;
            }

            if (j < glob.Length && glob[j] == ']')
            {
                j++; // a ']' first in the class is literal
            }

            for (; j < glob.Length; j++)
            {
                if (glob[j] == '\\')
                {
                    j++;
                }
                else if (glob[j] == ']')
                {
                    return j;
                }
            }

            return -1;
        }
    }
}
