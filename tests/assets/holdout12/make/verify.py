#!/usr/bin/env python3
"""Checks that every generated file literally holds the oracle's values, without the reader: the text of every XML
part of the package (runs of a paragraph or a cell joined) must contain each text value of `fields`, each service
code of `services` / `results`, and the written form of each date listed below. Look-alikes must not be empty, bad
files must fail the way their problem says. Also lists files on disk that have no oracle entry."""
import html
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
ASSETS = os.path.normpath(os.path.join(ROOT, ".."))
TEXT_KEYS = ["circular_ref", "subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email",
             "signatory_name", "issues"]
# how each date is written in the file (an Excel serial where it is a real date)
WRITTEN_DATES = {
    "intention-nested-layout-wanchai.docx": ["22.11.2023"],
    "result-footer-ids-shatin.docx": ["25 Nov 2023 (Sat)", "27/11/2023"],
    "intention-textbox-contact-taipo.docx": ["2023/11/21"],
    "intention-radio-glyphs-yuenlong.xlsx": ["22-Nov-23"],
    "result-chinese-words-ngautaukok.xlsx": ["2023年11月25日", "2023年11月27日"],
    "intention-instructions-example-tsimshatsui.docx": ["Nov 22, 2023"],
    "intention-tick-between-rows-tseungkwano.docx": ["20231121"],
    "intention-blank-then-filled-whampoa.docx": ["21 November 2023"],
    "result-nested-grid-pacificcrest.docx": ["25/11/2023", "27 Nov 2023"],
    "intention-swapped-contact-mongkok.docx": ["23-11-2023"],
    "intention-two-ids-fortresshill.docx": ["21/11/2023"],
    "intention-value-in-label-cell-kornhill.docx": ["Wednesday 22nd Nov 2023"],
    "result-letter-v-marks-tsingyi.xlsx": ["45255", "45257"],
    "intention-services-one-cell-cheungshawan.xlsx": ["11/22/2023"],
    "intention-radio-sdt-braemar.docx": ["2023-11-23"],
    "result-header-title-ngauchiwan.docx": ["25-11-2023", "28/11/2023"],
    "intention-vml-textbox-siusaiwan.docx": ["24/11/2023"],
    "intention-typed-yes-ticked-no-saiyingpun.docx": ["22/11/2023"],
    "result-bilingual-tinhau.docx": ["2023年11月25日", "二〇二三年十一月二十七日"],
    "result-rich-text-meifoo.xlsx": ["25/11/2023", "45257"],
    "intention-print-header-title-lokfu.xlsx": ["45253"],
    "result-formulas-wongchukhang.xlsx": ["45255", "45257"],
    "intention-both-choices-aplichau.xlsx": ["20/11/2023"],
    "intention-chinese-only-shaukeiwan.xlsx": ["2023年11月22日"],
    "result-transposed-kwaifong.xlsx": ["25.11.2023", "28-11-2023"],
    "intention-offset-ballot-glyph-maonshan.xlsx": ["22 NOV 2023"],
    "intention-googledocs-checklist-hengfachuen.docx": ["21 Nov 2023"],
    "result-googlesheets-checkboxes-shamtseng.xlsx": ["45255", "45257"],
    "intention-wps-wingdings2-wingkwong.docx": ["22/11/2023"],
    "result-wingdings2-cells-leitung.xlsx": ["25 November 2023", "27/11/2023"],
    "intention-textbox-alternatecontent-cyberport.docx": ["23/11/2023"],
    "result-dropdown-sdt-happyvalley.docx": ["25/11/2023", "Monday, 27 November 2023"],
    "intention-mailmerge-fields-kowloontong.docx": ["21 November 2023"],
}
# raw values the oracle leaves out (invalid / ambiguous) that must still be in the file as the sender wrote them
RAW = {
    "intention-swapped-contact-mongkok.docx": ["Telephone: yt.lau@mkholdings.com.hk", "Email: 2394 5566"],
    "intention-two-ids-fortresshill.docx": ["HSN0718 / HSN0719"],
}


def package_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if not n.endswith((".xml", ".rels")):
                continue
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</(w:p|si|c|w:tc|row|oddHeader|oddFooter)>", "\n", x)
            x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(html.unescape(x))
    return re.sub(r"[ \t\u00a0]+", " ", "\n".join(out))


def main():
    expected = json.load(open(os.path.join(ROOT, "expected.json"), encoding="utf-8"))
    errors = []
    listed = set()
    for e in expected:
        path = os.path.join(ASSETS, e["file"])
        listed.add(os.path.normpath(path))
        name = os.path.basename(path)
        if not os.path.exists(path):
            errors.append(f"{e['file']}: missing")
            continue
        head = open(path, "rb").read(8)
        if e["status"] == "rejected":
            code = e["problems"][0]
            ok = {"corrupt": head[:2] == b"PK", "encrypted": head == bytes.fromhex("d0cf11e0a1b11ae1"),
                  "legacy_format": head == bytes.fromhex("d0cf11e0a1b11ae1"), "macro_enabled": head[:2] == b"PK"}[code]
            if code == "corrupt":
                try:
                    with zipfile.ZipFile(path) as z:
                        z.read("word/document.xml")
                        import xml.dom.minidom
                        xml.dom.minidom.parseString(z.read("word/document.xml"))
                    ok = False
                except Exception:
                    ok = True
            if code == "macro_enabled":
                with zipfile.ZipFile(path) as z:
                    ok = any(n.endswith("vbaProject.bin") for n in z.namelist()) and b"macroEnabled" in z.read("[Content_Types].xml")
            if code == "encrypted":
                ok = ok and b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in open(path, "rb").read()
            if code == "legacy_format":
                ok = ok and b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n" not in open(path, "rb").read()
            if not ok:
                errors.append(f"{e['file']}: does not look {code}")
            continue
        text = package_text(path)
        folded = re.sub(r"\s+", " ", text)
        if e["status"] == "unrecognised":
            if len(folded) < 200:
                errors.append(f"{e['file']}: look-alike with little text")
            continue
        f = e["fields"]
        for k in TEXT_KEYS:
            if k in f and f[k] not in folded:
                errors.append(f"{e['file']}: {k} {f[k]!r} not in the file")
        for code in f.get("services", []) + list(f.get("results", {})):
            if code not in folded:
                errors.append(f"{e['file']}: service {code} not in the file")
        for w in WRITTEN_DATES.get(name, []):
            if w not in folded:
                errors.append(f"{e['file']}: date {w!r} not in the file")
        dates = [k for k in ("signed_date", "session_date") if k in f]
        if len(WRITTEN_DATES.get(name, [])) < len(dates):
            errors.append(f"{e['file']}: a date without its written form listed")
        for w in RAW.get(name, []):
            if w not in folded:
                errors.append(f"{e['file']}: raw {w!r} not in the file")
    for dirpath, _, files in os.walk(ROOT):
        if "node_modules" in dirpath or dirpath.endswith("make"):
            continue
        for fn in files:
            p = os.path.normpath(os.path.join(dirpath, fn))
            if p not in listed and not fn.endswith((".json", ".md")):
                errors.append(f"{os.path.relpath(p, ROOT)}: on disk, not in the oracle")
    for x in errors:
        print(x)
    print(f"{len(expected)} entries checked, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
