using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Core.Tests.Robustness;

/// <summary>
/// Property-based fuzzing (CsCheck) of what users write: globs, inclusive.json and .editorconfig text,
/// with runs repeated hundreds of times. Nothing may throw or take long; globs must agree with the
/// regular-expression translation they replaced wherever that one finishes.
/// </summary>
public class ConfigFuzzTests
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(5);

    private static Gen<string> Text(string[] pieces, int maxParts, int maxRun) =>
        Gen.Select(Gen.OneOf(pieces), Gen.Frequency((10, Gen.Const(1)), (1, Gen.Int[2, maxRun])), (piece, times) => (piece, times))
            .Array[0, maxParts]
            .Select(parts =>
            {
                var sb = new StringBuilder();
                foreach (var (piece, times) in parts) for (var i = 0; i < times; i++) sb.Append(piece);
                return sb.ToString();
            });

    private static readonly string[] GlobPieces = { "*", "**", "**/", "/**", "?", "[a-c]", "[!b]", "[", "]", "{", ",", "}", "{a,b}", "a", "b", "c", "/", ".", ".md", "\\", "!", " " };
    private static readonly string[] PathPieces = { "a", "b", "c", "/", ".", "md", "ab/", "a.md", "x", "-", " " };

    private static T Timed<T>(Func<T> work, string what)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        Assert.True(watch.Elapsed < PerInput, $"took {watch.Elapsed}: {what}");
        return result;
    }

    [Fact]
    public void Globs_never_throw_and_agree_with_the_regular_expressions_they_replaced()
    {
        Gen.Select(Text(GlobPieces, 12, 40), Text(PathPieces, 12, 30)).Sample((glob, path) =>
        {
            var actual = Timed(() => Glob.IsMatch(glob, path), glob);
            var expected = ReferenceGlob.IsMatch(glob, path);
            if (expected.HasValue && !HasBracket(glob)) Assert.Equal(expected.Value, actual);
        }, iter: 3_000, threads: 1);
    }

    // Bracket expressions are fuzzed for time and exceptions only: on malformed ones ("[]c", "[]/]") the old
    // regular-expression translation and the automaton read the brackets differently.
    private static bool HasBracket(string glob) => glob.IndexOf('[') >= 0 || glob.IndexOf(']') >= 0;

    [Fact]
    public void Editorconfig_text_never_throws_or_stalls()
    {
        string[] pieces =
        {
            "[", "]", "*", "**", "*.md", "{a,b}", "{", "}", ",", "{1..3}", "{-5..x}", "[!a-c]", "/", "\\", "root = true\n", "key = value\n",
            "# comment\n", "; c\n", "\n", "=", "dotnet_diagnostic.INCL201.severity = none\n", "inclusive_analyzers.x = y\n", " ", "a", "é",
        };
        Gen.Select(Text(pieces, 30, 200), Text(PathPieces, 10, 20)).Sample((text, path) =>
        {
            var file = Timed(() => EditorConfigFile.Parse(text, "/repo/.editorconfig"), text);
            foreach (var section in file.Sections) Timed(() => section.IsMatch("/" + path), section.Name);
        }, iter: 500, threads: 1);
    }

    [Fact]
    public void Inclusive_json_text_never_throws_or_stalls()
    {
        string[] pieces =
        {
            "{", "}", "[", "]", ":", ",", "\"exclude\"", "\"include\"", "\"overrides\"", "\"files\"", "\"disable\"", "\"rules\"", "\"terms\"",
            "\"allow\"", "\"categories\"", "\"master\"", "\"INCL201\"", "\"none\"", "\"**/\"", "\"{a,\"", "\"}\"", "\"a/**/b\"", "1", "-2.5e3",
            "true", "null", "\"", "\\", "\\u12", " ", "\n", "//", "/*", "*/", "\"id\"", "\"replacements\"", "é",
        };
        Text(pieces, 40, 300).Sample(json =>
        {
            var errors = new List<ConfigError>();
            var config = Timed(() => InclusiveConfig.Parse(json, "/repo/inclusive.json", errors, Terms.TestCatalog.Catalog), json);
            Assert.All(errors, e => Assert.True(e.Line >= 0 && e.Message.Length > 0));
            foreach (var glob in config.Include.Concat(config.Exclude).Concat(config.Overrides.SelectMany(o => o.Files)))
            {
                Timed(() => Glob.IsMatch(glob, "docs/a/b/c.md"), glob);
            }
        }, iter: 500, threads: 1);
    }

    /// <summary>The translation Glob used before it compiled automata (kept here as the oracle), run with a time-out.</summary>
    private static class ReferenceGlob
    {
        public static bool? IsMatch(string pattern, string relativePath)
        {
            if (string.IsNullOrEmpty(pattern) || Glob.Problem(pattern) != null) return pattern.Length == 0 ? false : null;
            var path = relativePath.Replace('\\', '/');
            if (path.StartsWith("./", StringComparison.Ordinal)) path = path.Substring(2);
            try
            {
                return new Regex(Translate(pattern), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)).IsMatch(path);
            }
            catch (ArgumentException)
            {
                return null; // "[]", an unclosed group: the old code threw
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        private static string Translate(string pattern)
        {
            var p = pattern.Trim().Replace('\\', '/');
            if (p.StartsWith("./", StringComparison.Ordinal)) p = p.Substring(2);
            bool anchored = p.StartsWith("/", StringComparison.Ordinal) || p.TrimEnd('/').IndexOf('/') >= 0;
            p = p.TrimStart('/');
            bool directory = p.EndsWith("/", StringComparison.Ordinal);
            p = p.TrimEnd('/');
            var regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
            int braces = 0;
            for (int i = 0; i < p.Length; i++)
            {
                char c = p[i];
                switch (c)
                {
                    case '*':
                        if (i + 1 < p.Length && p[i + 1] == '*')
                        {
                            i++;
                            if (i + 1 < p.Length && p[i + 1] == '/') { i++; regex.Append("(?:.*/)?"); }
                            else { regex.Append(".*"); }
                        }
                        else { regex.Append("[^/]*"); }
                        break;
                    case '?': regex.Append("[^/]"); break;
                    case '[':
                        int close = p.IndexOf(']', i + 1);
                        if (close < 0) { regex.Append("\\["); break; }
                        var set = p.Substring(i + 1, close - i - 1);
                        if (set.StartsWith("!", StringComparison.Ordinal)) set = "^" + set.Substring(1);
                        regex.Append('[').Append(set.Replace("\\", "\\\\")).Append(']');
                        i = close;
                        break;
                    case '{': braces++; regex.Append("(?:"); break;
                    case '}' when braces > 0: braces--; regex.Append(')'); break;
                    case ',' when braces > 0: regex.Append('|'); break;
                    default: regex.Append(Regex.Escape(c.ToString())); break;
                }
            }
            regex.Append(directory ? "/.*$" : "(?:/.*)?$");
            return regex.ToString();
        }
    }
}
