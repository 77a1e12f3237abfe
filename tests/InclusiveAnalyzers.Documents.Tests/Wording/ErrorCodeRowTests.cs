namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A documented error's message restates the error's name (mssql's "`TransactionError` | EABORT | Transaction has been
/// aborted.", undici's "`RequestAbortedError` | `UND_ERR_ABORTED` | the request has been aborted by the user"): on a table
/// row or list item that names an error, the words of that name are the name. Other words, and other lines, are prose.
/// </summary>
public class ErrorCodeRowTests
{
    private static string[] Flagged(string text)
        => Lint.Scan("docs/errors.md", text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Theory]
    [InlineData("Type | Code | Description\n--- | --- | ---\n`TransactionError` | EABORT | Transaction has been aborted.\n")]
    [InlineData("| Error | Code | Message |\n| --- | --- | --- |\n| `RequestAbortedError` | `UND_ERR_ABORTED` | the request has been aborted by the user |\n")]
    [InlineData("| Code | Definition |\n| --- | --- |\n| ECONNABORTED | Typically indicates that the request has been timed out or aborted by the browser. |\n")]
    [InlineData("Errors:\n\n- EABORT (`TransactionError`) - Transaction was aborted (by user or because of an error).\n")]
    [InlineData("Errors:\n\n1. `ERROR_OPERATION_ABORTED`: the operation was aborted.\n")]
    public void Words_of_an_errors_name_in_its_row_are_the_name(string markdown)
    {
        Assert.Empty(Flagged(markdown));
    }

    [Theory]
    // Other words of the row.
    [InlineData("| Code | Message |\n| --- | --- |\n| EABORT | Transaction aborted; the master copy is kept. |\n", "master")]
    // A row that names no error: a setting, a plain word in capitals.
    [InlineData("| Option | Meaning |\n| --- | --- |\n| `abortOnError` | Abort the build when a step fails. |\n", "Abort")]
    [InlineData("| Flag | Meaning |\n| --- | --- |\n| ENABLE_CHECKS | Abort the build when a check fails. |\n", "Abort")]
    // An error whose name does not hold the word.
    [InlineData("- ECONNRESET - the peer aborted the connection.\n", "aborted")]
    [InlineData("- `TimeoutError` - the request was aborted after the timeout.\n", "aborted")]
    // A paragraph, not a row or item, and the next line after a row.
    [InlineData("EABORT means the transaction was aborted.\n", "aborted")]
    [InlineData("- EABORT - Transaction has been aborted.\n\nAbort the job if it hangs.\n", "Abort")]
    public void Other_words_and_other_lines_are_still_read(string markdown, string expected)
    {
        Assert.Equal(new[] { expected }, Flagged(markdown));
    }

    [Fact]
    public void Error_rows_follow_the_mask_names_setting()
    {
        const string text = "- EABORT - Transaction has been aborted.\n";
        Assert.Single(Lint.Scan("docs/errors.md", text, """{ "maskNames": false }"""), f => f.RuleId == "INCL201");
    }
}
