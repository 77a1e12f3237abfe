using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Benchmarks.Engine;

namespace InclusiveAnalyzers.Benchmarks.Analyzers
{
    /// <summary>One generated source file.</summary>
    public sealed record GeneratedFile(string Path, string Text);

    /// <summary>The generated code base and what was seeded into it.</summary>
    public sealed record GeneratedCode(IReadOnlyList<GeneratedFile> Files, int Lines, int SeededIdentifiers, int SeededComments, int SeededStrings);

    /// <summary>
    /// Generates a realistic C# code base: modules of four files (types, store, options,
    /// extensions) with XML documentation, // and /* */ comments, string literals, interpolation,
    /// lambdas, local functions, LINQ queries, tuples, records and async code. Options classes take
    /// their property names from real runtime identifiers. A small share of identifiers, comments
    /// and strings carries catalog terms. Deterministic for a seed.
    /// </summary>
    public static class CodeGenerator
    {
        private static readonly string[] Nouns =
        {
            "Order", "Invoice", "Customer", "Shipment", "Ledger", "Catalog", "Product", "Account", "Payment", "Warehouse",
            "Report", "Schedule", "Ticket", "Sensor", "Device", "Tenant", "Session", "Document", "Message", "Channel",
            "Batch", "Job", "Metric", "Route", "Policy", "Profile", "Region", "Quote", "Contract", "Vendor",
            "Coupon", "Parcel", "Booking", "Course", "Patient", "Vehicle", "Asset", "Budget", "Survey", "Recipe",
        };

        private static readonly string[] Areas = { "Sales", "Billing", "Logistics", "Identity", "Telemetry", "Content", "Scheduling", "Support", "Finance", "Catalogue", "Fleet", "Health" };

        private static readonly string[] Comments =
        {
            "Raise outside the lock so handlers may call back into the store.",
            "Blank lines and comment lines are skipped.",
            "Entries are keyed by name; the lock keeps the totals consistent.",
            "Back off a little more each time; the last error is rethrown once the deadline passes.",
            "The dictionary is the only state; everything else is derived from it.",
            "Callers own the returned list; it is never shared with the store.",
        };

        private static readonly string[] TermComments =
        {
            "Sanity check: handlers may call back into the store.",
            "Lines on the blacklist are skipped.",
            "The master copy lives here; the slaves are rebuilt from it.",
            "Dummy entries are ignored by the totals.",
            "Only names on the whitelist get this far.",
        };

        private static readonly string[] Strings =
        {
            "The timeout must be positive.", "archived", "has a malformed number.", "The price is out of range.", "retired",
        };

        private static readonly string[] TermStrings =
        {
            "The host is blacklisted.", "master record", "failed the sanity check.", "The price is on the blacklist.", "whitelisted",
        };

        private static readonly string[] TermProperties =
        {
            "WhitelistedHosts", "BlacklistedPorts", "MasterNodeAddress", "SlaveCount", "SanityCheckInterval",
            "DummyUserName", "ManHoursPerWeek", "GrandfatheredPlan", "BlackHatMode", "MasterKeyPath",
        };

        private static readonly string[] TermFields = { "_whitelist", "_blacklist", "_masterIndex", "_slaves" };

        private static readonly string[] PropertyTypes = { "int", "bool", "string", "TimeSpan", "double", "int?", "string?" };

        private static readonly Regex PascalIdentifier = new Regex("^[A-Z][a-z]+[A-Za-z0-9]*$", RegexOptions.CultureInvariant);

        public static GeneratedCode Generate(int minimumLines, double termShare = 0.02, int seed = 17)
        {
            var random = new Random(seed);
            var propertyNames = IdentifierWorkload.Instance.NoMatch.Where(n => PascalIdentifier.IsMatch(n) && n.Length <= 40).ToArray();
            var state = new Seeding(random, termShare);
            var files = new List<GeneratedFile>();
            int lines = 0;
            for (int k = 0; lines < minimumLines; k++)
            {
                var noun = Nouns[k % Nouns.Length];
                var area = Areas[(k / Nouns.Length) % Areas.Length];
                var ns = $"Contoso.{area}.Module{k:D3}";
                var folder = $"/repo/src/Contoso.{area}/Module{k:D3}/";
                var field = state.Identifier("_records", TermFields);
                foreach (var (name, body) in Module(noun, field, propertyNames, random, state))
                {
                    var text = File(ns, body, fileScoped: random.Next(2) == 0, blockHeader: random.Next(3) == 0, noun, state);
                    files.Add(new GeneratedFile(folder + name, text));
                    lines += CountLines(text);
                }
            }

            return new GeneratedCode(files, lines, state.Identifiers, state.Comments, state.Strings);
        }

