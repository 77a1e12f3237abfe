using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>What a bulk rename does with one symbol.</summary>
    internal enum RenameMode
    {
        Plain,
        KeepForwarder,
        Leave,
    }

    /// <summary>
    /// The public_api policy applied to one symbol. The analyzer put the policy in force for its file in
    /// the diagnostic; whether the name is public API and can forward is judged again on the current solution.
    /// </summary>
    internal static class PublicApiDecision
    {
        public static PublicApiPolicy PolicyOf(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(PropertyNames.PublicApi, out var value) && PublicApiPolicies.TryParse(value, out var policy)
                ? policy
                : PublicApiPolicy.Forward;

        public static RenameMode Decide(PublicApiPolicy policy, ISymbol symbol)
        {
            if (!PublicApiShape.IsPublicApi(symbol))
            {
                return RenameMode.Plain;
            }

            return policy switch
            {
                PublicApiPolicy.Rename => RenameMode.Plain,
                PublicApiPolicy.Skip => RenameMode.Leave,
                _ => PublicApiShape.NoForwarderReason(symbol) is null ? RenameMode.KeepForwarder : RenameMode.Leave,
            };
        }
    }
}
