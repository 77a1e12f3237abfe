#!/usr/bin/env bash
# Analyzer cost on a Razor project (issue 10's target, issue 9's 2% budget). Packs the package from this
# checkout, creates the SDK's own `dotnet new blazor` app (offline) referencing it, then:
#   1. builds it ROUNDS times (`touch Program.cs; dotnet build --no-restore -p:ReportAnalyzer=true`) and prints
#      Roslyn's per-analyzer telemetry: our share of all analyzer time and of the Csc task, per analyzer;
#   2. replays the build's own csc command line ROUNDS times without our analyzers, with them, and with them but the
#      Razor markup checks off (InclusiveRazorInCompiler=false), in turn, under GNU time: the CPU (user + sys) our
#      analyzers add to a compile, assembly loading and JIT included (the telemetry times callbacks only, in wall time).
# Not a test. Wall figures on a shared machine are noisy: compare CPU, read the load average printed beside.
#   bench/run-razor-cost.sh [ROUNDS] [--no-pack] [--shared]   (BENCH_WORK=folder, default /tmp/inclusive-razor-cost)
# --shared builds through the compiler server (UseSharedCompilation=true), as a developer's machine does by
# default; without it every csc is a fresh process, as on this machine (UseSharedCompilation=false in the environment).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bench/lib/local-package.sh"
rounds=5; pack=1; shared=false
for arg in "$@"; do
  case "$arg" in
    --no-pack) pack=0 ;;
    --shared) shared=true ;;
    [0-9]*) rounds="$arg" ;;
    *) echo "unknown argument $arg" >&2; exit 2 ;;
  esac
done
work="${BENCH_WORK:-/tmp/inclusive-razor-cost}"
version=0.0.0-razorcost
app="$work/app"
mkdir -p "$work"

if [ "$pack" = 1 ] || [ ! -d "$work/feed" ]; then
  pack_local_package "$here" "$work/feed" "$version" "$work/pack.log"
  rm -rf "$app"
fi

if [ ! -d "$app" ]; then
  dotnet new blazor -o "$app" -n BlazorApp --no-restore >/dev/null
  use_local_package "$app" "$app/BlazorApp.csproj" "$work/feed" "$version"
  dotnet restore "$app" -nologo -v:q >/dev/null
  dotnet build "$app" --no-restore -nologo -v:q -p:UseSharedCompilation=$shared >/dev/null
fi

cd "$app"
echo "== $rounds builds (UseSharedCompilation=$shared), $(nproc) cores"
for i in $(seq 1 "$rounds"); do
  touch Program.cs
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S" -o "$work/time$i" dotnet build --no-restore -nologo -p:ReportAnalyzer=true -p:UseSharedCompilation=$shared \
    -v:d -clp:PerformanceSummary > "$work/build$i.log"
  echo "$load $(cat "$work/time$i")" > "$work/meta$i"
done

# The build's csc command line, replayed with and without our /analyzer arguments (outputs to a scratch folder).
python3 - "$work" "$rounds" <<'PY'
import re, shlex, sys, os
work, rounds = sys.argv[1], int(sys.argv[2])
log = open(f"{work}/build{rounds}.log", encoding="utf-8", errors="replace").read()
line = next(l.strip() for l in log.splitlines() if re.match(r"\s+\S+/csc(\.dll)? ", l) or re.match(r"\s+\S*dotnet\S* \S+csc\.dll ", l))
args = shlex.split(line)
start = next(i for i, a in enumerate(args) if a.endswith("csc") or a.endswith("csc.dll")) + 1
os.makedirs(f"{work}/replay/ref", exist_ok=True)
def write(name, ours, markup=True):
    out = []
    for a in args[start:]:
        if a.startswith("/analyzerconfig:") and a.endswith(".GeneratedMSBuildEditorConfig.editorconfig") and not markup:
            # The same options with the Razor markup checks left to the build task: splits markup from C# cost.
            path = a[len("/analyzerconfig:"):]
            text = open(path if os.path.isabs(path) else os.path.join(os.getcwd(), path)).read()
            open(f"{work}/replay/nomarkup.editorconfig", "w").write(text.replace("build_property.InclusiveRazorInCompiler = true", "build_property.InclusiveRazorInCompiler = false"))
            a = f"/analyzerconfig:{work}/replay/nomarkup.editorconfig"
        if a.startswith("/out:"): a = f"/out:{work}/replay/BlazorApp.dll"
        elif a.startswith("/refout:"): a = f"/refout:{work}/replay/ref/BlazorApp.dll"
        elif a == "/noconfig": continue
        elif a.startswith("/analyzer:") and "/inclusiveanalyzers/" in a.lower() and not ours: continue
        out.append('"' + a.replace('"', '') + '"' if any(c in a for c in ' ;,') else a)
    open(f"{work}/{name}.rsp", "w").write("\n".join(out) + "\n")
write("with", True); write("without", False); write("nomarkup", True, markup=False)
open(f"{work}/csc-path", "w").write(" ".join(args[:start]))
PY
csc="$(cat "$work/csc-path")"
echo "== csc replayed $rounds times with and without our analyzers"
for i in $(seq 1 "$rounds"); do
  for v in without with nomarkup; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S" -o "$work/replay-$v$i.time" $csc -noconfig "@$work/$v.rsp" > "$work/replay-$v$i.out" 2>&1 || true
    echo "$load $(cat "$work/replay-$v$i.time")" > "$work/replay-$v$i.meta"
  done
done

python3 "$here/bench/razor-cost/summarize.py" "$work" "$rounds"
