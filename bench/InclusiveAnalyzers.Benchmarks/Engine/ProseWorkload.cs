using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Benchmarks.Engine
{
    /// <summary>One line of a corpus file, the unit a comment analyzer hands the matcher (a // line, an XML doc text token).</summary>
    public readonly struct TextLine
    {
        public TextLine(string text, int start, int length)
        {
            Text = text;
            Start = start;
            Length = length;
        }

        public string Text { get; }
        public int Start { get; }
        public int Length { get; }
    }

    /// <summary>
    /// Prose inputs from the shared Markdown corpus (the Open Source Guides): the English articles
    /// line by line, the lines of those the default matcher passes, and every language.
    /// </summary>
    public sealed class ProseWorkload
    {
        private static readonly Lazy<ProseWorkload> instance = new Lazy<ProseWorkload>(Build);

        private ProseWorkload(TextLine[] english, TextLine[] englishNoMatch, TextLine[] allLanguages, int englishFiles, int allFiles)
        {
            English = english;
            EnglishNoMatch = englishNoMatch;
            AllLanguages = allLanguages;
            EnglishFiles = englishFiles;
            AllFiles = allFiles;
        }

        public static ProseWorkload Instance => instance.Value;

        public TextLine[] English { get; }
        public TextLine[] EnglishNoMatch { get; }
        public TextLine[] AllLanguages { get; }

        /// <summary>Every document of every language, whole (the unit a documents scan hands the matcher).</summary>
        public string[] Documents => AllLanguages.Select(l => l.Text).Distinct(ReferenceEqualityComparer.Instance).Cast<string>().ToArray();
        public int EnglishFiles { get; }
        public int AllFiles { get; }

        public static long Utf8Bytes(TextLine[] lines)
        {
            long total = 0;
            foreach (var line in lines)
            {
                total += Encoding.UTF8.GetByteCount(line.Text.AsSpan(line.Start, line.Length));
            }

            return total;
        }

        private static ProseWorkload Build()
        {
            var root = CorpusLocator.Find();
            var all = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories);
            Array.Sort(all, StringComparer.Ordinal);
            if (all.Length == 0)
            {
                throw new InvalidOperationException($"The corpus '{root}' holds no Markdown files.");
            }

            // English articles sit directly in _articles; translations in per-language folders below it.
            var english = all.Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "_articles").ToArray();
            if (english.Length == 0)
            {
                english = all;
            }

            var englishLines = Lines(english);
            var matcher = InclusiveSettings.Default.GetMatcher();
            var noMatch = englishLines.Where(l =>
            {
                List<TermMatch>? matches = null;
                return !matcher.FindInProse(l.Text, l.Start, l.Length, ref matches);
            }).ToArray();
            return new ProseWorkload(englishLines, noMatch, Lines(all), english.Length, all.Length);
        }

        private static TextLine[] Lines(string[] files)
        {
            var lines = new List<TextLine>();
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                int start = 0;
                while (start < text.Length)
                {
                    int end = text.IndexOf('\n', start);
                    if (end < 0)
                    {
                        end = text.Length;
                    }

                    int length = end - start;
                    if (length > 0 && text[end - 1] == '\r')
                    {
                        length--;
                    }

                    if (!string.IsNullOrWhiteSpace(text.Substring(start, length)))
                    {
                        lines.Add(new TextLine(text, start, length));
                    }

                    start = end + 1;
                }
            }

            return lines.ToArray();
        }
    }
}
