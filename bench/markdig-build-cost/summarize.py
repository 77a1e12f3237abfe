"""Summarizes bench/run-markdig-build-cost.sh: per build, the Csc task and Roslyn's ReportAnalyzer telemetry, with
our analyzers and without any analyzer package (the baseline)."""
import os
import re
import sys

# The ReportAnalyzer and performance-summary parsers are the Razor benchmark's.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "razor-cost"))
from summarize import OURS, csc_ms, med, telemetry  # noqa: E402


def build(work, variant, i):
    text = open(f"{work}/{variant}-build{i}.log", encoding="utf-8", errors="replace").read()
    load, wall, user, sys_ = open(f"{work}/{variant}-meta{i}").read().split()
    errors = len(set(re.findall(r"error [A-Z]+\d+:.*", text)))
    total, asm = telemetry(text)
    return load, float(wall), float(user) + float(sys_), csc_ms(text), total, asm.get(OURS, (0.0, {})), errors


def main(work, rounds):
    print("\n== dotnet build -p:ReportAnalyzer=true (seconds; Csc = the task's time in the performance summary)")
    print("| Build | Load | No package: Csc / analyzers / CPU | Ours: Csc / analyzers / CPU | Ours (telemetry) | Ours / Csc | Per analyzer of ours (% of Csc) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    base_csc, with_csc, shares, per = [], [], [], {}
    for i in range(1, rounds + 1):
        b = build(work, "without", i)
        w = build(work, "with", i)
        csc = w[3] / 1000 if w[3] else None
        ours, children = w[5]
        share = ours / csc if csc else None
        base_csc.append(b[3]); with_csc.append(w[3]); shares.append(share)
        for k, v in children.items():
            per.setdefault(k, []).append(v / csc if csc else None)
        detail = ", ".join(f"{k} {v:.3f} ({100 * v / csc:.1f}%)" for k, v in sorted(children.items(), key=lambda kv: -kv[1]) if v >= 0.001 and csc)
        errors = f" ({b[6] + w[6]} compile errors!)" if b[6] + w[6] else ""
        print(f"| {i} | {b[0]} / {w[0]} | {b[3] / 1000:.2f} / {b[4]:.3f} / {b[2]:.1f} | {csc:.2f} / {w[4]:.3f} / {w[2]:.1f} | "
              f"{ours:.3f} | {100 * share:.1f}%{errors} | {detail} |")
    print(f"\nMedians: Csc {med(base_csc) / 1000:.2f} s without the package, {med(with_csc) / 1000:.2f} s with it; "
          f"ours {100 * med(shares):.1f}% of the Csc task")
    if rounds > 2:
        # With the compiler server the first build pays the server's first use of our assemblies (JIT, tables).
        print(f"Builds 2 to {rounds}: ours {100 * med(shares[1:]):.1f}% of the Csc task")
    for k, v in sorted(per.items(), key=lambda kv: -med(kv[1])):
        print(f"  {k}: {100 * med(v):.2f}% of Csc")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
