using System;
using System.IO;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>Reads a settings file (.editorconfig, .gitignore) that may be missing or unreadable: that is no error, just no file.</summary>
    public static class SafeFile
    {
        /// <summary>The file's text, or null when it does not exist or cannot be read.</summary>
        public static string? TryReadAllText(string path)
        {
            try
            {
                return File.Exists(path) ? File.ReadAllText(path) : null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
