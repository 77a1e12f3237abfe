namespace InclusiveAnalyzers.Precision;

/// <summary>
/// A corpus scanned as one `inclusive scan` run: the folder the CLI runs in (finding paths are
/// relative to it) and the PATH arguments. Findings in <see cref="ExcludedFiles"/> are the bench's
/// own scaffolding (the one-line README written beside each stored code of conduct) and are dropped.
/// <see cref="OneRunPerPath"/>: one CLI run per PATH, in that folder, its paths prefixed with the PATH.
/// </summary>
internal sealed record CorpusSet(string Name, string Description, string BaseDir, IReadOnlyList<string> Paths, Func<string, bool>? ExcludedFiles = null, bool OneRunPerPath = false)
{
    /// <summary>The sets of the benchmark; a set whose folder is missing is reported and skipped.</summary>
    public static List<CorpusSet> All(Options options)
    {
        string corpus = Path.Combine(options.Shared, "corpus");
        var sets = new List<CorpusSet>
        {
            new("osg", "Open Source Guides Markdown (../shared/corpus/opensource-guide)", corpus, ["opensource-guide"]),
            new("markdig", "Markdig C# source (../shared/corpus/markdig-src), analyzers in memory", corpus, ["markdig-src"]),
            new("pydoc", "Python 3.11 HTML docs (python3.11-doc, Sphinx)", Path.GetDirectoryName(options.PyDoc)!, [Path.GetFileName(options.PyDoc)]),
            new("npm", "fresh: Markdown/HTML shipped in pinned npm packages (bench/precision/npm-packages.txt)", Path.Combine(options.Work, "sets"), ["npm"]),
            new("stored", "fresh: real docs in dialects npm does not ship (MyST), stored in bench/precision/stored-docs (SOURCES.md)", Path.Combine(options.Work, "sets"), ["stored"]),
            new("npmfresh", "fresh, never judged before the final sample: Markdown/HTML of the pinned npm packages in bench/precision/npm-packages-fresh.txt", Path.Combine(options.Work, "sets"), ["npmfresh"]),
            new("npmfinal", "fresh, added for the final figure after the last fixes: pinned npm packages in bench/precision/npm-packages-final.txt", Path.Combine(options.Work, "sets"), ["npmfinal"]),
            new("code", "fresh: real C# files of other .NET repositories (INCL1xx), stored in bench/precision/stored-code (SOURCES.md)", Path.Combine(options.Work, "sets"), ["code"]),
            new("razor", "fresh: real .razor/.cshtml files of the ninth review (judged-razor.tsv), stored in bench/precision/stored-razor (SOURCES.md)", Path.Combine(options.Work, "sets"), ["razor"]),
            new("review11docs", "fresh: Go, Rust, Java/Kotlin, Ruby, PHP and CNCF documentation of the eleventh review (judged-review11docs.tsv), stored in bench/precision/stored-review11docs (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review11docs"]),
            new("review12docs", "fresh: community files and docs of Python, JavaScript, ML, mobile and database projects of the twelfth review (judged-review12docs.tsv), stored in bench/precision/stored-review12docs (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review12docs"]),
            new("review12html", "fresh: generated documentation HTML committed for GitHub Pages, of the twelfth review (judged-review12html.tsv), stored in bench/precision/stored-review12html (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review12html"]),
            new("review13html", "fresh: generated documentation HTML of the thirteenth review (judged-review13html.tsv), stored in bench/precision/stored-review13html (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review13html"]),
            new("review14html", "fresh: HTML manuals of Debian doc packages (PostgreSQL, Apache httpd, SQLite, Node.js, Erlang/OTP) of the fourteenth review (judged-review14html.tsv), stored in bench/precision/stored-review14html (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review14html"]),
            new("review15html", "fresh: API-reference and generated documentation HTML of Debian's doc packages, of the fifteenth review (judged-review15html.tsv), stored in bench/precision/stored-review15html (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review15html"]),
            new("review16sql", "fresh: database and replication documentation (gh-ost, orchestrator, stolon) of the sixteenth review (judged-review16sql.tsv), stored in bench/precision/stored-review16sql (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review16sql"]),
            new("review17data", "fresh: statistics and LLM documentation (tidymodels recipes, fastDummies, generative-ai-for-beginners) of the seventeenth review (judged-review17data.tsv), stored in bench/precision/stored-review17data (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review17data"]),
            new("review17readme", "fresh: project READMEs of popular repositories across ecosystems (badges, logos, centred HTML headers, <picture>, GitHub alerts, contributor tables) of the seventeenth review (judged-review17readme.tsv), stored in bench/precision/stored-review17readme (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review17readme"]),
            new("review17hw", "fresh: embedded, firmware and bus-protocol documentation (ESP-IDF examples, pico-examples, OpenTitan, esp-hal, stm32f4xx-hal, Tock, verilog-i2c) of the seventeenth review (judged-review17hw.tsv), stored in bench/precision/stored-review17hw (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review17hw"]),
            new("review18i18n", "fresh: translated READMEs (zh-CN, ja, de, fr, es, it, pt-BR, da, sv, ro) and documentation-site pages in other languages (Kubernetes, Gitea, APISIX, DolphinScheduler, VitePress, Astro, tldr-pages, docsy), and English pages quoting other languages, of the eighteenth review (judged-review18i18n.tsv), stored in bench/precision/stored-review18i18n (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review18i18n"]),
            new("review18log", "fresh: changelogs, release notes and community files (CONTRIBUTING, SECURITY, GOVERNANCE, MAINTAINERS, issue and pull-request templates) of Jenkins plugins, Redis and PostgreSQL drivers, Kubernetes, Helm, containerd, .NET and Rust, of the eighteenth review (judged-review18log.tsv), stored in bench/precision/stored-review18log (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review18log"]),
            new("review18sec", "fresh: security tooling and advisory documentation (mitmproxy, oauth2-proxy, OWASP ZAP, CRS, AFL++, OSS-Fuzz, ffuf, osquery, detect-secrets, SECURITY.md files) and game-engine documentation (Bevy, Godot's website, Stride, Excalibur) of the eighteenth review (judged-review18sec.tsv), stored in bench/precision/stored-review18sec (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review18sec"]),
            new("review19infra", "fresh: big-data, distributed-computing and cluster documentation (Spark, Hadoop HDFS/YARN, HBase, Flink, Kafka Streams, Mesos, Storm, Alluxio, Ray on Slurm, Horovod/MPI) and Jenkins CI documentation of the nineteenth review (judged-review19infra.tsv), stored in bench/precision/stored-review19infra (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review19infra"]),
            new("review20net", "fresh: networking, DNS, VRRP, VPN and time-sync documentation (CoreDNS secondary and transfer plugins, DNSControl's BIND and AXFR+DDNS providers, external-dns RFC2136, keepalived's Puppet module and Docker image, MetalLB layer 2, Headscale routes, ntpd-rs) and desktop UI toolkit documentation (Xamarin.Forms master-detail page, the Windows Community Toolkit's MasterDetailsView, Windows list/details) of the twentieth review (judged-review20net.tsv), stored in bench/precision/stored-review20net (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review20net"]),
            new("review21sci", "fresh: scientific and HPC computing documentation (MPI cluster tutorials of mpitutorial.com, HTCondor-CE troubleshooting, DeepOps' Slurm deployment guides, a QuTiP lecture on the Lindblad master equation and the QuTiP 5 tutorial index, StatsModels.jl contrast coding) of the twenty-first review (judged-review21sci.tsv), stored in bench/precision/stored-review21sci (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review21sci"]),
            new("review22style", "fresh: inclusive-language and writing style guides, accessibility documentation and terminology-change notes (word-list tables of PUL IT, B.C. government, Antrea, Palantir and an inclusive-language bot; 18F's inclusive language page; A11Y Project posts; Vue's and Primer's accessibility guides; Kubernetes' style guide; OpenBMC's inclusive naming; ActiveMQ's terminology announcement; GitHub's branch renaming guide; conda-build's news fragments) of the twenty-second review (judged-review22style.tsv), stored in bench/precision/stored-review22style (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review22style"]),
            new("review23rfc", "fresh: design documents, RFCs, ADRs, KEPs and proposals of the twenty-third review (Kubernetes KEPs, Rust and Vue RFCs, Go design proposals, .NET design and BOTR docs, an ASP.NET Core API review page, Backstage, MADR and gov.uk ADRs, an OTEP, PyTorch RFCs, a Kotlin KEEP, an EIP, WebAssembly design) (judged-review23rfc.tsv), stored in bench/precision/stored-review23rfc (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review23rfc"]),
            new("review24media", "fresh: audio, music, video and streaming documentation of the twenty-fourth review (video.js http-streaming, hls.js, Shaka Player, Tone.js, howler.js, NAudio, MIDIKit, PipeWire manual pages) (judged-review24media.tsv), stored in bench/precision/stored-review24media (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review24media"]),
            new("review25a11y", "fresh: accessibility and disability documentation of the twenty-fifth review (eslint-plugin-jsx-a11y and eslint-plugin-vuejs-accessibility rule pages, 18F's accessibility guide with its live pass/fail examples, A11Y Project posts, Primer's accessibility guides, Axe.Windows and Accessibility Insights for Windows docs, GOV.UK Design System) (judged-review25a11y.tsv), stored in bench/precision/stored-review25a11y (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review25a11y"]),
            new("review28cms", "fresh: content-management and e-commerce platform documentation of the twenty-eighth review (Umbraco's master-template tutorials and ASP.NET master pages, Payload's config options, Strapi's ip middleware) (judged-review28cms.tsv), stored in bench/precision/stored-review28cms (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review28cms"]),
            new("review26mail", "fresh: mail-server, anti-spam filter and DNS blocklist documentation of the twenty-sixth review (rspamd's whitelist and RBL module pages, Haraka's access, dnsbl, dnswl and data.uribl plugin pages, docker-mailserver's Dovecot master-account and Rspamd pages, Mail-in-a-Box's security guide, Postwhite's README) (judged-review26mail.tsv), stored in bench/precision/stored-review26mail (SOURCES.md)", Path.Combine(options.Work, "sets"), ["review26mail"]),
        };
        string cocDir = Path.Combine(options.Work, "sets", "coc");
        if (Directory.Exists(cocDir))
        {
            // Each stored repository is a repository root scanned on its own: with several PATHs the CLI
            // audits the code of conduct only where it lies in a standard place of the common folder.
            var repos = Directory.GetDirectories(cocDir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
            sets.Add(new("coc", "fresh: real CODE_OF_CONDUCT files (bench/precision/coc-corpus, SOURCES.md), each as a repository root", cocDir, repos,
                path => path.EndsWith("/README.md", StringComparison.Ordinal) && path.Count(c => c == '/') == 1, OneRunPerPath: true));
        }
        else
        {
            sets.Add(new("coc", "fresh: real CODE_OF_CONDUCT files (missing: run bench/run-precision.sh to prepare them)", cocDir, []));
        }
        string coc2Dir = Path.Combine(options.Work, "sets", "coc2");
        var wholeRepos = Directory.Exists(coc2Dir)
            ? Directory.GetDirectories(coc2Dir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        sets.Add(new("coc2", "fresh: whole repositories' community files (bench/precision/coc-corpus/whole-repositories, SOURCES.md), each as a repository root", coc2Dir, wholeRepos,
            OneRunPerPath: true));
        string review16Dir = Path.Combine(options.Work, "sets", "review16coc");
        var review16Repos = Directory.Exists(review16Dir)
            ? Directory.GetDirectories(review16Dir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        sets.Add(new("review16coc", "fresh: community files of the sixteenth review's repositories (bench/precision/stored-review16coc, SOURCES.md), each as a repository root", review16Dir, review16Repos,
            OneRunPerPath: true));
        string review27Dir = Path.Combine(options.Work, "sets", "review27cocref");
        var review27Repos = Directory.Exists(review27Dir)
            ? Directory.GetDirectories(review27Dir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        sets.Add(new("review27cocref", "fresh: codes of conduct adopted by reference of the twenty-seventh review (a project's own organisation's or foundation's code, another organisation's code, a bare template link; bench/precision/stored-review27cocref, SOURCES.md), each as a repository root with its clone's origin", review27Dir, review27Repos,
            OneRunPerPath: true));
        return sets;
    }

    public bool Exists => Paths.Count > 0 && Paths.All(p => Directory.Exists(Path.Combine(BaseDir, p)) || File.Exists(Path.Combine(BaseDir, p)));

    public string FullPath(string relative) => Path.Combine(BaseDir, relative);
}
