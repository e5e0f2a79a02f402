#!/usr/bin/env python3
"""Fills the English plural forms of translations/ninetouch_en.ts from the source texts:
"%n deal(s)" -> "%n deal" / "%n deals", "%n touch(es)" -> "%n touch" / "%n touches".
Run after `cmake --build build --target update_translations`, then run that target once more:
lupdate writes the file back in its own layout, which the test translations_current compares."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/ninetouch_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for form in (singular, plural):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
