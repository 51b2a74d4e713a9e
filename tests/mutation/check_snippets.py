#!/usr/bin/env python3
"""Checks that every planted bug of tests/mutation/mutants.txt still applies: its file exists and its
`find:` snippet occurs exactly once there. run.sh reports a stale one as INVALID only when the rotating
sample reaches it (and CI then fails on some later commit); this finds it on the commit that made it
stale. Usage: check_snippets.py [REPOSITORY_ROOT]"""
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
text = (root / "tests/mutation/mutants.txt").read_text(encoding="utf-8")
problems = []
count = 0
for block in text.split("\n\n"):
    fields = {}
    for line in block.splitlines():
        if line.startswith("#") or ":" not in line:
            continue
        key, value = line.split(":", 1)
        fields.setdefault(key.strip(), value[1:] if value.startswith(" ") else value)
    if "name" not in fields:
        continue
    count += 1
    source = root / fields.get("file", "")
    if not source.is_file():
        problems.append(f"{fields['name']}: no file {fields.get('file')}")
        continue
    found = source.read_text(encoding="utf-8").count(fields.get("find", ""))
    if found != 1:
        problems.append(f"{fields['name']}: its snippet occurs {found} times in {fields['file']}, not once: "
                        f"update `find:` in tests/mutation/mutants.txt to the code as it is now")
for problem in problems:
    print(problem)
print(f"mutants: {count - len(problems)} of {count} snippets apply")
sys.exit(1 if problems else 0)
