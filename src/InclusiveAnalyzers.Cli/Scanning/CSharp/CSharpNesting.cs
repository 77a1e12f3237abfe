namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// A cheap look at how deeply a C# file nests before the compiler parses it. The compiler's parser
/// recurses once per nested parenthesis, bracket or brace, partly without a stack guard (its
/// speculative type scan), so a generated file with 20,000 nested parentheses overflows the stack and
/// kills the whole process, and thousands of levels already take it tens of seconds. The same goes for
/// nested type arguments (<c>List&lt;List&lt;...</c>) and long runs of prefix operators or casts
/// (<c>- - - x</c>, <c>(int)(int)x</c>), which nest without brackets. One pass over the text counts
/// each of these outside comments, strings and character literals; a file past <see cref="MaxDepth"/>
/// is reported (INCL002) and left out, and every other file is analysed.
/// </summary>
internal static class CSharpNesting
{
    /// <summary>Far beyond hand-written or ordinary generated code (a few dozen levels), far below what the parser survives on a thread pool stack (about 2,000 measured).</summary>
    public const int MaxDepth = 1_000;

    /// <summary>Why the file cannot be analysed safely, or null when it can.</summary>
    public static string? Problem(string text)
    {
        var (depth, line, what) = Measure(text, MaxDepth + 1);
        var limit = what == ElseIfChain ? MaxElseIfChain : MaxDepth;
        return depth > MaxDepth
            ? $"it is too deeply nested to analyse: more than {limit:N0} {what} at line {line:N0}, which the C# parser cannot take safely. Write the expression flat (a loop, a table, or a chain of statements) or exclude the generated file from the scan"
            : null;
    }

    private const string Brackets = "parentheses, brackets or braces open inside one another";
    private const string TypeArguments = "type argument lists open inside one another";
    private const string PrefixRun = "prefix operators or casts in a row";
    private const string ElseIfChain = "control statements (if, else, while, for, ...), lambdas or conditionals inside one another in one statement";

    /// <summary>
    /// Statements that nest without braces (<c>if (a) if (b) ...</c>, an <c>else if</c> chain, where each 'else if'
    /// is the previous if's child) take more of the parser's stack per level than brackets: 400 keywords in one
    /// statement (200 'else if' branches), still far beyond hand-written code.
    /// </summary>
    public const int MaxElseIfChain = 400;

    private static readonly string[] NestingKeywords = { "if", "else", "while", "for", "foreach", "using", "lock", "fixed", "do" };

    /// <summary>The deepest bracket nesting and the 1-based line where it is reached.</summary>
    public static (int Depth, int Line) Deepest(string text)
    {
        var (depth, line, _) = Measure(text, int.MaxValue, bracketsOnly: true);
        return (depth, line);
    }

    /// <summary>The deepest nesting of any kind (stopping once <paramref name="stopAt"/> is reached), the line, and what nests.</summary>
    public static (int Depth, int Line, string What) Measure(string text, int stopAt, bool bracketsOnly = false)
    {
        int depth = 0, deepest = 0, deepestLine = 1, line = 1;
        var what = Brackets;
        // Type arguments open in this statement; prefix operators in a row; ")(" (casts) in this statement.
        int angles = 0, prefixes = 0, casts = 0, elseIfs = 0, chainDepth = 0;
        var last = ' '; // the last character of code, spaces left out
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (!bracketsOnly && !char.IsWhiteSpace(c))
            {
                prefixes = c is '-' or '+' or '!' or '~' or '*' or '&' or '^' ? prefixes + 1 : 0;
                if (c == '(' && last == ')')
                {
                    casts++;
                }

                if (c == '<' && (char.IsLetterOrDigit(last) || last == '_'))
                {
                    angles++;
                }
                else if (c == '>' && angles > 0)
                {
                    angles--;
                }
                else if (c is ';' or '{' or '}' or ',')
                {
                    if (c != ',')
                    {
                        angles = 0;
                        casts = 0;
                    }

                    // The chain ends where a statement at its own level is not followed by 'else' (a ';' or '}'
                    // inside a branch's block does not end it).
                    int after = c == '}' ? depth - 1 : depth;
                    if (c != '{' && after <= chainDepth && !WordAt(text, SkipSpace(text, i + 1), "else"))
                    {
                        elseIfs = 0;
                    }
                }
                else if (KeywordAt(text, i) is not null || IsNestingOperator(text, i))
                {
                    // Counted on the bracket scale: past MaxElseIfChain keywords it exceeds MaxDepth.
                    if (elseIfs == 0)
                    {
                        chainDepth = depth;
                    }

                    var scaled = ++elseIfs * MaxDepth / MaxElseIfChain;
                    if (scaled > deepest)
                    {
                        deepest = scaled;
                        deepestLine = line;
                        what = ElseIfChain;
                        if (deepest >= stopAt)
                        {
                            return (deepest, deepestLine, what);
                        }
                    }
                }

                var other = Math.Max(angles, Math.Max(prefixes, casts));
                if (other > deepest)
                {
                    deepest = other;
                    deepestLine = line;
                    what = angles >= prefixes ? TypeArguments : PrefixRun;
                    if (deepest >= stopAt)
                    {
                        return (deepest, deepestLine, what);
                    }
                }

                last = c;
            }

            switch (c)
            {
                case '\n':
                    line++;
                    i++;
                    break;
                case '(':
                case '[':
                case '{':
                    if (++depth > deepest)
                    {
                        deepest = depth;
                        deepestLine = line;
                        what = Brackets;
                        if (deepest >= stopAt)
                        {
                            return (deepest, deepestLine, what);
                        }
                    }

                    i++;
                    break;
                case ')':
                case ']':
                case '}':
                    if (depth > 0)
                    {
                        depth--;
                    }

                    i++;
                    break;
                case '/' when i + 1 < n && text[i + 1] == '/':
                    while (i < n && text[i] != '\n')
                    {
                        i++;
                    }

                    break;
                case '/' when i + 1 < n && text[i + 1] == '*':
                    i = SkipUntil(text, i + 2, "*/", ref line);
                    break;
                case '\'':
                    i = SkipCharLiteral(text, i + 1);
                    break;
                case '"':
                    i = SkipString(text, i, verbatim: i > 0 && (text[i - 1] == '@' || (i > 1 && text[i - 1] == '$' && text[i - 2] == '@')), ref line);
                    break;
                default:
                    i++;
                    break;
            }
        }

