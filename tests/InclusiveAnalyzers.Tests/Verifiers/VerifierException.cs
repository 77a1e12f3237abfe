namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>A verification failed: the message says what was expected and what happened.</summary>
public sealed class VerifierException : Exception
{
    public VerifierException(string message)
        : base(message)
    {
    }
}
