#!/usr/bin/env python3
"""Fills the English plural forms in translations/werkbank_en.ts.

English is the source language; its .ts file only exists for strings with %n,
whose source text is written "%n host(s)". The singular drops "(s)", the
plural keeps the "s"; "entry(ies)" becomes "entry" / "entries".
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/werkbank_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    singular = re.sub(r"\((ies|s)\)", "", re.sub(r"y\(ies\)", "y", source))
    # The verb right after the noun agrees with it: "1 ticket has", "2 tickets have".
    for plural_verb, singular_verb in (("have", "has"), ("are", "is"), ("were", "was")):
        singular = re.sub(r"(%Ln \w+) " + plural_verb + r"\b", r"\1 " + singular_verb, singular)
    plural = re.sub(r"y\(ies\)", "ies", source).replace("(s)", "s")
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    for form in (singular, plural):
        ET.SubElement(translation, "numerusform").text = form
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8")
