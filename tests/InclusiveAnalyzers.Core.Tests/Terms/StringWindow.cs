using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>A string read through a window of a chosen size, so tests can put the window's edges anywhere.</summary>
internal sealed class StringWindow : CharWindow
{
    private readonly string text;

    public StringWindow(string text, int bufferSize)
        : base(bufferSize)
    {
        this.text = text;
        Reset(text.Length);
    }

    protected override void CopyTo(int sourceIndex, char[] destination, int count) => text.CopyTo(sourceIndex, destination, 0, count);
}
