#!/usr/bin/env python3
"""Checks the holdout3 corpus against expected.json without any reader: python3 verify.py [--soffice]

* every file under holdout3/ (except make/, README.md, expected.json) has exactly one entry, and back;
* forms: the zip is sound, every XML part is well formed, the main part has a Word or Excel main
  content type (document, template or sheet), and every typed value (cases.json `raw`: name, id,
  contact, phone, e-mail, signatory) occurs in the package's text;
* bad files are what their entry says (Flat OPC not a zip, malformed main part, failing CRC, readable
  non-forms);
* the folder (without make/node_modules, make/dotnet/bin, make/dotnet/obj) stays under 2 MB;
* --soffice: LibreOffice converts every readable file to PDF (the html-docx-js altChunk file is
  expected to come out empty there: LibreOffice does not render an MHT altChunk, Word does).
"""
import html
import json
import os
import subprocess
import sys
import tempfile
import zipfile
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
HOLDOUT3 = os.path.normpath(os.path.join(HERE, ".."))
ASSETS = os.path.normpath(os.path.join(HOLDOUT3, ".."))
DATA = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL", msg)


MAIN_TYPES = ("wordprocessingml.document.main+xml", "wordprocessingml.template.main+xml", "spreadsheetml.sheet.main+xml")


def package_text(z):
    out = []
    for n in z.namelist():
        if n.endswith((".xml", ".mht", ".rels")):
            s = z.read(n).decode("utf-8", "replace")
            if n.endswith(".mht"):
                s = s.replace("=\n", "").replace("=3D", "=")
            out.append(html.unescape(s))
    return "\n".join(out)


def check_form(e, raw):
    path = os.path.join(ASSETS, e["file"])
    try:
        z = zipfile.ZipFile(path)
        bad = z.testzip()
        if bad:
            fail(f"{e['file']}: CRC error in {bad}")
    except zipfile.BadZipFile as ex:
        fail(f"{e['file']}: not a zip ({ex})")
        return
    ct = z.read("[Content_Types].xml").decode()
    if not any(t in ct for t in MAIN_TYPES):
        fail(f"{e['file']}: no Word/Excel main content type")
    for n in z.namelist():
        if n.endswith((".xml", ".rels")):
            try:
                xml.dom.minidom.parseString(z.read(n))
            except Exception as ex:  # noqa: BLE001
                fail(f"{e['file']}: {n} is not well formed ({ex})")
    text = package_text(z)
    for key in ("name", "id", "contact", "phone", "email", "signatory"):
        v = raw.get(key)
        if isinstance(v, str) and v.strip() and "&" not in v:
            # a rich-text string splits the value over runs: then every word must be there
            if v not in text and v.upper() not in text and not all(w in text for w in v.split()):
                fail(f"{e['file']}: typed {key} {v!r} not in the package")


def check_bad(e):
    path = os.path.join(ASSETS, e["file"])
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if name == "flat-opc-renamed.docx":
        if data[:2] == b"PK" or b"pkg:package" not in data:
            fail(f"{name}: not a Flat OPC document")
    elif name == "result-malformed-xml.docx":
        z = zipfile.ZipFile(path)
        if z.testzip():
            fail(f"{name}: the zip itself should be sound")
        try:
            xml.dom.minidom.parseString(z.read("word/document.xml"))
            fail(f"{name}: document.xml is well formed")
        except Exception:  # noqa: BLE001
            pass
    elif name == "intention-crc-damaged.xlsx":
        try:
            z = zipfile.ZipFile(path)
            if not z.testzip():
                fail(f"{name}: every entry passes its CRC")
        except zipfile.BadZipFile:
            fail(f"{name}: the zip directory should be intact")
        except Exception:  # noqa: BLE001 - zlib error while inflating is what we want
            pass
    else:
        z = zipfile.ZipFile(path)
        if z.testzip():
            fail(f"{name}: a readable non-form should be a sound package")


def main():
    expected = json.load(open(os.path.join(HOLDOUT3, "expected.json"), encoding="utf-8"))
    by_file = {e["file"]: e for e in expected}
    on_disk = set()
    total = 0
    for root, dirs, files in os.walk(HOLDOUT3):
        for d in ("node_modules", "bin", "obj"):
            if d in dirs:
                dirs.remove(d)
        for n in files:
            p = os.path.join(root, n)
            total += os.path.getsize(p)
            rel = os.path.relpath(p, ASSETS).replace(os.sep, "/")
            if rel.startswith("holdout3/make/") or n in ("README.md", "expected.json"):
                continue
            on_disk.add(rel)
    for f in sorted(on_disk - set(by_file)):
        fail(f"{f}: on disk but not in expected.json")
    for f in sorted(set(by_file) - on_disk):
        fail(f"{f}: in expected.json but missing")
    raws = {c["file"]: c["raw"] for c in DATA["cases"]}
    for e in expected:
        if e["file"] not in on_disk:
            continue
        if e["form"]:
            check_form(e, raws[e["file"]])
        else:
            check_bad(e)
    if total > 2 * 1024 * 1024:
        fail(f"holdout3 is {total} bytes, over 2 MB")
    if "--soffice" in sys.argv:
        readable = [os.path.join(ASSETS, e["file"]) for e in expected if e["status"] != "rejected"]
        out = tempfile.mkdtemp(prefix="h3-verify-pdf-")
        profile = "file://" + os.path.join(tempfile.gettempdir(), "h3lo-profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
                        "--outdir", out, *readable], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for p in readable:
            pdf = os.path.join(out, os.path.splitext(os.path.basename(p))[0] + ".pdf")
            if not os.path.exists(pdf):
                fail(f"{p}: LibreOffice could not convert it")
    print(f"{len(expected)} entries checked, {len(FAILS)} problems")
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
