using System.Text;
using System.Text.RegularExpressions;

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
            if ((!rule.DirectoryOnly || isDirectory) && rule.Regex.IsMatch(relativePath))
            {
                return !rule.Negated;
            }
        }

        return null;
    }

    private sealed class Rule
    {
        private Rule(Regex regex, bool negated, bool directoryOnly)
        {
            Regex = regex;
            Negated = negated;
            DirectoryOnly = directoryOnly;
        }

        public Regex Regex { get; }
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

            var pattern = Translate(line);
            if (pattern == null)
            {
                return null;
            }

            try
            {
                return new Rule(new Regex((anchored ? "^" : "^(?:.*/)?") + pattern + "$", RegexOptions.CultureInvariant), negated, directoryOnly);
            }
            catch (ArgumentException)
            {
                return null;
            }
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

        private static string? Translate(string glob)
        {
            var regex = new StringBuilder();
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
                                regex.Append(".*");
                                i++;
                            }
                            else
                            {
                                // "**/" : zero or more folders.
                                regex.Append("(?:.*/)?");
                                i += 2;
                            }
                        }
                        else
                        {
                            while (i + 1 < glob.Length && glob[i + 1] == '*')
                            {
                                i++; // other runs of '*' are a plain '*'
                            }

                            regex.Append("[^/]*");
                        }

                        break;
                    case '?':
                        regex.Append("[^/]");
                        break;
                    case '[':
                        var end = ClassEnd(glob, i);
                        if (end < 0)
                        {
                            regex.Append("\\[");
                            break;
                        }

                        regex.Append('[');
                        var j = i + 1;
                        if (glob[j] == '!' || glob[j] == '^')
                        {
                            regex.Append('^');
                            j++;
                        }

                        for (; j < end; j++)
                        {
                            var d = glob[j];
                            if (d == '\\' && j + 1 < end)
                            {
                                d = glob[++j];
                                regex.Append('\\').Append(d);
                            }
                            else if (d == '-')
                            {
                                regex.Append('-');
                            }
                            else
                            {
                                regex.Append(d is '[' or ']' or '^' or '\\' ? "\\" + d : d.ToString());
                            }
                        }

                        regex.Append(']');
                        i = end;
                        break;
                    case '\\':
                        if (i + 1 < glob.Length)
                        {
                            regex.Append(Regex.Escape(glob[++i].ToString()));
                        }

                        break;
                    default:
                        regex.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            return regex.ToString();
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
