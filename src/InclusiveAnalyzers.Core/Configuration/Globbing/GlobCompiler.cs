using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Configuration.Globbing
{
    /// <summary>
    /// The one glob compiler: reads a pattern body in a <see cref="GlobDialect"/> ('*', '**', '?', "[...]",
    /// "{a,b}", "{n..m}", '\') into a <see cref="GlobBuilder"/>, whose automaton cannot backtrack. Braces
    /// stay alternatives inside the automaton (never expanded into many patterns), so a pattern costs its
    /// length; patterns over <see cref="GlobBuilder.MaxLength"/> characters or with braces nested over
    /// <see cref="GlobBuilder.MaxGroupDepth"/> deep are refused. Each file format's front end adds what is
    /// its own (where the pattern is anchored, what may follow it) around the body.
    /// </summary>
    public static class GlobCompiler
    {
        /// <summary>Translates <paramref name="body"/> into <paramref name="into"/>: null, or why the pattern matches nothing.</summary>
        public static string? Translate(string body, GlobDialect dialect, GlobBuilder into)
        {
            if (body.Length > GlobBuilder.MaxLength)
            {
                return $"The glob is {body.Length:N0} characters long, over the limit of {GlobBuilder.MaxLength:N0}; it matches nothing. Shorten it or split it into several globs.";
            }

            var groups = into.GroupDepth;
            for (var i = 0; i < body.Length; i++)
            {
                var c = body[i];
                switch (c)
                {
                    case '*':
                        i = Star(body, i, dialect, into);
                        break;
                    case '?':
                        if (dialect.QuestionMatchesSlash)
                        {
                            into.AnyChar();
                        }
                        else
                        {
                            into.AnyCharButSlash();
                        }

                        break;
                    case '[':
                        var end = ClassEnd(body, i, dialect);
                        if (end < 0)
                        {
                            if (dialect.Strict)
                            {
                                return "The glob opens a '[' it never closes; it matches nothing.";
                            }

                            into.Literal('[');
                            break;
                        }

                        if (Class(body, i + 1, end, dialect) is not { } set)
                        {
                            return $"The class {body.Substring(i, end - i + 1)} is empty or has a reversed range; it matches nothing.";
                        }

                        into.Class(set);
                        i = end;
                        break;
                    case '{' when dialect.Braces:
                        if (dialect.NumberRanges && TryReadRange(body, i + 1, out var min, out var max, out var close))
                        {
                            into.Number(min, max);
                            i = close;
                        }
                        else if (!into.OpenGroup())
                        {
                            return $"The glob nests braces {{...}} more than {GlobBuilder.MaxGroupDepth} levels deep; it matches nothing. Write the alternatives as separate globs.";
                        }

                        break;
                    case ',' when dialect.Braces && into.GroupDepth > groups:
                        into.Alternative();
                        break;
                    case '}' when dialect.Braces && into.GroupDepth > groups:
                        into.CloseGroup();
                        break;
                    case ',' when dialect.Braces && dialect.Strict:
                    case '}' when dialect.Braces && dialect.Strict:
                        return $"The glob has a '{c}' outside braces; it matches nothing.";
                    case '\\' when dialect.BackslashEscapes:
                        if (i + 1 < body.Length)
                        {
                            into.Literal(body[++i]);
                        }
                        else if (dialect.Strict)
                        {
                            return "The glob ends with a '\\' that escapes nothing; it matches nothing.";
                        }

                        break;
                    default:
                        into.Literal(c);
                        break;
                }
            }

            return dialect.Strict && into.GroupDepth > groups ? "The glob opens a '{' it never closes; it matches nothing." : null;
        }

        /// <summary>Reads the run of '*' at <paramref name="i"/>; returns the index of its last character.</summary>
        private static int Star(string body, int i, GlobDialect dialect, GlobBuilder into)
        {
            var doubled = i + 1 < body.Length && body[i + 1] == '*';
            switch (dialect.DoubleStar)
            {
                case DoubleStar.AnyRun when doubled:
                    into.AnyRun();
                    return i + 1;
                case DoubleStar.AnyRunOrFolders when doubled:
                    if (i + 2 < body.Length && body[i + 2] == '/')
                    {
                        into.AnyFolders();
                        return i + 2;
                    }

                    into.AnyRun();
                    return i + 1;
                case DoubleStar.WholeSegment when doubled && (i == 0 || body[i - 1] == '/'):
                    if (i + 2 == body.Length)
                    {
                        into.AnyRun(); // "x/**": everything inside x (alone: everything)
                        return i + 1;
                    }

                    if (body[i + 2] == '/')
                    {
                        into.AnyFolders();
                        return i + 2;
                    }

                    break;
            }

            if (dialect.DoubleStar == DoubleStar.WholeSegment)
            {
                while (i + 1 < body.Length && body[i + 1] == '*')
                {
                    i++; // a run of '*' inside a segment is one '*'
                }
            }

            into.AnyRunButSlash();
            return i;
        }

        /// <summary>The index of the ']' closing the class opened at <paramref name="start"/>, or -1.</summary>
        private static int ClassEnd(string body, int start, GlobDialect dialect)
        {
            var j = start + 1;
            if (j < body.Length && IsNegation(body[j], dialect))
            {
                j++;
            }

            if (dialect.BracketFirstIsLiteral && j < body.Length && body[j] == ']')
            {
                j++;
            }

            for (; j < body.Length; j++)
            {
                if (dialect.BackslashEscapes && body[j] == '\\')
                {
                    j++;
                }
                else if (body[j] == ']')
                {
                    return j;
                }
            }

            return -1;
        }

        /// <summary>The characters between '[' and ']': '!' first negates, "a-z" is a range, a '-' elsewhere is literal. Null when empty or a range is reversed.</summary>
        private static CharClass? Class(string body, int from, int to, GlobDialect dialect)
        {
            var set = new CharClass();
            if (from < to && IsNegation(body[from], dialect))
            {
                set.Negated = true;
                from++;
            }

            // Characters, with null standing for a range dash.
            var items = new List<char?>();
            for (var j = from; j < to; j++)
            {
                var c = body[j];
                if (dialect.BackslashEscapes && c == '\\' && j + 1 < to)
                {
                    items.Add(body[++j]);
                }
                else
                {
                    items.Add(c == '-' ? null : c);
                }
            }

            if (items.Count == 0)
            {
                return null;
            }

            for (var k = 0; k < items.Count; k++)
            {
                if (items[k] is { } low && k + 2 < items.Count && items[k + 1] == null && items[k + 2] is { } high)
                {
                    if (low > high)
                    {
                        return null;
                    }

                    set.AddRange(low, high);
                    k += 2;
                }
                else
                {
                    set.Add(items[k] ?? '-');
                }
            }

            return set;
        }

        private static bool IsNegation(char c, GlobDialect dialect) => c == '!' || (c == '^' && dialect.CaretNegatesClass);

        /// <summary>"n..m}" from <paramref name="at"/> (just after the '{'): integers, optionally negative, either order.</summary>
        private static bool TryReadRange(string body, int at, out int min, out int max, out int close)
        {
            min = max = close = 0;
            var i = at;
            if (!TryReadInteger(body, ref i, out var first) || i + 1 >= body.Length || body[i] != '.' || body[i + 1] != '.')
            {
                return false;
            }

            i += 2;
            if (!TryReadInteger(body, ref i, out var second) || i >= body.Length || body[i] != '}')
            {
                return false;
            }

            (min, max) = first <= second ? (first, second) : (second, first);
            close = i;
            return true;
        }

        private static bool TryReadInteger(string body, ref int i, out int value)
        {
            var start = i;
            if (i < body.Length && body[i] == '-')
            {
                i++;
            }

            var digits = i;
            while (i < body.Length && body[i] >= '0' && body[i] <= '9')
            {
                i++;
            }

            return int.TryParse(body.Substring(start, i - start), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value) && i > digits;
        }
    }
}
