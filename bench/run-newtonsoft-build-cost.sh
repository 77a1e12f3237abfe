#!/usr/bin/env bash
# Analyzer cost on a second real library: Newtonsoft.Json, the library issue 9 first measured (7.1% of Csc then).
# Its source is not stored here, so this restores the Newtonsoft.Json package (13.0.4, served by the NuGet copy),
# decompiles its netstandard2.0 assembly with ILSpy's command line (ilspycmd 9.1.0.7988, a dotnet tool installed into
# the work folder) into C#, with the XML documentation of every public member put back from the package's
# Newtonsoft.Json.xml (8,337 `///` lines in 274 files), and runs run-markdig-build-cost.sh on that source.
# What differs from the real source: no `//` comments (the decompiler cannot see them) and locals renamed; so the
# comment analyzer sees only the documentation. One line is patched so the decompiled code compiles (an override of an
# unconstrained `T?` needs `where T : default`). Nothing decompiled is committed.
#   bench/run-newtonsoft-build-cost.sh [ROUNDS] [--shared] [--no-pack]   (arguments go to run-markdig-build-cost.sh)
# (NEWTONSOFT_WORK=folder, default /tmp/inclusive-newtonsoft-cost)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${NEWTONSOFT_WORK:-/tmp/inclusive-newtonsoft-cost}"
version=13.0.4
mkdir -p "$work"

source="$work/source"
if [ ! -f "$source/Newtonsoft.Json.Linq/JContainer.cs" ]; then
  # The package, restored by a throwaway project into the usual NuGet cache.
  mkdir -p "$work/get"
  cat > "$work/get/get.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="Newtonsoft.Json" Version="$version" /></ItemGroup>
</Project>
XML
  dotnet restore "$work/get" -nologo -v:q >/dev/null
  assembly="${NUGET_PACKAGES:-$HOME/.nuget/packages}/newtonsoft.json/$version/lib/netstandard2.0/Newtonsoft.Json.dll"
  [ -f "$assembly" ] || { echo "no $assembly after restore" >&2; exit 1; }

  # ilspycmd 9.1 is framework-dependent (net8.0); 11.x installs a native build that needs a newer glibc than Debian 12's.
  if [ ! -d "$work/ilspy" ]; then
    dotnet tool install --tool-path "$work/ilspy" ilspycmd --version 9.1.0.7988 >/dev/null
  fi
  ilspy="$(find "$work/ilspy/.store" -name ilspycmd.dll | head -1)"
  rm -rf "$work/decompiled"
  DOTNET_ROLL_FORWARD=Major dotnet "$ilspy" -p -o "$work/decompiled" "$assembly" >/dev/null

  # The benchmark writes its own project file; the decompiled one and its assembly attributes would clash with it.
  rm -rf "$source"
  cp -r "$work/decompiled" "$source"
  rm -rf "$source"/*.csproj "$source/Properties" "$source/obj" "$source/bin"
  sed -i 's/public override IEnumerable<T?> Values<T>()$/public override IEnumerable<T?> Values<T>() where T : default/' \
    "$source/Newtonsoft.Json.Linq/JContainer.cs"
  echo "decompiled Newtonsoft.Json $version: $(find "$source" -name '*.cs' | wc -l) files, $(find "$source" -name '*.cs' -exec cat {} + | grep -c '///') documentation lines"
fi

BENCH_WORK="$work/build" MARKDIG_SRC="$source" BENCH_VERSION="${BENCH_VERSION:-0.0.0-newtonsoftcost}" \
  "$here/bench/run-markdig-build-cost.sh" "$@"
