using System;
using InclusiveAnalyzers.Core.Json;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// inclusive.json "codeOfConduct": the code the project adopts by reference and its own reporting contact,
    /// for a code the built-in catalog does not know or a template linked without a contact in the file.
    /// </summary>
    public sealed class CodeOfConductSetting
    {
        private static readonly string[] Known = { "adopts", "contact" };

        public CodeOfConductSetting(string? adopts, string? contact)
        {
            Adopts = adopts;
            Contact = contact;
        }

        /// <summary>An absolute http(s) URL of the adopted code, or null.</summary>
        public string? Adopts { get; }

        /// <summary>Where to report (an e-mail address, a form's URL), or null.</summary>
        public string? Contact { get; }

        /// <summary>Reads the setting; each problem is a located error and the rest still applies.</summary>
        internal static CodeOfConductSetting? Read(JsonReader reader, JsonValue? value)
        {
            if (value is null || !reader.Expect(value, JsonKind.Object, "\"codeOfConduct\""))
            {
                return null;
            }

            reader.UnknownProperties(value, "\"codeOfConduct\"", Known);
            string? adopts = value["adopts"] is null ? null : reader.String(value["adopts"], "\"codeOfConduct.adopts\"");
            if (adopts != null && !IsWebAddress(adopts))
            {
                reader.Error(value["adopts"]!, $"\"codeOfConduct.adopts\" is '{adopts}', not a web address: give the adopted code's URL, e.g. \"https://example.org/code-of-conduct\".");
                adopts = null;
            }

            string? contact = value["contact"] is null ? null : reader.String(value["contact"], "\"codeOfConduct.contact\"");
            if (contact != null && contact.Trim().Length == 0)
            {
                reader.Error(value["contact"]!, "\"codeOfConduct.contact\" is empty: give an e-mail address or the URL of a reporting form.");
                contact = null;
            }

            if (adopts is null && contact is null)
            {
                reader.Error(value, "\"codeOfConduct\" needs \"adopts\" (the adopted code's URL), \"contact\" (where to report), or both.");
                return null;
            }

            return new CodeOfConductSetting(adopts?.Trim(), contact?.Trim());
        }

        private static bool IsWebAddress(string text) =>
            Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;
    }
}
