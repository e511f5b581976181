#!/usr/bin/python3
"""Proves, without the reader, that each holdout17 file holds the oracle's values. Flattens docx (paragraphs; table rows
'a | b'; markers [S]..[/S] struck, [H]..[/H] highlighted, [CB1]/[CB0] w14 check boxes, [PAGEBREAK]) and xlsx (openpyxl,
rows 'a | b'); checks raw answers are in the file and normalise (own code, forms.md rules) to the oracle; derives
participate/services/results from the evidence lines; checks look-alikes and bad files."""
import datetime, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from raw import RAW, EVIDENCE
import openpyxl

H = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
SV = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
TA = "Intention Form for Using HSN"; TB = "Result Form for Using HSN"


def runtext(r):
    t = "".join(x.text or "" for x in r.iter(W + "t"))
    rp = r.find(W + "rPr")
    if any(True for _ in r.iter(W + "br")) and any(b.get(W + "type") == "page" for b in r.iter(W + "br")):
        t += "[PAGEBREAK]"
    if rp is not None and t:
        if rp.find(W + "strike") is not None: t = f"[S]{t}[/S]"
        if rp.find(W + "highlight") is not None: t = f"[H]{t}[/H]"
    return t


def ptext(p):
    out = []
    for el in p.iter():
        if el.tag == W + "r": out.append(runtext(el))
        if el.tag == W + "sdt":
            c = el.find(f"{W}sdtPr/{W14}checkbox")
            if c is not None:
                out.append("[CB%s]" % c.find(W14 + "checked").get(W14 + "val"))
                for t in el.iter(W + "t"): t.text = ""
    return "".join(out).replace("[CB1]☒", "[CB1]").replace("[CB0]☐", "[CB0]")


