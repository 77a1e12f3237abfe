#!/usr/bin/env bash
# Analyzer cost in a real build of a real library (issue 9's target: our analyzers <= 2% of the Csc task). Copies the
# Markdig source (../shared/corpus/markdig-src/src/Markdig, 313 files) into two net10.0 library projects, one
# referencing the package packed from this checkout and one with no analyzer package (the baseline), and builds each
# ROUNDS times in turn (`touch Markdown.cs; dotnet build --no-restore -p:ReportAnalyzer=true`). Prints per build the
# Csc task time, all analyzer time, ours per analyzer and our share of Csc, from Roslyn's telemetry as ReportAnalyzer
# gives it. Not a test. Wall figures on a shared machine are noisy: read the load average and CPU printed beside.
#   bench/run-markdig-build-cost.sh [ROUNDS] [--shared] [--strings] [--no-pack]
# (BENCH_WORK=folder, default /tmp/inclusive-markdig-cost; MARKDIG_SRC=folder, default the shared corpus;
# BENCH_VERSION=the package version to pack, default 0.0.0-markdigcost: another one, with another BENCH_WORK, lets two
# checkouts, before and after a change, be measured in turn without sharing a NuGet cache folder)
# --shared builds through the compiler server (UseSharedCompilation=true), as a developer's machine and Visual Studio do;
# without it every csc is a fresh process, as on this machine (UseSharedCompilation=false in the environment).
# --strings turns INCL103 (string literals, off by default) on in the project's .editorconfig.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bench/lib/local-package.sh"
rounds=5; pack=1; shared=false; strings=0
for arg in "$@"; do
  case "$arg" in
    --no-pack) pack=0 ;;
    --shared) shared=true ;;
    --strings) strings=1 ;;
    [0-9]*) rounds="$arg" ;;
    *) echo "unknown argument $arg" >&2; exit 2 ;;
  esac
done
work="${BENCH_WORK:-/tmp/inclusive-markdig-cost}"
source="${MARKDIG_SRC:-$here/../shared/corpus/markdig-src/src/Markdig}"
[ -d "$source" ] || { echo "no Markdig source at $source (set MARKDIG_SRC)" >&2; exit 2; }
version="${BENCH_VERSION:-0.0.0-markdigcost}"
mkdir -p "$work"

if [ "$pack" = 1 ] || [ ! -d "$work/feed" ]; then
  pack_local_package "$here" "$work/feed" "$version" "$work/pack.log"
  rm -rf "$work/with" "$work/without"
fi

# Markdig's own settings: unsafe code, the latest language, nullable on, documentation file (so XML doc comments are
# parsed as the real build parses them).
for variant in with without; do
  project="$work/$variant"
  if [ ! -d "$project" ]; then
    mkdir -p "$project"
    cp -r "$source/." "$project/"
    cat > "$project/Markdig.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>$(NoWarn);CS1591</NoWarn>
  </PropertyGroup>
</Project>
XML
    if [ "$variant" = with ]; then
      use_local_package "$project" "$project/Markdig.csproj" "$work/feed" "$version"
    fi
    dotnet restore "$project" -nologo -v:q >/dev/null
    dotnet build "$project" --no-restore -nologo -v:q -p:UseSharedCompilation=$shared >"$work/first-$variant.log" \
      || { tail -30 "$work/first-$variant.log"; exit 1; }
  fi
  if [ "$strings" = 1 ]; then
    printf 'root = true\n[*.cs]\ndotnet_diagnostic.INCL103.severity = warning\n' > "$project/.editorconfig"
  else
    rm -f "$project/.editorconfig"
  fi
done

echo "== $rounds builds each (UseSharedCompilation=$shared, INCL103 $([ "$strings" = 1 ] && echo on || echo off)), $(nproc) cores, $(basename "$source"): $(find "$source" -name '*.cs' | wc -l) files"
for i in $(seq 1 "$rounds"); do
  for variant in without with; do
    touch "$work/$variant/Markdown.cs"
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S" -o "$work/$variant-time$i" dotnet build "$work/$variant" --no-restore -nologo -p:ReportAnalyzer=true \
      -p:UseSharedCompilation=$shared -v:d -clp:PerformanceSummary > "$work/$variant-build$i.log"
    echo "$load $(cat "$work/$variant-time$i")" > "$work/$variant-meta$i"
  done
done

python3 "$here/bench/markdig-build-cost/summarize.py" "$work" "$rounds"
