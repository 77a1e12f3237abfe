using System;
using System.Collections.Generic;
using System.Globalization;
using InclusiveAnalyzers.Core.Configuration.Globbing;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// A named section of an .editorconfig and the paths it applies to. The name is read with the
    /// compiler's grammar (<see cref="GlobDialect.EditorConfig"/>: <c>*</c> not across '/', <c>**</c>,
    /// <c>?</c> any one character, <c>[abc]</c>, <c>[!a-z]</c>, <c>{a,b}</c> nestable, <c>{n..m}</c>,
    /// <c>\</c> escaping). A name the grammar rejects never matches, as in the compiler.
    /// </summary>
    public sealed class EditorConfigSection
    {
        private readonly Lazy<GlobAutomaton?> matcher;

        internal EditorConfigSection(string name, IReadOnlyDictionary<string, string> properties)
        {
            Name = name;
            Properties = properties;
            matcher = new Lazy<GlobAutomaton?>(() => Compile(name));
        }

        public string Name { get; }

        /// <summary>Keys lower-cased, compared case-insensitively; later duplicates won.</summary>
        public IReadOnlyDictionary<string, string> Properties { get; }

        /// <summary>False when the name is not a valid section glob (the section then applies nowhere).</summary>
        public bool IsValid => matcher.Value != null;

        /// <summary>Whether the section applies to <paramref name="sectionPath"/>: a path relative to the config's folder, with '/' separators and a leading '/'.</summary>
        public bool IsMatch(string sectionPath) => matcher.Value?.IsMatch(sectionPath) ?? false;

        /// <summary>The regular expression equivalent to the section name, or null when the name is invalid (for tests and diagnostics: matching runs a <see cref="GlobAutomaton"/>).</summary>
        public string? Pattern => matcher.Value?.Pattern;

        /// <summary>The front end of the <see cref="GlobDialect.EditorConfig"/> dialect: a name without '/' matches a file name in any folder, one with '/' is anchored at the config's folder.</summary>
        private static GlobAutomaton? Compile(string name)
        {
            var pattern = new GlobBuilder().Start();
            if (name.IndexOf('/') < 0)
            {
                pattern.AnyRun().Literal('/');
            }
            else if (name[0] != '/')
            {
                pattern.Literal('/');
            }

            return GlobCompiler.Translate(name, GlobDialect.EditorConfig, pattern) is null ? pattern.Build() : null;
        }
    }
}
