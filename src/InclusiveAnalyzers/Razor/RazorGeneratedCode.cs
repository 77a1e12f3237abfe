using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Razor
{
    /// <summary>
    /// The Razor source generator's output: C# files named after the .razor or .cshtml file
    /// (<c>Components/Pages/Counter_razor.g.cs</c>) in which what the user wrote (the <c>@code</c> block,
    /// expressions, <c>@inject</c> names) sits between <c>#line</c> directives that map it back to the
    /// Razor file, and everything the generator adds is <c>#line hidden</c> or <c>#line default</c>.
    /// </summary>
    public static class RazorGeneratedCode
    {
        private static readonly string[] OutputSuffixes = { "_razor.g.cs", "_cshtml.g.cs", ".razor.g.cs", ".cshtml.g.cs" };

        /// <summary>A tree the Razor generator wrote (by its file name; the check costs a few comparisons).</summary>
        public static bool IsOutput(SyntaxTree tree) => IsOutput(tree.FilePath);

        /// <summary>A path the Razor generator names its output with.</summary>
        public static bool IsOutput(string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return false;
            }

            foreach (var suffix in OutputSuffixes)
            {
                if (path!.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The .razor or .cshtml file the span was written in by the user (visible, and mapped into such a file), or null.
        /// </summary>
        public static string? UserWrittenPath(SyntaxTree tree, TextSpan span)
        {
            if (tree.GetLineVisibility(span.Start) != LineVisibility.Visible)
            {
                return null;
            }

            var mapped = tree.GetMappedLineSpan(span);
            return mapped.HasMappedPath && IsRazorPath(mapped.Path) ? mapped.Path : null;
        }

        public static bool IsRazorPath(string path) =>
            path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase);
    }
}
