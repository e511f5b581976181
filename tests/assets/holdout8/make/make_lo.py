#!/usr/bin/env python3
"""formats/*-odt-*, *-ods-*, *-rtf-*: filled forms written as HTML and saved by LibreOffice
(soffice --headless --convert-to odt|ods|rtf), then given a .docx / .xlsx name."""
import os
import shutil
import subprocess

import ooxml8 as ox
from people import P, SERVICES, WORD

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TMP = "/tmp/holdout8-lo"


def html(rows, title):
    tr = "".join(f"<tr><td>{ox.escape(a)}</td><td>{ox.escape(b)}</td></tr>" for a, b in rows)
    return f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><p>Ref. No.: HDS/23/1109</p><p><b>{title}</b></p><table border="1">{tr}</table></body></html>'


def details(who):
    q = P[who]
    return [("Subscriber Name", q["name"]), ("HSN Subscriber ID", q["sid"]), ("Contact Person", q["contact"]), ("Telephone", q["phone"]), ("Email", q["email"])]


def intention(who, services):
    q = P[who]
    rows = details(who) + [("We will participate in PS2 using HSN", "\u2612 Yes \u2610 No")]
    rows += [(s, ox.X if s in services else ox.O) for s in SERVICES]
    rows += [("Name of Authorised Signatory", q["sign"]), ("Date", ox.dmy(q["date"]))]
    return html(rows, "Appendix A – Intention Form for Using HSN to participate Practice Session")


def result(who, results, issues):
    q = P[who]
    rows = details(who) + [("Practice Session Date", "25/11/2023")] + [(s, WORD[results[s]]) for s in SERVICES if s in results]
    rows += [("Issues Encountered", issues), ("Name of Authorised Signatory", q["sign"]), ("Date", ox.dmy(q["date"]))]
    return html(rows, "Appendix B – Result Form for Using HSN to participate Practice Session")


def convert(src_name, text, fmt, infilter, dst):
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, src_name)
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(text)
    cmd = ["soffice", "--headless"] + ([f"--infilter={infilter}"] if infilter else []) + ["--convert-to", fmt, "--outdir", TMP, src]
    subprocess.run(cmd, check=True, capture_output=True)
    made = os.path.join(TMP, os.path.splitext(src_name)[0] + "." + fmt.split(":")[0])
    os.makedirs(os.path.dirname(os.path.join(OUT, dst)), exist_ok=True)
    shutil.copyfile(made, os.path.join(OUT, dst))
    print(os.path.getsize(made), dst)


convert("tsuenwan.html", intention("tsuenwan", ["OTP-C", "OTP-CSC"]), "odt", None, "formats/intention-odt-named-docx-tsuenwan.docx")
convert("kwaichung.html", result("kwaichung", {"OTP-C": "successful", "OMD-C": "unsuccessful"}, "OMD-C no data after switch-over."),
        "ods", "HTML (StarCalc)", "formats/result-ods-named-xlsx-kwaichung.xlsx")
convert("tuenmun.html", intention("tuenmun", ["OMD-C"]), "rtf:Rich Text Format", "HTML (StarWriter)", "formats/intention-rtf-named-docx-tuenmun.docx")
