#!/usr/bin/env bash
# What an editor shows: packs the package from this checkout and builds the sample against it (samples/run.sh), then
# opens the sample solution in csharp-ls 0.28.0 (a C# language server on Roslyn's workspace, analyzers on) and checks
# that our diagnostics reach the editor: those of the open C# file, and the workspace's (C#, Razor, the project's
# Markdown). Expected ids per file: bench/ide/expected.json. Not a test: it installs a global tool. About 2 minutes.
#   bench/run-ide-check.sh [--no-build]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ "${1:-}" != "--no-build" ]; then
  "$here/samples/run.sh" >/tmp/inclusive-ide-check-build.log 2>&1 || { echo "samples/run.sh failed: /tmp/inclusive-ide-check-build.log"; exit 1; }
fi
[ -x "$HOME/.dotnet/tools/csharp-ls" ] || dotnet tool install -g csharp-ls --version 0.28.0 >/dev/null
# The sample restores into its own package folder (see samples/run.sh): the server must read the same one.
NUGET_PACKAGES="$here/samples/artifacts/packages" python3 "$here/bench/ide/lsp_check.py" "$here/samples" Sample.sln \
  src/Cluster/MasterNode.cs "$here/bench/ide/expected.json"
