#!/usr/bin/env python3
"""Writes SARIF 2.1.0 logs for the report --merge benchmark: COUNT logs holding RESULTS results in all,
shaped as the CLI writes them (SRCROOT, rules, properties.term/replacements, a code-of-conduct grade),
every tenth one as a build ErrorLog (the compiler's run with CS warnings, our results under
customProperties, some suppressed). Deterministic. Usage: make-sarif-logs.py DIR [COUNT] [RESULTS]
"""
import json, os, random, sys

out, count, total = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 500, int(sys.argv[3]) if len(sys.argv) > 3 else 200000
rng = random.Random(9)
os.makedirs(out, exist_ok=True)
terms = [("INCL201", "master", ["primary"]), ("INCL201", "slave", ["replica"]), ("INCL201", "whitelist", ["allowlist"]),
         ("INCL101", "sanity-check", ["confidence check"]), ("INCL102", "blacklist", ["denylist"]),
         ("INCL301", None, None), ("INCL320", None, None), ("INCL330", None, None), ("INCL405", None, None)]
per = total // count
for n in range(count):
    repo = f"repo{n:03}"
    build = n % 10 == 0
    results = []
    for k in range(per):
        rule, term, repl = rng.choice(terms)
        path = f"{rng.choice(['docs', 'src', 'samples'])}/file{rng.randint(0, 60)}.{'cs' if rule.startswith('INCL1') else 'md'}"
        r = {"ruleId": rule, "level": rng.choice(["warning", "warning", "error", "note"]),
             "message": {"text": f"Consider replacing '{term}'." if term else "An accessibility problem."},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": path, "uriBaseId": "SRCROOT"},
                                                 "region": {"startLine": k + 1, "startColumn": 1}}}]}
        if term:
            r["properties"] = ({"customProperties": {"TermId": term, "Replacements": "\n".join(repl)}} if build
                               else {"term": term, "replacements": repl})
        if build and k % 20 == 0:
            r["suppressions"] = [{"kind": "inSource"}]
        if build:
            r["locations"][0]["physicalLocation"]["artifactLocation"] = {"uri": f"file:///build/{repo}/{path}"}
        results.append(r)
    run = {"tool": {"driver": {"name": "InclusiveAnalyzers", "rules": [{"id": t[0]} for t in terms]}},
           "originalUriBaseIds": {"SRCROOT": {"uri": f"file:///work/{repo}/"}},
           "results": results,
           "properties": {"codeOfConduct": [{"uri": "CODE_OF_CONDUCT.md", "grade": rng.choice(["green", "yellow", "red"])}]}}
    runs = [run]
    if build:
        compiler = {"tool": {"driver": {"name": "Microsoft (R) Visual C# Compiler"}},
                    "results": [{"ruleId": "CS8618", "level": "warning", "message": {"text": "Non-nullable"}} for _ in range(50)]}
        runs = [compiler, run]
    with open(os.path.join(out, f"{repo}.sarif"), "w") as f:
        json.dump({"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": runs}, f)
print(f"{count} logs, {per * count} results in {out}")