        return (deepest, deepestLine, what);
    }

    // Right-nesting operators: the parser recurses into what follows a lambda arrow (x => y => ...), a
    // conditional (a ? b : c ? ...), a conditional access (a?.b?.c), a null-coalescing (a ?? b ?? c) or an
    // assignment (a = b = c). Counted once each: '?' of '?.', '??' and '?[' once, '=' not in ==, <=, >=, != or =>.
    private static bool IsNestingOperator(string text, int i)
    {
        char c = text[i];
        char next = i + 1 < text.Length ? text[i + 1] : '\0';
        char previous = i > 0 ? text[i - 1] : '\0';
        if (c == '?')
        {
            return previous != '?';
        }

        return c == '=' && next != '=' && previous is not ('=' or '<' or '>' or '!' or '+' or '-' or '*' or '/' or '%' or '&' or '|' or '^' or '?');
    }

    private static string? KeywordAt(string text, int i)
    {
        foreach (var word in NestingKeywords)
        {
            if (text[i] == word[0] && WordAt(text, i, word))
            {
                return word;
            }
        }

        return null;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // A keyword at i: not part of a longer name on either side.
    private static bool WordAt(string text, int i, string word)
        => i + word.Length <= text.Length
            && string.CompareOrdinal(text, i, word, 0, word.Length) == 0
            && (i == 0 || !IsNameChar(text[i - 1]))
            && (i + word.Length == text.Length || !IsNameChar(text[i + word.Length]));

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';

    /// <summary>After the opening quote(s): a raw string ("""), a verbatim one (@"", with "" inside) or a regular one (ends at the line's end at the latest). Interpolation holes are read as string text: brackets in them are not counted.</summary>
    private static int SkipString(string text, int start, bool verbatim, ref int line)
    {
        var quotes = 0;
        while (start + quotes < text.Length && text[start + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            return SkipUntil(text, start + quotes, new string('"', quotes), ref line);
        }

        if (quotes == 2 && !verbatim)
        {
            return start + 2; // ""
        }

        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (verbatim)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        i += 2;
                        continue;
                    }

                    return i + 1;
                }

                if (c == '\n')
                {
                    line++;
                }
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                return i + 1;
            }
            else if (c == '\n')
            {
                return i; // unterminated: the newline is counted by the caller
            }

            i++;
        }

        return i;
    }

    private static int SkipCharLiteral(string text, int i)
    {
        // 'x', '\'', '\u0041': at most a few characters; a stray quote stops at the line's end.
        var limit = Math.Min(text.Length, i + 12);
        for (; i < limit; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '\'')
            {
                return i + 1;
            }
            else if (text[i] == '\n')
            {
                return i;
            }
        }

        return i;
    }

    private static int SkipUntil(string text, int i, string end, ref int line)
    {
        var found = text.IndexOf(end, i, StringComparison.Ordinal);
        var stop = found < 0 ? text.Length : found + end.Length;
        for (var j = i; j < stop; j++)
        {
            if (text[j] == '\n')
            {
                line++;
            }
        }

        return stop;
    }
}
