"""Checks the holdout corpus against expected.json: python3 verify.py [--soffice]

* every file under the producer folders and bad/ has exactly one entry and vice versa;
* forms (and the two readable non-forms) open as zip packages with the right main content type
  and well-formed XML parts;
* every text value expected, and every raw value typed (ids, e-mails, text dates, result words),
  is present in the document's text - a guard against generator mistakes, not a reader;
* bad files are what they claim (ODF zip, RTF, HTML, plain zip holding a docx, OLE legacy
  workbook, OLE encrypted package);
* the holdout folder (without node_modules, bin, obj) stays under 4 MB;
* with --soffice, LibreOffice converts every form and both non-forms to PDF.
Standard library only.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
HOLDOUT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
import cases as C  # noqa: E402

TOPS = ["docxjs", "xlsx-populate", "excel4node", "npoi", "libreoffice", "wordxml", "bad"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
OLE = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
CT = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
}
errors = []


def fail(msg):
    errors.append(msg)
    print("  FAIL", msg)


def fold(s):
    return " ".join(str(s).split())


def serial(iso):
    import datetime
    return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days


def check_package(path, ext):
    with zipfile.ZipFile(path) as z:
        if z.testzip() is not None:
            fail(f"{path}: bad CRC")
        ct = ET.fromstring(z.read("[Content_Types].xml"))
        rels = ET.fromstring(z.read("_rels/.rels"))
        target = next(r.get("Target") for r in rels if r.get("Type", "").endswith("/officeDocument"))
        part = "/" + target.lstrip("/")
        got = next((o.get("ContentType") for o in ct if o.get("PartName") == part), None)
        if got != CT[ext]:
            fail(f"{path}: main part {part} has content type {got}")
        for n in z.namelist():
            if n.endswith((".xml", ".rels")):
                try:
                    ET.fromstring(z.read(n))
                except ET.ParseError as e:
                    fail(f"{path}: {n} not well-formed: {e}")
            if n.lower().endswith(".bin") and "vba" in n.lower():
                fail(f"{path}: carries {n}")


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []

    def walk(el, deleted=False):
        if el.tag == W + "del":
            deleted = True
        if el.tag == W + "t" and not deleted:
            out.append(el.text or "")
        elif el.tag in (W + "tab", W + "br"):
            out.append(" ")
        elif el.tag == W + "noBreakHyphen":
            out.append("-")
        elif el.tag == W + "sym":
            out.append(chr(int(el.get(W + "char"), 16)))
        for ch in el:
            walk(ch, deleted)
        if el.tag in (W + "p", W + "tc"):
            out.append("\n")
    walk(root)
    return "".join(out)


def xlsx_text(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")):
                shared.append("".join(t.text or "" for t in si.iter(S + "t")))
        out = []
        for n in sorted(x for x in names if x.startswith("xl/worksheets/sheet")):
            for c in ET.fromstring(z.read(n)).iter(S + "c"):
                v = c.find(S + "v")
                t = c.get("t")
                if t == "s" and v is not None:
                    out.append(shared[int(v.text)])
                elif t == "inlineStr":
                    out.append("".join(x.text or "" for x in c.iter(S + "t")))
                elif v is not None:
                    out.append(v.text or "")
        return "\n".join(out)


def check_form(e, case):
    path = os.path.join(HOLDOUT, case["file"])
    ext = os.path.splitext(path)[1]
    check_package(path, ext)
    text = fold(docx_text(path) if ext == ".docx" else xlsx_text(path))
    low = text.lower()
    for k, v in e["fields"].items():
        if k in ("circular_ref", "subscriber_name", "contact_name", "contact_phone", "contact_email",
                 "signatory_name", "issues", "subscriber_id"):
            if fold(v).lower() not in low:
                fail(f"{case['file']}: expected {k} {v!r} not in the document text")
    raw = case["raw"]
    for k in ("subscriber_id", "contact_email", "signed_date", "session_date"):
        v = raw.get(k)
        if isinstance(v, str) and v and fold(v).replace("\u2011", "-").lower() not in low:
            fail(f"{case['file']}: raw {k} {v!r} not in the document text")
        elif isinstance(v, dict) and "serial" in v and str(serial(v["serial"])) not in text:
            fail(f"{case['file']}: date serial for {v['serial']} not in the workbook")
        elif isinstance(v, dict) and "shown" in v and v["shown"] not in text:
            fail(f"{case['file']}: date control text {v['shown']!r} not in the document")
    res = raw.get("results")
    words = res.values() if isinstance(res, dict) else [w for _, w in res] if isinstance(res, list) else []
    for w in words:
        if w not in ("successful", "unsuccessful", "not_tested") and w.lower() not in low:
            fail(f"{case['file']}: result word {w!r} not in the document")
    title = "Intention Form" if e["form"] == "intention" else "Result Form"
    if title.lower() not in low:
        fail(f"{case['file']}: title {title!r} missing")


def ole_streams(data):
    return [s for s in ("EncryptionInfo", "EncryptedPackage", "Workbook", "WordDocument")
            if s.encode("utf-16-le") in data]


def check_bad(e):
    rel = e["file"][len("holdout/"):]
    path = os.path.join(HOLDOUT, rel)
    data = open(path, "rb").read()
    name = os.path.basename(rel)
    if name == "cover-letter-intention.docx":
        check_package(path, ".docx")
        t = docx_text(path)
        for s in ("HDS/23/1109", "Intention Form", "HSN0611"):
            if s not in t:
                fail(f"{rel}: letter should mention {s}")
    elif name == "subscriber-list.xlsx":
        check_package(path, ".xlsx")
        t = xlsx_text(path)
        if len(re.findall(r"HSN\d{4}", t)) < 30 or "Email" not in t or "Subscriber ID" not in t:
            fail(f"{rel}: not a register of many firms")
    elif name == "intention-odt-renamed.docx":
        with zipfile.ZipFile(path) as z:
            if z.read("mimetype") != b"application/vnd.oasis.opendocument.text" or \
                    "[Content_Types].xml" in z.namelist():
                fail(f"{rel}: not an ODF text package")
    elif name == "intention-rtf-renamed.docx":
        if not data.startswith(b"{\\rtf1"):
            fail(f"{rel}: not RTF")
    elif name == "result-web-page.xls":
        if not data.lstrip().lower().startswith(b"<html") or data[:8] == OLE or data[:2] == b"PK":
            fail(f"{rel}: not an HTML page")
    elif name == "forms-attached.zip":
        with zipfile.ZipFile(path) as z:
            n = z.namelist()
            if "[Content_Types].xml" in n or not any(x.endswith(".docx") for x in n):
                fail(f"{rel}: should be a plain zip holding a .docx")
    elif name == "hssf-workbook.xlsx":
        if data[:8] != OLE or ole_streams(data) != ["Workbook"]:
            fail(f"{rel}: not a legacy OLE workbook ({ole_streams(data)})")
    elif name == "lo-encrypted.docx":
        if data[:8] != OLE or ole_streams(data)[:2] != ["EncryptionInfo", "EncryptedPackage"]:
            fail(f"{rel}: not an encrypted OOXML package ({ole_streams(data)})")
    else:
        fail(f"{rel}: no check written")


def soffice_check(files):
    tmp = tempfile.mkdtemp(prefix="hsn-holdout-pdf-")
    profile = "file://" + os.path.join(tempfile.gettempdir(), "hsn-holdout-lo-profile")
    try:
        for f in files:
            src = os.path.join(HOLDOUT, f)
            r = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                                "--norestore", "--convert-to", "pdf", "--outdir", tmp, src],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            pdf = os.path.join(tmp, os.path.splitext(os.path.basename(f))[0] + ".pdf")
            if r.returncode != 0 or not os.path.exists(pdf) or os.path.getsize(pdf) < 500:
                fail(f"{f}: soffice could not convert it to PDF")
            elif os.path.exists(pdf):
                os.remove(pdf)
        print(f"soffice: {len(files)} files converted to PDF")
    finally:
        shutil.rmtree(tmp)


def main():
    expected = json.load(open(os.path.join(HOLDOUT, "expected.json"), encoding="utf-8"))
    by_file = {e["file"]: e for e in expected}
    if len(by_file) != len(expected):
        fail("duplicate entries in expected.json")
    on_disk = set()
    for top in TOPS:
        for root, _, files in os.walk(os.path.join(HOLDOUT, top)):
            for n in files:
                on_disk.add("holdout/" + os.path.relpath(os.path.join(root, n), HOLDOUT).replace(os.sep, "/"))
    for f in sorted(on_disk - set(by_file)):
        fail(f"{f}: on disk but not in expected.json")
    for f in sorted(set(by_file) - on_disk):
        fail(f"{f}: in expected.json but missing")
    cases = {"holdout/" + c["file"]: c for c in C.CASES}
    for e in expected:
        if e["file"] not in on_disk:
            continue
        if e["form"]:
            check_form(e, cases[e["file"]])
        else:
            check_bad(e)
    total = 0
    for root, dirs, files in os.walk(HOLDOUT):
        dirs[:] = [d for d in dirs if d not in ("node_modules", "bin", "obj")]
        total += sum(os.path.getsize(os.path.join(root, n)) for n in files)
    if total > 4 * 1024 * 1024:
        fail(f"holdout is {total} bytes, over 4 MB")
    if "--soffice" in sys.argv:
        soffice_check([e["file"][len("holdout/"):] for e in expected
                       if e["form"] or e["status"] == "unrecognised"])
    print(f"verify: {len(expected)} entries, {total:,} bytes in tests/assets/holdout "
          f"(without node_modules/bin/obj), {len(errors)} problem(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
