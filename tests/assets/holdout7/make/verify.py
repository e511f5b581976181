#!/usr/bin/env python3
"""Checks the holdout7 corpus against expected.json without any reader: python3 verify.py

* every file under holdout7/ (except make/, README.md, expected.json) has exactly one entry, and back;
* every file is a sound zip whose XML parts are well formed, with a Word or Excel main content type, under 200 KB;
* the text values of the oracle (a phone stored as a number: its digits) (name, contact, e-mail, signatory, and the phone once width-folded) occur in the
  package's text, so a document and its oracle have not drifted apart (invalid and missing values excepted)."""
import html
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
ASSETS = os.path.normpath(os.path.join(ROOT, ".."))
EXPECTED = json.load(open(os.path.join(ROOT, "expected.json"), encoding="utf-8"))
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL", msg)


def main():
    on_disk = set()
    for dp, dn, fn in os.walk(ROOT):
        if os.path.relpath(dp, ROOT).split(os.sep)[0] == "make":
            continue
        for f in fn:
            rel = os.path.relpath(os.path.join(dp, f), ASSETS)
            if rel not in ("holdout7/README.md", "holdout7/expected.json"):
                on_disk.add(rel)
    listed = {e["file"] for e in EXPECTED}
    for f in sorted(on_disk - listed):
        fail(f"{f}: on disk, not in expected.json")
    for f in sorted(listed - on_disk):
        fail(f"{f}: in expected.json, not on disk")
    for e in EXPECTED:
        p = os.path.join(ASSETS, e["file"])
        if not os.path.exists(p):
            continue
        if os.path.getsize(p) > 200_000:
            fail(f"{e['file']}: larger than 200 KB")
        try:
            z = zipfile.ZipFile(p)
            if z.testzip():
                raise ValueError("bad CRC")
            text = []
            for n in z.namelist():
                if n.lower().endswith((".xml", ".rels", ".vml")):
                    s = z.read(n).decode("utf-8")
                    xml.dom.minidom.parseString(s)
                    if n.lower().endswith(".xml"):
                        s = re.sub(r"<w:delText[^>]*>.*?</w:delText>|<rPh .*?</rPh>", "", s)   # tracked deletions and phonetic runs are not text
                        s = re.sub(r"<w:br/>|<w:tab/>|</w:p>|</text:p>", " ", s)      # breaks and paragraph ends read as spaces
                        text.append(html.unescape(re.sub(r"<[^>]+>", "", s)))
        except Exception as ex:  # noqa: BLE001
            fail(f"{e['file']}: {ex}")
            continue
        ct = z.read("[Content_Types].xml").decode()
        if "wordprocessingml.document.main+xml" not in ct and "spreadsheetml.sheet.main+xml" not in ct:
            fail(f"{e['file']}: no Word/Excel main content type")
        folded = " ".join(unicodedata.normalize("NFKC", "".join(text)).split())
        for k in ("subscriber_name", "contact_name", "contact_email", "signatory_name", "contact_phone", "issues"):
            v = e["fields"].get(k)
            if k == "contact_phone" and "phone-number-format" in e["idioms"]:
                v = v.replace(" ", "")   # stored as a number, shown through the format 0000 0000
            if v and unicodedata.normalize("NFKC", v) not in folded:
                fail(f"{e['file']}: {k} {v!r} not in the package text")
    print(f"{len(EXPECTED)} entries checked, {len(FAILS)} failures")
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
