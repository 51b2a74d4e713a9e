#!/usr/bin/env python3
"""Checks a unity build (the ci and asan presets', CMAKE_UNITY_BUILD) for the way it most easily compiles other
code than the ordinary build: two file-scope helpers (anonymous namespace) of one name in one batch.
With the same parameters the batch fails to compile; with different ones they overload each other, and
a call may silently take the other one. Which files share a batch is CMake's choice and differs between
versions (Debian 13's CMake and Qt put two helpers named `number` of ui/sheet in one batch that Debian
12's kept apart, and its build failed). So the rule is: no two file-scope helpers of one name in one
target (library or program), whatever batch they are in, overloads inside one file included (the
symbols do not say which file a function came from), and no two file-scope types, aliases or constants
of one name either (those leave no symbol: a second pass reads the sources the batches include, and
names every name declared directly in an anonymous namespace of two files of one target).
docs/development.md ("CI") has the other rules of a unity batch, which this does not check.

    tests/unity_overloads_check.py BUILD_DIR

Reads the batches' symbols with `nm -C`. A helper the compiler inlined at every call leaves no symbol
and is not seen: two such helpers with the same parameters still fail the batch's compile, but an
overloaded pair of them does not. Prints `target: name: signature (batch) | …` per clash and exits 1
when there is one, 0 when there is none, 2 when it cannot check (no unity object under BUILD_DIR, or no
nm). Fix a clash by giving one helper a name that says what it does, or by sharing one definition in a
header when the two do the same.
"""
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

# Names that overload by design: GoogleTest finds a type's value printer by this name.
BY_DESIGN = {"PrintTo"}
# A symbol of a file-scope function: named namespaces, then the anonymous one, then the function and,
# for a function template, its arguments (after its return type, which a template's symbol starts with).
FILE_SCOPE = re.compile(r"(?:^|\s)((?:\w+::)*\(anonymous namespace\)::)(\w+)(<.*?>)?\(")


def file_scope_functions(obj: Path):
    """Each file-scope function of an object file: {qualified name: {signature, ...}}."""
    out = subprocess.run(["nm", "-C", "--defined-only", str(obj)], capture_output=True, text=True,
                         check=True).stdout
    found = defaultdict(set)
    for line in out.splitlines():
        parts = line.split(" ", 2)
        if len(parts) != 3 or parts[1] not in ("t", "T", "W", "w"):
            continue
        symbol = parts[2]
        match = FILE_SCOPE.search(symbol)
        if not match or match.group(2) in BY_DESIGN:
            continue
        # The signature: the name and its parameter list, up to the parenthesis that closes it.
        depth, end = 0, None
        for i in range(match.end() - 1, len(symbol)):
            if symbol[i] == "(":
                depth += 1
            elif symbol[i] == ")":
                depth -= 1
                if depth == 0:
                    end = i + 1
                    break
        if match.group(3):  # a template's instantiations are one function here
            found[match.group(1) + match.group(2)].add(match.group(1) + match.group(2) + "<…>")
        elif end is not None:
            found[match.group(1) + match.group(2)].add(symbol[match.start(1):end])
    return found


INCLUDED_SOURCE = re.compile(r'#include\s+"([^"]+\.(?:cpp|cc|cxx))"')
# What a line directly inside an anonymous namespace declares (the project writes namespace contents
# unindented, one declaration starting a line): a type, an alias, a constant, else a function.
DECLARED = [
    re.compile(r"^(?:template\s*<[^>]*>\s*)?(?:struct|class|union|enum(?:\s+class|\s+struct)?)\s+(\w+)"),
    re.compile(r"^using\s+(\w+)\s*="),
    re.compile(r"^(?:static\s+)?(?:inline\s+)?(?:constexpr|const)\b[^=;({]*?\b(\w+)\s*(?:=|\{|\[)"),
    re.compile(r"^(?:template\s*<.*>\s*)?(?:static\s+|inline\s+|constexpr\s+)*[\w:<>,\s*&]*?[\s*&>](\w+)\s*\("),
]
MACRO_CALL = re.compile(r"^[A-Z_][A-Z0-9_]*\s*\(")  # TEST(…), INSTANTIATE_TEST_SUITE_P(…)


def code_of(line: str) -> str:
    """The line without string and character literals and a // comment (enough to count braces)."""
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(?:\\.|[^'\\])*'", "''", line)
    return line.split("//", 1)[0]


def file_scope_names(source: Path):
    """The names a source file declares directly inside its anonymous namespaces."""
    names, depth, in_comment = set(), None, False
    for raw in source.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw
        if in_comment:
            if "*/" not in line:
                continue
            line, in_comment = line.split("*/", 1)[1], False
        if "/*" in line and "*/" not in line.split("/*", 1)[1]:
            line, in_comment = line.split("/*", 1)[0], True
        code = code_of(line)
        if depth is None:  # outside an anonymous namespace
            if not re.match(r"^\s*namespace\s*\{", code):
                continue
            depth, code = 0, code.split("{", 1)[1]
        elif depth == 0 and raw[:1].strip() and not MACRO_CALL.match(code):
            for pattern in DECLARED:
                match = pattern.match(code)
                if match and match.group(1) not in BY_DESIGN | {"operator", "return", "if", "for", "while"}:
                    names.add(match.group(1))
                    break
        depth += code.count("{") - code.count("}")
        if depth < 0:
            depth = None
    return names


def source_clashes(build: Path):
    """Per target, each name declared at file scope in two of its source files: (target, name, files)."""
    for unity in sorted(build.glob("**/Unity")):
        files = defaultdict(set)
        for batch in sorted(unity.glob("unity_*_cxx.cxx")):
            for source in INCLUDED_SOURCE.findall(batch.read_text()):
                for name in file_scope_names(Path(source)):
                    files[name].add(source)
        for name, where in sorted(files.items()):
            if len(where) > 1:
                yield unity.parent.relative_to(build), name, sorted(where)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    objects = sorted(Path(sys.argv[1]).glob("**/Unity/unity_*_cxx.cxx.o"))
    if not objects:
        print(f"no unity objects under {sys.argv[1]}: build the ci or asan preset first", file=sys.stderr)
        return 2
    clashes = 0
    targets = defaultdict(list)  # a target's batches lie in its own folder, …/NAME.dir/Unity/
    for obj in objects:
        targets[obj.parent.parent].append(obj)
    try:
        for target, batches in sorted(targets.items()):
            signatures = defaultdict(set)
            for obj in batches:
                for name, found in file_scope_functions(obj).items():
                    signatures[name].update(f"{signature} ({obj.stem.split('.')[0]})" for signature in found)
            for name, found in sorted(signatures.items()):
                if len(found) > 1:
                    clashes += 1
                    print(f"{target.relative_to(sys.argv[1])}: {name}: {' | '.join(sorted(found))}")
    except FileNotFoundError:
        print("nm not found: install binutils", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as error:
        print(f"nm could not read {error.cmd[-1]}: {error.stderr.strip()}", file=sys.stderr)
        return 2
    for target, name, where in source_clashes(Path(sys.argv[1])):
        clashes += 1
        print(f"{target}: {name}: declared at file scope in {' and '.join(where)}")
    print(f"{len(objects)} unity batches of {len(targets)} targets, {clashes} name(s) defined more than once at "
          "file scope in one target")
    return 1 if clashes else 0


if __name__ == "__main__":
    sys.exit(main())
