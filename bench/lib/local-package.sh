# Sourced by the build-cost benchmarks (run-razor-cost.sh, run-markdig-build-cost.sh): packs the package from this
# checkout into a local feed and points a project at it. Not run on its own.

# pack_local_package CHECKOUT FEED VERSION LOG: packs nuget/InclusiveAnalyzers.Package as VERSION into FEED.
pack_local_package() {
  local checkout="$1" feed="$2" version="$3" log="$4"
  echo "packing $version from $checkout ($(git -C "$checkout" rev-parse --short HEAD)$(git -C "$checkout" diff --quiet HEAD -- src nuget || echo ', with uncommitted changes'))"
  rm -rf "$feed"
  dotnet pack "$checkout/nuget/InclusiveAnalyzers.Package" -c Release -p:Version="$version" -o "$feed" -nologo -v:q -clp:NoSummary >"$log" \
    || { cat "$log"; return 1; }
  # The same version is repacked: NuGet would keep serving its first extraction.
  rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/inclusiveanalyzers/$version"
}

# use_local_package PROJECT_DIR CSPROJ FEED VERSION: a nuget.config serving InclusiveAnalyzers from FEED only, and
# a PackageReference to VERSION in CSPROJ.
use_local_package() {
  local dir="$1" csproj="$2" feed="$3" version="$4"
  cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="InclusiveAnalyzers" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
  sed -i "s#</Project>#  <ItemGroup><PackageReference Include=\"InclusiveAnalyzers\" Version=\"$version\" PrivateAssets=\"all\" /></ItemGroup>\n</Project>#" "$csproj"
}
