#!/usr/bin/env python3
"""Checks the window's translations (translations/backprop-lab_*.ts), as ctest TranslationsComplete.

    tests/translations/check_translations.py LUPDATE REPOSITORY_ROOT

1. Up to date: lupdate run over today's sources (core/, app/, ui/ and the lessons' texts, as the
   update_translations target runs it) on a copy of each file changes none of its messages. A string added, changed or
   removed in the code without `cmake --build … --target update_translations` fails here.
2. Finished: no message is unfinished, vanished or obsolete.
3. Faithful: each translation keeps its source's placeholders (%1, %n, %L1, {eta}), HTML tags, and its
   mnemonic (one & before a letter) when the source has one, and has none when the source has none.
Prints one line per problem and exits 1 when there is any.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[a-z_]+\}")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def has_mnemonic(text):
    return re.search(r"&(?![a-zA-Z]+;|#\d+;)(?=\w)", text.replace("&&", "")) is not None


def translations_of(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text or ""
            where = f"{path.name}: {name}: {source[:60]!r}"
            kind = message.find("translation").get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
                continue
            numerus = message.get("numerus") == "yes"
            for text in translations_of(message):
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                wanted, got = Counter(PLACEHOLDER.findall(source)), Counter(PLACEHOLDER.findall(text))
                # a singular form may say "one" instead of %n
                if got != wanted and not (numerus and set(got) <= set(wanted)):
                    problems.append(f"{where}: placeholders {sorted(got)} instead of {sorted(wanted)}")
                if Counter(TAG.findall(text)) != Counter(TAG.findall(source)):
                    problems.append(f"{where}: HTML tags differ in {text[:60]!r}")
                if has_mnemonic(source) != has_mnemonic(text):
                    problems.append(f"{where}: mnemonic & {'missing' if has_mnemonic(source) else 'added'}"
                                    f" in {text[:60]!r}")
    return problems


def messages_of(path):
    """Every message of a .ts file: context, source, disambiguation, plural or not, and its translations."""
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            comment = message.find("comment")
            found.add((name, message.find("source").text or "", comment.text if comment is not None else "",
                       message.get("numerus") == "yes", message.find("translation").get("type") or "",
                       tuple(translations_of(message))))
    return found


def stale_files(lupdate, root, ts_files):
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        lesson_texts = scratch / "lesson_texts.cpp"
        subprocess.run([sys.executable, str(root / "translations/extract_lesson_texts.py"),
                        str(root / "resources/lessons"), str(lesson_texts)], check=True)
        copies = []
        for ts in ts_files:
            copies.append(scratch / ts.name)
            shutil.copy(ts, copies[-1])
        subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete", "-I", str(root),
                        "-tr-function-alias", "QT_TRANSLATE_NOOP+=BPLAB_TRANSLATABLE",
                        str(root / "core"), str(root / "app"), str(root / "ui"), str(lesson_texts),
                        "-ts", *map(str, copies)],
                       check=True, cwd=root)
        for ts, copy in zip(ts_files, copies):
            # The messages, not the bytes: another Qt's lupdate (Debian 13 has 6.8) writes the same
            # messages with a different layout.
            if messages_of(ts) != messages_of(copy):
                problems.append(f"{ts.name}: not up to date with the sources; run "
                                "`cmake --build build/ci --target update_translations` and translate what "
                                f"it marks unfinished (Qt Linguist: linguist translations/{ts.name})")
                problems += [f"  after lupdate: {p}" for p in check_file(copy) if p.endswith("unfinished")]
    return problems


def main():
    lupdate, root = sys.argv[1], Path(sys.argv[2])
    ts_files = sorted((root / "translations").glob("backprop-lab_*.ts"))
    if not ts_files:
        print("no translations/backprop-lab_*.ts")
        return 1
    problems = stale_files(lupdate, root, ts_files)
    for ts in ts_files:
        problems += check_file(ts)
    for problem in problems:
        print(problem)
    count = sum(1 for ts in ts_files for _ in ET.parse(ts).getroot().iter("message"))
    print(f"{len(ts_files)} files, {count} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
