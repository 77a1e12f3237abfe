"""Summarizes bench/run-razor-cost.sh: Roslyn's ReportAnalyzer telemetry per build and the csc replay's CPU."""
import re
import statistics
import sys

OURS = "InclusiveAnalyzers"


def seconds(text):
    return 0.0005 if text.startswith("<") else float(text)


def telemetry(text):
    """(total seconds, {assembly: (seconds, {analyzer: seconds})}) from a ReportAnalyzer block."""
    m = re.search(r"Total analyzer execution time: ([\d.]+) seconds", text)
    total = float(m.group(1)) if m else 0.0
    assemblies, current = {}, None
    start = text.find("Time (s)    %   Analyzer", m.end() if m else 0)
    for line in text[start:].splitlines()[1:]:
        row = re.match(r"\s+(<?[\d.]+)\s+(<?\d+)\s+(.+)$", line)
        if not row:
            if line.strip() == "":
                continue
            break
        name = row.group(3).strip()
        if ", Version=" in name:
            current = name.split(",")[0]
            assemblies[current] = (seconds(row.group(1)), {})
        elif current:
            assemblies[current][1][name.split(" (")[0].split(".")[-1]] = seconds(row.group(1))
    return total, assemblies


def csc_ms(text):
    m = re.search(r"Task Performance Summary:(.*)", text, re.S)
    row = re.search(r"(\d+) ms\s+Csc\s+\d+ calls", m.group(1)) if m else None
    return int(row.group(1)) if row else None


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else float("nan")


def main(work, rounds):
    print("\n== dotnet build, ReportAnalyzer (seconds)")
    print("| Build | Load | Wall | CPU | Csc task | All analyzers | Ours | Ours / analyzers | Ours / Csc | "
          + "Per analyzer of ours (% of Csc) | AspNetCore.App.Analyzers |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
    shares, csc_shares, ours_s, per = [], [], [], {}
    for i in range(1, rounds + 1):
        text = open(f"{work}/build{i}.log", encoding="utf-8", errors="replace").read()
        load, wall, user, sys_ = open(f"{work}/meta{i}").read().split()
        total, asm = telemetry(text)
        ours, children = asm.get(OURS, (0.0, {}))
        asp = asm.get("Microsoft.AspNetCore.App.Analyzers", (0.0, {}))[0]
        csc = csc_ms(text)
        share = ours / total if total else 0
        cshare = ours / (csc / 1000) if csc else None
        shares.append(share); csc_shares.append(cshare); ours_s.append(ours)
        for k, v in children.items():
            per.setdefault(k, []).append(v / (csc / 1000) if csc else None)
        detail = ", ".join(f"{k} {v:.3f} ({100 * v / (csc / 1000):.1f}%)" for k, v in sorted(children.items(), key=lambda kv: -kv[1]) if v >= 0.001 and csc)
        print(f"| {i} | {load} | {float(wall):.1f} | {float(user) + float(sys_):.1f} | {csc / 1000 if csc else float('nan'):.2f} | {total:.3f} | "
              f"{ours:.3f} | {100 * share:.0f}% | {100 * cshare if cshare is not None else float('nan'):.1f}% | {detail} | {asp:.3f} |")
    print(f"\nMedians: ours {med(ours_s):.3f} s, {100 * med(shares):.0f}% of analyzer time, {100 * med(csc_shares):.1f}% of the Csc task")
    if rounds > 2:
        # With the compiler server the first build pays the process's first use (JIT, static tables); the rest do not.
        print(f"Builds 2 to {rounds}: ours {med(ours_s[1:]):.3f} s, {100 * med(shares[1:]):.0f}% of analyzer time, {100 * med(csc_shares[1:]):.1f}% of the Csc task")
    for k, v in sorted(per.items(), key=lambda kv: -med(kv[1])):
        print(f"  {k}: {100 * med(v):.2f}% of Csc")

    print("\n== csc replayed with and without our analyzers (CPU = user + sys of the csc process)")
    print("| Round | Load | Without: wall / CPU | With: wall / CPU | CPU added | Ours in telemetry | Markup off: CPU added |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    cpu = {"with": [], "without": [], "nomarkup": []}
    for i in range(1, rounds + 1):
        row = {}
        for v in ("without", "with", "nomarkup"):
            load, wall, user, sys_ = open(f"{work}/replay-{v}{i}.meta").read().split()
            row[v] = (load, float(wall), float(user) + float(sys_))
            cpu[v].append(row[v][2])
        out = open(f"{work}/replay-with{i}.out", encoding="utf-8", errors="replace").read()
        errors = re.findall(r": error [A-Z]+\d+", out)
        ours = telemetry(out)[1].get(OURS, (0.0, {}))[0]
        print(f"| {i} | {row['without'][0]} | {row['without'][1]:.2f} / {row['without'][2]:.2f} | {row['with'][1]:.2f} / {row['with'][2]:.2f} | "
              f"{row['with'][2] - row['without'][2]:+.2f} | {ours:.3f}{' (' + str(len(errors)) + ' errors!)' if errors else ''} | "
              f"{row['nomarkup'][2] - row['without'][2]:+.2f} |")
    w, wo = med(cpu["with"]), med(cpu["without"])
    n = med(cpu["nomarkup"])
    print(f"\nMedian CPU: without {wo:.2f} s, with {w:.2f} s: ours add {w - wo:+.2f} s ({100 * (w - wo) / wo:+.1f}%); "
          f"with the Razor markup checks off {n:.2f} s ({n - wo:+.2f} s, {100 * (n - wo) / wo:+.1f}%)")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
