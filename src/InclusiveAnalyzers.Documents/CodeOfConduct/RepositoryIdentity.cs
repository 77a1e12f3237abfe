using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>
    /// The names a repository goes by, read offline and only when asked (once per repository): the owner and name of
    /// each remote in .git/config, the organisation of a self-hosted forge (gitlab.gnome.org: gnome), the root folder's
    /// name, and the homepage and repository addresses of the root's package metadata (package.json, Cargo.toml,
    /// pyproject.toml, setup.cfg, *.gemspec). A code of conduct at one of these names (rubyonrails.org/conduct for
    /// rails/rails, djangoproject.com/conduct for django/channels, github.com/serilog/... for serilog/serilog-sinks-console)
    /// is the project's own organisation's code, not another one's.
    /// </summary>
    public sealed class RepositoryIdentity
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        // Hosts that hold many organisations: the first path segment is the organisation, not the host.
        private static readonly HashSet<string> SharedForges = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sr.ht", "git.sr.ht", "gitee.com", "dev.azure.com",
            "ssh.dev.azure.com", "sourceforge.net", "framagit.org", "salsa.debian.org", "launchpad.net", "github.io",
        };

        // First parts of owner names too common to name an organisation ("open-telemetry" is not "open"'s).
        private static readonly HashSet<string> CommonParts = new HashSet<string>(StringComparer.Ordinal)
        {
            "open", "awesome", "team", "labs", "project", "projects", "community", "official", "tools", "github", "gitlab",
            "code", "data", "source", "software", "tech", "cloud", "apps", "group", "foundation", "contrib", "plugins", "sigs",
        };

        private static readonly Regex RemoteUrl = new Regex(@"^\s*url\s*=\s*(?<url>\S+)", Options | RegexOptions.Multiline);
        private static readonly Regex MetadataUrl = new Regex(
            @"(?:homepage|repository|source|url|home-page|project_urls|documentation)[^\r\n]{0,40}?(?<url>https?://[^\s""'<>,)]+)", Options);

        private readonly Lazy<Names> names;

        private RepositoryIdentity(Func<Names> read) => names = new Lazy<Names>(read);

        /// <summary>The identity of the repository at <paramref name="root"/>, read from disk on first use; null without a root.</summary>
        public static RepositoryIdentity? FromRoot(string? root)
        {
            if (string.IsNullOrWhiteSpace(root)) return null;
            return new RepositoryIdentity(() => Read(root!));
        }

        /// <summary>An identity from remote or homepage addresses ("https://github.com/rails/rails", "git@github.com:rails/rails.git").</summary>
        public static RepositoryIdentity FromAddresses(params string[] addresses) => new RepositoryIdentity(() =>
        {
            var result = new Names();
            foreach (var address in addresses ?? Array.Empty<string>()) result.AddAddress(address);
            return result;
        });

        /// <summary>
        /// Is <paramref name="url"/> at one of the repository's own names: the organisation of a shared forge's address
        /// (github.com/serilog/...), or a host whose name is or contains the organisation's (rubyonrails.org for rails,
        /// djangoproject.com for django, fedoraproject.org for fedora-infra)?
        /// </summary>
        public bool Owns(string url)
        {
            if (!TryParse(url, out var host, out var owner, out _)) return false;
            var known = names.Value;
            if (known.IsEmpty) return false;
            if (SharedForges.Contains(host) || host.EndsWith(".github.io", StringComparison.Ordinal))
            {
                string organisation = host.EndsWith(".github.io", StringComparison.Ordinal) ? Squash(host.Substring(0, host.Length - ".github.io".Length)) : owner;
                return organisation.Length > 0 && (known.Organisations.Contains(organisation) || known.Repositories.Contains(organisation));
            }

            string label = Squash(OrganisationLabel(host));
            if (label.Length < 2) return false;
            if (known.Organisations.Contains(label) || known.Repositories.Contains(label)) return true;
            foreach (var name in known.Organisations)
            {
                // "rubyonrails" ends with "rails", "djangoproject" and "fedoraproject" start with "django" and "fedora";
                // the owner "eclipse-theia" starts with "eclipse".
                if (name.Length >= 4 && (label.StartsWith(name, StringComparison.Ordinal) || label.EndsWith(name, StringComparison.Ordinal))) return true;
                if (label.Length >= 5 && name.StartsWith(label, StringComparison.Ordinal)) return true;
            }

            return false;
        }

        private static Names Read(string root)
        {
            var result = new Names();
            try
            {
                string folder = Path.GetFileName(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
                result.AddRepository(folder);
                foreach (var config in GitConfigs(root))
                {
                    string? text = ReadSmall(config);
                    if (text == null) continue;
                    foreach (Match match in RemoteUrl.Matches(text)) result.AddAddress(match.Groups["url"].Value);
                }

                foreach (var file in MetadataFiles(root))
                {
                    string? text = ReadSmall(file);
                    if (text == null) continue;
                    foreach (Match match in MetadataUrl.Matches(text)) result.AddAddress(match.Groups["url"].Value);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                // What could not be read names nothing.
            }

            return result;
        }

        // .git/config, or for a worktree or submodule (.git is a file "gitdir: PATH") that directory's config and its common one.
        private static IEnumerable<string> GitConfigs(string root)
        {
            string git = Path.Combine(root, ".git");
            if (Directory.Exists(git))
            {
                yield return Path.Combine(git, "config");
                yield break;
            }

            string? pointer = File.Exists(git) ? ReadSmall(git) : null;
            if (pointer == null || !pointer.StartsWith("gitdir:", StringComparison.Ordinal)) yield break;
            string gitDir = pointer.Substring("gitdir:".Length).Trim();
            if (!Path.IsPathRooted(gitDir)) gitDir = Path.GetFullPath(Path.Combine(root, gitDir));
            yield return Path.Combine(gitDir, "config");
            string? common = ReadSmall(Path.Combine(gitDir, "commondir"))?.Trim();
            if (!string.IsNullOrEmpty(common)) yield return Path.Combine(Path.IsPathRooted(common!) ? common! : Path.GetFullPath(Path.Combine(gitDir, common!)), "config");
        }

        private static IEnumerable<string> MetadataFiles(string root)
        {
            foreach (var name in new[] { "package.json", "Cargo.toml", "pyproject.toml", "setup.cfg" }) yield return Path.Combine(root, name);
            string[] gemspecs;
            try
            {
                gemspecs = Directory.GetFiles(root, "*.gemspec", SearchOption.TopDirectoryOnly);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                yield break;
            }

            foreach (var gemspec in gemspecs) yield return gemspec;
        }

        // Metadata and git configs are small; a large file is not one of them.
        private static string? ReadSmall(string path)
        {
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists || info.Length > 256 * 1024) return null;
                return File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>Host, first path segment (squashed) and last path segment of an http(s), ssh or scp-style address.</summary>
        internal static bool TryParse(string url, out string host, out string owner, out string name)
        {
            host = owner = name = string.Empty;
            string text = (url ?? string.Empty).Trim().Trim('<', '>', '"', '\'');
            int scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0)
            {
                text = text.Substring(scheme + 3);
            }
            else
            {
                // scp style: git@github.com:owner/name.git
                int colon = text.IndexOf(':');
                if (colon <= 0 || text.IndexOf('/') is int slash && slash >= 0 && slash < colon) return false;
                text = text.Substring(0, colon) + "/" + text.Substring(colon + 1);
            }

            int at = text.IndexOf('@');
            int firstSlash = text.IndexOf('/');
            if (at >= 0 && (firstSlash < 0 || at < firstSlash)) text = text.Substring(at + 1);
            int cut = text.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0) text = text.Substring(0, cut);
            var parts = text.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) return false;
            host = parts[0].ToLowerInvariant();
            int port = host.IndexOf(':');
            if (port >= 0) host = host.Substring(0, port);
            if (host.StartsWith("www.", StringComparison.Ordinal)) host = host.Substring(4);
            if (host.IndexOf('.') < 0) return false;
            owner = parts.Length > 1 ? Squash(parts[1]) : string.Empty;
            string last = parts.Length > 2 ? parts[2] : string.Empty;
            if (last.EndsWith(".git", StringComparison.OrdinalIgnoreCase)) last = last.Substring(0, last.Length - 4);
            name = Squash(last);
            return true;
        }

        /// <summary>The label a host's owner registered: rubyonrails for rubyonrails.org, gnome for conduct.gnome.org, bbc for www.bbc.co.uk.</summary>
        internal static string OrganisationLabel(string host)
        {
            var labels = host.Split('.');
            if (labels.Length < 2) return host;
            int index = labels.Length - 2;
            if (labels.Length >= 3 && labels[labels.Length - 1].Length == 2 && (labels[index] is "co" or "com" or "org" or "net" or "ac" or "gov" or "edu")) index--;
            return labels[index];
        }

        /// <summary>Lower-case letters and digits only: "Rust-Lang" and "rust_lang" are "rustlang".</summary>
        internal static string Squash(string value)
        {
            var chars = new char[value.Length];
            int count = 0;
            foreach (char c in value)
            {
                if (char.IsLetterOrDigit(c)) chars[count++] = char.ToLowerInvariant(c);
            }

            return new string(chars, 0, count);
        }

        private sealed class Names
        {
            /// <summary>Owners, their distinctive parts and self-hosted forges' organisations.</summary>
            public HashSet<string> Organisations { get; } = new HashSet<string>(StringComparer.Ordinal);
            /// <summary>Repository and root-folder names: only an equal host label is theirs.</summary>
            public HashSet<string> Repositories { get; } = new HashSet<string>(StringComparer.Ordinal);
            public bool IsEmpty => Organisations.Count == 0 && Repositories.Count == 0;

            public void AddRepository(string value)
            {
                string squashed = Squash(value ?? string.Empty);
                if (squashed.Length >= 2) Repositories.Add(squashed);
            }

            public void AddAddress(string address)
            {
                if (!TryParse(address, out var host, out var owner, out var name)) return;
                if (SharedForges.Contains(host))
                {
                    AddOrganisation(owner, RawOwner(address));
                    AddRepository(name);
                    return;
                }

                if (host.EndsWith(".github.io", StringComparison.Ordinal))
                {
                    AddOrganisation(Squash(host.Substring(0, host.Length - ".github.io".Length)), null);
                    return;
                }

                // A self-hosted forge or a homepage: the host's organisation (gitlab.gnome.org, rubyonrails.org).
                AddOrganisation(Squash(OrganisationLabel(host)), null);
            }

            private void AddOrganisation(string squashed, string? raw)
            {
                if (squashed.Length >= 2) Organisations.Add(squashed);
                if (raw == null) return;
                // An owner named after its organisation and a team: "fedora-infra" is fedora's, "eclipse-theia" eclipse's,
                // "kubernetes-sigs" kubernetes'. Only the first part, and not a common word ("open-telemetry" is not "open").
                string first = Squash(raw.Split('-', '_', '.')[0]);
                if (first.Length >= 4 && !CommonParts.Contains(first)) Organisations.Add(first);
            }

            private static string? RawOwner(string address)
            {
                string text = address.Trim();
                int scheme = text.IndexOf("://", StringComparison.Ordinal);
                text = scheme >= 0 ? text.Substring(scheme + 3) : text.Replace(':', '/');
                var parts = text.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
                return parts.Length > 1 ? parts[1] : null;
            }
        }
    }
}
