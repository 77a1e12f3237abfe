#!/usr/bin/env python3
"""Splits the CPU samples of one perf-recorded compiler run (perf script text) by what our analyzers did.

A sample is ours when a frame of an InclusiveAnalyzers assembly is on its stack (JIT-compiled frames are named through
the runtime's perf map). Ours are split by the outermost of our frames (the callback Roslyn called: compilation start,
tree action, symbol action, or an analyzer's constructor) and by what ran under the innermost: the JIT compiling a
method, the runtime (type loading, stubs, allocation, collection) or our own code. Prints milliseconds (samples divided
by the sampling frequency) and our share of all the process's samples.
  cpu_split.py PERF_SCRIPT_TEXT FREQUENCY
"""
import collections
import re
import sys


def samples(path):
    current = None
    with open(path, errors="replace") as text:
        for line in text:
            if not line.strip():
                if current is not None:
                    yield current
                current = None
            elif not line[0].isspace():
                current = []
            elif current is not None:
                parts = line.strip().split(" ", 1)
                current.append(parts[1] if len(parts) > 1 else "")
    if current is not None:
        yield current


def short(frame):
    frame = re.sub(r"\[[^\]]*\]|\(.*", "", frame)
    frame = re.sub(r"^(instance )?\S+ +", "", frame).strip()
    return frame.replace("InclusiveAnalyzers.", "")[:100]


def main():
    path, frequency = sys.argv[1], float(sys.argv[2])
    total = 0
    kinds = collections.Counter()
    callbacks = collections.Counter()
    for frames in samples(path):
        total += 1
        ours = [i for i, f in enumerate(frames) if "InclusiveAnalyzers" in f]
        if not ours:
            continue
        below = frames[:ours[0]]
        if any("libclrjit" in f for f in below):
            kind = "jit"
        elif any("libcoreclr" in f for f in below):
            kind = "runtime"
        else:
            kind = "code"
        kinds[kind] += 1
        callbacks[short(frames[ours[-1]])] += 1
    mine = sum(kinds.values())
    ms = lambda n: n * 1000.0 / frequency
    print(f"ours {ms(mine):.0f} ms of CPU ({100.0 * mine / max(total, 1):.2f}% of the compiler's {ms(total):.0f} ms):"
          f" JIT {ms(kinds['jit']):.0f}, runtime {ms(kinds['runtime']):.0f}, our code {ms(kinds['code']):.0f}")
    for name, count in callbacks.most_common(8):
        print(f"  {ms(count):5.0f} ms  {name}")


if __name__ == "__main__":
    main()
