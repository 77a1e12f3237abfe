#!/usr/bin/env bash
# Agreement with the W3C ACT rules' own examples (issue 8). Builds the runner (Release) and prints
# agreement per ACT rule and overall; --misses lists every example where our verdict differs.
#   bench/run-act.sh [--misses]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
dotnet build -c Release -v q --nologo "$here/InclusiveAnalyzers.ActAgreement/InclusiveAnalyzers.ActAgreement.csproj" >/dev/null
dotnet "$here/InclusiveAnalyzers.ActAgreement/bin/Release/net10.0/InclusiveAnalyzers.ActAgreement.dll" "$repo/bench/act/examples" "$@"
