using System.Collections.Generic;
using System.Text;

namespace InclusiveAnalyzers.Build.Caching
{
    /// <summary>
    /// Escaping for the cache's tab-separated lines: a field never holds a tab, a line break or the
    /// list separator, so any message, path or replacement round-trips exactly.
    /// </summary>
    internal static class CacheText
    {
        public const char FieldSeparator = '\t';
        public const char ListSeparator = '\u001f';

        public static string Escape(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return string.Empty;
            }

            var builder = new StringBuilder(value!.Length + 8);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\\': builder.Append("\\\\"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case ListSeparator: builder.Append("\\u"); break;
                    default: builder.Append(c); break;
                }
            }

            return builder.ToString();
        }

        public static string Unescape(string value)
        {
            if (value.IndexOf('\\') < 0)
            {
                return value;
            }

            var builder = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c != '\\' || i + 1 == value.Length)
                {
                    builder.Append(c);
                    continue;
                }

                i++;
                switch (value[i])
                {
                    case 't': builder.Append('\t'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'u': builder.Append(ListSeparator); break;
                    default: builder.Append(value[i]); break;
                }
            }

            return builder.ToString();
        }

        public static string JoinList(IEnumerable<string>? items)
        {
            if (items is null)
            {
                return string.Empty;
            }

            var escaped = new List<string>();
            foreach (var item in items)
            {
                escaped.Add(Escape(item));
            }

            return string.Join(ListSeparator.ToString(), escaped);
        }

        /// <summary>Splits a list field written by <see cref="JoinList"/>; an empty field is an empty list.</summary>
        public static List<string> SplitList(string field)
        {
            var items = new List<string>();
            if (field.Length == 0)
            {
                return items;
            }

            foreach (var part in field.Split(ListSeparator))
            {
                items.Add(Unescape(part));
            }

            return items;
        }
    }
}
