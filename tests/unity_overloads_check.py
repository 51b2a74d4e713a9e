#!/usr/bin/env python3
"""Checks a unity build (the asan preset's, CMAKE_UNITY_BUILD) for the one way it can compile other
code than the ordinary build: two source files of one batch each defining a function of the same name
in an anonymous namespace. With the same parameters, the batch fails to
compile, which is safe. With different parameters the two become overloads, and a call in the later
file may silently take the earlier file's function. So every such name is reported.

    tests/unity_overloads_check.py BUILD_DIR

Reads the batches' object files with `nm -C` (a Debug build keeps every used file-scope function as a
local symbol). Prints `object: name: signature | signature` per clash and exits 1 when there is one,
0 when there is none, 2 when the build holds no unity object (not a unity build, or not built yet).
Fix a clash by giving one of the functions a name that says what it does, or by sharing one
definition in a header when the two do the same.
"""
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ANONYMOUS = "(anonymous namespace)::"
# Names that overload by design: GoogleTest finds a type's value printer by this name.
BY_DESIGN = {"PrintTo"}
# A symbol of a file-scope function: named namespaces, then the anonymous one, then the function.
FILE_SCOPE = re.compile(r"^(\w+::)*\(anonymous namespace\)::\w+\(")


def file_scope_functions(obj: Path):
    """Each file-scope function of an object file: {qualified name: {signature, ...}}."""
    out = subprocess.run(["nm", "-C", "--defined-only", str(obj)], capture_output=True, text=True,
                         check=True).stdout
    found = defaultdict(set)
    for line in out.splitlines():
        parts = line.split(" ", 2)
        if len(parts) != 3 or parts[1] not in ("t", "T", "W", "w") or ANONYMOUS not in parts[2]:
            continue
        symbol = parts[2]
        if not FILE_SCOPE.match(symbol):  # e.g. a library template instantiated for a file-scope type
            continue
        start = symbol.index(ANONYMOUS) + len(ANONYMOUS)
        # The function's own name and parameter list: up to the parenthesis that closes its first "(".
        depth, end = 0, None
        for i in range(start, len(symbol)):
            if symbol[i] == "(":
                depth += 1
            elif symbol[i] == ")":
                depth -= 1
                if depth == 0:
                    end = i + 1
                    break
        if end is None:
            continue
        signature = symbol[:end]
        name = signature[:signature.index("(", start)]
        if name[start:] not in BY_DESIGN:
            found[name].add(signature)
    return found


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    objects = sorted(Path(sys.argv[1]).glob("**/Unity/unity_*_cxx.cxx.o"))
    if not objects:
        print(f"no unity objects under {sys.argv[1]}: build the asan preset first", file=sys.stderr)
        return 2
    clashes = 0
    for obj in objects:
        for name, signatures in sorted(file_scope_functions(obj).items()):
            if len(signatures) > 1:
                clashes += 1
                print(f"{obj.relative_to(sys.argv[1])}: {name}: {' | '.join(sorted(signatures))}")
    print(f"{len(objects)} unity batches, {clashes} name(s) defined more than once at file scope")
    return 1 if clashes else 0


if __name__ == "__main__":
    sys.exit(main())
