#!/usr/bin/env bash
# Issue 9's "linear time on every input": each file of bench/bad-inputs/make.py (a term repeated COUNT times along
# one list, in C#, Markdown, HTML and a code of conduct) scanned alone by the Release CLI, one process per file.
# Prints the wall time, seconds per MB (whole process, start-up included), seconds per MB beyond the start-up (the wall
# time of tiny.cs, tiny.md or tiny.html, whichever is of the same kind, subtracted) and the findings listed. Not a test: the
# suite holds scaled-down linearity tests of the same shapes (BadInputTests, RepeatedCSharpTests, SyntaxCursorTests).
#   bench/run-bad-inputs.sh [COUNT] [CLI_DLL]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-20000}"
cli="${2:-}"
work="${BENCH_WORK:-/tmp/inclusive-bad-inputs}"
if [ -z "$cli" ]; then
  dotnet build -c Release "$here/src/InclusiveAnalyzers.Cli" -o "$work/cli" -v q >/dev/null
  cli="$work/cli/inclusive.dll"
fi
rm -rf "$work/inputs" && python3 "$here/bench/bad-inputs/make.py" "$work/inputs" "$count"
printf '%-22s %9s %8s %7s %9s %9s\n' file bytes "wall s" "s/MB" "beyond" findings
: > "$work/times"
for file in "$work"/inputs/tiny.* $(ls "$work"/inputs/* | grep -v '/tiny\.'); do
  one="$work/one" && rm -rf "$one" && mkdir -p "$one" && cp "$file" "$one/"
  start=$(date +%s.%N)
  dotnet "$cli" scan "$one" --format json --output "$work/out.json" --fail-on none >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  python3 - "$file" "$start" "$end" "$work/out.json" "$work/times" <<'PY'
import json, os, sys
path, start, end, out, times = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
size, wall = os.path.getsize(path), float(end) - float(start)
kind = "md" if path.endswith(".md") else os.path.splitext(path)[1].lstrip(".")
base = dict(line.split() for line in open(times)).get(kind)
if os.path.basename(path).startswith("tiny."):
    open(times, "a").write(f"{kind} {wall}\n")
beyond = f"{max(0.0, wall - float(base)) / (size / 1e6):9.1f}" if base else f"{'-':>9s}"
findings = len(json.load(open(out))["findings"])
print(f"{os.path.basename(path):22s} {size:9d} {wall:8.2f} {wall / (size / 1e6):7.1f} {beyond} {findings:9d}")
PY
done
