using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// The default catalog as the build leaves it: rules.json read and checked once, at build time, by the catalog
    /// compiler (src/InclusiveAnalyzers.CatalogCompiler, which runs this assembly's own reader), then written here as
    /// length-prefixed strings. A new compiler process (csc without the compiler server, an IDE's analyzer host) reads it
    /// in a few lines of code instead of JIT-compiling the JSON parser and the term reader: measured 21 against 56 ms of
    /// CPU on the first load. After the terms comes the trie a matcher with no switch uses (<see cref="TermCatalog.CompiledTrie"/>),
    /// so a new process does not build it either. rules.json stays the one source: this form is derived from it on every build.
    /// </summary>
    internal static class CompiledCatalog
    {
        /// <summary>The resource the build embeds beside rules.json.</summary>
        public const string ResourceName = "InclusiveAnalyzers.rules.bin";

        // Bumped with every change of the layout below: a reader meeting another version falls back to rules.json.
        private const string Magic = "inclusive-catalog";
        private const int Version = 2;

        public static void Write(TermCatalog catalog, Stream stream)
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(catalog.Terms.Count);
            foreach (var term in catalog.Terms)
            {
                writer.Write(term.Id);
                WriteList(writer, term.Words);
                writer.Write(term.Inflections.Count);
                foreach (var form in term.Inflections)
                {
                    writer.Write((byte)form);
                }

                WriteList(writer, term.IrregularForms);
                WriteList(writer, term.Replacements);
                writer.Write(term.Category);
                writer.Write((byte)term.Severity);
                writer.Write(term.Enabled);
                writer.Write(term.Reason);
                writer.Write(term.Source);
                WriteList(writer, term.Exceptions);
                writer.Write(term.Acronym);
                writer.Write(term.Glued);
                WriteContexts(writer, term.Senses);
                WriteContexts(writer, term.Names);
                WriteContexts(writer, term.Contexts);
                writer.Write(term.Homographs.Count);
                foreach (var pair in term.Homographs)
                {
                    writer.Write(pair.Key);
                    writer.Write(pair.Value);
                }
            }

            WriteList(writer, catalog.Allowed);

            // The trie a matcher with no switch uses, built here once instead of in every new process (the inflected forms,
            // exceptions and allowed phrases: 10 ms of CPU, most of it JIT, in each new compiler process).
            var index = new Dictionary<Term, int>();
            for (int i = 0; i < catalog.Terms.Count; i++)
            {
                index[catalog.Terms[i]] = i;
            }

            WriteNode(writer, MatcherBuilder.BuildTrie(catalog, Configuration.MatcherOptions.Empty).Root, index);
        }

        // Preorder: the node's entry, then its children with their keys, in the order they were added.
        private static void WriteNode(BinaryWriter writer, TermTrie.Node node, Dictionary<Term, int> index)
        {
            if (node.Entry is { } entry)
            {
                writer.Write(true);
                writer.Write(entry.Term is null ? -1 : index[entry.Term]);
                writer.Write((byte)entry.Form);
                writer.Write((byte)entry.Severity);
                writer.Write(entry.Reportable);
                writer.Write(entry.ExactText != null);
                if (entry.ExactText != null)
                {
                    writer.Write(entry.ExactText);
                }
            }
            else
            {
                writer.Write(false);
            }

            writer.Write(node.ChildCount);
            for (int i = 0; i < node.ChildCount; i++)
            {
                writer.Write((ushort)node.KeyAt(i));
                WriteNode(writer, node.ChildAt(i), index);
            }
        }

        private static void ReadNode(BinaryReader reader, TermTrie.Node node, Term[] terms)
        {
            if (reader.ReadBoolean())
            {
                int term = reader.ReadInt32();
                if (term >= terms.Length)
                {
                    throw new InvalidDataException("A trie entry names a term the catalog does not hold.");
                }

                var form = (WordForm)reader.ReadByte();
                var severity = (Severity)reader.ReadByte();
                bool reportable = reader.ReadBoolean();
                var exact = reader.ReadBoolean() ? reader.ReadString() : null;
                node.Entry = new TermTrie.Entry(term < 0 ? null : terms[term], form, severity, reportable, exact);
            }

            int count = reader.ReadInt32();
            if (count == 0)
            {
                return;
            }

            var keys = new char[count];
            var children = new TermTrie.Node[count];
            for (int i = 0; i < count; i++)
            {
                keys[i] = (char)reader.ReadUInt16();
                children[i] = new TermTrie.Node();
                ReadNode(reader, children[i], terms);
            }

            node.Attach(keys, children);
        }

        /// <summary>The catalog in <paramref name="stream"/>, or null when it was written by another layout version or is cut short.</summary>
        public static TermCatalog? TryRead(Stream stream)
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            try
            {
                if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
                {
                    return null;
                }

                var terms = new Term[reader.ReadInt32()];
                for (int i = 0; i < terms.Length; i++)
                {
                    terms[i] = ReadTerm(reader);
                }

                var catalog = new TermCatalog(terms, ReadList(reader));
                var trie = new TermTrie();
                ReadNode(reader, trie.Root, terms);
                catalog.CompiledTrie = trie;
                return catalog;
            }
            catch (EndOfStreamException)
            {
                return null;
            }
            catch (IOException)
            {
                return null;
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        private static Term ReadTerm(BinaryReader reader)
        {
            var id = reader.ReadString();
            var words = ReadList(reader);
            var inflections = new WordForm[reader.ReadInt32()];
            for (int i = 0; i < inflections.Length; i++)
            {
                inflections[i] = (WordForm)reader.ReadByte();
            }

            var irregularForms = ReadList(reader);
            var replacements = ReadList(reader);
            var category = reader.ReadString();
            var severity = (Severity)reader.ReadByte();
            var enabled = reader.ReadBoolean();
            var reason = reader.ReadString();
            var source = reader.ReadString();
            var exceptions = ReadList(reader);
            var acronym = reader.ReadBoolean();
            var glued = reader.ReadBoolean();
            var senses = ReadContexts(reader);
            var names = ReadContexts(reader);
            var contexts = ReadContexts(reader);
            int homographCount = reader.ReadInt32();
            Dictionary<string, string>? homographs = null;
            if (homographCount > 0)
            {
                homographs = new Dictionary<string, string>(homographCount, StringComparer.Ordinal);
                for (int i = 0; i < homographCount; i++)
                {
                    var language = reader.ReadString();
                    homographs[language] = reader.ReadString();
                }
            }

            return new Term(id, words, inflections, irregularForms, replacements, category, severity, enabled, reason, source, exceptions,
                acronym, senses, names, contexts, glued, homographs);
        }

        private static void WriteList(BinaryWriter writer, IReadOnlyList<string> list)
        {
            writer.Write(list.Count);
            foreach (var item in list)
            {
                writer.Write(item);
            }
        }

        private static string[] ReadList(BinaryReader reader)
        {
            int count = reader.ReadInt32();
            if (count == 0)
            {
                return Array.Empty<string>();
            }

            var list = new string[count];
            for (int i = 0; i < count; i++)
            {
                list[i] = reader.ReadString();
            }

            return list;
        }

        private static void WriteContexts(BinaryWriter writer, IReadOnlyList<TermContext> contexts)
        {
            writer.Write(contexts.Count);
            foreach (var context in contexts)
            {
                WriteList(writer, context.Before);
                WriteList(writer, context.After);
                WriteList(writer, context.Near);
                WriteList(writer, context.Replacements);
                writer.Write(context.Note);
            }
        }

        private static TermContext[]? ReadContexts(BinaryReader reader)
        {
            int count = reader.ReadInt32();
            if (count == 0)
            {
                return null;
            }

            var contexts = new TermContext[count];
            for (int i = 0; i < count; i++)
            {
                contexts[i] = new TermContext(ReadList(reader), ReadList(reader), ReadList(reader), ReadList(reader), reader.ReadString());
            }

            return contexts;
        }
    }
}