def flat_docx(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    body = root.find(W + "body"); lines = []
    def walk(el):
        for ch in el:
            if ch.tag == W + "p": lines.append(ptext(ch))
            elif ch.tag == W + "tbl":
                for tr in ch.iter(W + "tr"):
                    lines.append(" | ".join(" ".join(ptext(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc")))
            elif ch.tag == W + "sdt": walk(ch.find(W + "sdtContent"))
    walk(body)
    return "\n".join(lines)


def flat_xlsx(path):
    wb = openpyxl.load_workbook(path); lines = []
    for ws in wb.worksheets:
        lines.append(f"#SHEET {ws.title}")
        for row in ws.iter_rows(values_only=True):
            v = list(row)
            while v and v[-1] in (None, ""): v.pop()
            lines.append(" | ".join("" if x is None else (x.strftime("%Y-%m-%d") if isinstance(x, datetime.datetime) else str(x)) for x in v))
    return "\n".join(lines)


MON = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def ndate(s):
    s = unicodedata.normalize("NFKC", s).strip()
    m = re.fullmatch(r"(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?", s)
    if m: return "%04d-%02d-%02d" % tuple(map(int, m.groups()))
    m = re.fullmatch(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})", s)
    if m: return "%04d-%02d-%02d" % (int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})", s)
    if m: return "%04d-%02d-%02d" % (int(m[3]), MON[m[2].lower()], int(m[1]))
    m = re.fullmatch(r"([A-Za-z]{3})[a-z]* (\d{1,2}), (\d{4})", s)
    if m: return "%04d-%02d-%02d" % (int(m[3]), MON[m[1].lower()], int(m[2]))
    raise ValueError(s)


TICK = {"☒", "☑", "[CB1]", "X", "x", "Y", "Yes", "YES", "✓", "True", "是"}
UNTICK = {"☐", "[CB0]", "N", "No", "False", ""}
WORD = {"successful": "successful", "pass": "successful", "ok": "successful", "成功": "successful",
        "unsuccessful": "unsuccessful", "fail": "unsuccessful", "failed": "unsuccessful", "失敗": "unsuccessful",
        "not tested": "not_tested", "n/a": "not_tested", "未測試": "not_tested"}


def derive(ev, form):
    """participate, services, results from the evidence lines (None = absent, 'AMB' = doubt)."""
    part, svc, res = None, set(), {}
    wills = {}
    for e in ev:
        toks = [t.strip() for t in e.split("|")]
        m = re.match(r"(☒|☐|☑|\[CB[01]\]) (We will not|We will|参与)", e)
        if m:
            wills[m[2]] = m[1] in TICK
            if m[2] == "参与": wills["We will not"] = "☑ 不参与" in e
        if "[S]will not[/S]" in e: part = True
        if re.search(r"Participat\w* in PS2: No|\(Y/N\) \| N$", e): part = False
        if re.fullmatch(r"We will participate \| X", e): part = True
        if re.search(r"\| (YES|Yes|Y|是)$", e) and re.search(r"articipat|參與", e): part = True
        if toks[0] == "True" and len(toks) == 5: part = True; svc |= {s for s, t in zip(SV, toks[1:]) if t == "True"}
        for s in SV:
            if re.fullmatch(rf"(☒|☑|\[CB1\]) {s}", e) or (len(toks) == 2 and toks[0] in TICK and toks[1] == s): svc.add(s)
            if len(toks) >= 2 and toks[0] == s:
                if form == "intention" and len(toks) == 2 and toks[1] in TICK: svc.add(s)
                if len(toks) == 2 and toks[1].lower() in WORD:
                    w = WORD[toks[1].lower()]
                    res[s] = "AMB" if s in res and res[s] != w else w
                if len(toks) == 2 and "/" in toks[1] and "N/A" not in toks[1]:
                    words = [x.strip() for x in toks[1].split(" / ")]
                    hl = [x[3:-4] for x in words if x.startswith("[H]")]
                    keep = [x for x in words if not x.startswith("[S]")]
                    if hl: res[s] = WORD[hl[0].lower()]
                    elif len(keep) == 1: res[s] = WORD[keep[0].lower()]
                if form == "result" and len(toks) >= 2 and any(t in ("☒", "✓") for t in toks[1:]):
                    res[s] = ["successful", "unsuccessful", "not_tested"][[t in ("☒", "✓") for t in toks[1:]].index(True)]
            m = re.fullmatch(rf"{s}: (\w+)", e)
            if m: res[s] = WORD[m[1].lower()]
        if toks[0] == "Result" and len(toks) == 5:
            res = {s: WORD[t.lower()] for s, t in zip(SV, toks[1:])}
    if wills:
        a, b = wills.get("We will") or wills.get("参与"), wills.get("We will not")
        part = "AMB" if a and b else True if a else False if b else None
    if any(v == "AMB" for v in res.values()): res = "AMB"
    return part, sorted(svc, key=SV.index) or None, res or None


def main(oracle_path):
    exp = json.load(open(oracle_path, encoding="utf-8")); bad = 0
    for e in exp:
        f = e["file"].split("/", 1)[1]; path = os.path.join(H, f); errs = []
        if e["status"] == "rejected":
            b = open(path, "rb").read()
            code = e["problems"][0]
            if code == "encrypted": ok = b[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and "EncryptedPackage".encode("utf-16-le") in b
            elif code == "legacy_format": ok = b[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and "EncryptedPackage".encode("utf-16-le") not in b and "WordDocument".encode("utf-16-le") in b
            elif code == "corrupt":
                try: zipfile.ZipFile(path).testzip(); ok = False
                except Exception: ok = b[:2] == b"PK"
            elif code == "macro_enabled":
                z = zipfile.ZipFile(path); ok = "xl/vbaProject.bin" in z.namelist() and b"macroEnabled" in z.read("[Content_Types].xml")
            if not ok: errs.append("not " + code)
        else:
            text = flat_docx(path) if f.endswith(".docx") else flat_xlsx(path)
            if e["status"] == "unrecognised":
                if TA in text or TB in text: errs.append("look-alike carries an Appendix title")
            else:
                title = TA if e["form"] == "intention" else TB
                if title not in text: errs.append("no title")
                if "HDS/23/1109" not in text: errs.append("no ref")
                fl = e["fields"]; r = RAW.get(f, {})
                for k, key in [("name", "subscriber_name"), ("contact", "contact_name"), ("phone", "contact_phone"), ("sig", "signatory_name"), ("issues", "issues")]:
                    v = r.get(k, "")
                    if v and v not in text: errs.append(f"raw {k} not in file")
                    if (v or None) != fl.get(key): errs.append(f"{key}: raw {v!r} vs oracle {fl.get(key)!r}")
                for k, key in [("date", "signed_date"), ("session", "session_date")]:
                    v = r.get(k, "")
                    if v and v not in text and ndate(v) not in text: errs.append(f"raw {k} not in file")
                    if (ndate(v) if v else None) != fl.get(key): errs.append(f"{key}: {v!r} vs {fl.get(key)!r}")
                for k, key, rx, up in [("id", "subscriber_id", r"HSN\d{4}", True), ("email", "contact_email", r"[^@\s,]+@[^@\s,]+\.[A-Za-z]{2,}", False)]:
                    v = r.get(k, "")
                    if v and v not in text: errs.append(f"raw {k} not in file")
                    n = v.upper() if up else v
                    valid = bool(re.fullmatch(rx, n))
                    probs = e["problems"]
                    if not v and f"missing:{key}" not in probs: errs.append(f"{key} empty, no missing problem")
                    if v and not valid and f"invalid:{key}" not in probs: errs.append(f"{key} invalid, no problem")
                    if v and valid and fl.get(key) != n: errs.append(f"{key}: {n} vs {fl.get(key)}")
                if not r.get("contact") and r and "missing:contact_name" not in e["problems"]: errs.append("contact")
                if not r.get("phone") and r and "missing:contact_phone" not in e["problems"]: errs.append("phone")
                ev = EVIDENCE.get(f, [])
                for x in ev:
                    if x not in text: errs.append(f"evidence {x!r} not in file")
                part, svc, res = derive(ev, e["form"])
                if e["form"] == "intention" and r:
                    if part == "AMB":
                        if "ambiguous:participate" not in e["problems"]: errs.append("participate doubt not in oracle")
                    elif part != fl.get("participate"): errs.append(f"participate {part} vs {fl.get('participate')}")
                    if svc != fl.get("services"): errs.append(f"services {svc} vs {fl.get('services')}")
                if e["form"] == "result":
                    if res == "AMB":
                        if "ambiguous:results" not in e["problems"]: errs.append("results doubt not in oracle")
                    elif res != fl.get("results"): errs.append(f"results {res} vs {fl.get('results')}")
                if not r:  # blank template: every value cell empty
                    if "☒" in text or "HSN0" in text: errs.append("template not blank")
        print(("ok   " if not errs else "FAIL ") + f + ("" if not errs else "\n     " + "\n     ".join(errs)))
        bad += bool(errs)
    print(f"{len(exp) - bad} of {len(exp)} verified")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(H, "expected.json")) else 0)
