namespace System.Runtime.CompilerServices
{
    /// <summary>Lets netstandard2.0 code declare init-only properties (the type ships with .NET 5 and later).</summary>
    internal static class IsExternalInit
    {
    }
}
