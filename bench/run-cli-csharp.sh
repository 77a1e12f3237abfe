#!/usr/bin/env bash
# The CLI over C# without a build (issue 9, item 3): a tree of COPIES copies of the Markdig source
# (../shared/corpus/markdig-src, 313 real files each; 9 copies = 2,817 files, 21 MB), scanned by the
# Release CLI; prints wall time, CPU time and peak memory (GNU time). Not a test.
#   bench/run-cli-csharp.sh [COPIES] [CLI_DLL]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-9}"
cli="${2:-}"
corpus="$here/../shared/corpus/markdig-src/src/Markdig"
work="${BENCH_WORK:-/tmp/inclusive-cli-csharp}"
[ -d "$corpus" ] || { echo "missing $corpus (../shared beside the repository)" >&2; exit 2; }
if [ -z "$cli" ]; then
  dotnet build -c Release "$here/src/InclusiveAnalyzers.Cli" -o "$work/cli" -v q >/dev/null
  cli="$work/cli/inclusive.dll"
fi
rm -rf "$work/tree" && mkdir -p "$work/tree"
for i in $(seq 1 "$copies"); do mkdir -p "$work/tree/c$i" && cp -r "$corpus" "$work/tree/c$i/"; done
echo "files: $(find "$work/tree" -name '*.cs' | wc -l), size: $(du -sh "$work/tree" | cut -f1)"
cd "$work/tree"
/usr/bin/time -f "wall %e s, user %U s, system %S s, peak %M KB" dotnet "$cli" scan . --format json > "$work/findings.json" || true
python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary'])" "$work/findings.json"
