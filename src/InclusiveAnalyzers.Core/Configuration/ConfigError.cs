namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>A located problem in a configuration file (1-based; Line 0 when the position is unknown).</summary>
    public sealed class ConfigError
    {
        public ConfigError(string path, int line, int column, string message)
        {
            Path = path;
            Line = line;
            Column = column;
            Message = message;
        }

        public string Path { get; }
        public int Line { get; }
        public int Column { get; }
        public string Message { get; }

        public override string ToString() => $"{Path}({Line},{Column}): {Message}";
    }
}
