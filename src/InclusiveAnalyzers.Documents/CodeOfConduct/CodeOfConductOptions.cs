using System;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>
    /// Settings of the audit that a rule severity alone cannot express. Rule severities themselves
    /// (.editorconfig, inclusive.json) are applied by the caller to every finding, variants included.
    /// </summary>
    public sealed class CodeOfConductOptions
    {
        /// <summary>The .editorconfig key that sets the Contributor Covenant 3.0 adopter-note variant of INCL402 alone.</summary>
        public const string AdopterNoteOption = "inclusive_analyzers.incl402.adopter_note";

        public static CodeOfConductOptions Default { get; } = new CodeOfConductOptions();

        /// <summary>Severity of the INCL402 adopter-note variant; None leaves it out. Default: Suggestion (info).</summary>
        public Severity AdopterNoteSeverity { get; set; } = Severity.Suggestion;

        /// <summary>
        /// The URL of the code of conduct the project adopts by reference (inclusive.json "codeOfConduct.adopts"):
        /// a pointer file, README or CONTRIBUTING guide is judged as that code, and no suggestion asks to declare it.
        /// </summary>
        public string? Adopts { get; set; }

        /// <summary>The project's own reporting contact (inclusive.json "codeOfConduct.contact"); it fills a template's reporting section.</summary>
        public string? Contact { get; set; }

        /// <summary>
        /// The repository the audited files belong to: a code adopted by reference at its own organisation's names (its
        /// origin's owner, a self-hosted forge, its package homepage) is the project's code, so no suggestion asks to declare it.
        /// Null: not known (the code is judged by what the files say).
        /// </summary>
        public RepositoryIdentity? Repository { get; set; }

        /// <summary>The options an inclusive.json "codeOfConduct" setting gives (the defaults when there is none).</summary>
        public static CodeOfConductOptions For(InclusiveAnalyzers.Core.Configuration.CodeOfConductSetting? setting) =>
            setting is null ? Default : new CodeOfConductOptions { Adopts = setting.Adopts, Contact = setting.Contact };

        /// <summary>The options of an inclusive.json "codeOfConduct" setting for the files of one repository.</summary>
        public static CodeOfConductOptions For(InclusiveAnalyzers.Core.Configuration.CodeOfConductSetting? setting, RepositoryIdentity? repository) =>
            repository is null ? For(setting) : new CodeOfConductOptions { Adopts = setting?.Adopts, Contact = setting?.Contact, Repository = repository };

        /// <summary>
        /// Reads the audit's options from .editorconfig-style key/value lookups. Unknown values are
        /// ignored and reported through <paramref name="error"/>, never thrown.
        /// </summary>
        public static CodeOfConductOptions FromOptions(Func<string, string?> getOption, Action<string>? error = null)
        {
            var options = new CodeOfConductOptions();
            string? value = getOption?.Invoke(AdopterNoteOption);
            if (value != null)
            {
                if (SeverityNames.TryParse(value, out var severity)) options.AdopterNoteSeverity = severity;
                else error?.Invoke($"'{AdopterNoteOption} = {value}' is not a severity; use none, suggestion (info), warning or error.");
            }

            return options;
        }
    }
}
