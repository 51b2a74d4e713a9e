#!/usr/bin/env python3
"""Makes the pseudo-locale's .ts from a real one: every message "translated" into accented letters,
wrapped in ⟦ ⟧ and padded to about 140 % of its length.

    translations/pseudo_translate.py SOURCE.ts OUTPUT.ts

Run in a window (View › Language is not offered it; BACKPROP_LAB_LANGUAGE=pseudo selects it), the
pseudo-locale shows at a glance a string that never went through tr() (it has no ⟦ ⟧) and a label
that is cut when a translation is longer than the English (German runs about a third longer).
Placeholders (%1, %n, %L1, {eta}), HTML tags, entities and the & of a mnemonic are kept as they are.
"""
import re
import sys
import xml.etree.ElementTree as ET

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ȧƀċđēƒġħīĵķŀḿńőṗʠŕşŧūṽẇẋẏžȦƁĊĐĒƑĠĦĪĴĶĿḾŃŐṖɊŘŞŦŪṼẆẊẎŽ")
# What must survive untouched: placeholders, tags, entities.
KEPT = re.compile(r"%L?\d+|%n|\{[a-z_]+\}|<[^>]*>|&[a-zA-Z]+;|&#\d+;")
GROWTH = 0.4


def pseudo(text):
    if not text.strip():
        return text
    parts, last = [], 0
    for match in KEPT.finditer(text):
        parts.append(text[last:match.start()].translate(ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(ACCENTED))
    visible = len(KEPT.sub("", text))
    # The padding is words of five, as a translation adds words: one unbreakable run of tildes as long as
    # 40 % of a sentence would make every wrapped label as wide as that run.
    length = max(1, round(visible * GROWTH) - 2)
    padding = " ".join("~" * min(5, length - start) for start in range(0, length, 6))
    if " " in text.strip():
        return "⟦" + "".join(parts) + " " + padding + "⟧"
    return "⟦" + "".join(parts) + padding.replace(" ", "~") + "⟧"


def main():
    tree = ET.parse(sys.argv[1])
    root = tree.getroot()
    root.set("language", "eo")  # a locale no user runs the app in; the file name says "pseudo"
    for message in root.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        for key in list(translation.attrib):
            del translation.attrib[key]  # finished, even where the real language is not
        translation.text = None
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(sys.argv[2], encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
