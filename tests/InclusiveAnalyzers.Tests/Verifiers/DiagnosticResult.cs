using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// An expected diagnostic. Lines and columns given to the builders are 1-based, as an IDE shows them.
/// Unset parts (severity, message, end of span) are not compared.
/// </summary>
public sealed record DiagnosticResult
{
    public DiagnosticResult(string id) => Id = id;

    public DiagnosticResult(DiagnosticDescriptor descriptor)
    {
        Id = descriptor.Id;
        Severity = descriptor.DefaultSeverity;
        MessageFormat = descriptor.MessageFormat;
    }

    public string Id { get; init; }

    /// <summary>The document path; a bare file name means the primary project's folder ("/0/").</summary>
    public string? Path { get; init; }

    /// <summary>0-based span; null means "no location" unless <see cref="MarkupKey"/> is set.</summary>
    public LinePositionSpan? Span { get; init; }

    /// <summary>Only the start of <see cref="Span"/> is compared.</summary>
    public bool StartOnly { get; init; }

    /// <summary>A named markup location (<c>{|#0:...|}</c>) resolved when the test runs.</summary>
    public string? MarkupKey { get; init; }

    public DiagnosticSeverity? Severity { get; init; }

    public string? Message { get; init; }

    public object[]? Arguments { get; init; }

    public LocalizableString? MessageFormat { get; init; }

    public bool IsSuppressed { get; init; }

    public bool HasLocation => Span is not null;

    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn)
        => this with { Span = new LinePositionSpan(new(startLine - 1, startColumn - 1), new(endLine - 1, endColumn - 1)), StartOnly = false, MarkupKey = null };

    public DiagnosticResult WithSpan(string path, int startLine, int startColumn, int endLine, int endColumn)
        => WithSpan(startLine, startColumn, endLine, endColumn) with { Path = path };

    public DiagnosticResult WithLocation(int line, int column)
        => this with { Span = new LinePositionSpan(new(line - 1, column - 1), new(line - 1, column - 1)), StartOnly = true, MarkupKey = null };

    public DiagnosticResult WithLocation(string path, int line, int column) => WithLocation(line, column) with { Path = path };

    /// <summary>The span marked <c>{|#n:...|}</c> in any source.</summary>
    public DiagnosticResult WithLocation(int markupKey) => this with { MarkupKey = "#" + markupKey.ToString(CultureInfo.InvariantCulture), Span = null };

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    public DiagnosticResult WithMessage(string message) => this with { Message = message };

    public DiagnosticResult WithArguments(params object[] arguments) => this with { Arguments = arguments };

    public DiagnosticResult WithIsSuppressed(bool isSuppressed = true) => this with { IsSuppressed = isSuppressed };

    public DiagnosticResult WithNoLocation() => this with { Span = null, Path = null, MarkupKey = null };

    /// <summary>The message to compare, if the test set one (directly or as format arguments).</summary>
    public string? ExpectedMessage()
    {
        if (Message is not null)
        {
            return Message;
        }

        if (Arguments is null || MessageFormat is null)
        {
            return null;
        }

        return string.Format(CultureInfo.InvariantCulture, MessageFormat.ToString(CultureInfo.InvariantCulture), Arguments);
    }

    public override string ToString() => DiagnosticFormatter.Format(this);
}
