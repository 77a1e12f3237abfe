using System.Security.Cryptography;
using System.Text;

namespace InclusiveAnalyzers.Precision;

/// <summary>One finding of the CLI's JSON output, with the corpus set it came from.</summary>
internal sealed record Finding(
    string Set, string Path, int Line, int Column, int EndLine, int EndColumn,
    string RuleId, string Severity, string? Term, string Message)
{
    public Family Family => Families.Of(RuleId);

    /// <summary>
    /// What identifies a finding across builds: the place, the rule and the term. Whole-file findings
    /// (line 0) share a place, so the start of their message (the element they miss) tells them apart.
    /// Messages are otherwise left out: a reworded message is the same finding.
    /// </summary>
    public string Key => Line == 0
        ? $"{Set}|{Path}|0|0|{RuleId}|{Term}|{MessageHead(Message)}"
        : $"{Set}|{Path}|{Line}|{Column}|{RuleId}|{Term}";

    /// <summary>
    /// The looser key: without the column (a finding whose start moved on its line is the same finding);
    /// for a whole-file finding, only what it is about (the missing element, the grade), so a reworded
    /// message still matches while a changed grade does not.
    /// </summary>
    public string LineKey => Line == 0 ? WholeFileLineKey(Set, Path, RuleId, Term, Message) : $"{Set}|{Path}|{Line}|{RuleId}|{Term}";

    public static string WholeFileLineKey(string set, string path, string rule, string? term, string messageOrHead) =>
        $"{set}|{path}|0|{rule}|{term}|{Subject(messageOrHead)}";

    /// <summary>"Missing element: scope. ..." gives "scope"; "... grade: red (...)" gives "red"; otherwise empty.</summary>
    private static string Subject(string message)
    {
        const string element = "Missing element: ", grade = "grade: ";
        int at = message.IndexOf(element, StringComparison.Ordinal);
        if (at >= 0)
        {
            int start = at + element.Length, end = message.IndexOf('.', start);
            return end < 0 ? message[start..] : message[start..end];
        }
        at = message.IndexOf(grade, StringComparison.Ordinal);
        if (at < 0) return "";
        int from = at + grade.Length, stop = from;
        while (stop < message.Length && char.IsLetter(message[stop])) stop++;
        return message[from..stop];
    }

    /// <summary>Short stable id for people: the first 8 hex digits of the key's SHA-256.</summary>
    public string Id => Hash(Key)[..8];

    public string Location => Line == 0 ? $"{Set}/{Path}" : $"{Set}/{Path}:{Line}:{Column}";

    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static string MessageHead(string message)
    {
        int stop = message.IndexOfAny(['.', ':', ';']);
        // "Missing element: consequences." keeps the element; other messages keep their first clause.
        if (stop >= 0 && stop + 1 < message.Length && message[stop] == ':')
        {
            int next = message.IndexOf('.', stop);
            stop = next < 0 ? message.Length : next;
        }
        string head = stop < 0 ? message : message[..stop];
        return head.Length > 60 ? head[..60] : head;
    }
}
