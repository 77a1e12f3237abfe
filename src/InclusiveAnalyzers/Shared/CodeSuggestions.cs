using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// A domain's own replacement for code: the catalog's suggestion contexts made of near words only (a serial bus, Modbus,
    /// a pseudoterminal) hold for a name that has one as a part (<c>ModbusUdpSlave</c> -> <c>ModbusUdpServer</c>,
    /// <c>I2cMaster</c> -> <c>I2cController</c>) or for a file that imports or declares such a namespace
    /// (<c>using System.Device.I2c;</c>, <c>namespace NModbus.Device</c>), where a comment rarely names the bus again.
    /// Contexts with words before or after the occurrence stay the prose matcher's. Runs only for a match being reported.
    /// </summary>
    internal static class CodeSuggestions
    {
        /// <param name="name">The declared name the match is in, or null for a comment or string.</param>
        public static TermMatch InContext(TermMatch match, string? name, SyntaxTree? tree)
        {
            var term = match.Term;
            if (term.Contexts.Count == 0 || !ReferenceEquals(match.Replacements, term.Replacements))
            {
                return match; // no context, or the text around already chose one
            }

            string? subject = null;
            foreach (var context in term.Contexts)
            {
                if (context.Replacements.Count == 0 || context.Before.Count > 0 || context.After.Count > 0 || context.Near.Count == 0)
                {
                    continue;
                }

                if (name != null && NameWords.ContainsAny(name, context.Near))
                {
                    return With(match, context);
                }

                subject ??= tree == null ? string.Empty : CodeSubject.Of(tree, default);
                if (subject.Length > 0 && NameWords.ContainsAny(subject, context.Near))
                {
                    return With(match, context);
                }
            }

            return match;
        }

        private static TermMatch With(TermMatch match, TermContext context)
            => new TermMatch(match.Start, match.Length, match.Term, match.Severity, match.Form, context.Replacements);
    }
}
