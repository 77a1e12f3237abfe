using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Configuration.Globbing
{
    /// <summary>
    /// A compiled path glob: a Thompson automaton run over the path as a set of states, one character at
    /// a time. No backtracking, so a match costs at most (path length x states) steps whatever the pattern
    /// (<c>**/**/**/x</c>, nested braces); a regular expression built from the same text can take
    /// exponential time. Built by <see cref="GlobBuilder"/>; safe to share between threads.
    /// </summary>
    public sealed class GlobAutomaton
    {
        private readonly State[] states;
        private readonly int start;

        internal GlobAutomaton(State[] states, int start, string pattern)
        {
            this.states = states;
            this.start = start;
            Pattern = pattern;
        }

        /// <summary>The equivalent regular expression, for tests and diagnostics only: it is never run.</summary>
        public string Pattern { get; }

        public int StateCount => states.Length;

        public bool IsMatch(string path)
        {
            if (path is null)
            {
                return false;
            }

            // Generation stamps instead of clearing a set per character.
            var seen = new int[states.Length];
            var generation = 1;
            var current = new List<int>();
            var next = new List<int>();
            var stack = new Stack<int>();
            Dictionary<int, List<int>>? pending = null; // number ranges: position -> states entered there

            var matched = AddClosure(start, current, seen, generation, stack);
            for (var i = 0; i <= path.Length; i++)
            {
                if (pending != null && pending.TryGetValue(i, out var arriving))
                {
                    pending.Remove(i);
                    foreach (var s in arriving)
                    {
                        matched |= AddClosure(s, current, seen, generation, stack);
                    }
                }

                if (i == path.Length)
                {
                    return matched;
                }

                if (current.Count == 0 && (pending == null || pending.Count == 0))
                {
                    return false;
                }

                generation++;
                next.Clear();
                var nextMatched = false;
                var c = path[i];
                foreach (var s in current)
                {
                    var state = states[s];
                    if (state.Kind == StateKind.Number)
                    {
                        pending ??= new Dictionary<int, List<int>>();
                        foreach (var end in NumberEnds(path, i, state.Min, state.Max))
                        {
                            if (!pending.TryGetValue(end, out var list))
                            {
                                pending[end] = list = new List<int>();
                            }

                            list.Add(state.Out);
                        }
                    }
                    else if (Accepts(state, c))
                    {
                        nextMatched |= AddClosure(state.Out, next, seen, generation, stack);
                    }
                }

                (current, next) = (next, current);
                matched = nextMatched;
            }

            return matched;
        }

        private static bool Accepts(State state, char c)
        {
            switch (state.Kind)
            {
                case StateKind.Char: return c == state.Char;
                case StateKind.Any: return true;
                case StateKind.AnyButSlash: return c != '/';
                case StateKind.Class: return state.Class!.Contains(c);
                default: return false;
            }
        }

        /// <summary>Adds <paramref name="from"/> and every state reachable by empty moves; true when the end state is among them.</summary>
        private bool AddClosure(int from, List<int> set, int[] seen, int generation, Stack<int> stack)
        {
            var matched = false;
            stack.Push(from);
            while (stack.Count > 0)
            {
                var s = stack.Pop();
                if (seen[s] == generation)
                {
                    continue;
                }

                seen[s] = generation;
                var state = states[s];
                switch (state.Kind)
                {
                    case StateKind.Split:
                        stack.Push(state.Out2);
                        stack.Push(state.Out);
                        break;
                    case StateKind.End:
                        matched = true;
                        break;
                    default:
                        set.Add(s);
                        break;
                }
            }

            return matched;
        }

        /// <summary>The positions after an optionally negative integer starting at <paramref name="at"/> whose value lies in [min, max].</summary>
        private static IEnumerable<int> NumberEnds(string path, int at, int min, int max)
        {
            var i = at;
            var negative = i < path.Length && path[i] == '-';
            if (negative)
            {
                i++;
            }

            long value = 0;
            for (; i < path.Length && path[i] >= '0' && path[i] <= '9'; i++)
            {
                value = value * 10 + (path[i] - '0');
                if (value > (long)int.MaxValue + 1)
                {
                    yield break; // int.TryParse would fail, as in the compiler
                }

                var signed = negative ? -value : value;
                if (signed >= min && signed <= max)
                {
                    yield return i + 1;
                }
            }
        }

        internal enum StateKind : byte
        {
            Char,
            Any,
            AnyButSlash,
            Class,
            Number,
            Split,
            End,
        }

        internal sealed class State
        {
            public StateKind Kind;
            public char Char;
            public CharClass? Class;
            public int Min;
            public int Max;
            public int Out = -1;
            public int Out2 = -1;
        }
    }

    /// <summary>A bracket expression: characters and ranges, possibly negated (a negated class matches '/' too, as in the regular expressions it replaces).</summary>
    public sealed class CharClass
    {
        private readonly List<(char Low, char High)> ranges = new List<(char, char)>();

        public bool Negated { get; set; }

        public bool IsEmpty => ranges.Count == 0;

        public void Add(char c) => ranges.Add((c, c));

        public void AddRange(char low, char high)
        {
            if (low <= high)
            {
                ranges.Add((low, high));
            }
        }

        public bool Contains(char c)
        {
            var inside = false;
            foreach (var (low, high) in ranges)
            {
                if (c >= low && c <= high)
                {
                    inside = true;
                    break;
                }
            }

            return inside != Negated;
        }

        internal string ToPattern()
        {
            var text = new System.Text.StringBuilder("[");
            if (Negated)
            {
                text.Append('^');
            }

            foreach (var (low, high) in ranges)
            {
                text.Append(Escape(low));
                if (high != low)
                {
                    text.Append('-').Append(Escape(high));
                }
            }

            return text.Append(']').ToString();
        }

        private static string Escape(char c) => c == ']' || c == '-' || c == '^' || c == '\\' || c == '[' ? "\\" + c : c.ToString();
    }
}
