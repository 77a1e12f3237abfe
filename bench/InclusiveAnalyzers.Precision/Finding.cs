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

    /// <summary>The key without the column: a finding whose start moved on the same line is still the same finding.</summary>
    public string LineKey => Line == 0 ? Key : $"{Set}|{Path}|{Line}|{RuleId}|{Term}";

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
