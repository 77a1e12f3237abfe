using System.Collections.Generic;

namespace Cluster;

/// <summary>The node that coordinates the others.</summary>
public class MasterNode
{
    // Only hosts on the whitelist may join the cluster.
    private readonly HashSet<string> whitelist = new();

    /// <summary>The master key opens every vault; allowed in inclusive.json.</summary>
    public string MasterKey { get; } = "k";

    public void Allow(string host) => whitelist.Add(host);

    public bool CanJoin(string host) => whitelist.Contains(host);
}
