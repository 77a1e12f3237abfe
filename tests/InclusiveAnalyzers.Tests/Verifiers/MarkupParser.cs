using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>What a piece of markup marked: <c>[|x|]</c> (Key null), <c>{|ID:x|}</c> or <c>{|#0:x|}</c>.</summary>
public sealed record MarkupSpan(string? Key, TextSpan Span)
{
    public bool IsNamedLocation => Key is not null && Key.StartsWith('#');
}

/// <summary>Strips <c>[|...|]</c>, <c>{|ID:...|}</c> and <c>{|#n:...|}</c> from test text and records the spans.</summary>
public static class MarkupParser
{
    public static (string Text, IReadOnlyList<MarkupSpan> Spans) Parse(string input)
    {
        var output = new StringBuilder(input.Length);
        var spans = new List<MarkupSpan>();
        var open = new Stack<(char Closer, string? Key, int Start, int InputIndex)>();
        int i = 0;
        while (i < input.Length)
        {
            if (At(input, i, "[|"))
            {
                open.Push((']', null, output.Length, i));
                i += 2;
            }
            else if (At(input, i, "{|"))
            {
                int colon = input.IndexOf(':', i + 2);
                string key = colon < 0 ? "" : input.Substring(i + 2, colon - i - 2);
                if (key.Length == 0 || key.Any(c => !(char.IsLetterOrDigit(c) || c == '#' || c == '_')))
                {
                    throw new VerifierException($"Markup '{{|' at {Where(input, i)} must be followed by an id or #n and ':'.");
                }

                open.Push(('}', key, output.Length, i));
                i = colon + 1;
            }
            else if (At(input, i, "|]") || At(input, i, "|}"))
            {
                char closer = input[i + 1];
                if (open.Count == 0 || open.Peek().Closer != closer)
                {
                    throw new VerifierException($"Markup '|{closer}' at {Where(input, i)} closes nothing that is open.");
                }

                var (_, key, start, _) = open.Pop();
                spans.Add(new MarkupSpan(key, TextSpan.FromBounds(start, output.Length)));
                i += 2;
            }
            else
            {
                output.Append(input[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new VerifierException($"Markup opened at {Where(input, open.Peek().InputIndex)} is never closed.");
        }

        spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return (output.ToString(), spans);
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static string Where(string text, int index)
    {
        var position = SourceText.From(text).Lines.GetLinePosition(index);
        return $"line {position.Line + 1}, column {position.Character + 1}";
    }
}
