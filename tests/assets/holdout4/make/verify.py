#!/usr/bin/env python3
"""Checks the holdout4 corpus against expected.json without any reader: python3 verify.py

* every file under holdout4/ (except make/, README.md, expected.json) has exactly one entry, and back;
* forms: the zip is sound, every XML part is well formed, the main part has a Word or Excel main content
  type, every typed text value (cases.json `raw`: name, id, contact, phone, e-mail, signatory) occurs in
  the package's text, and each file stays under 200 KB;
* bad files are what their entry says: corrupt = not a readable zip, unsupported_type = not a zip,
  macro_enabled = a vbaProject part and a macroEnabled main type, unrecognised = a sound package."""
import html
import json
import os
import re
import sys
import zipfile
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
ASSETS = os.path.normpath(os.path.join(ROOT, ".."))
DATA = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
EXPECTED = json.load(open(os.path.join(ROOT, "expected.json"), encoding="utf-8"))
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL", msg)


def sound(path):
    z = zipfile.ZipFile(path)
    if z.testzip():
        raise ValueError("bad CRC")
    for n in z.namelist():
        if n.endswith((".xml", ".rels")):
            xml.dom.minidom.parseString(z.read(n))
    return z


def text_of(z):
    parts = []
    for n in z.namelist():
        if n.endswith(".xml"):
            s = z.read(n).decode("utf-8")
            parts.append(html.unescape(re.sub(r"<[^>]+>", "", s)))
    return "".join(parts)


def main():
    on_disk = set()
    for dp, dn, fn in os.walk(ROOT):
        if os.path.relpath(dp, ROOT).split(os.sep)[0] == "make":
            continue
        for f in fn:
            rel = os.path.relpath(os.path.join(dp, f), ASSETS)
            if rel not in ("holdout4/README.md", "holdout4/expected.json"):
                on_disk.add(rel)
    listed = {e["file"] for e in EXPECTED}
    for f in sorted(on_disk - listed):
        fail(f"{f}: on disk, not in expected.json")
    for f in sorted(listed - on_disk):
        fail(f"{f}: in expected.json, not on disk")
    for c in DATA["cases"]:
        p = os.path.join(ASSETS, c["file"])
        if os.path.getsize(p) > 200_000:
            fail(f"{c['file']}: larger than 200 KB")
        try:
            z = sound(p)
        except Exception as ex:  # noqa: BLE001
            fail(f"{c['file']}: {ex}")
            continue
        ct = z.read("[Content_Types].xml").decode()
        if "wordprocessingml.document.main+xml" not in ct and "spreadsheetml.sheet.main+xml" not in ct:
            fail(f"{c['file']}: no Word/Excel main content type")
        text = " ".join(text_of(z).split())
        for k in ("name", "id", "contact", "phone", "email", "signatory"):
            v = c["raw"].get(k)
            if v and " ".join(v.split()) not in text:
                fail(f"{c['file']}: raw {k} {v!r} not in the package")
    for b in DATA["bad"]:
        p = os.path.join(ASSETS, b["file"])
        code = b["problems"][0]
        if code in ("corrupt", "unsupported_type"):
            if zipfile.is_zipfile(p):
                try:
                    sound(p)
                    fail(f"{b['file']}: a sound zip")
                except Exception:  # noqa: BLE001
                    pass
        elif code == "macro_enabled":
            z = sound(p)
            ct = z.read("[Content_Types].xml").decode()
            if "xl/vbaProject.bin" not in z.namelist() or "macroEnabled" not in ct:
                fail(f"{b['file']}: no VBA part / macro-enabled type")
        else:
            sound(p)
    print(f"{len(EXPECTED)} entries checked, {len(FAILS)} failures")
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
