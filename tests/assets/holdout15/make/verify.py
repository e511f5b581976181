#!/usr/bin/env python3
"""Proves, without the reader, that every holdout15 file literally holds the oracle's values (expected.json).
Word: document.xml flattened to rows of cells (deleted text, instrText, comments and placeholders dropped; legacy
check boxes as ☒/☐ from w:checked or else w:default; w:sym F0FE/F0A8 as ☒/☐; w14:checkbox glyph checked against
w14:checked). Excel: visible sheets, visible rows and columns, shown values (shared strings without rPh, inline
strings, cached formula values, booleans, date serials by the workbook's date system and the cell's number format,
"HSN"0000 ids). Soft hyphens and zero-width spaces are dropped, NBSPs and en-spaces are spaces (forms.md: text folded).
Exit 0 when every file verifies."""
import datetime, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, "..", ".."))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
CODES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
TICK = {"☒", "☑", "✓", "✔", "X", "x", "TRUE", "Yes"}
NOTICK = {"☐", "FALSE", "No", ""}


def clean(s):
    s = s.replace("\u00ad", "").replace("\u200b", "")
    s = re.sub(r"[\u00a0\u2002\s]+", " ", s)
    return s.strip()


# ---------------------------------------------------------------- Word
def w_text(el, out):
    tag = el.tag
    if tag in (W + "del", W + "instrText", W + "delText"):
        return
    if tag == W + "sdt":
        pr = el.find(W + "sdtPr")
        cb = pr.find(W14 + "checkbox")
        content = el.find(W + "sdtContent")
        if pr.find(W + "showingPlcHdr") is not None:
            return
        if cb is not None:
            checked = cb.find(W14 + "checked").get(W14 + "val") == "1"
            glyph = "".join(t.text or "" for t in content.iter(W + "t"))
            assert glyph == ("☒" if checked else "☐"), "w14:checkbox glyph disagrees with w14:checked"
        for c in content:
            w_text(c, out)
        return
    if tag == W + "fldChar" and el.get(W + "fldCharType") == "begin":
        box = el.find(f"{W}ffData/{W}checkBox")
        if box is not None:
            ch = box.find(W + "checked")
            val = (ch.get(W + "val", "1") if ch is not None else box.find(W + "default").get(W + "val"))
            out.append("☒" if val in ("1", "true") else "☐")
        return
    if tag == W + "sym":
        out.append({"F0FE": "☒", "F0A8": "☐"}[el.get(W + "char")])
        return
    if tag == W + "t":
        out.append(el.text or "")
        return
    for c in el:
        w_text(c, out)


def word_rows(path):
    z = zipfile.ZipFile(path)
    body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    rows = []
    for el in body:
        if el.tag == W + "p":
            o = []
            w_text(el, o)
            rows.append([clean("".join(o))])
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    o = []
                    w_text(tc, o)
                    cells.append(clean("".join(o)))
                rows.append(cells)
    return rows


# ---------------------------------------------------------------- Excel
def col_index(ref):
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n


def excel_rows(path):
    z = zipfile.ZipFile(path)
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    d1904 = (wb.find(S + "workbookPr") is not None and wb.find(S + "workbookPr").get("date1904") in ("1", "true"))
    base = datetime.date(1904, 1, 1) if d1904 else datetime.date(1899, 12, 30)
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(S + "si"):
            parts = [t.text or "" for t in si.findall(S + "t")] + [t.text or "" for r in si.findall(S + "r") for t in r.findall(S + "t")]
            sst.append("".join(parts))  # rPh (phonetic reading) deliberately not read
    st = ET.fromstring(z.read("xl/styles.xml"))
    fmts = {int(f.get("numFmtId")): f.get("formatCode") for f in st.iter(S + "numFmt")}
    xfs = [int(x.get("numFmtId")) for x in st.find(S + "cellXfs").findall(S + "xf")]
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    rows = []
    for sh in wb.find(S + "sheets"):
        if sh.get("state") in ("hidden", "veryHidden"):
            continue
        ws = ET.fromstring(z.read("xl/" + rels[sh.get(RNS + "id")]))
        hidden_cols = set()
        for c in ws.iter(S + "col"):
            if c.get("hidden") in ("1", "true"):
                hidden_cols |= set(range(int(c.get("min")), int(c.get("max")) + 1))
        for row in ws.find(S + "sheetData"):
            if row.get("hidden") in ("1", "true"):
                continue
            cells = {}
            for c in row:
                ci = col_index(c.get("r"))
                if ci in hidden_cols:
                    continue
                t, v = c.get("t"), c.find(S + "v")
                if t == "s":
                    val = sst[int(v.text)]
                elif t == "inlineStr":
                    val = "".join(x.text or "" for x in c.iter(S + "t"))
                elif t == "b":
                    val = "TRUE" if v.text == "1" else "FALSE"
                elif t in ("str", "e"):
                    val = v.text or ""
                elif v is not None:
                    num = float(v.text)
                    fid = xfs[int(c.get("s", "0"))]
                    code = fmts.get(fid, "")
                    if fid in (14, 15) or re.search(r"[dy]", code.replace('"HSN"', "")) and "0000" not in code:
                        val = (base + datetime.timedelta(days=int(num))).strftime("%d/%m/%Y")
                    elif '"HSN"0000' in code:
                        val = "HSN%04d" % int(num)
                    else:
                        val = str(int(num)) if num == int(num) else str(num)
                else:
                    val = ""
                cells[ci] = clean(val)
            if cells:
                rows.append([cells.get(i, "") for i in range(1, max(cells) + 1)])
    return rows


