#!/usr/bin/env python3
"""Proves that every file of holdout14 literally holds what expected.json says, without the reader: it flattens
each file to lines of text (a paragraph per line, a table or sheet row as 'cell | cell'; check boxes shown as their
glyph or [X]/[ ]), then checks (1) every text value of the oracle is written in the file, (2) the raw writing of
every id, date, choice and result listed below is there and (3) normalising that raw writing by forms.md gives the
oracle's value. Bad files are checked for what makes them bad. Run with /usr/bin/python3 (openpyxl)."""
import datetime
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, "..", ".."))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def para_text(p):
    out = []

    def walk(el):
        for ch in el:
            tag = ch.tag
            if tag == W + "txbxContent" or tag == MC + "Fallback":
                continue  # text boxes are their own lines
            if tag == W + "t":
                out.append(ch.text or "")
            elif tag == W + "sym":
                out.append(chr(int(ch.get(W + "char"), 16)))
            elif tag in (W + "tab",):
                out.append("\t")
            elif tag == W + "br":
                out.append(" ")
            elif tag == W + "fldChar":
                cb = ch.find(W + "ffData/" + W + "checkBox")
                if cb is not None:
                    chk = cb.find(W + "checked")
                    on = chk is not None and chk.get(W + "val", "1") not in ("0", "false")
                    out.append("[X]" if on else "[ ]")
            elif tag == W + "sdt":
                box = ch.find(W + "sdtPr/" + W14 + "checkbox")
                if box is not None:  # the glyph shown must agree with w14:checked
                    state = box.find(W14 + "checked").get(W14 + "val")
                    glyph = "".join(x.text or "" for x in ch.iter(W + "t")) + "".join(
                        chr(int(x.get(W + "char"), 16)) for x in ch.iter(W + "sym"))
                    assert (state == "1") == (glyph in ("☒", "☑")), "check box glyph disagrees with w14:checked"
                walk(ch)
            else:
                walk(ch)
    walk(p)
    return "".join(out)


def docx_lines(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []

    def block(el):
        for ch in el:
            if ch.tag == W + "p":
                lines.append(fold(para_text(ch)))
                for tb in ch.iter(W + "txbxContent"):  # each text box once (the VML fallback is skipped above)
                    pass
            elif ch.tag == W + "tbl":
                for tr in ch.findall(W + "tr"):
                    lines.append(" | ".join(fold(" ".join(para_text(p) for p in tc.iter(W + "p"))) for tc in tr.findall(W + "tc")))
            elif ch.tag == W + "sdt":
                block(ch.find(W + "sdtContent"))
    block(root.find(W + "body"))
    # text boxes: their paragraphs, from the DrawingML choice only
    for choice in root.iter(MC + "Choice"):
        for tb in choice.iter(W + "txbxContent"):
            lines.append("TEXTBOX: " + fold(" ".join(para_text(p) for p in tb.iter(W + "p"))))
    return lines


def cell_str(v):
    if isinstance(v, datetime.datetime):
        return "DATE:" + v.strftime("%Y-%m-%d")
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    return str(v)


def xlsx_lines(path):
    wb = openpyxl.load_workbook(path)
    lines = []
    for ws in wb.worksheets:
        lines.append("SHEET: %s%s" % (ws.title, " (hidden)" if ws.sheet_state != "visible" else ""))
        for row in ws.iter_rows():
            vals = []
            for c in row:
                v = c.value
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool) and c.is_date:
                    v = openpyxl.utils.datetime.from_excel(v)
                vals.append(cell_str(v))
            if vals:
                lines.append(" | ".join(vals))
    return lines


MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}


