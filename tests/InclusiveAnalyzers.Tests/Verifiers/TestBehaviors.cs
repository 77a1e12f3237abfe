namespace InclusiveAnalyzers.Tests.Verifiers;

[Flags]
public enum TestBehaviors
{
    None = 0,

    /// <summary>Do not re-run with an <c>// &lt;auto-generated/&gt;</c> header expecting no diagnostics in sources.</summary>
    SkipGeneratedCodeCheck = 1,

    /// <summary>Do not re-run with <c>#pragma warning disable</c> expecting every source diagnostic suppressed.</summary>
    SkipSuppressionCheck = 2,
}

[Flags]
public enum CodeFixTestBehaviors
{
    None = 0,

    /// <summary>Do not apply one code action at a time.</summary>
    SkipIterativeFix = 1,

    /// <summary>Do not run Fix All in document, project and solution scope.</summary>
    SkipFixAll = 2,

    /// <summary>Do not run the dotnet format path (solution scope, first action's key, one pass).</summary>
    SkipDotnetFormat = 4,
}
