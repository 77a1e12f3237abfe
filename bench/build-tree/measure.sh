#!/usr/bin/env bash
# Measures, in one run on the tree from make-tree.sh: a cold build (no task cache), a no-op build, a build after
# one changed document, and the CLI's scan of the same documents. Wall and CPU (user+sys) seconds of the whole
# `dotnet build --no-restore` / `dotnet inclusive.dll`. On a shared machine compare CPU: wall time follows the load.
# Usage: measure.sh TREE CLI_DLL [ROUNDS]   (CLI_DLL: inclusive.dll of src/InclusiveAnalyzers.Cli built -c Release)
# TASK=path/to/InclusiveAnalyzers.Build.dll measures a locally built task instead of the package's.
set -euo pipefail
tree="${1:?tree}"; cli="${2:?inclusive.dll}"; rounds="${3:-3}"
export NUGET_PACKAGES="${NUGET_PACKAGES:-$tree/.packages}"
cd "$tree"
extra=(); [ -n "${TASK:-}" ] && extra=("-p:InclusiveTaskAssembly=$TASK")
measure() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "wall %5.1f s, cpu %5.1f s", $1, $2 + $3 }'; }
build=(dotnet build App/App.csproj -nologo -v:q -clp:NoSummary --no-restore "${extra[@]}")
dotnet restore App/App.csproj -nologo -v:q >/dev/null
"${build[@]}" >/dev/null 2>&1 || true   # compiler server and first JIT warm; not measured
page="docs/opensource-guide/_articles/how-to-contribute.md"
[ -f "$page" ] || page="$(find docs -name '*.md' | head -1)"
for i in $(seq "$rounds"); do
  rm -f obj/InclusiveAnalyzers.repository.cache App/obj/InclusiveAnalyzers.documents.cache
  echo "round $i"
  echo "  cold build:           $(measure "${build[@]}")"
  echo "  no-op build:          $(measure "${build[@]}")"
  echo "<!-- edit $i $RANDOM -->" >> "$page"
  echo "  one changed document: $(measure "${build[@]}")"
  echo "  CLI scan:             $(measure dotnet "$cli" scan docs --format json --output /dev/null --fail-on none)"
done
