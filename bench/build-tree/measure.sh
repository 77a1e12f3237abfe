#!/usr/bin/env bash
# Measures, in one run on the tree from make-tree.sh: a cold build (no task cache), a no-op build, a build after
# one changed document, and the CLI's scan of the same documents. Wall seconds; repeat for the median.
# Usage: measure.sh TREE CLI_DLL [ROUNDS]     (CLI_DLL: inclusive.dll of src/InclusiveAnalyzers.Cli, Release)
set -euo pipefail
tree="${1:?tree}"; cli="${2:?inclusive.dll}"; rounds="${3:-3}"
export NUGET_PACKAGES="${NUGET_PACKAGES:-$tree/.packages}"
cd "$tree"
build() { dotnet build App/App.csproj -nologo -v:q -clp:NoSummary "$@" >/dev/null 2>&1 || true; }
seconds() { local s e; s=$(date +%s.%N); "$@"; e=$(date +%s.%N); echo "$e - $s" | bc; }
dotnet restore App/App.csproj -nologo -v:q >/dev/null
build   # compiler server and first JIT warm; not measured
page="docs/opensource-guide/_articles/how-to-contribute.md"
[ -f "$page" ] || page="$(find docs -name '*.md' | head -1)"
for i in $(seq "$rounds"); do
  rm -f obj/InclusiveAnalyzers.repository.cache App/obj/InclusiveAnalyzers.documents.cache
  cold=$(seconds build)
  noop=$(seconds build)
  echo "<!-- edit $i $RANDOM -->" >> "$page"
  changed=$(seconds build)
  cli_time=$(seconds dotnet "$cli" scan docs --format json --output /dev/null --fail-on none)
  echo "round $i: cold build $cold s, no-op build $noop s, one changed document $changed s, CLI scan $cli_time s"
done
