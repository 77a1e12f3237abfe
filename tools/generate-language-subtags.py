#!/usr/bin/env python3
"""Regenerates src/InclusiveAnalyzers.Documents/Accessibility/Page/LanguageSubtags.txt from the IANA
Language Subtag Registry as the npm package language-subtag-registry publishes it (CC0-1.0).

    cd /tmp && npm pack language-subtag-registry && tar xzf language-subtag-registry-*.tgz
    python3 tools/generate-language-subtags.py /tmp/package
"""
import json, os, sys

package = sys.argv[1] if len(sys.argv) > 1 else "package"
registry = json.load(open(os.path.join(package, "data", "json", "registry.json"), encoding="utf-8"))
meta = json.load(open(os.path.join(package, "data", "json", "meta.json"), encoding="utf-8"))
version = json.load(open(os.path.join(package, "package.json"), encoding="utf-8"))["version"]

order = ["language", "extlang", "script", "region", "variant", "grandfathered", "redundant"]
values = {kind: [] for kind in order}
for record in registry:
    kind = record["Type"]
    values[kind].append(record.get("Subtag") or record.get("Tag"))

out = os.path.join(os.path.dirname(__file__), "..", "src", "InclusiveAnalyzers.Documents", "Accessibility", "Page", "LanguageSubtags.txt")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# IANA Language Subtag Registry, File-Date {meta['File-Date']}, from the npm package language-subtag-registry {version} (CC0-1.0).\n")
    f.write("# One line per record type: the type, then its subtags (or whole tags); a..b is a range. Regenerate with tools/generate-language-subtags.py.\n")
    for kind in order:
        f.write(kind + " " + " ".join(values[kind]) + "\n")
print(out, {k: len(v) for k, v in values.items()})
