// Usage: InclusiveAnalyzers.CatalogCompiler RULES_JSON OUTPUT_BIN
// Exit 0 with OUTPUT_BIN written; 1 with MSBuild-style errors (file(line,column): error ...) on stderr; 2 on bad usage.
using System;
using System.Collections.Generic;
using System.IO;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.CatalogCompiler;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: InclusiveAnalyzers.CatalogCompiler RULES_JSON OUTPUT_BIN");
            return 2;
        }

        string source = Path.GetFullPath(args[0]);
        var errors = new List<ConfigError>();
        var catalog = TermCatalog.Parse(File.ReadAllText(source), source, errors);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine($"{error.Path}({Math.Max(1, error.Line)},{Math.Max(1, error.Column)}): error INCL000: {error.Message}");
            }

            return 1;
        }

        // Written beside, then moved: an interrupted build never leaves half a catalog for the next one to embed.
        string target = Path.GetFullPath(args[1]);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string temporary = target + ".tmp";
        using (var stream = File.Create(temporary))
        {
            CompiledCatalog.Write(catalog, stream);
        }

        File.Move(temporary, target, overwrite: true);
        Console.WriteLine($"{source} -> {target}: {catalog.Terms.Count} terms");
        return 0;
    }
}
