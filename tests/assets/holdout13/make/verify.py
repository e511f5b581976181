#!/usr/bin/env python3
"""Checks that every holdout13 file literally holds the oracle's values as written: text fields verbatim (the id
case-insensitively), each date in some written form (or as an Excel serial), each listed service code and each
result's code; bad files have the bytes their problem names. Reads the package XML, not any reader."""
import datetime, json, os, re, sys, zipfile
from xml.sax.saxutils import unescape

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, "..", ".."))
TEXT = ["circular_ref", "subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "signatory_name", "issues"]


def text_of(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.endswith(".xml") and (n.startswith("word/") or n.startswith("xl/")):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"<w:br/>", "\n", x)
            out.append(unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    serial = (d - datetime.date(1899, 12, 30)).days
    return [d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"), iso, f"{day} {d.strftime('%b %Y')}", f"{day}{suf} {d.strftime('%B %Y')}",
            f"{d.year}年{d.month}月{day}日", f"<v>{serial}</v>"]


bad = 0
for e in json.load(open(os.path.join(ASSETS, "holdout13", "expected.json"), encoding="utf-8")):
    path = os.path.join(ASSETS, e["file"])
    if not os.path.exists(path):
        print("MISSING", e["file"]); bad += 1; continue
    data = open(path, "rb").read()
    errs = []
    if e["status"] == "rejected":
        code = e["problems"][0]
        ok = {"corrupt": lambda: data[:2] == b"PK" and not zipfile.is_zipfile(path) or _bad_zip(path),
              "unsupported_type": lambda: data[:5] == b"%PDF-",
              "legacy_format": lambda: data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
              "macro_enabled": lambda: "xl/vbaProject.bin" in zipfile.ZipFile(path).namelist()}
        def _bad_zip(p):
            try:
                zipfile.ZipFile(p).testzip(); return False
            except Exception:
                return True
        if not ok[code]():
            errs.append(f"bytes do not show {code}")
    else:
        t = text_of(path)
        raw = "\n".join(unescape(zipfile.ZipFile(path).read(n).decode("utf-8", "replace")) for n in zipfile.ZipFile(path).namelist() if n.endswith(".xml"))
        f = e["fields"]
        for k in TEXT:
            if k in f:
                v = f[k]
                hay = t.lower() if k == "subscriber_id" else t
                if (v.lower() if k == "subscriber_id" else v) not in hay:
                    errs.append(f"{k} {v!r} not in the text")
        for k in ("signed_date", "session_date"):
            if k in f and not any(x in t or x in raw for x in date_forms(f[k])):
                errs.append(f"{k} {f[k]} in no written form")
        for c in f.get("services", []) + list(f.get("results", {})):
            if c not in t:
                errs.append(f"service {c} not in the text")
    if errs:
        bad += 1
        print("FAIL", e["file"], "; ".join(errs))
print("verify:", "all files hold the oracle's values" if not bad else f"{bad} files fail")
sys.exit(1 if bad else 0)
