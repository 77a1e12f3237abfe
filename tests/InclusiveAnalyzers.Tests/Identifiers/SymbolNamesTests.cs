using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Identifiers;
using Microsoft.CodeAnalysis.CSharp;

namespace InclusiveAnalyzers.Tests.Identifiers;

/// <summary>
/// Which trees a host must bind: only those where a candidate lies in a name that a symbol action reports. The rest
/// (comments, strings, references, the names syntax declares) are found by the tree actions alone.
/// </summary>
public class SymbolNamesTests
{
    private static readonly TermMatcher Matcher = InclusiveSettings.Default.GetMatcher(null);

    [Theory]
    [InlineData("class MasterNode { }")]
    [InlineData("class C { int master; }")]
    [InlineData("class C { event System.Action masterChanged; }")]
    [InlineData("class C { void Master() { } }")]
    [InlineData("class C { int Master { get; set; } }")]
    [InlineData("class C { void M(int master) { } }")]
    [InlineData("class C<TMaster> { }")]
    [InlineData("enum E { Master }")]
    [InlineData("delegate void D(int slave);")]
    [InlineData("record R(int Master);")]
    [InlineData("class C { int m\\u0061ster; }")]
    [InlineData("// the master copy\nclass C { int blacklist; }")]
    public void A_name_a_symbol_action_reports_needs_symbols(string code)
        => Assert.True(SymbolNames.MayDeclare(CSharpSyntaxTree.ParseText(code), Matcher, default), code);

    [Theory]
    [InlineData("class C { } // the master copy")]
    [InlineData("class C { string s = \"master\"; }")]
    [InlineData("class C { string M(int x) => $\"master {x}\" + $\"master {x}\"; }")]
    [InlineData("class C { void M() { Console.WriteLine(Master.Value); Master.Run(); } }")]
    [InlineData("class C { void M() { var master = 1; foreach (var slave in list) { } } }")]
    [InlineData("class C { void M() { System.Action<int> a = master => { }; } }")]
    [InlineData("class C { void M() { master: return; } }")]
    [InlineData("class C { void M() { var t = (master: 1, slave: 2); } }")]
    [InlineData("namespace Acme.Master { class C { } }")]
    [InlineData("class C { int count; }")]
    [InlineData("#region master data\nclass C { }\n#endregion")]
    public void Candidates_only_in_comments_strings_references_and_syntax_names_need_no_symbols(string code)
        => Assert.False(SymbolNames.MayDeclare(CSharpSyntaxTree.ParseText(code), Matcher, default), code);

    [Fact]
    public void Razor_output_always_needs_symbols()
        => Assert.True(SymbolNames.MayDeclare(CSharpSyntaxTree.ParseText("class C { }", path: "/obj/Pages_Index_razor.g.cs"), Matcher, default));
}
