#!/usr/bin/env bash
# Builds the build-cost tree of issue 15: one C# project (App/) referencing the packed InclusiveAnalyzers,
# in a repository whose docs/ holds the Open Source Guides' Markdown and the Python 3.11 HTML docs.
# Usage: make-tree.sh TREE FEED VERSION   (FEED: a folder holding InclusiveAnalyzers.VERSION.nupkg)
set -euo pipefail
tree="${1:?tree folder}"; feed="${2:?package feed folder}"; version="${3:-0.1.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="${INCLUSIVE_CORPUS:-$here/../../../shared/corpus}"
if [ ! -d /usr/share/doc/python3.11/html ]; then
  echo "Installing python3.11-doc (the HTML set) ..."
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq python3.11-doc >/dev/null
fi
rm -rf "$tree"; mkdir -p "$tree/.git" "$tree/App" "$tree/docs"
echo "ref: refs/heads/main" > "$tree/.git/HEAD"
cp -r "$corpus/opensource-guide" "$tree/docs/opensource-guide"
cp -r /usr/share/doc/python3.11/html "$tree/docs/python"
cat > "$tree/nuget.config" <<X
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><clear /><add key="local" value="$feed" /></packageSources>
</configuration>
X
cat > "$tree/App/App.csproj" <<X
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="InclusiveAnalyzers" Version="$version" PrivateAssets="all" /></ItemGroup>
</Project>
X
printf 'namespace App;\npublic static class Program { public static void Main() { } }\n' > "$tree/App/Program.cs"
printf '# App\n\nHosts on the whitelist may connect.\n' > "$tree/App/README.md"
echo "documents: $(find "$tree/docs" -type f \( -name '*.md' -o -name '*.markdown' -o -name '*.html' -o -name '*.htm' \) | wc -l)"
