#!/usr/bin/env python3
"""Builds a git repository with 30 release tags for the report --history benchmark.

500 files (300 Markdown, 200 C#), about 50 lines each, a few in ten carrying master/slave wording and
other terms. Each release edits about 4% of the files; releases 10 to 20 rename master/slave to
primary/replica file by file (as a real clean-up does), so the racial count falls by more than half.
Deterministic (seeded); dates one month apart from 2016. Usage: make-history-repo.py DIR
"""
import os, random, subprocess, sys

out = sys.argv[1]
rng = random.Random(14)
os.makedirs(out, exist_ok=True)

def git(*args, date=None):
    env = dict(os.environ, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.org",
               GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.org")
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    subprocess.run(["git", "-c", "commit.gpgsign=false", *args], cwd=out, env=env, check=True, stdout=subprocess.DEVNULL)

PROSE = ["The client keeps one connection per endpoint and multiplexes commands over it.",
         "Timeouts are reported with the endpoint, the command and the queue length.",
         "Configuration strings list endpoints separated by commas, then options.",
         "A sanity check runs before the first command is sent.",
         "Keys are hashed to slots; each slot belongs to one node of the cluster."]
RACIAL = ["The master accepts writes and each slave replicates them.",
          "If the master fails, a slave is promoted by the sentinel.",
          "Reads can be sent to a slave when the command allows it."]

def markdown(i, renamed, edit):
    lines = [f"# Topic {i}", ""]
    r = random.Random(i * 7919 + edit)
    for n in range(48):
        line = r.choice(RACIAL) if (i % 4 == 0 and n % 9 == 0) else r.choice(PROSE)
        lines.append(line)
    text = "\n".join(lines) + "\n"
    return rename(text) if renamed else text

def csharp(i, renamed, edit):
    r = random.Random(i * 104729 + edit)
    lines = [f"namespace Bench.Generated{i % 10};", "", f"public sealed class Component{i}", "{"]
    if i % 5 == 0:
        lines += ["    // Connects to the master first, then to each slave.",
                  "    public bool IsSlave { get; set; }",
                  "    public int MasterPort { get; set; }"]
    for n in range(40):
        lines.append(f"    public int Value{n}{edit} => {r.randint(0, 999)}; // returns the configured value")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    return rename(text) if renamed else text

def rename(text):
    return (text.replace("master", "primary").replace("Master", "Primary")
                .replace("slave", "replica").replace("Slave", "Replica"))

files = [(f"docs/topic{i:03}.md", markdown, i) for i in range(300)] + [(f"src/Component{i:03}.cs", csharp, i) for i in range(200)]
edits = {path: 0 for path, _, _ in files}
renamed = set()
git("init", "-q", "-b", "main")
for release in range(1, 31):
    if release > 1:
        for path, _, _ in rng.sample(files, len(files) // 25):
            edits[path] += 1
    if 10 <= release <= 20:
        for path, _, _ in files:
            if rng.random() < 0.18:
                renamed.add(path)
    if release == 20:
        renamed.update(path for path, _, _ in files)
    for path, make, i in files:
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(make(i, path in renamed, edits[path]))
    date = f"{2016 + (release - 1) // 12}-{(release - 1) % 12 + 1:02}-01T12:00:00Z"
    git("add", "-A")
    git("commit", "-q", "-m", f"release {release}", date=date)
    git("tag", f"v1.{release}.0", date=date)
print(out)
