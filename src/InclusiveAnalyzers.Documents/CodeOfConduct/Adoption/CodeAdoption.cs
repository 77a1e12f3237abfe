namespace InclusiveAnalyzers.Documents.CodeOfConduct.Adoption
{
    /// <summary>A document's adoption of a code by reference: which code, and the link that says so.</summary>
    internal sealed class CodeAdoption
    {
        public CodeAdoption(AdoptedCode? code, string url, int start, int end)
        {
            Code = code;
            Url = url;
            Start = start;
            End = end;
        }

        /// <summary>The catalogued or declared code; null for a link to an organisation's code the catalog does not know.</summary>
        public AdoptedCode? Code { get; }
        public string Url { get; }
        public int Start { get; }
        public int End { get; }
        public bool IsUncatalogued => Code == null;

        /// <summary>"Contributor Covenant 2.1" for a versioned link to the template, else the code's name.</summary>
        public string DisplayName
        {
            get
            {
                if (Code == null) return Url;
                if (!Code.IsTemplate) return Code.Name;
                var version = System.Text.RegularExpressions.Regex.Match(Url, @"/version/(?<major>\d+)/(?<minor>\d+)(?:/|$)");
                return version.Success ? $"{Code.Name} {version.Groups["major"].Value}.{version.Groups["minor"].Value}" : Code.Name;
            }
        }
    }
}
