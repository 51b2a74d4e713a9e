#!/usr/bin/env python3
"""The workbook `backprop-lab sheet --xlsx` writes, recalculated by LibreOffice, against `sheet --csv`.

  check_workbook.py BACKPROP_LAB recalculates -- SHEET ARGS...
      Writes the workbook and the CSV of one run, has LibreOffice recalculate every formula on load (its
      cached values are never read), converts the first worksheet to CSV and compares every number of
      the table with the app's own CSV to 1e-12 relative, the column names included.
  check_workbook.py BACKPROP_LAB live-eta ETA -- SHEET ARGS...
      Changes the workbook's `eta` cell (python3-openpyxl, which drops every cached value), has
      LibreOffice recalculate, and compares with `sheet ARGS --lr ETA --csv`: the formulas are live.

Exit 77 (skipped) without LibreOffice (libreoffice-calc-nogui) or openpyxl, unless CI is set: CI must
run these, and `packaging/setup.sh test` installs both.
"""
import csv
import re
import math
import os
import shutil
import subprocess
import sys
import tempfile

TOLERANCE = 1e-12
# A cell matches when it agrees to TOLERANCE relative to its own value, or (a sum whose terms cancel,
# e.g. ∂E/∂w over four XOR examples: LibreOffice adds with compensation, the app left to right, and
# their last-bit differences are all that is left of the terms) relative to the largest number its
# formula reads. Both counts are printed.
REFERENCE = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]+)|([A-Za-z_][A-Za-z0-9_.]*)")
# LibreOffice keeps a workbook's cached results unless told to recalculate; 0 = always (Tools ›
# Options › Calc › Formula › Recalculation on file load › Excel 2007 and newer).
RECALCULATE_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
  <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
# Comma, double quote, UTF-8, from line 1, …, "save cell contents as shown" off: full precision.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false"


def skip_or_fail(why):
    if os.environ.get("CI"):
        sys.exit("check_workbook: " + why + " (CI must run this test; packaging/setup.sh test installs it)")
    print("check_workbook: skipped: " + why)
    sys.exit(77)


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit("check_workbook: %s failed (%d):\n%s%s" % (" ".join(command), result.returncode,
                                                           result.stdout, result.stderr))
    return result


def recalculated_csv(workbook, work):
    """The first worksheet as LibreOffice computes it, as rows of text."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        skip_or_fail("LibreOffice (libreoffice-calc-nogui) is not installed")
    profile = os.path.join(work, "profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as settings:
        settings.write(RECALCULATE_ALWAYS)
    out = os.path.join(work, "converted")
    run([soffice, "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
         "--convert-to", CSV_FILTER, "--outdir", out, workbook], timeout=300)
    converted = os.path.join(out, os.path.splitext(os.path.basename(workbook))[0] + ".csv")
    with open(converted, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def header_row(rows):
    for start, row in enumerate(rows):
        if row and row[0] == "iteration":
            return start
    sys.exit("check_workbook: the workbook has no table (no row starts with 'iteration')")


def table_of(rows):
    """The table below the header row that starts with 'iteration', without the empty cells after it."""
    start = header_row(rows)
    width = len([c for c in rows[start] if c != ""])
    return [r[:width] for r in rows[start:] if any(r)]


def column_index(letters):
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def defined_names(book):
    """(name, definition) of every defined name: openpyxl 3.0 (Debian 12) keeps a list, 3.1 a dict."""
    names = book.defined_names
    if hasattr(names, "definedName"):
        return [(definition.name, definition) for definition in names.definedName]
    return list(names.items())


class Scales:
    """For each cell of the table: the largest magnitude among the numbers its formula reads."""

    def __init__(self, workbook, computed):
        import openpyxl
        book = openpyxl.load_workbook(workbook)
        self.sheet = book.worksheets[0]
        self.computed = computed
        self.names = {}
        for name, definition in defined_names(book):
            for _, cell in definition.destinations:
                letters, digits = re.match(r"\$?([A-Z]+)\$?([0-9]+)", cell).groups()
                self.names[name] = (int(digits) - 1, column_index(letters))
        self.start = header_row(computed)

    def stored(self, name):
        """The number the file holds for a defined name: a number, or a constant formula of its digits."""
        row, column = self.names[name]
        content = self.sheet.cell(row=row + 1, column=column + 1).value
        return float(content[1:]) if isinstance(content, str) and content.startswith("=") else float(content)

    def starting_values(self, header):
        """(column name, the number the file holds) of each table column whose row 0 reads a parameter."""
        for c, name in enumerate(header):
            formula = self.sheet.cell(row=self.start + 2, column=c + 1).value
            if isinstance(formula, str) and formula[1:] in self.names:
                yield name, self.stored(formula[1:])

    def value(self, row, column):
        try:
            return abs(float(self.computed[row][column]))
        except (IndexError, ValueError):
            return 0.0

    def of(self, table_row, column):
        formula = self.sheet.cell(row=self.start + table_row + 1, column=column + 1).value
        largest = 0.0
        for letters, digits, name in REFERENCE.findall(str(formula or "")):
            if letters:
                largest = max(largest, self.value(int(digits) - 1, column_index(letters)))
            elif name in self.names:
                largest = max(largest, self.value(*self.names[name]))
        return largest


def app_csv(binary, args, work, name):
    """The app's table, and what it said of a run that stopped early (empty when it did not)."""
    path = os.path.join(work, name)
    said = run([binary, "sheet"] + args + ["--csv", path]).stderr
    with open(path, newline="") as f:
        return list(csv.reader(f)), said


