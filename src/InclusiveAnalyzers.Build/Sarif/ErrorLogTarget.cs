using System;
using System.IO;

namespace InclusiveAnalyzers.Build.Sarif
{
    /// <summary>
    /// The compiler's ErrorLog property, "PATH" or "PATH,version=2.1": where the SARIF file is and
    /// which format the compiler writes there (1.0.0 unless version 2 or 2.1 is asked for).
    /// </summary>
    internal sealed class ErrorLogTarget
    {
        private ErrorLogTarget(string path, bool isVersion2)
        {
            Path = path;
            IsVersion2 = isVersion2;
        }

        public string Path { get; }
        public bool IsVersion2 { get; }

        public static ErrorLogTarget? Parse(string? errorLog, string? baseDirectory)
        {
            if (string.IsNullOrWhiteSpace(errorLog))
            {
                return null;
            }

            var value = errorLog!.Trim().Trim('"');
            var isVersion2 = false;
            var comma = value.LastIndexOf(',');
            if (comma > 0 && value.IndexOf("version", comma, StringComparison.OrdinalIgnoreCase) > comma)
            {
                var equals = value.IndexOf('=', comma);
                isVersion2 = equals > 0 && value.Substring(equals + 1).Trim().StartsWith("2", StringComparison.Ordinal);
                value = value.Substring(0, comma).Trim();
            }

            if (value.Length == 0)
            {
                return null;
            }

            var path = System.IO.Path.IsPathRooted(value) || string.IsNullOrEmpty(baseDirectory)
                ? value
                : System.IO.Path.Combine(baseDirectory!, value);
            return new ErrorLogTarget(System.IO.Path.GetFullPath(path), isVersion2);
        }
    }
}
