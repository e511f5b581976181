#!/usr/bin/env python3
"""Proves, without the reader, that every holdout16 file holds the oracle's values. Each docx is flattened from
word/document.xml (paragraphs; table rows as 'cell | cell'), each xlsx from its sheet XML via openpyxl (rows as
'cell | cell'). The subscriber's raw answers (make_python.RAW) must be written there, and normalised by forms.md's
rules (own code here) they must equal expected.json. Bad files are checked for what makes them bad."""
import json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
import make_python as M

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CODES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def ptext(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def flat_docx(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    lines = []
    for el in root.find(W + "body"):
        if el.tag == W + "p":
            lines.append(fold(ptext(el)))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                lines.append(" | ".join(fold(" ".join(ptext(p) for p in tc.iter(W + "p"))) for tc in tr.iter(W + "tc")))
    return lines


def flat_xlsx(path):
    wb = openpyxl.load_workbook(path)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            vals = ["" if c.value is None else fold(str(c.value)) for c in row]
            while vals and vals[-1] == "":
                vals.pop()
            lines.append(" | ".join(vals))
    return lines, wb


ZH = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def zhnum(s):
    if len(s) == 4:
        return int("".join(str(ZH[c]) for c in s))
    if s == "十":
        return 10
    if "十" in s:
        a, b = s.split("十")
        return (ZH[a] if a else 1) * 10 + (ZH[b] if b else 0)
    return ZH[s]


def norm_date(s):
    s = unicodedata.normalize("NFKC", s).strip()
    s = re.sub(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*", "", s, flags=re.I)
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        y, mo, d = map(int, m.groups())
    elif re.fullmatch(r"(\S+)年(\S+)月(\S+)日", s):
        y, mo, d = (zhnum(x) for x in re.fullmatch(r"(\S+)年(\S+)月(\S+)日", s).groups())
    elif re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})", s):
        d, mo, y = map(int, re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})", s).groups())
    elif re.fullmatch(r"(\d{1,2})/(\d{1,2})", s):  # no year: the circular's year
        d, mo = map(int, s.split("/")); y = 2023
    elif re.fullmatch(r"(\d{1,2})(st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?(\s+(\d{4}))?", s):
        m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?(\s+(\d{4}))?", s)
        d, mo, y = int(m.group(1)), MON[m.group(3).lower()], int(m.group(5) or 2023)
    else:
        raise ValueError("date " + s)
    return f"{y:04d}-{mo:02d}-{d:02d}"


def norm_id(s):
    s = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", s)).upper()
    return s if re.fullmatch(r"HSN\d{4}", s) else None


def norm_email(s):
    return s if re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", s) else None


WORDS = [(r"^(not tested|n/a|na)\b", "not_tested"), (r"^(fail|failed|fail\(ed\)|unsuccessful|✗)", "unsuccessful"),
         (r"^(pass|passed|ok|successful|sucessful|succesful|done|✓)", "successful")]


def norm_word(w):
    w = w.strip().lower()
    for rx, v in WORDS:
        if re.match(rx, w):
            return v
    raise ValueError("result word " + w)


def codes_in(s):
    return [c for c in CODES if re.search(re.escape(c) + r"(?![A-Z-])", s)]


