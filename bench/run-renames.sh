#!/usr/bin/env bash
# Rename recall on renames real maintainers made (issue 8): INCL101 on each old declaration, and its first suggestion
# against the maintainers' new name.
#   bench/run-renames.sh [--list]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet build -c Release -v q --nologo "$here/InclusiveAnalyzers.RenameRecall/InclusiveAnalyzers.RenameRecall.csproj" >/dev/null
dotnet "$here/InclusiveAnalyzers.RenameRecall/bin/Release/net10.0/InclusiveAnalyzers.RenameRecall.dll" "$here/renames/renames.tsv" "$@"
