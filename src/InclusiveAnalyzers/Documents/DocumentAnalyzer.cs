using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>
    /// The project's own Markdown and HTML documents, checked by the compiler so their INCL2xx/INCL3xx
    /// findings show as the developer types, under the user's project. The package hands the documents over
    /// as AdditionalFiles carrying <c>InclusiveDocument = true</c> metadata (other additional files, such as
    /// AnalyzerReleases.*.md, are not documents to check). Every document goes through the one entry point
    /// <see cref="DocumentScanner.Scan"/> by path and text, so a new document kind needs no change here. Razor
    /// markup (.razor/.cshtml) arrives from the Razor SDK without the metadata and is read when the package says
    /// so (<see cref="RazorInCompilerKey"/>), so it shows as the developer types too.
    /// The code-of-conduct audit and the repository's other documents stay with the build task.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DocumentAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The additional file's metadata the package sets (CompilerVisibleItemMetadata).</summary>
        public const string DocumentMetadataKey = "build_metadata.AdditionalFiles.InclusiveDocument";

        /// <summary>The MSBuild property InclusiveDocumentErrorsAsWarnings (CompilerVisibleProperty); absent means true.</summary>
        public const string ErrorsAsWarningsKey = "build_property.InclusiveDocumentErrorsAsWarnings";

        /// <summary>
        /// The MSBuild property InclusiveRazorInCompiler (CompilerVisibleProperty): true when the package leaves the
        /// .razor/.cshtml files that the Razor SDK hands to the compiler to this analyzer instead of the build task.
        /// </summary>
        public const string RazorInCompilerKey = "build_property.InclusiveRazorInCompiler";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DocumentDescriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var config = DocumentConfiguration.Load(start);
                var editorConfigs = new Lazy<DocumentEditorConfig>(() => DocumentEditorConfig.Create(start.Options.AdditionalFiles, start.CancellationToken));
                var optionsProvider = start.Options.AnalyzerConfigOptionsProvider;
                var demote = !optionsProvider.GlobalOptions.TryGetValue(ErrorsAsWarningsKey, out var value)
                    || !string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                var razor = optionsProvider.GlobalOptions.TryGetValue(RazorInCompilerKey, out var razorValue)
                    && string.Equals(razorValue.Trim(), "true", StringComparison.OrdinalIgnoreCase);
                start.RegisterAdditionalFileAction(file => Analyze(file, config, editorConfigs, optionsProvider.GetOptions(file.AdditionalFile), demote, razor));
            });
        }

        private static void Analyze(AdditionalFileAnalysisContext context, DocumentConfiguration config, Lazy<DocumentEditorConfig> editorConfigs, AnalyzerConfigOptions options, bool demote, bool razor)
        {
            var path = context.AdditionalFile.Path;
            if (!DocumentScanner.IsDocument(path) || !(IsMarkedDocument(options) || (razor && DocumentScanner.KindOf(path) == FileKind.Razor)))
            {
                return;
            }

            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text is null)
            {
                return;
            }

            var editorConfig = editorConfigs.Value.OptionsFor(path, options);
            var key = DocumentResultCache.Key(path, text, config.Identity, editorConfig, demote);
            if (!DocumentResultCache.TryGet(key, out var diagnostics))
            {
                diagnostics = Check(path, text, config, editorConfig, demote, context.CancellationToken);
                DocumentResultCache.Set(key, diagnostics);
            }

            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        private static bool IsMarkedDocument(AnalyzerConfigOptions options) =>
            options.TryGetValue(DocumentMetadataKey, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        private static ImmutableArray<Diagnostic> Check(string path, SourceText text, DocumentConfiguration config, EditorConfigOptions editorConfig, bool demote, System.Threading.CancellationToken cancellationToken)
        {
            // Core's one resolver, fed the .editorconfig the compiler handed over; as in the build task, adding the
            // package never fails a build on a rule that is an error only by default (BuildSwitches.DefaultErrorsAsWarnings).
            var severities = new SeverityResolver(config.Settings, _ => editorConfig, new BuildSwitches(defaultErrorsAsWarnings: demote), config.Directory);
            var scanOptions = new DocumentScanOptions
            {
                Severities = severities,
                RepositoryRoot = config.Directory,
                AuditCodeOfConduct = false,
            };
            var findings = new DocumentScanner(scanOptions).Scan(path, text.ToString());
            if (findings.Count == 0)
            {
                return ImmutableArray<Diagnostic>.Empty;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var builder = ImmutableArray.CreateBuilder<Diagnostic>(findings.Count);
            foreach (var finding in findings)
            {
                var descriptor = DocumentDescriptors.Find(finding.RuleId);
                if (descriptor is null || finding.Severity == Severity.None)
                {
                    continue;
                }

                // NoWarn and WarningsAsErrors are the compiler's to apply; only the default-error demotion is taken here.
                var severity = severities.Decide(finding).Finding.Severity;

                builder.Add(Diagnostic.Create(descriptor, Locate(path, text, finding), Descriptors.ToDiagnosticSeverity(severity),
                    additionalLocations: null, Properties(finding), finding.Message));
            }

            return builder.ToImmutable();
        }

        // In the document file itself, so the error list opens it; file-level findings (line 0) point at its start.
        private static Location Locate(string path, SourceText text, Finding finding)
        {
            TextSpan span;
            if (finding.Offset >= 0 && finding.Offset <= text.Length)
            {
                span = new TextSpan(finding.Offset, Math.Max(0, Math.Min(finding.Length, text.Length - finding.Offset)));
            }
            else if (finding.Line > 0 && finding.Line <= text.Lines.Count)
            {
                var start = PositionOf(text, finding.Line, finding.Column);
                var end = finding.EndLine >= finding.Line && finding.EndLine <= text.Lines.Count ? PositionOf(text, finding.EndLine, finding.EndColumn) : start;
                span = TextSpan.FromBounds(start, Math.Max(start, end));
            }
            else
            {
                span = new TextSpan(0, 0);
            }

            return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        }

        private static int PositionOf(SourceText text, int line, int column)
        {
            var textLine = text.Lines[line - 1];
            return Math.Min(textLine.Start + Math.Max(0, column - 1), textLine.End);
        }

        private static ImmutableDictionary<string, string?>? Properties(Finding finding)
        {
            if (finding.Term is null)
            {
                return null;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[PropertyNames.TermId] = finding.Term;
            if (finding.Replacements is { Count: > 0 } replacements)
            {
                properties[PropertyNames.Replacements] = string.Join("\n", replacements);
            }

            // In the reported word's casing and form: the text fix (RewriteDocumentTextFixer) puts them in place as they are.
            if (finding.Suggestions is { Count: > 0 } suggestions)
            {
                properties[PropertyNames.NewTexts] = string.Join("\n", suggestions.Take(PropertyNames.MaxSuggestions));
            }

            return properties.ToImmutable();
        }
    }
}