# ---------------------------------------------------------------- checks
MON = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def norm_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})", s)
        if m:
            d, mo, y = map(int, m.groups())
        else:
            m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", s)
            if not m:
                return None
            d, mo, y = int(m.group(1)), MON.get(m.group(2)[:3].lower()), int(m.group(3))
    try:
        return datetime.date(y, mo, d).isoformat()
    except (TypeError, ValueError):
        return None


LABELS = {"subscriber_name": "Subscriber Name", "subscriber_id": "HSN Subscriber ID", "contact_name": "Contact Person",
          "contact_phone": "Telephone", "contact_email": "E-mail Address", "signatory_name": "Name of Authorised Signatory",
          "signed_date": "Date", "session_date": "Practice Session Date", "issues": "Issues Encountered"}


def value_of(rows, label):
    for r in rows:
        ne = [c for c in r if c]
        if ne and ne[0] == label:
            return " ".join(ne[1:])
    return None


def check_form(e, rows):
    errs, f = [], e["fields"]
    invalid = {p.split(":", 1)[1] for p in e["problems"] if p.startswith(("invalid:", "ambiguous:"))}
    missing = {p.split(":", 1)[1] for p in e["problems"] if p.startswith("missing:")}
    if f.get("circular_ref") != "HDS/23/1109" or not any("Ref. No.: HDS/23/1109" in c for r in rows for c in r):
        errs.append("circular_ref")
    title = "Appendix A" if e["form"] == "intention" else "Appendix B"
    if not any(c.startswith(title) for r in rows for c in r):
        errs.append("title " + title)
    for key, label in LABELS.items():
        if key in ("session_date", "issues") and e["form"] != "result":
            continue
        raw = value_of(rows, label)
        if raw is None and key not in ("signatory_name", "signed_date", "issues", "session_date"):
            errs.append(f"label {label} not on the form")
        if key in invalid:
            ok = raw and not re.fullmatch(r"HSN\d{4}", re.sub(r"[\s-]", "", raw.upper()))
            if not ok:
                errs.append(f"{key}: raw {raw!r} is not invalid")
            continue
        if key not in f:
            if raw:
                errs.append(f"{key}: oracle has none, file holds {raw!r}")
            if key in missing and raw:
                errs.append(f"{key}: missing but written")
            continue
        if key.endswith("_date"):
            got = norm_date(raw or "")
        elif key == "subscriber_id":
            got = re.sub(r"[\s-]", "", (raw or "").upper())
        else:
            got = raw
        if got != f[key]:
            errs.append(f"{key}: oracle {f[key]!r}, file {raw!r}")
    for p in missing:
        if p in LABELS and p in f:
            errs.append(f"missing:{p} but oracle has a value")
    marks = lambda r, skip: [c for c in r if c not in skip]
    if e["form"] == "intention":
        WILL, WONT = "We will participate in PS2 using HSN", "We will not participate in PS2 using HSN"
        part = None
        rw = [r for r in rows if WILL in r]
        rn = [r for r in rows if WONT in r]
        if rw and rn:
            tw = any(m in TICK for m in marks(rw[0], [WILL]))
            tn = any(m in TICK for m in marks(rn[0], [WONT]))
            part = True if tw and not tn else False if tn and not tw else None
        elif rn or rw:
            part = bool(rw)
        q = value_of(rows, "Will you participate in PS2 using HSN? (Yes/No)")
        if q:
            part = {"Yes": True, "No": False}[q]
        if part != f.get("participate"):
            errs.append(f"participate: oracle {f.get('participate')}, file {part}")
        svc = []
        for r in rows:
            codes = [c for c in r if c in CODES]
            if len(codes) == 1 and any(m in TICK for m in r if m not in codes):
                svc.append(codes[0])
        if svc != f.get("services", []):
            errs.append(f"services: oracle {f.get('services')}, file {svc}")
    else:
        hdr = next((r for r in rows if r and r[0] == "Service"), None)
        res = {}
        amb = []
        words = {"successful": "successful", "pass": "successful", "ok": "successful", "unsuccessful": "unsuccessful",
                 "fail": "unsuccessful", "failed": "unsuccessful", "not tested": "not_tested", "n/a": "not_tested"}
        cols = {i: {"Successful": "successful", "Unsuccessful": "unsuccessful", "Not tested": "not_tested"}[h]
                for i, h in enumerate(hdr) if h in ("Successful", "Unsuccessful", "Not tested")}
        wcol = [i for i, h in enumerate(hdr) if h == "Result"]
        for r in rows:
            if not r or r[0] not in CODES:
                continue
            ticked = [cols[i] for i in cols if i < len(r) and r[i] in TICK]
            word = None
            if wcol:
                cell = r[wcol[0]] if wcol[0] < len(r) else ""
                if not cell and hdr.index("Result") == 1:
                    cell = " ".join(c for c in r[1:] if c)
                word = words.get(cell.lower()) if cell else None
                if cell and not word:
                    errs.append(f"unknown result word {cell!r}")
            if len(ticked) > 1:
                amb.append(r[0])
                continue
            vals = set(ticked) | ({word} if word else set())
            if len(vals) > 1:
                errs.append(f"{r[0]}: ticks and word disagree")
            if vals:
                res[r[0]] = vals.pop()
        if "results" in invalid:
            if not amb:
                errs.append("ambiguous:results but no service is ticked twice")
            if res != f.get("results", {}):
                errs.append(f"results (clear rows): oracle {f.get('results')}, file {res}")
        elif res != f.get("results", {}):
            errs.append(f"results: oracle {f.get('results')}, file {res}")
    return errs


