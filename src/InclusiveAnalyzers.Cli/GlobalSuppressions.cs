using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope",
    Justification = "The writers over the process's stdout and stderr are flushed at exit, never closed.",
    Scope = "member", Target = "~M:InclusiveAnalyzers.Cli.Program.Main(System.String[])~System.Int32")]
