using System.Globalization;
using System.Text;

namespace InclusiveAnalyzers.Build.Sarif
{
    /// <summary>JSON string literals, escaped as RFC 8259 requires (the task carries no JSON library).</summary>
    internal static class JsonText
    {
        public static StringBuilder AppendString(this StringBuilder builder, string? value)
        {
            builder.Append('"');
            foreach (var c in value ?? string.Empty)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\b': builder.Append("\\b"); break;
                    case '\f': builder.Append("\\f"); break;
                    default:
                        if (c < ' ' || c == '\u2028' || c == '\u2029')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"');
        }

        public static StringBuilder AppendProperty(this StringBuilder builder, string name, string? value) =>
            builder.AppendString(name).Append(':').AppendString(value);

        public static StringBuilder AppendProperty(this StringBuilder builder, string name, int value) =>
            builder.AppendString(name).Append(':').Append(value.ToString(CultureInfo.InvariantCulture));
    }
}