        private static IEnumerable<(string Name, string Body)> Module(string noun, string field, string[] propertyNames, Random random, Seeding state)
        {
            yield return ($"{noun}Types.cs", Join(CodeTemplates.Enum, CodeTemplates.Record, CodeTemplates.EventArgs, CodeTemplates.Interface));

            var store = new StringBuilder(Fill(CodeTemplates.StoreHead, state));
            var methods = CodeTemplates.Methods.OrderBy(_ => random.Next()).Take(random.Next(5, CodeTemplates.Methods.Length + 1));
            foreach (var method in methods)
            {
                store.Append("\n\n").Append(Indent(Fill(method, state), 1));
            }

            store.Append('\n').Append(CodeTemplates.StoreTail);
            yield return ($"{noun}Store.cs", store.ToString().Replace("$F$", field));

            var options = new StringBuilder(CodeTemplates.OptionsHead);
            var used = new HashSet<string>(StringComparer.Ordinal) { "SectionName", noun + "Options" };
            int count = random.Next(6, 15);
            while (used.Count - 2 < count)
            {
                var property = state.Identifier(propertyNames[random.Next(propertyNames.Length)], TermProperties);
                if (!used.Add(property))
                {
                    continue;
                }

                var type = PropertyTypes[random.Next(PropertyTypes.Length)];
                var initializer = type == "string" ? " = string.Empty;" : string.Empty;
                options.Append("\n\n    /// <summary>Gets or sets the ").Append(Words(property)).Append(" setting.</summary>\n")
                    .Append("    public ").Append(type).Append(' ').Append(property).Append(" { get; set; }").Append(initializer);
            }

            options.Append("\n}");
            yield return ($"{noun}Options.cs", options.ToString());
            yield return ($"{noun}StoreExtensions.cs", CodeTemplates.Extensions);

            string Join(params string[] parts) => string.Join("\n\n", parts.Select(p => Fill(p, state)));
        }

        private static string File(string ns, string body, bool fileScoped, bool blockHeader, string noun, Seeding state)
        {
            var builder = new StringBuilder();
            if (blockHeader)
            {
                builder.Append("/*\n * ").Append(noun).Append(" module: storage, import and reporting.\n * ")
                    .Append(state.Comment()).Append("\n */\n\n");
            }
            else
            {
                builder.Append("// Copyright (c) Contoso. All rights reserved.\n// Licensed under the MIT license. See LICENSE in the repository root.\n\n");
            }

            builder.Append("using System;\nusing System.Collections.Generic;\nusing System.Globalization;\nusing System.Linq;\n")
                .Append("using System.Text;\nusing System.Threading;\nusing System.Threading.Tasks;\n\n");
            body = body.Replace("$N$", noun).Replace("$n$", noun.ToLowerInvariant());
            if (fileScoped)
            {
                builder.Append("namespace ").Append(ns).Append(";\n\n").Append(body).Append('\n');
            }
            else
            {
                builder.Append("namespace ").Append(ns).Append("\n{\n").Append(Indent(body, 1)).Append("\n}\n");
            }

            return builder.ToString();
        }

        // Comments and strings are picked per template instance; the field name is per module.
        private static string Fill(string template, Seeding state)
            => template
                .Replace("$C1$", state.Comment()).Replace("$C2$", state.Comment()).Replace("$C3$", state.Comment())
                .Replace("$S1$", state.String()).Replace("$S2$", state.String());

        private static string Indent(string text, int levels)
        {
            var pad = new string(' ', 4 * levels);
            return string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : pad + l));
        }

        private static string Words(string pascal)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < pascal.Length; i++)
            {
                if (i > 0 && char.IsUpper(pascal[i]) && !char.IsUpper(pascal[i - 1]))
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(pascal[i]));
            }

            return builder.ToString();
        }

        private static int CountLines(string text) => text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);

        /// <summary>Draws the ordinary or the term-carrying variant, counting the latter.</summary>
        private sealed class Seeding
        {
            private readonly Random random;
            private readonly double share;

            public Seeding(Random random, double share)
            {
                this.random = random;
                this.share = share;
            }

            public int Identifiers { get; private set; }
            public int Comments { get; private set; }
            public int Strings { get; private set; }

            public string Identifier(string ordinary, string[] withTerms)
            {
                if (random.NextDouble() >= share)
                {
                    return ordinary;
                }

                Identifiers++;
                return withTerms[random.Next(withTerms.Length)];
            }

            public string Comment()
            {
                if (random.NextDouble() >= share)
                {
                    return CodeGenerator.Comments[random.Next(CodeGenerator.Comments.Length)];
                }

                Comments++;
                return TermComments[random.Next(TermComments.Length)];
            }

            public string String()
            {
                if (random.NextDouble() >= share)
                {
                    return CodeGenerator.Strings[random.Next(CodeGenerator.Strings.Length)];
                }

                Strings++;
                return TermStrings[random.Next(TermStrings.Length)];
            }
        }
    }
}
