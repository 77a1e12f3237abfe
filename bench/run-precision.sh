#!/usr/bin/env bash
# Precision benchmark (issues 7 and 16). Prepares the corpora, builds the `inclusive` CLI of this
# checkout (Release) and the benchmark, then runs it:
#   bench/run-precision.sh [scan] [--seed S] [--per-family N] [--sets osg,markdig,pydoc,npm,npmfresh,npmfinal,stored,code,razor,review11docs,review12docs,review12html,review13html,review14html,review15html,review16sql,review17data,review17readme,review17hw,review18i18n,review18log,review18sec,review19infra,review20net,review21sci,review22style,review23rfc,review24media,review25a11y,review28cms,coc,coc2,review16coc,review26mail,review27cocref] [--out DIR]
#   bench/run-precision.sh recheck --judged bench/precision/judged-before.tsv
#   bench/run-precision.sh summarize --judged bench/precision/judged-before.tsv
# Corpora: ../shared/corpus (opensource-guide, markdig-src), the Python 3.11 HTML docs (installs
# python3.11-doc when missing), the pinned npm packages of bench/precision/npm-packages.txt and the
# stored codes of conduct of bench/precision/coc-corpus. Work folder: $PRECISION_WORK
# (default ${TMPDIR:-/tmp}/inclusive-precision); output in $PRECISION_WORK/out unless --out.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
work="${PRECISION_WORK:-${TMPDIR:-/tmp}/inclusive-precision}"
shared="${INCLUSIVE_SHARED:-$repo/../shared}"
pydoc=/usr/share/doc/python3.11/html

bench_dll="$here/InclusiveAnalyzers.Precision/bin/Release/net10.0/InclusiveAnalyzers.Precision.dll"
cli="$repo/src/InclusiveAnalyzers.Cli/bin/Release/net10.0/inclusive.dll"
if [ "${1:-}" = summarize ]; then
  # No scan: only the judged file is read.
  dotnet build "$here/InclusiveAnalyzers.Precision/InclusiveAnalyzers.Precision.csproj" -c Release -nologo -v q >/dev/null
  exec dotnet "$bench_dll" "$@"
fi

if [ ! -d "$shared/corpus" ]; then echo "run-precision: no corpus at $shared/corpus (set INCLUSIVE_SHARED)" >&2; exit 2; fi

if [ ! -d "$pydoc" ]; then
  echo "Installing python3.11-doc (the HTML set) ..." >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq python3.11-doc >/dev/null
fi

# npm sets: pinned tarballs, fetched once into the cache, unpacked afresh (no install scripts run).
# 'npm' (npm-packages.txt) was judged and tuned on; 'npmfresh' and 'npmfinal' came later (issue 7's fresh figures).
mkdir -p "$work/npm-cache" "$work/sets"
for pair in npm:npm-packages.txt npmfresh:npm-packages-fresh.txt npmfinal:npm-packages-final.txt; do
  set_name="${pair%%:*}"; list="$here/precision/${pair#*:}"
  rm -rf "$work/sets/$set_name" && mkdir -p "$work/sets/$set_name"
  grep -v '^\s*\(#\|$\)' "$list" | while read -r spec; do
    name="${spec%@*}"; version="${spec##*@}"
    tgz="$work/npm-cache/${name//\//-}-$version.tgz"
    if [ ! -f "$tgz" ]; then
      (cd "$work/npm-cache" && npm pack "$spec" --silent >/dev/null) || { echo "run-precision: npm pack $spec failed, skipped" >&2; continue; }
    fi
    mkdir -p "$work/sets/$set_name/$name-$version" && tar xzf "$tgz" -C "$work/sets/$set_name/$name-$version"
  done
done

