using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Core.Configuration.Globbing
{
    /// <summary>
    /// Collects the pieces a glob dialect (inclusive.json, .editorconfig, .gitignore) translates to, and
    /// builds a <see cref="GlobAutomaton"/>. Braces become alternatives inside the automaton, never an
    /// expansion into many patterns, so their cost is their length. Limits keep absurd patterns out:
    /// <see cref="MaxLength"/> characters and <see cref="MaxGroupDepth"/> nested groups.
    /// </summary>
    public sealed class GlobBuilder
    {
        /// <summary>Longer patterns are refused: no real path glob comes near it.</summary>
        public const int MaxLength = 4096;

        /// <summary>Braces nested deeper are refused (the dialect parsers recurse once per level).</summary>
        public const int MaxGroupDepth = 32;

        private readonly Stack<Group> open = new Stack<Group>();
        private readonly StringBuilder pattern = new StringBuilder();
        private List<Node> sequence = new List<Node>();

        public int GroupDepth => open.Count;

        public GlobBuilder Raw(string regexEquivalent)
        {
            pattern.Append(regexEquivalent);
            return this;
        }

        /// <summary>Starts the pattern at the beginning of the path: "^".</summary>
        public GlobBuilder Start() => Raw("^");

        public GlobBuilder Literal(char c)
        {
            sequence.Add(new Node(NodeKind.Char) { Char = c });
            return Raw(Regex.Escape(c.ToString()));
        }

        /// <summary>One character, '/' included: ".".</summary>
        public GlobBuilder AnyChar()
        {
            sequence.Add(new Node(NodeKind.Any));
            return Raw(".");
        }

        /// <summary>One character other than '/': "[^/]".</summary>
        public GlobBuilder AnyCharButSlash()
        {
            sequence.Add(new Node(NodeKind.AnyButSlash));
            return Raw("[^/]");
        }

        /// <summary>Any run of characters, '/' included: ".*".</summary>
        public GlobBuilder AnyRun()
        {
            if (!EndsWith(NodeKind.Any, star: true))
            {
                sequence.Add(new Node(NodeKind.Any) { Star = true });
            }

            return Raw(".*");
        }

        /// <summary>Any run within one folder: "[^/]*".</summary>
        public GlobBuilder AnyRunButSlash()
        {
            if (!EndsWith(NodeKind.AnyButSlash, star: true) && !EndsWith(NodeKind.Any, star: true))
            {
                sequence.Add(new Node(NodeKind.AnyButSlash) { Star = true });
            }

            return Raw("[^/]*");
        }

        /// <summary>Zero or more whole folders: "(?:.*/)?".</summary>
        public GlobBuilder AnyFolders()
        {
            // "**/**/" is the same as "**/": collapsing keeps repeated runs from multiplying states.
            if (sequence.Count == 0 || sequence[sequence.Count - 1].Kind != NodeKind.Folders)
            {
                sequence.Add(new Node(NodeKind.Folders));
            }

            return Raw("(?:.*/)?");
        }

        public GlobBuilder Class(CharClass characters)
        {
            sequence.Add(new Node(NodeKind.Class) { Class = characters });
            return Raw(characters.ToPattern());
        }

        /// <summary>An optionally negative integer between <paramref name="min"/> and <paramref name="max"/>: "(-?[0-9]+)" checked after the match.</summary>
        public GlobBuilder Number(int min, int max)
        {
            sequence.Add(new Node(NodeKind.Number) { Min = min, Max = max });
            return Raw("(-?[0-9]+)");
        }

        /// <summary>"(?:": false when groups are already nested <see cref="MaxGroupDepth"/> deep.</summary>
        public bool OpenGroup()
        {
            if (open.Count >= MaxGroupDepth)
            {
                return false;
            }

            var group = new Group(sequence);
            open.Push(group);
            sequence = new List<Node>();
            Raw("(?:");
            return true;
        }

        /// <summary>"|": the next alternative of the innermost group.</summary>
        public GlobBuilder Alternative()
        {
            var group = open.Peek();
            group.Alternatives.Add(sequence);
            sequence = new List<Node>();
            return Raw("|");
        }

        /// <summary>")": closes the innermost group.</summary>
        public GlobBuilder CloseGroup()
        {
            var group = open.Pop();
            group.Alternatives.Add(sequence);
            sequence = group.Outer;
            sequence.Add(new Node(NodeKind.Choice) { Alternatives = group.Alternatives });
            return Raw(")");
        }

        /// <summary>"(?:/.*)?": the path may go on below what matched (a folder pattern covers what it holds).</summary>
        public GlobBuilder OptionalSubtree()
        {
            sequence.Add(new Node(NodeKind.Subtree) { Star = false });
            return Raw("(?:/.*)?");
        }

        /// <summary>"/.*": the path must go on below what matched.</summary>
        public GlobBuilder RequiredSubtree()
        {
            sequence.Add(new Node(NodeKind.Subtree) { Star = true });
            return Raw("/.*");
        }

        /// <summary>"$" and the automaton; groups left open are closed.</summary>
        public GlobAutomaton Build()
        {
            while (open.Count > 0)
            {
                CloseGroup();
            }

            Raw("$");
            var states = new List<GlobAutomaton.State>();
            var end = Add(states, new GlobAutomaton.State { Kind = GlobAutomaton.StateKind.End });
            var start = Compile(states, sequence, end);
            return new GlobAutomaton(states.ToArray(), start, pattern.ToString());
        }

        private bool EndsWith(NodeKind kind, bool star) =>
            sequence.Count > 0 && sequence[sequence.Count - 1].Kind == kind && sequence[sequence.Count - 1].Star == star;

        /// <summary>Builds back to front: each piece's states lead to <paramref name="next"/>; returns the first state.</summary>
        private static int Compile(List<GlobAutomaton.State> states, List<Node> nodes, int next)
        {
            for (var i = nodes.Count - 1; i >= 0; i--)
            {
                next = Compile(states, nodes[i], next);
            }

            return next;
        }

        private static int Compile(List<GlobAutomaton.State> states, Node node, int next)
        {
            switch (node.Kind)
            {
                case NodeKind.Choice:
                {
                    var first = -1;
                    for (var i = node.Alternatives!.Count - 1; i >= 0; i--)
                    {
                        var branch = Compile(states, node.Alternatives[i], next);
                        first = first < 0 ? branch : Split(states, branch, first);
                    }

                    return first;
                }

                case NodeKind.Folders:
                {
                    // (?:.*/)?  ==  skip, or any run then '/'
                    var slash = Add(states, new GlobAutomaton.State { Kind = GlobAutomaton.StateKind.Char, Char = '/', Out = next });
                    var run = Loop(states, GlobAutomaton.StateKind.Any, slash);
                    return Split(states, run, next);
                }

                case NodeKind.Subtree:
                {
                    var rest = Loop(states, GlobAutomaton.StateKind.Any, next);
                    var slash = Add(states, new GlobAutomaton.State { Kind = GlobAutomaton.StateKind.Char, Char = '/', Out = rest });
                    return node.Star ? slash : Split(states, slash, next);
                }

                default:
                {
                    var kind = node.Kind switch
                    {
                        NodeKind.Char => GlobAutomaton.StateKind.Char,
                        NodeKind.Any => GlobAutomaton.StateKind.Any,
                        NodeKind.AnyButSlash => GlobAutomaton.StateKind.AnyButSlash,
                        NodeKind.Class => GlobAutomaton.StateKind.Class,
                        _ => GlobAutomaton.StateKind.Number,
                    };
                    if (node.Star)
                    {
                        return Loop(states, kind, next, node.Class);
                    }

                    return Add(states, new GlobAutomaton.State { Kind = kind, Char = node.Char, Class = node.Class, Min = node.Min, Max = node.Max, Out = next });
                }
            }
        }

        /// <summary>x* : a split that either takes one x and comes back, or moves on.</summary>
        private static int Loop(List<GlobAutomaton.State> states, GlobAutomaton.StateKind kind, int next, CharClass? characters = null)
        {
            var split = Add(states, new GlobAutomaton.State { Kind = GlobAutomaton.StateKind.Split, Out2 = next });
            var item = Add(states, new GlobAutomaton.State { Kind = kind, Class = characters, Out = split });
            states[split].Out = item;
            return split;
        }

        private static int Split(List<GlobAutomaton.State> states, int first, int second) =>
            Add(states, new GlobAutomaton.State { Kind = GlobAutomaton.StateKind.Split, Out = first, Out2 = second });

        private static int Add(List<GlobAutomaton.State> states, GlobAutomaton.State state)
        {
            states.Add(state);
            return states.Count - 1;
        }

        private enum NodeKind
        {
            Char,
            Any,
            AnyButSlash,
            Class,
            Number,
            Folders,
            Subtree,
            Choice,
        }

        private sealed class Node
        {
            public Node(NodeKind kind)
            {
                Kind = kind;
            }

            public NodeKind Kind { get; }
            public bool Star { get; set; }
            public char Char { get; set; }
            public CharClass? Class { get; set; }
            public int Min { get; set; }
            public int Max { get; set; }
            public List<List<Node>>? Alternatives { get; set; }
        }

        private sealed class Group
        {
            public Group(List<Node> outer)
            {
                Outer = outer;
            }

            public List<Node> Outer { get; }
            public List<List<Node>> Alternatives { get; } = new List<List<Node>>();
        }
    }
}
