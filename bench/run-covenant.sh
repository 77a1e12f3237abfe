#!/usr/bin/env bash
# The code-of-conduct audit over every stored Contributor Covenant translation (issue 8): placeholder
# found, and no false "no reporting contact" once the placeholder is filled.
#   bench/run-covenant.sh [--list]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
dotnet build -c Release -v q --nologo "$here/InclusiveAnalyzers.CovenantAudit/InclusiveAnalyzers.CovenantAudit.csproj" >/dev/null
dotnet "$here/InclusiveAnalyzers.CovenantAudit/bin/Release/net10.0/InclusiveAnalyzers.CovenantAudit.dll" "$repo/bench/coc-covenant" "$@"
