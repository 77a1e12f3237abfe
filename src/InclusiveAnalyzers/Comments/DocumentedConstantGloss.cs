using System.Collections.Generic;
using System.Text;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Comments
{
    /// <summary>
    /// The summary of a constant that only spells out the constant's abbreviated name: <c>/// Abort (ANSI).</c> over
    /// <c>ABRT = 6</c> in a list of POSIX signals, <c>/// Kill, unblockable (POSIX).</c> over <c>KILL = 9</c>. The word is
    /// the standard's name for that constant (SIGABRT is "abort"), as the expansion beside an acronym in a list is
    /// (<see cref="ConstantGloss"/>), not the author's wording. Only a gloss: the summary opens with the word and
    /// nothing but a remark follows it (end, or a '.', ',', ';', ':' or '(' next); the documented declaration is an
    /// enum member or a constant whose name is a few capitals; and that name is the word's abbreviation (its first
    /// letter, then its other letters in order). "Abort the current transfer." over <c>ABRT</c> is prose and read.
    /// </summary>
    internal static class DocumentedConstantGloss
    {
        private const int MaxLetters = 8;

        /// <summary>The matches of a documentation text token that are not such a gloss (null when none is left).</summary>
        public static List<TermMatch>? Keep(SyntaxToken textToken, string text, int offset, List<TermMatch> matches)
        {
            string? name = null;
            string? summary = null;
            List<TermMatch>? kept = null;
            foreach (var match in matches)
            {
                name ??= DocumentedConstantName(textToken) ?? string.Empty;
                if (name.Length > 0)
                {
                    summary ??= SummaryText(textToken) ?? string.Empty;
                    string word = text.Substring(match.Start, match.Length);
                    if (IsGloss(summary, word) && Abbreviates(name, word))
                    {
                        continue;
                    }
                }

                (kept ??= new List<TermMatch>()).Add(match);
            }

            return kept;
        }

        /// <summary>Whether <paramref name="summary"/> is <paramref name="word"/> followed by nothing but a remark.</summary>
        internal static bool IsGloss(string summary, string word)
        {
            if (!summary.StartsWith(word, System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            int next = word.Length;
            while (next < summary.Length && summary[next] == ' ')
            {
                next++;
            }

            return next >= summary.Length || summary[next] is '.' or ',' or ';' or ':' or '(';
        }

        /// <summary>Whether <paramref name="name"/> (capitals) abbreviates <paramref name="word"/>: same first letter, the rest in order.</summary>
        internal static bool Abbreviates(string name, string word)
        {
            if (name.Length < 2 || name.Length > MaxLetters || word.Length == 0 || name[0] != char.ToUpperInvariant(word[0]))
            {
                return false;
            }

            int at = 1;
            for (int k = 1; k < name.Length; k++)
            {
                if (name[k] < 'A' || name[k] > 'Z')
                {
                    return false;
                }

                while (at < word.Length && char.ToUpperInvariant(word[at]) != name[k])
                {
                    at++;
                }

                if (at >= word.Length)
                {
                    return false;
                }

                at++;
            }

            return true;
        }

        // The name of the enum member or constant field this documentation comment is attached to, when it is capitals only.
        private static string? DocumentedConstantName(SyntaxToken textToken)
        {
            var structure = textToken.Parent?.FirstAncestorOrSelf<DocumentationCommentTriviaSyntax>();
            if (structure is null)
            {
                return null;
            }

            SyntaxToken identifier;
            switch (structure.ParentTrivia.Token.Parent)
            {
                case EnumMemberDeclarationSyntax member:
                    identifier = member.Identifier;
                    break;
                case var node when node?.FirstAncestorOrSelf<FieldDeclarationSyntax>() is { } field
                                   && field.Modifiers.Any(SyntaxKind.ConstKeyword)
                                   && field.Declaration.Variables.Count == 1:
                    identifier = field.Declaration.Variables[0].Identifier;
                    break;
                default:
                    return null;
            }

            string name = identifier.ValueText;
            foreach (char c in name)
            {
                if (c < 'A' || c > 'Z')
                {
                    return null;
                }
            }

            return name;
        }

        // The words of the <summary> element holding the token, spaces collapsed.
        private static string? SummaryText(SyntaxToken textToken)
        {
            var element = textToken.Parent?.Parent as XmlElementSyntax;
            if (element is null || element.StartTag.Name.LocalName.ValueText != "summary")
            {
                return null;
            }

            var sb = new StringBuilder();
            foreach (var node in element.Content)
            {
                if (!(node is XmlTextSyntax textNode))
                {
                    return null; // a <see/> or <c> inside: more than a gloss
                }

                foreach (var token in textNode.TextTokens)
                {
                    sb.Append(token.IsKind(SyntaxKind.XmlTextLiteralNewLineToken) ? " " : token.ValueText);
                }
            }

            return Collapse(sb.ToString());
        }

        private static string Collapse(string text)
        {
            var sb = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }
    }
}
