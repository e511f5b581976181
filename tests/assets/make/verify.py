"""Check the committed corpus against expected.json: python3 verify.py [--soffice]

* every file under forms/ and bad/ has exactly one entry in expected.json and vice versa;
* forms open as zip packages with the right main content type and well-formed XML parts, and
  every text value expected (or the raw text it was written as) is present in the document's
  visible text (tracked deletions excluded) - a guard against generator mistakes, not a reader;
* bad files are what they claim: encrypted files are OLE with EncryptionInfo + EncryptedPackage,
  legacy files are OLE without them, macro files carry vbaProject.bin (itself OLE), the zip bomb
  inflates past 1.9 GB while the file stays under 3 MB, and so on;
* no file over 20 MB, the whole folder under 8 MB;
* with --soffice, LibreOffice converts every form (and the two no-form documents) to PDF.
Standard library only.
"""
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
import cases as C  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
OLE = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
CT = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
errors = []


def fail(msg):
    errors.append(msg)
    print("  FAIL", msg)


def fold(s):
    return " ".join(str(s).split())


def main_part_ct(z):
    ct = ET.fromstring(z.read("[Content_Types].xml"))
    rels = ET.fromstring(z.read("_rels/.rels"))
    target = next(r.get("Target") for r in rels
                  if r.get("Type", "").endswith("/officeDocument"))
    part = "/" + target.lstrip("/")
    for o in ct:
        if o.tag.endswith("Override") and o.get("PartName") == part:
            return part, o.get("ContentType")
    return part, None


def docx_text(z):
    root = ET.fromstring(z.read("word/document.xml"))
    out = []

    def walk(el, deleted=False):
        if el.tag == W + "del":
            deleted = True
        if el.tag == W + "t" and not deleted:
            out.append(el.text or "")
        elif el.tag in (W + "tab", W + "br"):
            out.append(" ")
        for ch in el:
            walk(ch, deleted)
        if el.tag in (W + "p", W + "tc"):
            out.append("\n")
    walk(root)
    return "".join(out)


def xlsx_text(z):
    names = z.namelist()
    sst = []
    if "xl/sharedStrings.xml" in names:
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")):
            sst.append("".join(t.text or "" for t in si.iter(M + "t")))
    out = []
    for n in names:
        if re.match(r"xl/worksheets/sheet\d+\.xml$", n):
            for c in ET.fromstring(z.read(n)).iter(M + "c"):
                t = c.get("t")
                v = c.find(M + "v")
                if t == "s":
                    out.append(sst[int(v.text)])
                elif t == "inlineStr":
                    out.append("".join(x.text or "" for x in c.iter(M + "t")))
                elif v is not None:
                    out.append(v.text or "")
    return "\n".join(out)