def check_form(f, exp, lines, errs):
    raw = M.RAW[f]
    text = "\n".join(lines)
    fields = exp["fields"]
    for k in ["subscriber_name", "contact_name", "contact_phone", "contact_email", "signatory_name", "signed_date",
              "session_date", "subscriber_id", "issues"]:
        v = raw.get(k)
        if not v:
            if k in fields:
                errs.append(f"{f}: {k} in oracle but left empty")
            continue
        if k != "issues" and v not in text:
            errs.append(f"{f}: raw {k} {v!r} not in file")
        if k == "issues":
            if v not in " ".join(lines).replace(" | ", " "):
                errs.append(f"{f}: issues text not in file")
            got = fold(v)
        elif k.endswith("date"):
            got = norm_date(v)
        elif k == "subscriber_id":
            got = norm_id(v)
        elif k == "contact_email":
            got = norm_email(v)
        elif k == "contact_phone":
            got = fold(unicodedata.normalize("NFKC", v))
        else:
            got = fold(v)
        if got is None:
            if f"invalid:{k}" not in exp["problems"]:
                errs.append(f"{f}: {k} {v!r} invalid but oracle has no invalid:{k}")
        elif fields.get(k) != got:
            errs.append(f"{f}: {k} normalises to {got!r}, oracle {fields.get(k)!r}")
    if "HDS/23/1109" not in text:
        errs.append(f"{f}: no circular ref")
    # participation and services
    if exp["form"] == "intention":
        pr = raw["participate"]
        if "☒ We will not participate" == pr:
            ok = any(l.startswith("☒ We will not participate") for l in lines) and any(l.startswith("☐ We will participate") for l in lines)
            part = False if ok else None
        elif pr.startswith("☒ We will participate"):
            ok = any(l.startswith("☒ We will participate") for l in lines) and any(l.startswith("☐ We will not") for l in lines)
            part = True if ok else None
        else:
            if not any(l.endswith(" | " + pr) or l.endswith("：" + pr) for l in lines):
                errs.append(f"{f}: participation answer {pr!r} not in its cell")
            part = True if re.match(r"(是|y\b|yes|we will participate)", pr, re.I) else None
        if part != fields.get("participate"):
            errs.append(f"{f}: participate {part} vs oracle {fields.get('participate')}")
        sv = raw["services"]
        if sv == "☒ x4":
            svc = [c for c in CODES if f"☒ {c}" in lines]
        elif sv.startswith("✓"):
            svc = [c for c in CODES if f"{c} | ✓" in lines]
        elif sv.startswith("Y:"):
            svc = [c for c in CODES if f"{c} | Y" in lines]
        elif sv == "":
            svc = [c for c in CODES if any(l.startswith(c + " |") for l in lines)]
        else:
            if not any(l.endswith(sv) for l in lines):
                errs.append(f"{f}: services text not in file")
            low = sv.lower()
            if low in ("all", "all four"):
                svc = CODES
            elif low.startswith("everything except"):
                svc = [c for c in CODES if c not in codes_in(sv)]
            else:
                svc = codes_in(sv)
        if svc != fields.get("services", []):
            errs.append(f"{f}: services {svc} vs oracle {fields.get('services')}")
    else:
        res = {}
        if "words" in raw:
            for c, w in raw["words"].items():
                if not any(l == f"{c} | {w}" or l == f"{c}: {w}" or l == f"{c} – {w}" for l in lines):
                    errs.append(f"{f}: result row {c} {w!r} not in file")
                res[c] = norm_word(w)
        elif "grid" in raw:
            hdr = next(l for l in lines if l.startswith(("Service |", "服务 |")))
            cols = hdr.split(" | ")[1:]
            both = []
            for c in CODES:
                row = next(l for l in lines if l.startswith(c + " |")).split(" | ")[1:]
                marked = [cols[i] for i, m in enumerate(row) if m in ("☒", "✔", "✓")]
                if len(marked) > 1:
                    both.append(c)
                elif marked:
                    res[c] = norm_word(marked[0].split()[-2] + " " + marked[0].split()[-1] if marked[0].endswith("tested") else marked[0].split()[-1])
            if both and "ambiguous:results" not in exp["problems"]:
                errs.append(f"{f}: {both} ticked twice but no ambiguous:results")
            if not both and "ambiguous:results" in exp["problems"]:
                errs.append(f"{f}: no doubled tick")
        elif raw.get("results") == "All services successful":
            res = {c: "successful" for c in CODES}
            if not any(l.endswith("| All services successful") for l in lines):
                errs.append(f"{f}: all-successful line missing")
        elif "results" in raw:
            if not any(l.endswith(raw["results"]) for l in lines):
                errs.append(f"{f}: prose result missing")
            for clause in raw["results"].split(","):
                word = re.sub(r"(OTP-CSC|OTP-C|OMD-CC|OMD-C|and)", "", clause).strip()
                for c in codes_in(clause):
                    res[c] = norm_word(word)
        elif "verified" in raw:
            for c, (v, w) in raw["verified"].items():
                l = next(l for l in lines if l.startswith(c + " |"))
                if l != " | ".join([c, v] + ([w] if w else [])):
                    errs.append(f"{f}: verified row {l!r}")
                if w:
                    res[c] = norm_word(w)
                elif v == "Y" and "missing:results" not in exp["problems"]:
                    errs.append(f"{f}: verified {c} without result but no missing:results")
        elif "colours" in raw:
            if "missing:results" not in exp["problems"]:
                errs.append(f"{f}: colour-only but no missing:results")
            for c in CODES:
                if f"{c}" not in lines:
                    errs.append(f"{f}: colour row {c} has text")
        if "ambiguous:results" in exp["problems"]:
            res = {c: v for c, v in res.items()}
        if res != fields.get("results", {}):
            errs.append(f"{f}: results {res} vs oracle {fields.get('results')}")


def main():
    exp = json.load(open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "expected.json"), encoding="utf-8"))
    # RAW is filled by running the builders into a scratch folder
    M.OUT = "/tmp/h16/verify-scratch"
    for n in dir(M):
        if n[:2] in ("i_", "r_"):
            getattr(M, n)()
    errs, n = [], 0
    for e in exp:
        f = e["file"].split("/", 1)[1]
        path = os.path.join(ROOT, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing file"); continue
        data = open(path, "rb").read()
        if e["status"] == "rejected":
            code = e["problems"][0]
            ok = {"corrupt": len(data) == 0,
                  "unsupported_type": not data.startswith(b"PK") and not data.startswith(b"\xd0\xcf") and (data.lstrip().startswith(b"<html") or b"," in data.split(b"\n")[0]),
                  "encrypted": data.startswith(b"\xd0\xcf\x11\xe0") and b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data}[code]
            if not ok:
                errs.append(f"{f}: not {code}")
        elif e["status"] == "unrecognised":
            lines = flat_docx(path) if f.endswith(".docx") else flat_xlsx(path)[0]
            if any(t in "\n".join(lines) for t in ("Appendix A", "Appendix B", "Intention Form for Using HSN", "Result Form for Using HSN")):
                errs.append(f"{f}: look-alike carries a form title")
        else:
            if f.endswith(".docx"):
                lines = flat_docx(path)
            else:
                lines, wb = flat_xlsx(path)
                if "colours" in M.RAW[f]:
                    ws = wb.worksheets[0]
                    for row in ws.iter_rows():
                        if row[0].value in M.RAW[f]["colours"]:
                            if row[1].fill.fgColor.rgb[-6:] != M.RAW[f]["colours"][row[0].value] or row[1].value is not None:
                                errs.append(f"{f}: colour cell of {row[0].value} wrong")
            title = "Appendix A" if e["form"] == "intention" else "Appendix B"
            if not any(title in l for l in lines):
                errs.append(f"{f}: no {title} title")
            check_form(f, e, lines, errs)
        n += 1
    for x in errs:
        print("FAIL", x)
    print(f"{n - len({x.split(':')[0] for x in errs})} of {len(exp)} verified")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
