using System;
using System.Collections.Generic;
using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct.Adoption;
using InclusiveAnalyzers.Documents.CodeOfConduct.Checks;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>
    /// The code-of-conduct audit (INCL400-INCL412, reference/code-of-conduct.md). <see cref="Audit(string, string)"/>
    /// reads one document; <see cref="AuditRepository"/> reports what only the repository shows (a code of
    /// conduct missing or misplaced, not linked from the README or CONTRIBUTING guide).
    /// </summary>
    public static class CodeOfConductAuditor
    {
        /// <summary>Larger texts are not codes of conduct; they are reported as such rather than audited.</summary>
        public const int MaxLength = 2 * 1024 * 1024;

        /// <summary>
        /// Is this path one of the standard code-of-conduct places: CODE_OF_CONDUCT*, CODE-OF-CONDUCT* or
        /// CODEOFCONDUCT* (any case; .md, .rst, .txt, .html and other text variants, or no extension)
        /// in the repository root, docs/ or .github/?
        /// </summary>
        public static bool IsCodeOfConductPath(string relativePath) => CocPaths.IsStandard(relativePath);

        /// <summary>Audits one code of conduct (Markdown, HTML, reStructuredText or plain text, by extension).</summary>
        public static CodeOfConductReport Audit(string path, string text) => Audit(path, text, CodeOfConductOptions.Default);

        public static CodeOfConductReport Audit(string path, string text, CodeOfConductOptions? options) => Audit(path, text, options, null);

        /// <param name="parsed">The document as the scan read it (front matter, Markdown tree, HTML DOM), reused instead of a second parse.</param>
        internal static CodeOfConductReport Audit(string path, string text, CodeOfConductOptions? options, Analysis.DocumentContext? parsed)
        {
            path ??= string.Empty;
            text ??= string.Empty;
            options ??= CodeOfConductOptions.Default;
            if (text.Length > MaxLength)
            {
                return NotAudited(path, $"Not audited as a code of conduct: the file is {text.Length / 1024} KB, more than the {MaxLength / 1024 / 1024} MB a code of conduct can reasonably be.");
            }

            try
            {
                return Run(CocDocument.Parse(path, text, parsed), options);
            }
            catch (Exception exception) when (!(exception is OutOfMemoryException))
            {
                return NotAudited(path, $"The code of conduct could not be audited ({exception.GetType().Name}: {exception.Message}). Please report this file to the InclusiveAnalyzers maintainers.");
            }
        }

        /// <summary>
        /// Repository-level findings: INCL401 when no code of conduct is in a standard place (a warning
        /// pointing at a conduct file elsewhere, an error when there is none), INCL407 when neither the
        /// README nor the CONTRIBUTING guide links to it. Call it for a repository root only; each code
        /// of conduct's own content is audited by <see cref="Audit(string, string)"/>.
        /// </summary>
        /// <param name="root">The repository root the paths are relative to (used in messages only).</param>
        /// <param name="relativePaths">Every file of the repository, relative to <paramref name="root"/>.</param>
        /// <param name="readText">Returns a file's text by relative path, or null when it cannot be read.</param>
        public static IReadOnlyList<Finding> AuditRepository(string root, IReadOnlyList<string> relativePaths, Func<string, string?> readText) =>
            AuditRepository(root, relativePaths, readText, CodeOfConductOptions.Default);

        /// <inheritdoc cref="AuditRepository(string, IReadOnlyList{string}, Func{string, string?})"/>
        /// <param name="options">The code the project declares it adopts (inclusive.json), if any.</param>
        public static IReadOnlyList<Finding> AuditRepository(string root, IReadOnlyList<string> relativePaths, Func<string, string?> readText, CodeOfConductOptions? options)
        {
            options ??= CodeOfConductOptions.Default;
            var findings = new List<Finding>();
            var paths = (relativePaths ?? Array.Empty<string>()).Where(p => !string.IsNullOrWhiteSpace(p)).Select(CocPaths.Normalize).ToList();
            var standard = paths.Where(CocPaths.IsStandard).OrderBy(p => p.Count(c => c == '/')).ThenBy(p => p, StringComparer.Ordinal).ToList();
            var entryPoints = paths.Where(IsEntryPoint)
                .OrderBy(p => p.Count(c => c == '/')).ThenBy(p => FileStem(p).Equals("readme", StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(p => p, StringComparer.Ordinal)
                .ToList();

            if (standard.Count == 0)
            {
                var elsewhere = paths.Where(CocPaths.LooksLikeConductFile).OrderBy(p => p.Count(c => c == '/')).ThenBy(p => p, StringComparer.Ordinal)
                    .FirstOrDefault(p => !CocPaths.IsOtherDocumentNamedConduct(p, SafeRead(readText, p)));
                if (elsewhere != null)
                {
                    findings.Add(new Finding(RuleCatalog.CocMissing, Severity.Warning,
                        $"The code of conduct '{elsewhere}' is not where people and GitHub's community profile look for it: move it (or a copy) "
                        + "to CODE_OF_CONDUCT.md in the repository root, docs/ or .github/.",
                        elsewhere, 0, 0, 0, 0)
                    {
                        Properties = CocAudit.Props("variant", "nonstandard-location"),
                    });
                    return findings;
                }

                // A README or CONTRIBUTING guide that adopts an organisation's code by link is the project's code of conduct.
                foreach (var entry in entryPoints)
                {
                    string? text = SafeRead(readText, entry);
                    if (text == null || text.Length > MaxLength) continue;
                    var adopted = EntryPointAdoption.Audit(entry, text, options);
                    if (adopted != null) return adopted;
                }

                // A missing file is a repository-level finding: anchored on the README (or the repository), never on a file that does not exist.
                string anchor = entryPoints.FirstOrDefault(p => FileStem(p).Equals("readme", StringComparison.OrdinalIgnoreCase)) ?? entryPoints.FirstOrDefault() ?? string.Empty;
                var declared = AdoptionDetector.Declared(options);
                if (declared != null)
                {
                    findings.Add(EntryPointAdoption.Summary(anchor, Grader.Adopted(declared.Name),
                        $"Code of conduct grade: adopted: {declared.Name} (declared in inclusive.json; no CODE_OF_CONDUCT file or link was found, so it was not read).",
                        declared.Urls[0]));
                    return findings;
                }

                findings.Add(new Finding(RuleCatalog.CocMissing, RuleCatalog.Get(RuleCatalog.CocMissing).DefaultSeverity,
                    "No code of conduct found in the repository root, docs/ or .github/: add a CODE_OF_CONDUCT.md (for example "
                    + "the Contributor Covenant, with your reporting contact filled in, or a link to your organisation's code). An organisation-wide "
                    + "default in a .github repository is shown by GitHub but is not part of clones or other hosts.",
                    anchor, 0, 0, 0, 0)
                {
                    Properties = CocAudit.Props("variant", "missing", "expected", "CODE_OF_CONDUCT.md"),
                });
                return findings;
            }

            // A link to a conduct file the repository does not hold leads nowhere: it does not make the code easy to find.
            var existing = new HashSet<string>(paths, StringComparer.OrdinalIgnoreCase);
            string? brokenLink = null;
            foreach (var entry in entryPoints)
            {
                string? text = SafeRead(readText, entry);
                if (text == null) continue;
                if (CocLinks.LinksToCodeOfConduct(text, entry, existing, out var broken)) return findings;
                if (brokenLink == null && broken != null) brokenLink = $" ({entry} links '{broken}', which is not in the repository)";
            }

            string coc = standard[0];
            var readme = entryPoints.FirstOrDefault(p => FileStem(p).Equals("readme", StringComparison.OrdinalIgnoreCase));
            string target = readme ?? entryPoints.FirstOrDefault() ?? coc;
            string where = entryPoints.Count == 0 ? "There is no README or CONTRIBUTING guide to link it from" : "Neither the README nor the CONTRIBUTING guide links to it";
            findings.Add(new Finding(RuleCatalog.CocNotLinked, RuleCatalog.Get(RuleCatalog.CocNotLinked).DefaultSeverity,
                $"The code of conduct ({coc}) is hard to find: {where.Substring(0, 1).ToLowerInvariant() + where.Substring(1)}{brokenLink}. "
                + $"Add a link such as [Code of Conduct]({coc}) to the README.",
                target, 0, 0, 0, 0)
            {
                Properties = CocAudit.Props("codeOfConduct", coc),
            });
            return findings;
        }

        private static CodeOfConductReport Run(CocDocument document, CodeOfConductOptions options)
        {
            var audit = new CocAudit(document, options);
            TemplateRecognition.Run(audit);
            var adoption = AdoptionDetector.InCodeOfConduct(audit);
            if (adoption != null) return AdoptedAudit.Run(audit, adoption);

            PlaceholderCheck.Run(audit);
            ContactCheck.Run(audit);
            SectionCheck.Run(audit);
            TemplateCheck.Run(audit);
            DismissiveLanguageCheck.Run(audit);
            HintCheck.Run(audit);

            string grade = Grader.Grade(audit, out var missing, out var redFlags);
            string? version = audit.Version?.Version;
            string? template = audit.NamesCovenant ? "contributor-covenant" : null;
            var properties = new Dictionary<string, string>();
            if (version != null) properties["version"] = version;
            if (template != null) properties["template"] = template;
            return Complete(audit, grade, missing, redFlags, Array.Empty<string>(), properties, version, template);
        }

        /// <summary>Adds the INCL400 summary, orders the findings and stamps every one with the grade.</summary>
        internal static CodeOfConductReport Complete(CocAudit audit, string grade, List<string> missing, List<string> redFlags,
            IReadOnlyList<string> notes, Dictionary<string, string> extraProperties, string? version, string? template)
        {
            var summary = new List<string> { $"Code of conduct grade: {Grader.Describe(grade)}." };
            summary.AddRange(notes);
            if (missing.Count > 0) summary.Add("Missing: " + string.Join(", ", missing) + ".");
            if (redFlags.Count > 0) summary.Add("Red flags: " + string.Join(", ", redFlags) + ".");
            if (audit.Hints.Count > 0) summary.Add("Hints: " + string.Join("; ", audit.Hints) + ".");
            var properties = CocAudit.Props("grade", grade, "missing", string.Join(",", missing), "redFlags", string.Join(",", redFlags),
                "hints", string.Join("; ", audit.Hints));
            foreach (var pair in extraProperties) properties[pair.Key] = pair.Value;
            audit.AddFileLevel(RuleCatalog.CocAuditSummary, string.Join(" ", summary), null, properties);

            // Every finding of the document carries the grade, so it survives when INCL400 is switched off.
            var findings = audit.Findings
                .OrderBy(f => f.RuleId == RuleCatalog.CocAuditSummary ? 1 : 0)
                .ThenBy(f => f.Line == 0 ? int.MaxValue : f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .Select(f => f.WithProperty("grade", grade))
                .ToList();

            return new CodeOfConductReport(audit.Document.Path, findings, grade, version, template, missing, redFlags, audit.Hints.ToList());
        }

        private static CodeOfConductReport NotAudited(string path, string message)
        {
            var finding = new Finding(RuleCatalog.CocAuditSummary, Severity.Warning, message, path, 0, 0, 0, 0)
            {
                Properties = CocAudit.Props("grade", Grader.Red, "audited", "false"),
            };
            return new CodeOfConductReport(path, new[] { finding }, Grader.Red, null, null, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());
        }

        /// <summary>README* and CONTRIBUTING* in the root, docs/ or .github/: where people start.</summary>
        internal static bool IsEntryPoint(string path)
        {
            int slash = path.LastIndexOf('/');
            string folder = slash < 0 ? string.Empty : path.Substring(0, slash);
            if (!(folder.Length == 0 || folder.Equals("docs", StringComparison.OrdinalIgnoreCase) || folder.Equals(".github", StringComparison.OrdinalIgnoreCase))) return false;
            string stem = FileStem(path);
            return stem.Equals("readme", StringComparison.OrdinalIgnoreCase) || stem.Equals("contributing", StringComparison.OrdinalIgnoreCase);
        }

        internal static string FileStem(string path)
        {
            string name = path.Substring(path.LastIndexOf('/') + 1);
            int dot = name.IndexOf('.');
            return dot < 0 ? name : name.Substring(0, dot);
        }

        private static string? SafeRead(Func<string, string?> readText, string path)
        {
            try
            {
                return readText?.Invoke(path);
            }
            catch (Exception exception) when (exception is System.IO.IOException || exception is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
