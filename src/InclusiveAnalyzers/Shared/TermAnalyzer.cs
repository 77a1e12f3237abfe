using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// What every term analyzer does the same way: concurrent, generated code skipped, and the
    /// configuration (inclusive.json + .editorconfig) read once per compilation before its actions.
    /// </summary>
    public abstract class TermAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => Register(start, CompilationSettings.Create(start)));
        }

        /// <summary>Registers the analyzer's actions for one compilation.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext start, CompilationSettings settings);
    }
}