def ole_names(data):
    """Names in an OLE compound file's directory (follows the FAT chain of the directory)."""
    assert data[:8] == OLE
    shift = struct.unpack_from("<H", data, 30)[0]
    size = 1 << shift
    nfat = struct.unpack_from("<I", data, 44)[0]
    first_dir = struct.unpack_from("<I", data, 48)[0]
    difat = list(struct.unpack_from("<109I", data, 76))[:nfat]
    fat = []
    for s in difat:
        off = (s + 1) * size
        fat += struct.unpack_from("<%dI" % (size // 4), data, off)
    names, s, guard = [], first_dir, 0
    while s < 0xFFFFFFFA and guard < 1000:
        off = (s + 1) * size
        for i in range(size // 128):
            e = data[off + i * 128: off + (i + 1) * 128]
            ln = struct.unpack_from("<H", e, 64)[0]
            if ln:
                names.append(e[: ln - 2].decode("utf-16-le"))
        s = fat[s]
        guard += 1
    return names


def check_form(entry, case):
    path = os.path.join(ASSETS, entry["file"])
    ext = os.path.splitext(path)[1]
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            fail(f"{entry['file']}: bad CRC in {bad}")
        part, ct = main_part_ct(z)
        if ct != CT[ext]:
            fail(f"{entry['file']}: main part {part} has content type {ct}")
        for n in z.namelist():
            if n.endswith((".xml", ".rels")):
                ET.fromstring(z.read(n))
            if "vbaProject" in n:
                fail(f"{entry['file']}: carries {n}")
        text = fold(docx_text(z) if ext == ".docx" else xlsx_text(z))
    for k in ("circular_ref", "subscriber_name", "subscriber_id", "contact_name",
              "contact_phone", "contact_email", "signatory_name", "issues"):
        if k in case["raw"]:
            want = fold(case["raw"][k])
        elif k in entry["fields"]:
            want = entry["fields"][k]
        else:
            continue
        if want and want not in text:
            fail(f"{entry['file']}: {k} {want!r} not in the document text")
    for k in ("signed_date", "session_date"):
        raw = case["raw"].get(k)
        if isinstance(raw, str) and raw not in text:
            fail(f"{entry['file']}: {k} as written {raw!r} not in the document text")


def check_bad(entry):
    f = entry["file"]
    path = os.path.join(ASSETS, f)
    data = open(path, "rb").read()
    code = entry["problems"][0]
    if code == "encrypted":
        names = ole_names(data)
        if not {"EncryptionInfo", "EncryptedPackage"} <= set(names):
            fail(f"{f}: OLE streams {names}")
    elif code == "legacy_format":
        names = ole_names(data)
        if "EncryptionInfo" in names or not ({"WordDocument", "Workbook"} & set(names)):
            fail(f"{f}: OLE streams {names}")
    elif code == "macro_enabled":
        with zipfile.ZipFile(path) as z:
            vba = [n for n in z.namelist() if n.endswith("vbaProject.bin")]
            _, ct = main_part_ct(z)
            if not vba or "macroEnabled" not in (ct or ""):
                fail(f"{f}: vba={vba} content type={ct}")
            elif z.read(vba[0])[:8] != OLE:
                fail(f"{f}: vbaProject.bin is not OLE")
            else:
                ole_names(z.read(vba[0]))
    elif code == "too_large":
        with zipfile.ZipFile(path) as z:
            big = max(i.file_size for i in z.infolist())
        if big < 1_900_000_000 or len(data) > 3 * 1024 * 1024:
            fail(f"{f}: inflates to {big}, file {len(data)}")
    elif code == "corrupt":
        if data:
            try:
                zipfile.ZipFile(path)
                fail(f"{f}: opens as a zip")
            except zipfile.BadZipFile:
                pass
    elif code == "unsupported_type":
        ext = os.path.splitext(f)[1]
        sig = {".pdf": b"%PDF-", ".png": b"\x89PNG\r\n\x1a\n", ".jpg": b"\xff\xd8\xff"}
        if ext in sig and not data.startswith(sig[ext]):
            fail(f"{f}: signature {data[:8]!r}")
        if ext == ".pptx":
            with zipfile.ZipFile(path) as z:
                if main_part_ct(z)[1] != CT[".pptx"]:
                    fail(f"{f}: not a presentation")
        if ext == ".zip":
            with zipfile.ZipFile(path) as z:
                if "[Content_Types].xml" in z.namelist():
                    fail(f"{f}: looks like OOXML")
        if ext == ".docx" and (data.startswith(b"PK") or data.startswith(OLE)):
            fail(f"{f}: is not plain text")
    elif code == "not_a_form":
        with zipfile.ZipFile(path) as z:
            ext = os.path.splitext(f)[1]
            if main_part_ct(z)[1] != CT[ext]:
                fail(f"{f}: wrong content type")
            text = docx_text(z) if ext == ".docx" else xlsx_text(z)
            if re.search(r"Intention Form|Result Form|Subscriber ID", text, re.I):
                fail(f"{f}: looks like a form")


def soffice_check(files):
    if not shutil.which("soffice"):
        fail("--soffice given but soffice is not installed")
        return
    work = tempfile.mkdtemp(prefix="hsn-verify-")
    env = dict(os.environ, HOME=work)
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir",
                    work] + [os.path.join(ASSETS, f) for f in files], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    for f in files:
        pdf = os.path.join(work, os.path.splitext(os.path.basename(f))[0] + ".pdf")
        if not os.path.exists(pdf) or os.path.getsize(pdf) < 500:
            fail(f"{f}: LibreOffice could not convert it to PDF")
    shutil.rmtree(work, ignore_errors=True)
    print(f"  LibreOffice converted {len(files)} documents to PDF")


def main():
    expected = json.load(open(os.path.join(ASSETS, "expected.json"), encoding="utf-8"))
    by_file = {e["file"]: e for e in expected}
    on_disk = set()
    for top in ("forms", "bad"):
        for root, _, files in os.walk(os.path.join(ASSETS, top)):
            for n in files:
                on_disk.add(os.path.relpath(os.path.join(root, n), ASSETS).replace(os.sep, "/"))
    for f in sorted(on_disk - set(by_file)):
        fail(f"{f}: on disk but not in expected.json")
    for f in sorted(set(by_file) - on_disk):
        fail(f"{f}: in expected.json but missing")
    cases = {c["file"]: c for c in C.CASES}
    for e in expected:
        if e["file"] not in on_disk:
            continue
        if e["form"]:
            check_form(e, cases[e["file"]])
        else:
            check_bad(e)
    total = 0
    for root, dirs, files in os.walk(ASSETS):
        if "node_modules" in dirs:
            dirs.remove("node_modules")
        for n in files:
            s = os.path.getsize(os.path.join(root, n))
            total += s
            if s > 20 * 1024 * 1024:
                fail(f"{n}: {s} bytes is over 20 MB")
    if total > 8 * 1024 * 1024:
        fail(f"tests/assets is {total} bytes, over 8 MB")
    if "--soffice" in sys.argv:
        soffice_check([e["file"] for e in expected if e["form"]] +
                      ["bad/letter.docx", "bad/price-list.xlsx", "bad/form.docm",
                       "bad/form.xlsm", "bad/macro-inside.docx"])
    print(f"verify: {len(expected)} entries, {total:,} bytes in tests/assets, "
          f"{len(errors)} problem(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
