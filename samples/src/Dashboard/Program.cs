var node = new Cluster.MasterNode();
node.Allow("build-agent-1");
System.Console.WriteLine(node.CanJoin("build-agent-1") ? "build-agent-1 may join" : "build-agent-1 may not join");
