#!/usr/bin/env python3
"""Fills translations into a .ts file from JSON: a list of {"context", "source", "comment"?,
"translation" | "forms": [...]} entries. Entries already translated are replaced; texts with no
entry are left as lupdate wrote them (type="unfinished"), which the test translations_de_current
reports. Usage: fill_translations.py FILE.ts ENTRIES.json...
Run `cmake --build build --target update_translations` afterwards: lupdate writes the file back
in its own layout, which the test compares."""
import json
import sys
import xml.etree.ElementTree as ET

path, sources = sys.argv[1], sys.argv[2:]
entries = {}
for name in sources:
    for e in json.load(open(name, encoding="utf-8")):
        entries[(e["context"], e["source"], e.get("comment"))] = e

tree = ET.parse(path)
filled = missing = 0
for context in tree.getroot().iter("context"):
    cname = context.find("name").text
    for message in context.iter("message"):
        comment = message.find("comment")
        key = (cname, message.find("source").text, comment.text if comment is not None else None)
        e = entries.get(key)
        if e is None:
            missing += 1
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            for form in e["forms"]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = e["translation"]
        filled += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
print(f"{path}: {filled} filled, {missing} without an entry")