def check_stop_message(said, computed, what):
    """A run that stopped early says so above the workbook's table, as the app does."""
    stopped = re.search(r"(diverged|stopped) at iteration (\d+)", said)
    message = computed[1][0] if len(computed) > 1 and computed[1] else ""
    if not stopped:
        if message:
            sys.exit("check_workbook: %s: the run did not stop, but the workbook says: %s" % (what, message))
        return
    expected = "%s at iteration %s: " % (stopped.group(1).capitalize(), stopped.group(2))
    if not message.startswith(expected):
        sys.exit("check_workbook: %s: the app says '%s', the workbook's message is '%s'" %
                 (what, said.strip(), message))
    print("check_workbook: %s: the workbook says: %s" % (what, message))


def compare(expected, computed, workbook, what):
    actual = table_of(computed)
    scales = Scales(workbook, computed)
    if actual[0] != expected[0]:
        sys.exit("check_workbook: %s: the header differs:\n  app:      %s\n  workbook: %s" %
                 (what, ",".join(expected[0]), ",".join(actual[0])))
    if len(actual) != len(expected):
        sys.exit("check_workbook: %s: %d rows in the app's CSV, %d in the workbook" %
                 (what, len(expected) - 1, len(actual) - 1))
    header = expected[0]
    # The starting weights and biases to the last bit (the app's CSV writes them exactly): one ulp off
    # would hide in the tolerance below but is not the app's run.
    exact = 0
    for name, value in scales.starting_values(header):
        if value != float(expected[1][header.index(name)]):
            sys.exit("check_workbook: %s: the workbook starts %s at %r, the app at %s" %
                     (what, name, value, expected[1][header.index(name)]))
        exact += 1
    if exact == 0:
        sys.exit("check_workbook: %s: no column of row 0 reads a starting value" % what)
    checked, cancelling, worst = 0, 0, 0.0
    for r in range(1, len(expected)):
        for c, name in enumerate(header):
            want, got = expected[r][c], actual[r][c] if c < len(actual[r]) else ""
            if name == "examples":
                if want != got:
                    sys.exit("check_workbook: %s: row %d uses examples %s in the app, %s in the workbook" %
                             (what, r - 1, want, got))
                continue
            if want == "":
                continue  # not evaluated by the app (after a divergence): the spreadsheet shows its own
            a = float(want)
            if math.isnan(a) or math.isinf(a):
                continue
            try:
                b = float(got)
            except ValueError:
                b = math.nan
            difference = abs(a - b)
            if difference <= TOLERANCE * max(abs(a), abs(b)):
                checked += 1
                worst = max(worst, difference / max(abs(a), abs(b)) if a or b else 0.0)
                continue
            if difference <= TOLERANCE * scales.of(r, c):
                checked += 1
                cancelling += 1
                worst = max(worst, difference / max(abs(a), abs(b)))
                continue
            sys.exit("check_workbook: %s: row %d, %s: the app has %s, the recalculated workbook %s" %
                     (what, r - 1, name, want, got))
    print("check_workbook: %s: %d starting values exact; %d numbers of %d rows agree to %g relative, %d of "
          "them (terms that cancel) to %g of the largest number they read; largest relative difference %.2g" %
          (what, exact, checked, len(expected) - 1, TOLERANCE, cancelling, TOLERANCE, worst))


def main():
    if len(sys.argv) < 4 or "--" not in sys.argv:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    binary, mode, mode_args, args = sys.argv[1], sys.argv[2], sys.argv[3:split], sys.argv[split + 1:]
    try:
        import openpyxl  # noqa: F401 (reads the formulas)
    except ImportError:
        skip_or_fail("python3-openpyxl is not installed")
    with tempfile.TemporaryDirectory(prefix="backprop-lab-workbook-") as work:
        workbook = os.path.join(work, "sheet.xlsx")
        run([binary, "sheet"] + args + ["--xlsx", workbook])
        if mode == "recalculates":
            expected, said = app_csv(binary, args, work, "app.csv")
            computed = recalculated_csv(workbook, work)
            what = " ".join(args) or "the seed"
            compare(expected, computed, workbook, what)
            check_stop_message(said, computed, what)
        elif mode == "live-eta":
            import openpyxl
            book = openpyxl.load_workbook(workbook)
            eta = dict(defined_names(book))["eta"]
            sheet_name, cell = next(iter(eta.destinations))
            book[sheet_name][cell.replace("$", "")].value = float(mode_args[0])
            edited = os.path.join(work, "edited.xlsx")
            book.save(edited)
            expected, _ = app_csv(binary, args + ["--lr", mode_args[0]], work, "app.csv")
            compare(expected, recalculated_csv(edited, work), edited, "eta = " + mode_args[0])
        else:
            sys.exit("check_workbook: unknown mode " + mode)


if __name__ == "__main__":
    main()
