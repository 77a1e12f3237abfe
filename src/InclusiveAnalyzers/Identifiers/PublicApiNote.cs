using System.Collections.Immutable;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Shared;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// What INCL101 tells the fixes (and the reader) about a public API name: the policy in force, and,
    /// when it is forward, why no forwarder is possible. Made only for names that match a term.
    /// </summary>
    internal sealed class PublicApiNote
    {
        public PublicApiNote(PublicApiPolicy policy, string? noForwarderReason)
        {
            Policy = policy;
            NoForwarderReason = policy == PublicApiPolicy.Forward ? noForwarderReason : null;
        }

        public PublicApiPolicy Policy { get; }

        public string? NoForwarderReason { get; }

        /// <summary>Appended to the advice: why the bulk fixes will leave this name.</summary>
        public string? MessageSuffix => Policy switch
        {
            PublicApiPolicy.Skip => " (public API, left by bulk fixes: public_api = skip)",
            PublicApiPolicy.Forward when NoForwarderReason != null => " (public API, left by bulk fixes: an [Obsolete] forwarder is not possible, " + NoForwarderReason + ")",
            _ => null,
        };

        public ImmutableDictionary<string, string?> AddTo(ImmutableDictionary<string, string?> properties)
        {
            properties = properties.Add(PropertyNames.PublicApi, PublicApiPolicies.Name(Policy));
            return NoForwarderReason is null ? properties : properties.Add(PropertyNames.NoForwarder, NoForwarderReason);
        }
    }
}
