using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// What every term analyzer does the same way: concurrent, generated code skipped, and the
    /// configuration (inclusive.json + .editorconfig) read once per compilation before its actions.
    /// Generated code is skipped by the analyzers themselves (<see cref="GeneratedCode"/>): the driver's own check of
    /// each reported diagnostic walks the diagnostic's whole tree. Every action returns at once on generated code
    /// (the context's IsGeneratedCode), and every report first asks <see cref="GeneratedCode"/>.
    /// </summary>
    public abstract class TermAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start => Register(start, CompilationSettings.Create(start)));
        }

        /// <summary>Registers the analyzer's actions for one compilation.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext start, CompilationSettings settings);
    }
}
