using System.Text.Encodings.Web;
using System.Text.Json;

namespace InclusiveAnalyzers.Cli.Reporting;

/// <summary>Indented UTF-8 JSON through System.Text.Json (in the framework), written to a TextWriter as it is made.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Reports are files, not HTML: keep non-ASCII words and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        var output = new TextWriterBufferWriter(writer);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            write(json);
        }

        output.Drain(final: true);
        writer.WriteLine();
    }

    public static void WriteStringArray(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
