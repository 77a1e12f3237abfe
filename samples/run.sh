#!/usr/bin/env bash
# The sample in one step: pack InclusiveAnalyzers from this repository into a local feed
# (samples/artifacts/feed), then build Sample.sln against it the way a user's project consumes it.
# Extra arguments go to dotnet build (e.g. ./run.sh -warnaserror).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
feed="$here/artifacts/feed"

# The sample's own package cache: a freshly packed 0.1.0 is never hidden by an older copy of the same
# version. Only the sample's build uses it; the pack restores the repository's projects with the
# usual cache, so their obj/ folders never point at a folder that is deleted with artifacts/.
packages="$here/artifacts/packages"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
rm -rf "$feed" "$packages/inclusiveanalyzers"
mkdir -p "$feed"

echo "Packing InclusiveAnalyzers into $feed ..."
dotnet pack "$repo/nuget/InclusiveAnalyzers.Package/InclusiveAnalyzers.Package.csproj" -c Release -o "$feed" -nologo -v:q -clp:NoSummary

package="$(cd "$feed" && ls InclusiveAnalyzers.*.nupkg | head -n 1)"
version="${package#InclusiveAnalyzers.}"
version="${version%.nupkg}"

echo "Building Sample.sln against InclusiveAnalyzers $version ..."
# --no-incremental: the compiler reports code findings on every run, not only when code changed.
# --force: the version stays 0.1.0 while its contents change, so a no-op restore would keep the file
# lists of an earlier pack in obj/project.assets.json (a new analyzer assembly would be missing).
NUGET_PACKAGES="$packages" dotnet build "$here/Sample.sln" --no-incremental --force -p:InclusiveAnalyzersVersion="$version" -nologo "$@"
