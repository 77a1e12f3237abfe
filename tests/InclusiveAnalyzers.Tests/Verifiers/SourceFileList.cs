using System.Globalization;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// Named files of a project. <c>Add("code")</c> names it <c>{prefix}{n}{extension}</c> (Test0.cs, Test1.cs, ...);
/// <c>Add(("Name.cs", "code"))</c> names it explicitly.
/// </summary>
public sealed class SourceFileList : List<(string Name, string Content)>
{
    private readonly string prefix;
    private readonly string extension;

    public SourceFileList(string prefix, string extension)
    {
        this.prefix = prefix;
        this.extension = extension;
    }

    public void Add(string content) => Add((prefix + Count.ToString(CultureInfo.InvariantCulture) + extension, content));
}
