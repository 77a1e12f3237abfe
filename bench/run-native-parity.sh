#!/usr/bin/env bash
# The CLI's native image (src/InclusiveAnalyzers.Cli.Native, built by `dotnet build -c Release` on Linux and macOS) against
# the .NET build, on the stored precision sets: `scan` in every output format and `fix --dry-run` must print the same bytes
# (elapsed times and the tool version aside). The test suite runs the .NET build only; run this after a change that could
# behave differently under Native AOT (reflection, trimming, globalization, deep recursion). Exit code 1 on a difference.
#   bench/run-native-parity.sh [CLI_FOLDER]   (a Release output folder holding inclusive.dll and inclusive-native)
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_WORK:-/tmp/inclusive-native-parity}"
cli="${1:-}"
if [ -z "$cli" ]; then
  dotnet build -c Release "$here/src/InclusiveAnalyzers.Cli" -o "$work/cli" -v q -nologo >/dev/null || { echo "build failed"; exit 2; }
  cli="$work/cli"
fi
[ -x "$cli/inclusive-native" ] || { echo "no native image in $cli (Native AOT needs clang or gcc)"; exit 2; }
strip() { grep -v -i -E 'elapsed|scanned in|"version"|semanticVersion' "$1"; }
failed=0
for set in "$here"/bench/precision/stored-*; do
  name=$(basename "$set")
  for format in json sarif text github; do
    dotnet "$cli/inclusive.dll" scan "$set" --format "$format" --output "$work/native.out" --fail-on none >/dev/null 2>&1
    INCLUSIVE_NATIVE=0 dotnet "$cli/inclusive.dll" scan "$set" --format "$format" --output "$work/dotnet.out" --fail-on none >/dev/null 2>&1
    if ! diff -q <(strip "$work/native.out") <(strip "$work/dotnet.out") >/dev/null; then
      echo "DIFFERENT: scan $name --format $format"; failed=1
    fi
  done
  for side in native dotnet; do rm -rf "$work/$side" && cp -r "$set" "$work/$side"; done
  (cd "$work/native" && dotnet "$cli/inclusive.dll" fix . --dry-run >"$work/native.diff" 2>/dev/null)
  (cd "$work/dotnet" && INCLUSIVE_NATIVE=0 dotnet "$cli/inclusive.dll" fix . --dry-run >"$work/dotnet.diff" 2>/dev/null)
  if ! cmp -s "$work/native.diff" "$work/dotnet.diff"; then
    echo "DIFFERENT: fix --dry-run $name"; failed=1
  else
    echo "same: $name (4 formats; fix: $(wc -l <"$work/native.diff") patch lines)"
  fi
done
exit $failed