# stored set: real documents kept in the repository (licences in bench/precision/SOURCES.md).
rm -rf "$work/sets/stored" && cp -r "$here/precision/stored-docs" "$work/sets/stored"
# code set: real C# files of other .NET repositories, stored unchanged (SOURCES.md), scanned as C#.
rm -rf "$work/sets/code" && cp -r "$here/precision/stored-code" "$work/sets/code"
# razor set: real .razor/.cshtml files of the ninth review, stored unchanged or cut as SOURCES.md says.
rm -rf "$work/sets/razor" && cp -r "$here/precision/stored-razor" "$work/sets/razor"
# review11docs set: Markdown and HTML docs of the eleventh review (Go, Rust, Java/Kotlin, Ruby, PHP, CNCF), as SOURCES.md says.
rm -rf "$work/sets/review11docs" && cp -r "$here/precision/stored-review11docs" "$work/sets/review11docs"
# review12docs set: community files (CONTRIBUTING, SECURITY, templates, changelogs) and docs of the twelfth review (Python, JavaScript, ML, mobile, databases), as SOURCES.md says.
rm -rf "$work/sets/review12docs" && cp -r "$here/precision/stored-review12docs" "$work/sets/review12docs"
# review12html set: generated documentation HTML of the twelfth review (rustdoc, javadoc, Sphinx), as SOURCES.md says.
rm -rf "$work/sets/review12html" && cp -r "$here/precision/stored-review12html" "$work/sets/review12html"
# review13html set: generated documentation HTML of the thirteenth review (a Sphinx PyData theme page), as SOURCES.md says.
rm -rf "$work/sets/review13html" && cp -r "$here/precision/stored-review13html" "$work/sets/review13html"
# review14html set: HTML manuals of Debian doc packages (PostgreSQL, Apache httpd, SQLite, Node.js, Erlang/OTP) of the fourteenth review, as SOURCES.md says.
rm -rf "$work/sets/review14html" && cp -r "$here/precision/stored-review14html" "$work/sets/review14html"
# review15html set: API-reference and generated documentation HTML of Debian's doc packages (CMake, Django, rustdoc and mdBook, Go), as SOURCES.md says.
rm -rf "$work/sets/review15html" && cp -r "$here/precision/stored-review15html" "$work/sets/review15html"
# review16sql set: database and replication documentation of the sixteenth review (gh-ost, orchestrator, stolon), as SOURCES.md says.
rm -rf "$work/sets/review16sql" && cp -r "$here/precision/stored-review16sql" "$work/sets/review16sql"
# review17data set: statistics and LLM documentation of the seventeenth review (recipes, fastDummies, generative-ai-for-beginners), as SOURCES.md says.
rm -rf "$work/sets/review17data" && cp -r "$here/precision/stored-review17data" "$work/sets/review17data"
# review17readme set: project READMEs of the seventeenth review (badges, logos, centred HTML headers, <picture>, alerts, contributor tables), as SOURCES.md says.
rm -rf "$work/sets/review17readme" && cp -r "$here/precision/stored-review17readme" "$work/sets/review17readme"
# review17hw set: embedded, firmware and bus-protocol documentation of the seventeenth review (ESP-IDF, pico-examples, OpenTitan, ...), as SOURCES.md says.
rm -rf "$work/sets/review17hw" && cp -r "$here/precision/stored-review17hw" "$work/sets/review17hw"
# review18i18n set: translated READMEs and documentation-site pages in other languages, and English pages quoting other languages, of the eighteenth review, as SOURCES.md says.
rm -rf "$work/sets/review18i18n" && cp -r "$here/precision/stored-review18i18n" "$work/sets/review18i18n"
# review18log set: changelogs, release notes and community files (CONTRIBUTING, SECURITY, GOVERNANCE, issue and PR templates) of the eighteenth review, as SOURCES.md says.
rm -rf "$work/sets/review18log" && cp -r "$here/precision/stored-review18log" "$work/sets/review18log"
# review18sec set: security-tool, advisory and SECURITY.md texts and game-engine documentation of the eighteenth review, as SOURCES.md says.
rm -rf "$work/sets/review18sec" && cp -r "$here/precision/stored-review18sec" "$work/sets/review18sec"
# review19infra set: big-data, distributed-computing, cluster and CI-server documentation of the nineteenth review (Spark, Hadoop, HBase, Flink, Kafka, Mesos, Storm, Alluxio, Ray, Horovod, Jenkins), as SOURCES.md says.
rm -rf "$work/sets/review19infra" && cp -r "$here/precision/stored-review19infra" "$work/sets/review19infra"
# review20net set: networking, DNS, VRRP/keepalived, VPN, NTP and desktop UI toolkit documentation of the twentieth review (CoreDNS, DNSControl, external-dns, keepalived, MetalLB, Headscale, ntpd-rs, Xamarin.Forms, the Windows Community Toolkit, Windows app design), as SOURCES.md says.
rm -rf "$work/sets/review20net" && cp -r "$here/precision/stored-review20net" "$work/sets/review20net"
# review21sci set: scientific and HPC computing documentation of the twenty-first review (MPI cluster tutorials, HTCondor-CE, DeepOps' Slurm guides, QuTiP lectures, StatsModels.jl contrasts), as SOURCES.md says.
rm -rf "$work/sets/review21sci" && cp -r "$here/precision/stored-review21sci" "$work/sets/review21sci"
# review22style set: inclusive-language and writing style guides, accessibility documentation and terminology-change notes of the twenty-second review (word-list tables, 18F's inclusive language, A11Y Project posts, Vue's and Primer's accessibility guides, Kubernetes' style guide, GitHub's branch renaming, conda-build's news), as SOURCES.md says.
rm -rf "$work/sets/review22style" && cp -r "$here/precision/stored-review22style" "$work/sets/review22style"
# review23rfc set: design documents, RFCs, ADRs, KEPs and proposals of the twenty-third review (Kubernetes KEPs, Rust and Vue RFCs, Go design proposals, .NET design docs, Backstage and MADR ADRs, gov.uk ADRs, OTEPs, PyTorch RFCs, Kotlin KEEP, an EIP, WebAssembly design), as SOURCES.md says.
rm -rf "$work/sets/review23rfc" && cp -r "$here/precision/stored-review23rfc" "$work/sets/review23rfc"
# review24media set: audio, music, video and streaming documentation of the twenty-fourth review (video.js http-streaming, hls.js, Shaka Player, Tone.js, howler.js, NAudio, MIDIKit, PipeWire manual pages), as SOURCES.md says.
rm -rf "$work/sets/review24media" && cp -r "$here/precision/stored-review24media" "$work/sets/review24media"
# review25a11y set: accessibility and disability documentation of the twenty-fifth review (eslint-plugin-jsx-a11y and eslint-plugin-vuejs-accessibility rule pages, 18F's accessibility guide with its live pass/fail examples, A11Y Project posts, Primer's accessibility guides, Axe.Windows and Accessibility Insights for Windows docs, GOV.UK Design System), as SOURCES.md says.
rm -rf "$work/sets/review25a11y" && cp -r "$here/precision/stored-review25a11y" "$work/sets/review25a11y"
# review28cms set: content-management and e-commerce platform documentation of the twenty-eighth review (Umbraco's master templates and ASP.NET master pages, Payload's config options, Strapi's ip middleware), as SOURCES.md says.
rm -rf "$work/sets/review28cms" && cp -r "$here/precision/stored-review28cms" "$work/sets/review28cms"
# review26mail set: mail-server, anti-spam filter and DNS blocklist documentation of the twenty-sixth review (rspamd's whitelist and RBL module pages, Haraka's access, dnsbl, dnswl and data.uribl plugin pages, docker-mailserver's Dovecot master-account and Rspamd pages, Mail-in-a-Box's security guide, Postwhite's README), as SOURCES.md says.
rm -rf "$work/sets/review26mail" && cp -r "$here/precision/stored-review26mail" "$work/sets/review26mail"