def check_other(e, path, rows):
    errs = []
    code = e["problems"][0] if e["problems"] else None
    raw = open(path, "rb").read()
    if code == "encrypted":
        if not raw.startswith(b"\xd0\xcf\x11\xe0") or "EncryptedPackage".encode("utf-16-le") not in raw:
            errs.append("not an OLE file with an EncryptedPackage stream")
    elif code == "unsupported_type":
        names = zipfile.ZipFile(path).namelist()
        if path.endswith(".zip"):
            if "[Content_Types].xml" in names or not any(n.endswith(".docx") for n in names):
                errs.append("not a plain zip holding a .docx")
        elif "xlsb" in path:
            if "xl/workbook.bin" not in names or "xl/workbook.xml" in names:
                errs.append("not an xlsb package")
        elif "odt" in path:
            if zipfile.ZipFile(path).read("mimetype") != b"application/vnd.oasis.opendocument.text":
                errs.append("not an odt")
    elif code == "not_a_form":
        if any(c.startswith(("Appendix A", "Appendix B")) for r in rows for c in r):
            errs.append("carries our form's title")
    return errs


def main():
    expected = json.load(open(os.path.join(ASSETS, "holdout15", "expected.json"), encoding="utf-8"))
    ok = 0
    for e in expected:
        path = os.path.join(ASSETS, e["file"])
        try:
            rows = None
            if e["status"] != "rejected":
                rows = word_rows(path) if path.endswith(".docx") else excel_rows(path)
            errs = check_form(e, rows) if e["form"] else check_other(e, path, rows)
        except Exception as ex:  # noqa
            errs = [f"{type(ex).__name__}: {ex}"]
        if errs:
            print("FAIL", e["file"])
            for x in errs:
                print("    " + x)
        else:
            ok += 1
    print(f"{ok} of {len(expected)} verified")
    sys.exit(0 if ok == len(expected) else 1)


if __name__ == "__main__":
    main()
