#!/usr/bin/env python3
"""Checks the generated files against the hand-written oracle without any reader of ours: every .docx/.xlsx is a zip
whose XML parts parse; every text value the oracle names (names, id, phone, e-mail, issues, the ref) appears
literally in the file's text (body, headers, footers, footnotes, shared strings); the bad files start with the bytes
their kind has. Usage: python3 verify.py OUTDIR"""
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES, OTHERS  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
TEXT_KEYS = ("circular_ref", "subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email",
             "signatory_name", "issues")
MAGIC = {"corrupt": b"PK\x03\x04", "encrypted": b"\xd0\xcf\x11\xe0", "legacy_format": b"\xd0\xcf\x11\xe0"}


def text_of(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                root = ET.fromstring(z.read(n))  # raises on malformed XML
                if re.match(r"(word/(document|header\d*|footer\d*|footnotes)|xl/(sharedStrings|worksheets/sheet\d+))\.xml$", n):
                    for p in root.iter():
                        tag = p.tag.rsplit("}", 1)[-1]
                        if tag in ("p", "si", "c"):
                            out.append("".join(t.text or "" for t in p.iter() if t.tag.rsplit("}", 1)[-1] in ("t", "v")))
    return "\n".join(out)


def main():
    bad = 0
    for c in CASES:
        path = os.path.join(OUT, c["file"])
        text = text_of(path)
        for k in TEXT_KEYS:
            v = c["fields"].get(k)
            if v and v not in text:
                print(f"{c['file']}: {k} {v!r} not in the file's text")
                bad += 1
    for o in OTHERS:
        path = os.path.join(OUT, o["file"])
        head = open(path, "rb").read(8)
        code = o["problems"][0]
        if code in MAGIC and not head.startswith(MAGIC[code]):
            print(f"{o['file']}: expected {MAGIC[code]!r} at the start, found {head!r}")
            bad += 1
        if code == "corrupt":
            try:
                zipfile.ZipFile(path).testzip()
                print(f"{o['file']}: opens as a zip")
                bad += 1
            except zipfile.BadZipFile:
                pass
        if code == "not_a_form":
            text_of(path)
    print(f"verify: {len(CASES) + len(OTHERS)} files, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
