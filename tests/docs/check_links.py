#!/usr/bin/env python3
"""Checks the project's Markdown: every relative link and image points at a file or folder that exists,
every #anchor names a heading of its page, and every page under docs/ is linked from another page.

    tests/docs/check_links.py [REPOSITORY_ROOT]

Reads README.md, ARCHITECTURE.md and docs/**/*.md (no network; web addresses are not checked). Prints
one line per problem, `file:line: what is wrong`, and exits 1 when there is any, else 0.

Anchors follow GitHub's rule for heading ids: the heading's text as rendered (emphasis and code marks
dropped, a link's text kept), lower-cased, every character that is not a letter, digit, mark, space,
hyphen or underscore removed, each space a hyphen; a repeated id gets -1, -2, ... in page order.
"""
import re
import sys
import unicodedata
from pathlib import Path

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
# [text](target) and ![alt](target); the text may hold one level of brackets, the target no spaces
# (an optional "title" after it is allowed).
LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")  # http:, https:, mailto:, ...


def prose_lines(text):
    """(line number, line) outside fenced code blocks."""
    in_fence = False
    for number, line in enumerate(text.split("\n"), start=1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield number, line


def slug(heading_text):
    text = CODE_SPAN.sub(lambda m: m.group(2), heading_text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # a link's text stays, its address goes
    text = re.sub(r"<[^>]+>", "", text)  # inline HTML
    text = re.sub(r"(\*+|_+)(\S.*?\S|\S)\1", r"\2", text)  # emphasis marks
    kept = []
    for char in text.lower():
        category = unicodedata.category(char)
        if char in " -_" or category[0] in "LNM":
            kept.append("-" if char == " " else char)
    return "".join(kept)


def anchors_of(path, cache={}):
    if path not in cache:
        seen, anchors = {}, set()
        for _, line in prose_lines(path.read_text(encoding="utf-8")):
            match = HEADING.match(line)
            if not match:
                continue
            base = slug(match.group(2))
            count = seen.get(base, 0)
            seen[base] = count + 1
            anchors.add(base if count == 0 else f"{base}-{count}")
        cache[path] = anchors
    return cache[path]


def targets_in(line):
    line = CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)  # `[a](b)` in code is not a link
    for match in LINK.finditer(line):
        yield match.group(2)
    match = REFERENCE.match(line)
    if match:
        yield match.group(1)


def check(root):
    pages = [root / "README.md", root / "ARCHITECTURE.md"]
    pages += sorted((root / "docs").rglob("*.md")) if (root / "docs").is_dir() else []
    problems, linked = [], set()
    for page in pages:
        if not page.is_file():
            problems.append(f"{page.relative_to(root)}: missing")
            continue
        where = page.relative_to(root)
        for number, line in prose_lines(page.read_text(encoding="utf-8")):
            for target in targets_in(line):
                if EXTERNAL.match(target):
                    continue
                file_part, _, anchor = target.partition("#")
                resolved = (page.parent / file_part).resolve() if file_part else page.resolve()
                if not resolved.exists():
                    problems.append(f"{where}:{number}: {target}: no such file or folder")
                    continue
                linked.add(resolved)
                if not anchor:
                    continue
                if resolved.suffix != ".md" or not resolved.is_file():
                    problems.append(f"{where}:{number}: {target}: an #anchor into something that is not a Markdown page")
                elif anchor not in anchors_of(resolved):
                    problems.append(f"{where}:{number}: {target}: no heading '#{anchor}' in {resolved.relative_to(root)}")
    for page in pages:
        if page.is_file() and page.parent != root and page.resolve() not in linked:
            problems.append(f"{page.relative_to(root)}: no page links to it")
    return pages, problems


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2]).resolve()
    pages, problems = check(root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"docs: {len(problems)} problem(s) in {len(pages)} page(s)")
        return 1
    print(f"docs: every relative link and anchor of {len(pages)} page(s) resolves")
    return 0


if __name__ == "__main__":
    sys.exit(main())
