#!/usr/bin/env bash
# Our analyzers' CPU in a real compiler run, split by callback and by JIT, runtime and our own code: the figure behind
# issue 9's "<= 2% of Csc" that a busy machine does not blur. ReportAnalyzer times callbacks by the wall clock, so on a
# shared 2-core machine a callback that waits for a core reads long; perf's CPU samples count only what ran.
# Replays the Markdig compiler command of bench/run-markdig-build-cost.sh (run that once first: it packs the package and
# logs the command) ROUNDS times under `perf record`, with the runtime's perf map on so JIT-compiled frames have names.
#   bench/run-analyzer-cpu.sh [ROUNDS] [ANALYZER_FOLDER]
# ANALYZER_FOLDER: our DLLs to load instead of the packed ones (for a before/after of a local build).
# Needs perf (Debian: linux-perf; installed here when missing and apt-get can).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-3}"
work="${BENCH_WORK:-/tmp/inclusive-markdig-cost}"
log="$work/with-build1.log"
[ -f "$log" ] || { echo "no $log: run bench/run-markdig-build-cost.sh 1 first" >&2; exit 2; }
if ! command -v perf >/dev/null; then
  apt-get install -y -qq linux-perf >/dev/null 2>&1 || { echo "perf is missing (apt-get install linux-perf)" >&2; exit 2; }
fi

csc_line=$(grep -m1 -E '^\s+/usr/share/dotnet/sdk/[^ ]+/Roslyn/bincore/csc ' "$log" | sed 's/^ *//')
[ -n "$csc_line" ] || { echo "no csc command in $log" >&2; exit 2; }
csc_dll="$(echo "$csc_line" | cut -d' ' -f1).dll"
packed=$(echo "$csc_line" | tr ' ' '\n' | grep -m1 '^/analyzer:.*/InclusiveAnalyzers.dll$' | sed 's#^/analyzer:##; s#/InclusiveAnalyzers.dll$##')
folder="${2:-$packed}"
out="$work/cpu"
mkdir -p "$out"
# One argument per line; outputs go to $out so the project's own build output is left alone.
echo "$csc_line" | cut -d' ' -f2- | tr ' ' '\n' | sed -e "s#^/out:.*#/out:$out/Markdig.dll#" -e "s#^/refout:.*#/refout:$out/ref.dll#" \
  -e "s#^/doc:.*#/doc:$out/Markdig.xml#" -e "s#^/analyzer:$packed/#/analyzer:$folder/#" > "$out/csc.rsp"

frequency=1999
echo "== $rounds compiler runs of Markdig under perf ($frequency Hz), analyzers from $folder, $(nproc) cores"
for i in $(seq 1 "$rounds"); do
  rm -f /tmp/perf-*.map
  load=$(cut -d' ' -f1 /proc/loadavg)
  (cd "$work/with" && DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
    perf record -q -F "$frequency" -g -o "$out/perf.data" dotnet "$csc_dll" "@$out/csc.rsp" >/dev/null 2>&1) || true
  perf script -i "$out/perf.data" 2>/dev/null > "$out/perf.txt"
  echo "run $i (load $load):"
  python3 "$here/bench/markdig-build-cost/cpu_split.py" "$out/perf.txt" "$frequency"
done
rm -f /tmp/perf-*.map