def norm_date(raw):
    """forms.md: day first where ambiguous."""
    s = raw.strip()
    if s.startswith("DATE:"):
        return s[5:]
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", s)
    if m:
        return "%04d-%02d-%02d" % (int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        return "%04d-%02d-%02d" % (int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", s)
    if m:
        y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return "%04d-%02d-%02d" % (y, int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]+)[ -](\d{4})", s)
    if m:
        return "%04d-%02d-%02d" % (int(m[3]), MONTHS[m[2][:3].lower()], int(m[1]))
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
    if m:
        return "%04d-%02d-%02d" % (int(m[3]), MONTHS[m[1][:3].lower()], int(m[2]))
    raise ValueError("no date: " + raw)


def norm_id(raw):
    s = re.sub(r"[\s-]", "", raw).upper()
    return s if re.fullmatch(r"HSN\d{4}", s) else None


RESULT_WORDS = {"successful": "successful", "pass": "successful", "unsuccessful": "unsuccessful", "fail": "unsuccessful",
                "not tested": "not_tested", "n/a": "not_tested"}

# per file: raw writings. 'id': raw id; 'dates': {field: raw as it appears in a line}; 'lines': lines (or line parts)
# that must be present and carry the choices; 'results': {code: raw word} (words) - a line 'CODE | word' must exist.
RAW = {
    "word/intention-w2016-sdt-checkboxes-pokfulam.docx": dict(id="HSN0582", dates={"signed_date": "21/11/2023"}, lines=[
        "☒ We will participate in PS2 using HSN", "☐ We will not participate in PS2 using HSN", "☒ OTP-C –", "☐ OTP-CSC –",
        "☒ OMD-C –", "☐ OMD-CC –"]),
    "word/intention-w2016-formfields-spaced-id-aplichau.docx": dict(id="HSN 0619", dates={"signed_date": "23-11-2023"}, lines=[
        "[X] We will participate", "[ ] We will not participate", "[X] OTP-C –", "[X] OTP-CSC –", "[X] OMD-C –", "[X] OMD-CC –"]),
    "word/intention-pydocx-typed-over-x-kennedytown.docx": dict(id="hsn0734", dates={"signed_date": "Nov 24, 2023"}, lines=[
        "x We will participate", "☐ We will not participate", "x OTP-C –", "x OTP-CSC –", "☐ OMD-C –", "☐ OMD-CC –",
        "Name of Authorised Signatory: ______"]),
    "word/intention-w2016-textboxes-saiyingpun.docx": dict(id="HSN0801", dates={"signed_date": "2023/11/22"}, lines=[
        "☒ We will participate", "☐ We will not participate", "☐ OTP-C –", "☐ OTP-CSC –", "☒ OMD-C –", "☒ OMD-CC –",
        "TEXTBOX: Sai Ying Pun Investments Limited", "TEXTBOX: Yeung Wai Lun"]),
    "word/intention-gdocs-emoji-bilingual-happyvalley.docx": dict(id="HSN0927", dates={"signed_date": "21 November 2023"}, lines=[
        "✅ We will participate", "⬜ We will not participate", "✅ | OTP-C –", "✅ | OTP-CSC –", "✅ | OMD-C –", "⬜ | OMD-CC –"]),
    "word/intention-wps-simplified-sqrt-shekkipmei.docx": dict(id="HSN1014", dates={"signed_date": "2023年11月22日"}, lines=[
        "√ We will participate", "□ We will not participate", "□ OTP-C –", "√ OTP-CSC –", "□ OMD-C –", "√ OMD-CC –"]),
    "word/intention-pydocx-covering-letter-decline-taiwai.docx": dict(id="HSN1042", dates={"signed_date": "20/11/2023"}, lines=[
        "□ We will participate", "■ We will not participate", "□ OTP-C –", "□ OTP-CSC –", "□ OMD-C –", "□ OMD-CC –"]),
    "word/intention-docxjs-missing-email-maonshan.docx": dict(id="HSN1108", dates={"signed_date": "2023-11-23"}, lines=[
        "☒ We will participate", "☐ We will not participate", "☒ OTP-C –", "☐ OTP-CSC –", "☐ OMD-C –", "☐ OMD-CC –",
        "Email |"]),
    "word/intention-w2016-wingdings-text-shaukeiwan.docx": dict(id="HSN1215", dates={"signed_date": "22nd Nov 2023"}, lines=[
        "þ We will participate", "¨ We will not participate", "þ OTP-C –", "¨ OTP-CSC –", "þ OMD-C –", "þ OMD-CC –"]),
    "word/result-pages-remarks-tsingyi.docx": dict(id="HSN1320", dates={"session_date": "25 November 2023", "signed_date": "27/11/2023"},
        results={"OTP-C": "Successful", "OTP-CSC": "Not tested", "OMD-C": "Successful", "OMD-CC": "Unsuccessful"}),
    "word/result-pydocx-transposed-ticks-tokwawan.docx": dict(id="HSN1433", dates={"session_date": "25/11/2023", "signed_date": "2023-11-26"}, lines=[
        "Result | OTP-C | OTP-CSC | OMD-C | OMD-CC", "Successful | ✓ |  | ✓ | ✓", "Unsuccessful |  |  |  | ", "Not tested |  | ✓ |  | ",
        "Issues Encountered / Remarks:"]),
    "word/result-w2016-dropdowns-yautong.docx": dict(id="HSN1506", dates={"session_date": "25/11/2023", "signed_date": "27 Nov 2023"},
        results={"OTP-C": "Successful", "OTP-CSC": "Successful", "OMD-C": "Not tested", "OMD-CC": "Successful"}),
    "word/result-docxjs-both-ticked-kwaichung.docx": dict(id="HSN1617", dates={"session_date": "25-11-2023"}, lines=[
        "OTP-C | ☒ | ☐ | ☐", "OTP-CSC | ☒ | ☒ | ☐", "OMD-C | ☒ | ☐ | ☐", "OMD-CC | ☐ | ☐ | ☒"]),
    "word/result-lo-html-bad-id-lamma.docx": dict(id="HSN04271", dates={"session_date": "25 Nov 2023"},
        results={"OTP-C": "Pass", "OTP-CSC": "Pass", "OMD-C": "Fail", "OMD-CC": "Pass"}),
    "excel/intention-openpyxl-second-sheet-homantin.xlsx": dict(id="HSN1724", dates={"signed_date": "DATE:2023-11-20"}, lines=[
        "SHEET: Appendix A", "We will participate in PS2 using HSN | Y", "OTP-C | Y", "OTP-CSC | Y"], absent=["OMD-C | Y", "OMD-CC | Y", "We will not participate in PS2 using HSN | Y"]),
    "excel/intention-openpyxl-hidden-lists-jordan.xlsx": dict(id="HSN1833", dates={"signed_date": "22-Nov-2023"}, lines=[
        "SHEET: Lists (hidden)", "We will participate in PS2 using HSN (Yes/No) | Yes", "OTP-C | Yes", "OTP-CSC | No", "OMD-C | Yes", "OMD-CC | No"]),
    "excel/intention-gsheets-booleans-bilingual-wongtaisin.xlsx": dict(id="HSN1940", dates={"signed_date": "DATE:2023-11-23"}, lines=[
        "We will participate in PS2 using HSN | TRUE", "We will not participate in PS2 using HSN | FALSE", "OTP-C | FALSE",
        "OTP-CSC | FALSE", "OMD-C | TRUE", "OMD-CC | TRUE"]),
    "excel/intention-numbers-styles-dotdate-lohas.xlsx": dict(id="HSN2051", dates={"signed_date": "23.11.2023"}, lines=[
        "Participation | Yes", "OTP-C | ✓", "OTP-CSC", "OMD-C | ✓", "OMD-CC"]),
    "excel/intention-openpyxl-merged-chinese-squares-sheungshui.xlsx": dict(id="HSN2162", dates={"signed_date": "2023年11月21日"}, lines=[
        "參與 | ■ 是 □ 否", "測試服務 | ■ OTP-C", "□ OTP-CSC", "■ OMD-C", "□ OMD-CC"]),
    "excel/intention-exceljs-vertical-bad-email-tseungkwano.xlsx": dict(id="HSN2273", lines=[
        "Participation (Y/N)", "Y", "OTP-C | √", "OMD-C | √", "peter.chan tko-sec.com.hk"]),
    "excel/intention-sheetjs-dashed-id-yesno-lokfu.xlsx": dict(id="hsn-2384", dates={"signed_date": "2023-11-24"}, lines=[
        "We will participate in PS2 using HSN | Yes", "OTP-C | No", "OTP-CSC | Yes", "OMD-C | No", "OMD-CC | Yes"]),
    "excel/intention-openpyxl-decline-fotan.xlsx": dict(id="HSN2495", dates={"signed_date": "DATE:2023-11-19"}, lines=[
        "Will you participate in PS2 using HSN? (Yes/No) | No", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]),
    "excel/result-exceljs-words-remarks-saikung.xlsx": dict(id="HSN2506", dates={"session_date": "DATE:2023-11-25", "signed_date": "DATE:2023-11-27"},
        results={"OTP-C": "Pass", "OTP-CSC": "Fail", "OMD-C": "Not Tested", "OMD-CC": "Pass"}),
    "excel/result-gsheets-booleans-tinhau.xlsx": dict(id="HSN2617", dates={"session_date": "DATE:2023-11-25"}, lines=[
        "Service | Successful | Unsuccessful | Not tested", "OTP-C | TRUE | FALSE | FALSE", "OTP-CSC | TRUE | FALSE | FALSE",
        "OMD-C | FALSE | FALSE | FALSE", "OMD-CC | FALSE | FALSE | TRUE"]),
    "excel/result-openpyxl-second-sheet-blank-whampoa.xlsx": dict(id="HSN2728", dates={"session_date": "25/11/2023"}, lines=[
        "SHEET: Appendix B", "Service | Successful | Unsuccessful | Not tested", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]),
    "excel/result-sheetjs-lowercase-words-kowloontong.xlsx": dict(id="HSN2839", dates={"signed_date": "27/11/23"},
        results={"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "n/a", "OMD-CC": "successful"}),
}
EXACT_LINES = {"OTP-C", "OTP-CSC", "OMD-C", "OMD-CC", "Y"}   # must be a whole line (a row with nothing else)


def check_form(e, lines):
    errs = []
    f = e["fields"]
    raw = RAW[e["file"].split("/", 1)[1]]
    text = "\n".join(lines)
    for k in ("circular_ref", "subscriber_name", "contact_name", "contact_phone", "contact_email", "signatory_name", "issues"):
        if k in f and f[k] not in text:
            errs.append("%s %r not in file" % (k, f[k]))
    if raw["id"] not in text:
        errs.append("raw id %r not in file" % raw["id"])
    nid = norm_id(raw["id"])
    if "invalid:subscriber_id" in e["problems"]:
        if nid is not None:
            errs.append("id %r is valid" % raw["id"])
    elif nid != f.get("subscriber_id"):
        errs.append("id %r normalises to %r, oracle %r" % (raw["id"], nid, f.get("subscriber_id")))
    for k, rd in raw.get("dates", {}).items():
        if rd not in text:
            errs.append("raw %s %r not in file" % (k, rd))
        if norm_date(rd) != f.get(k):
            errs.append("%s %r normalises to %s, oracle %s" % (k, rd, norm_date(rd), f.get(k)))
    for k in ("signed_date", "session_date"):
        if k in f and k not in raw.get("dates", {}):
            errs.append("oracle %s has no raw date" % k)
    for want in raw.get("lines", []):
        if want in EXACT_LINES or want.startswith("OTP") and "|" not in want and "–" not in want or want.startswith("OMD") and "|" not in want and "–" not in want:
            ok = want in lines
        else:
            ok = any(want in ln for ln in lines)
        if not ok:
            errs.append("line %r not in file" % want)
    for bad in raw.get("absent", []):
        if any(bad == ln for ln in lines):
            errs.append("line %r should not be in file" % bad)
    if "results" in raw:
        for code, word in raw["results"].items():
            if not any(ln.startswith("%s | %s" % (code, word)) or ln.startswith("%s – " % code) and ln.endswith("| " + word) for ln in lines):
                errs.append("result line %s | %s not in file" % (code, word))
            exp = e["fields"].get("results", {}).get(code)
            if RESULT_WORDS[word.lower()] != exp:
                errs.append("result %s %r is %s, oracle %s" % (code, word, RESULT_WORDS[word.lower()], exp))
    # tick grids: rows 'CODE | S | U | N' (or transposed 'WORD | OTP-C | OTP-CSC | OMD-C | OMD-CC') give results
    if e["form"] == "result" and "results" not in raw:
        got, doubt = {}, False
        order = ["successful", "unsuccessful", "not_tested"]
        for want in raw.get("lines", []):
            cells = [c.strip() for c in want.split("|")]
            if cells[0] in ("OTP-C", "OTP-CSC", "OMD-C", "OMD-CC") and len(cells) == 4:
                on = [i for i, c in enumerate(cells[1:]) if c in ("☒", "TRUE", "✓")]
                if len(on) == 1:
                    got[cells[0]] = order[on[0]]
                elif len(on) > 1:
                    doubt = True
            if cells[0] in ("Successful", "Unsuccessful", "Not tested") and len(cells) == 5:
                for code, c in zip(["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], cells[1:]):
                    if c == "✓":
                        got[code] = cells[0].lower().replace(" ", "_")
        if got != f.get("results", {}) or doubt != ("ambiguous:results" in e["problems"]):
            errs.append("tick grid gives %s (doubt %s), oracle %s" % (got, doubt, f.get("results")))
    # choices: the oracle's services/participate must match the marks listed in lines (checked by hand above);
    # here we only assert that every marked code in 'lines' is in the oracle and no other
    marked = set()
    for want in raw.get("lines", []):
        m = re.match(r"^(☒|✅|√|þ|x|■|\[X\]|✅ \|) ?\|? ?(OTP-CSC|OTP-C|OMD-CC|OMD-C) ", want + " ")
        if m:
            marked.add(m[2])
        m = re.match(r"^(?:測試服務 \| )?■ (OTP-CSC|OTP-C|OMD-CC|OMD-C)$", want)
        if m:
            marked.add(m[1])
        m = re.match(r"^(OTP-CSC|OTP-C|OMD-CC|OMD-C) \| (Y|Yes|TRUE|✓|√)$", want)
        if m and e["form"] == "intention":
            marked.add(m[1])
    part = set()
    for want in raw.get("lines", []):
        m = re.match(r"^(☒|✅|√|þ|x|■|\[X\]) We will (not )?participate", want)
        if m:
            part.add(not m[2])
        m = re.match(r"^(?:We will participate in PS2 using HSN|Participation|Will you participate.*|參與)(?: \(Y/N\)| \(Yes/No\))? \| (Y|Yes|TRUE|No|■ 是 □ 否)$", want)
        if m:
            part.add(m[1] in ("Y", "Yes", "TRUE", "■ 是 □ 否"))
        if want == "Y" and any(w.startswith("Participation (Y/N)") for w in raw["lines"]):
            part.add(True)
    if e["form"] == "intention" and part != {f.get("participate")}:
        errs.append("participation marks give %s, oracle %s" % (part, f.get("participate")))
    if e["form"] == "intention" and marked != set(f.get("services", [])):
        errs.append("marked services %s, oracle %s" % (sorted(marked), f.get("services")))
    return errs


def check_bad(e, path):
    data = open(path, "rb").read()
    code = e["problems"][0]
    ole = data[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    if code == "encrypted":
        return [] if ole and "EncryptedPackage".encode("utf-16-le") in data else ["not an encrypted OLE package"]
    if code == "legacy_format":
        return [] if ole and "WordDocument".encode("utf-16-le") in data and "EncryptedPackage".encode("utf-16-le") not in data else ["not a Word 97 file"]
    if code == "corrupt":
        try:
            zipfile.ZipFile(path).testzip()
            return ["zip opens"]
        except zipfile.BadZipFile:
            return [] if data[:2] == b"PK" else ["not a zip start"]
    if code == "macro_enabled":
        z = zipfile.ZipFile(path)
        ct = z.read("[Content_Types].xml").decode()
        return [] if "xl/vbaProject.bin" in z.namelist() and "macroEnabled" in ct else ["no macro part"]
    return ["unknown bad code"]


def main():
    expected = json.load(open(os.path.join(HERE, "..", "expected.json"), encoding="utf-8"))
    failures = 0
    for e in expected:
        path = os.path.join(ASSETS, e["file"])
        if e["status"] == "rejected":
            errs = check_bad(e, path)
        else:
            lines = docx_lines(path) if path.endswith(".docx") else xlsx_lines(path)
            if e["status"] == "unrecognised":
                errs = [] if lines and not e["fields"] else ["empty look-alike or fields given"]
            elif e["file"].endswith("blank-intention-template.docx"):
                text = "\n".join(lines)
                errs = [] if ("Click or tap here to enter text." in text and "☒" not in text and "HDS/23/1109" in text) else ["template not blank"]
            else:
                errs = check_form(e, lines)
        if errs:
            failures += 1
            print("FAIL", e["file"])
            for x in errs:
                print("    " + x)
    print("%d of %d files verified" % (len(expected) - failures, len(expected)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
