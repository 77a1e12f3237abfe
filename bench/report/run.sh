#!/usr/bin/env bash
# The report benchmark (bench/README.md, "inclusive report"): builds the CLI (Release), then measures
#   1. --history 30 against one scan on a generated repository with 30 release tags (make-history-repo.py),
#   2. --history 30 against one scan on this repository's own history (commits, no tags),
#   3. --merge of 500 generated SARIF logs holding 200,000 results (make-sarif-logs.py).
# Wall time and peak memory (RSS) per run with /usr/bin/time. Nothing is fetched. Usage: bench/report/run.sh [WORK_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
dotnet build -c Release "$repo_root/src/InclusiveAnalyzers.Cli" -o "$work/cli" >/dev/null
cli=(dotnet "$work/cli/inclusive.dll")

measure() { # label, command...: prints "label | seconds | peak MB"
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  read -r secs kb < <(tail -n 1 "$work/time")
  printf '| %s | %s s | %d MB |\n' "$label" "$secs" "$((kb / 1024))"
  echo "$secs" > "$work/last"
}

echo "| Run | Wall | Peak RSS |"
echo "| --- | ---: | ---: |"
if [ ! -d "$work/history-repo/.git" ]; then python3 "$here/make-history-repo.py" "$work/history-repo" >/dev/null; fi
for target in "$work/history-repo" "$repo_root"; do
  name=$([ "$target" = "$repo_root" ] && echo "this repository" || echo "generated, 30 tags")
  (cd "$target" && measure "scan ($name)" "${cli[@]}" scan . --format json --output "$work/scan.json"); scan=$(cat "$work/last")
  (cd "$target" && measure "report --history 30 ($name)" "${cli[@]}" report . --history 30 --format json --output "$work/history.json"); report=$(cat "$work/last")
  python3 - "$work/scan.json" "$work/history.json" "$scan" "$report" "$name" <<'PY'
import json, sys
scan, hist = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
cost, points = hist["historyCost"], hist["history"]
racial = [p["categories"]["racial"] for p in points]
print(f"|   {sys.argv[5]}: {len(points)} points, history alone {cost['elapsedSeconds']:.1f} s = {cost['elapsedSeconds'] / float(sys.argv[3]):.2f}x one scan; "
      f"{cost['filesScanned']} contents scanned for {cost['filesScanned'] + cost['filesReused']} files; "
      f"scan total {scan['summary']['findings']}, page total {hist['summary']['total']}; racial {racial[0]} -> {racial[-1]} | | |")
PY
done
if [ ! -f "$work/sarif/repo000.sarif" ]; then python3 "$here/make-sarif-logs.py" "$work/sarif" 500 200000 >/dev/null; fi
measure "report --merge (500 logs, 200,000 results, $(du -sm "$work/sarif" | cut -f1) MB)" "${cli[@]}" report --merge "$work/sarif" --format json --output "$work/merge.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('|   merged total', d['summary']['total'], 'in', len(d['repositories']), 'repositories | | |')" "$work/merge.json"
echo "(work folder: $work)"
