#!/usr/bin/env bash
# Documents benchmark: installs the Python 3.11 HTML docs (Debian package python3.11-doc, 50.7 MB)
# when they are missing, then runs the in-process benchmark. Extra arguments go to the benchmark
# (--quick for stopwatch figures and peak memory; otherwise BenchmarkDotNet).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -d /usr/share/doc/python3.11/html ]; then
  echo "Installing python3.11-doc (the HTML set) ..."
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq python3.11-doc >/dev/null
fi
exec dotnet run -c Release --project "$here/InclusiveAnalyzers.Documents.Benchmarks" -- "$@"
