#!/usr/bin/env python3
"""Writes tests/assets/holdout6/libreoffice/: forms typed as HTML / flat ODS and saved by LibreOffice
(soffice --headless --convert-to docx|xlsx), as people who fill the forms in LibreOffice send them.
Needs libreoffice-writer-nogui and libreoffice-calc-nogui."""
import os
import shutil
import subprocess
import tempfile
from people import FIRMS, NAMES, CODES, INT_TITLE, RES_TITLE, SUB

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "libreoffice"))
TD = "<td>{}</td>".format


def convert(src, fmt, name, filt=None):
    tmp = tempfile.mkdtemp()
    target = fmt if not filt else f"{fmt}:{filt}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", target,
                    "--outdir", tmp, src], check=True, capture_output=True)
    os.makedirs(OUT, exist_ok=True)
    made = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
    shutil.copy(made, os.path.join(OUT, name))
    shutil.rmtree(tmp)


def html_doc(body):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>PS2</title></head><body>'
            f'<h3 style="text-align:center">{{}}</h3><p style="text-align:center">{SUB}</p>{body}</body></html>')


def table(rows):
    return '<table border="1" cellpadding="4">' + "".join("<tr>" + "".join(TD(c) for c in r) + "</tr>" for r in rows) + "</table>"


def result_html(tmp):
    name, sid, contact, phone, email, sig = FIRMS["northpoint"]
    spec = {"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "n", "OMD-CC": "s"}
    body = ("<p>Ref. No.: HDS/23/1109</p>" +
            table([["Subscriber Name", name], ["HSN Subscriber ID", sid], ["Contact Person", contact], ["Telephone", phone],
                   ["Email", email], ["Practice Session Date", "25/11/2023"]]) + "<p></p>" +
            table([["<b>Service</b>", "<b>Successful</b>", "<b>Unsuccessful</b>", "<b>Not tested</b>"]] +
                  [[c] + ["✔" if spec[c] == k else "" for k in "sun"] for c in CODES]) + "<p></p>" +
            table([["Issues Encountered", "OTP-C: one logon retry needed.<br>OMD-C not tested: line down at our side."],
                   ["Name of Authorised Signatory", sig], ["Date", "27/11/2023"]]))
    p = os.path.join(tmp, "northpoint.html")
    open(p, "w", encoding="utf-8").write(html_doc(body).replace("{}", RES_TITLE))
    convert(p, "docx", "result-html-heavy-check-line-break-northpoint.docx", 'MS Word 2007 XML')


def intention_html(tmp):
    name, sid, contact, phone, email, sig = FIRMS["tinhau"]
    body = ("<p>Ref. No.: HDS/23/1109</p>" +
            table([["Subscriber Name", name], ["HSN Subscriber ID", sid], ["Contact Person", contact], ["Telephone", phone],
                   ["Email", email], ["We will / will not participate in PS2 using HSN", "☑ Yes &nbsp; ☐ No"]]) + "<p></p>" +
            table([["", "<b>Services to be verified (please tick)</b>", ""]] +
                  [["☑" if c in ("OTP-C", "OTP-CSC") else "☐", c, NAMES[c]] for c in CODES]) + "<p></p>" +
            table([["Name of Authorised Signatory", sig], ["Date", "23-11-2023"]]))
    p = os.path.join(tmp, "tinhau.html")
    open(p, "w", encoding="utf-8").write(html_doc(body).replace("{}", INT_TITLE))
    convert(p, "docx", "intention-html-ballot-check-tinhau.docx", 'MS Word 2007 XML')


def fods_cell(v):
    if v is None:
        return "<table:table-cell/>"
    if isinstance(v, tuple):   # (iso date, shown)
        return (f'<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="{v[0]}" calcext:value-type="date">'
                f"<text:p>{v[1]}</text:p></table:table-cell>")
    return f'<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>{v}</text:p></table:table-cell>'


def result_fods(tmp):
    name, sid, contact, phone, email, sig = FIRMS["fortresshill"]
    rows = [[RES_TITLE], ["Ref. No.:", "HDS/23/1109"], [], ["Subscriber Name", name], ["HSN Subscriber ID", sid],
            ["Contact Person", contact], ["Telephone", phone], ["Email", email],
            ["Practice Session Date", ("2023-11-25", "25/11/2023")], [], ["Service", "Result"],
            ["OTP-C", "Successful"], ["OTP-CSC", "Unsuccessful"], ["OMD-C", "Successful"], ["OMD-CC", None], [],
            ["Issues Encountered", "No issue"], ["Name of Authorised Signatory", sig], ["Date", ("2023-11-26", "26/11/2023")]]
    xml = ('<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:automatic-styles>'
           '<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text>'
           '<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>'
           '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>'
           '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.8in"/></style:style>'
           '</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Result Form">'
           '<table:table-column table:style-name="co1" table:number-columns-repeated="2"/>' +
           "".join("<table:table-row>" + ("".join(fods_cell(v) for v in r) if r else "<table:table-cell/>") + "</table:table-row>"
                   for r in rows) +
           "</table:table></office:spreadsheet></office:body></office:document>")
    p = os.path.join(tmp, "fortresshill.fods")
    open(p, "w", encoding="utf-8").write(xml)
    convert(p, "xlsx", "result-fods-date-cells-blank-row-fortresshill.xlsx", "Calc MS Excel 2007 XML")


if __name__ == "__main__":
    t = tempfile.mkdtemp()
    result_html(t)
    intention_html(t)
    result_fods(t)
    shutil.rmtree(t)