# A clone knows its origin: each stored repository folder (owner__name) gets the .git/config of a clone of
# https://github.com/owner/name, so the audit sees the repository's own names as on the real checkout.
clone_config() {
  local target="$1" name="$2"
  mkdir -p "$target/.git"
  case "$name" in *__*) printf '[remote "origin"]\n\turl = https://github.com/%s/%s.git\n' "${name%%__*}" "${name#*__}" > "$target/.git/config" ;; esac
}

# coc set: each stored repository becomes a repository root (.git) with a one-line README linking its
# code, so the audit runs as on the real repository; the benchmark drops findings on that README.
rm -rf "$work/sets/coc" && mkdir -p "$work/sets/coc"
for dir in "$here"/precision/coc-corpus/*/; do
  name="$(basename "$dir")"; target="$work/sets/coc/$name"
  if [ "$name" = whole-repositories ]; then continue; fi
  cp -r "$dir" "$target" && clone_config "$target" "$name"
  coc="$(cd "$target" && ls | grep -i -m1 'code.of.conduct' || true)"
  if [ ! -e "$target/README.md" ] && [ -n "$coc" ]; then printf '# %s\n\nSee the [code of conduct](%s).\n' "$name" "$coc" > "$target/README.md"; fi
done

# coc2 set: the community files of whole repositories (README, CONTRIBUTING, every conduct file), each
# a repository root as stored; nothing is added and nothing dropped (bench/precision/judged-coc2.md).
rm -rf "$work/sets/coc2" && mkdir -p "$work/sets/coc2"
for dir in "$here"/precision/coc-corpus/whole-repositories/*/; do
  name="$(basename "$dir")"; cp -r "$dir" "$work/sets/coc2/$name" && clone_config "$work/sets/coc2/$name" "$name"
done

# review16coc set: community files of the sixteenth review's repositories (README, CONTRIBUTING, every conduct file),
# each a repository root as stored, as the coc2 set (bench/precision/judged-review16coc.md).
rm -rf "$work/sets/review16coc" && mkdir -p "$work/sets/review16coc"
for dir in "$here"/precision/stored-review16coc/*/; do
  name="$(basename "$dir")"; cp -r "$dir" "$work/sets/review16coc/$name" && clone_config "$work/sets/review16coc/$name" "$name"
done

# review27cocref set: codes of conduct adopted by reference of the twenty-seventh review (a project's own organisation's
# or foundation's code, another organisation's code, a bare template link), each a repository root with its clone's
# origin, as the coc2 set (bench/precision/judged-review27cocref.md).
rm -rf "$work/sets/review27cocref" && mkdir -p "$work/sets/review27cocref"
for dir in "$here"/precision/stored-review27cocref/*/; do
  name="$(basename "$dir")"; cp -r "$dir" "$work/sets/review27cocref/$name" && clone_config "$work/sets/review27cocref/$name" "$name"
done

echo "Building the CLI (Release) and the benchmark ..." >&2
dotnet build "$repo/src/InclusiveAnalyzers.Cli/InclusiveAnalyzers.Cli.csproj" -c Release -nologo -v q >/dev/null
dotnet build "$here/InclusiveAnalyzers.Precision/InclusiveAnalyzers.Precision.csproj" -c Release -nologo -v q >/dev/null
exec dotnet "$bench_dll" "$@" \
  --cli "$cli" --shared "$shared" --work "$work" --pydoc "$pydoc"
