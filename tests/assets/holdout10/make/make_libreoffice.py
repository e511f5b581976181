#!/usr/bin/env python3
"""Workbooks saved by LibreOffice Calc 7.4: a flat ODS (.fods), an HTML table or a CSV written the way an
outsider would, then `soffice --headless --convert-to xlsx` (or xls / ods for the bad files). Sources are
written to a temporary folder and not kept. The oracle is make/cases.py."""
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import REF, SERVICES, SYSTEMS, TITLE_A, TITLE_B, person  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
WORK = tempfile.mkdtemp(prefix="holdout10-lo-")
PROFILE = "file://" + os.path.join(WORK, "profile")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')

STYLES = """<office:automatic-styles>
 <number:date-style style:name="N_DMY"><number:day number:style="long"/><number:text>/</number:text>
  <number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <style:style style:name="ce_date" style:family="table-cell" style:data-style-name="N_DMY"/>
 <style:style style:name="ce_bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="ce_title" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="ce_center" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="co_wide" style:family="table-column"><style:table-column-properties style:column-width="7.5cm"/></style:style>
 <style:style style:name="co_mid" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="ro_title" style:family="table-row"><style:table-row-properties style:row-height="1.4cm"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm"
  style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm"
  fo:margin-right="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles>"""


def S(text, style=None, span=1):
    return {"t": "string", "v": text, "style": style, "span": span}


def D(iso, shown, style="ce_date"):
    return {"t": "date", "v": iso, "shown": shown, "style": style}


def F(formula, style=None):
    return {"t": "formula", "v": formula, "style": style}


def N(x):
    return {"t": "float", "v": x}


def cell_xml(c):
    if c is None or c == "":
        return "<table:table-cell/>"
    if isinstance(c, str):
        c = S(c)
    st = f' table:style-name="{c["style"]}"' if c.get("style") else ""
    if c["t"] == "string":
        span = c.get("span", 1)
        sp = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' if span > 1 else ""
        paras = "".join(f"<text:p>{escape(x)}</text:p>" for x in c["v"].split("\n"))
        x = f'<table:table-cell{st}{sp} office:value-type="string">{paras}</table:table-cell>'
        if span > 1:
            x += f'<table:covered-table-cell table:number-columns-repeated="{span - 1}"/>'
        return x
    if c["t"] == "date":
        return (f'<table:table-cell{st} office:value-type="date" office:date-value="{c["v"]}">'
                f'<text:p>{escape(c["shown"])}</text:p></table:table-cell>')
    if c["t"] == "float":
        return f'<table:table-cell{st} office:value-type="float" office:value="{c["v"]}"><text:p>{c["v"]}</text:p></table:table-cell>'
    return f'<table:table-cell{st} table:formula="{escape(c["v"])}" office:value-type="float" office:value="0"/>'


def fods(path, sheets):
    """sheets: [(name, rows, columns, print_range)]"""
    body = []
    for name, rows, cols, pr in sheets:
        prs = f' table:print-ranges="{pr}"' if pr else ""
        body.append(f'<table:table table:name="{escape(name)}"{prs}>')
        for c in cols:
            body.append(f'<table:table-column table:style-name="{c}"/>')
        for r in rows:
            rs = ' table:style-name="ro_title"' if r and isinstance(r[0], dict) and r[0].get("style") == "ce_title" else ""
            body.append(f"<table:table-row{rs}>" + "".join(cell_xml(c) for c in (r or [None])) + "</table:table-row>")
        body.append("</table:table>")
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}'
           f'<office:body><office:spreadsheet>{"".join(body)}</office:spreadsheet></office:body></office:document>')
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(xml)


def convert(src, fmt, sub, name, infilter=None):
    cmd = ["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", WORK, src]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    ext = fmt.split(":")[0]
    made = os.path.join(WORK, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    shutil.move(made, os.path.join(OUT, sub, name))
    print(f"{sub}/{name}")


def details(p, phone_label="Telephone"):
    return [[S("Subscriber Name", "ce_bold"), p["subscriber_name"]],
            [S("HSN Subscriber ID", "ce_bold"), p["subscriber_id"]],
            [S("Contact Person", "ce_bold"), p["contact_name"]],
            [S(phone_label, "ce_bold"), p["contact_phone"]],
            [S("Email", "ce_bold"), p["contact_email"]]]


def intention_fods_merged():
    p = person("P16")
    rows = [[S(TITLE_A, "ce_title", 4)], [S("Ref. No.:", "ce_bold"), REF], [], *details(p), [],
            [S("Participation", "ce_bold"), "Yes"], [],
            [S("Services to be verified", "ce_bold"), S("System", "ce_bold"), S("Mark (X)", "ce_bold")],
            *[[s, SYSTEMS[s], S("X", "ce_center")] for s in SERVICES], [],
            [S("Name of Authorised Signatory", "ce_bold"), p["signatory_name"]],
            [S("Date", "ce_bold"), D("2023-11-20", "20/11/2023")]]
    src = os.path.join(WORK, "intention-fods-merged.fods")
    fods(src, [("Intention Form", rows, ["co_wide", "co_wide", "co_mid", "co_mid"], "'Intention Form'.A1:'Intention Form'.D20")])
    convert(src, "xlsx", "libreoffice", "intention-fods-merged.xlsx")


def result_grid_rows(p, marks, spacer=False, stray=None):
    """marks: code -> column index 1..3 or None; stray: row offset after a code where a lone ✓ sits."""
    rows = [[S("Service", "ce_bold"), S("Successful", "ce_bold"), S("Unsuccessful", "ce_bold"), S("Not Tested", "ce_bold")]]
    for s in SERVICES:
        r = [s, None, None, None]
        if marks.get(s):
            r[marks[s]] = S("✓", "ce_center")
        rows.append(r)
        if spacer and s != SERVICES[-1]:
            rows.append([None, S("✓", "ce_center"), None, None] if stray == s else [])
    return rows


def result_fods_ticks():
    p = person("P17")
    rows = [[S(TITLE_B, "ce_title", 4)], [S("Ref. No.:", "ce_bold"), REF], [], *details(p),
            [S("Practice Session Date", "ce_bold"), D("2023-11-25", "25/11/2023")], [],
            *result_grid_rows(p, {"OTP-C": 1, "OTP-CSC": 1, "OMD-C": 1, "OMD-CC": 2}), [],
            [S("Issues Encountered", "ce_bold"), "OMD-CC gap of 30 seconds during the switchover."],
            [S("Name of Authorised Signatory", "ce_bold"), p["signatory_name"]],
            [S("Date", "ce_bold"), D("2023-11-27", "27/11/2023")]]
    src = os.path.join(WORK, "result-fods-ticks.fods")
    fods(src, [("Result Form", rows, ["co_wide", "co_mid", "co_mid", "co_mid"], None)])
    convert(src, "xlsx", "libreoffice", "result-fods-ticks.xlsx")
    return src


def intention_html():
    p = person("P18")
    tr = lambda *cells: "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>"  # noqa: E731
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Intention Form</title></head><body>
<table border="1">
<tr><td colspan="3"><b>{escape(TITLE_A)}</b></td></tr>
{tr("Ref. No.", REF)}
{tr("Subscriber Name", p["subscriber_name"])}
{tr("HSN Subscriber ID", p["subscriber_id"])}
{tr("Contact Person", p["contact_name"])}
{tr("Telephone", p["contact_phone"])}
{tr("Email", p["contact_email"])}
<tr><td colspan="3"><b>Participation (please tick)</b></td></tr>
{tr("We will participate in PS2 using HSN", "✔")}
{tr("We will not participate in PS2", "")}
<tr><td colspan="3"><b>Services to be verified</b></td></tr>
{"".join(tr(s, SYSTEMS[s], "✔" if s == "OTP-C" else "") for s in SERVICES)}
{tr("Name of Authorised Signatory", p["signatory_name"])}
{tr("Date", "21 November 2023")}
</table></body></html>"""
    src = os.path.join(WORK, "intention-html.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    convert(src, "xlsx:Calc MS Excel 2007 XML", "libreoffice", "intention-html.xlsx", infilter="HTML (StarCalc)")


def result_csv():
    p = person("P19")
    lines = ["Appendix B - Result Form for Using HSN to participate Practice Session,",
             f'Subscriber Name,{p["subscriber_name"]}', f'Subscriber ID,{p["subscriber_id"]}',
             f'Contact Person,{p["contact_name"]}', f'Telephone,{p["contact_phone"]}', f'Email,{p["contact_email"]}',
             "Practice Session Date,25/11/2023", ",", "Service,Result",
             "OTP-C,Successful", "OTP-CSC,Successful", "OMD-C,Successful", "OMD-CC,Not tested", ",",
             f'Authorised Signatory,{p["signatory_name"]}', "Date,27/11/2023"]
    src = os.path.join(WORK, "result-csv.csv")
    with open(src, "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    convert(src, "xlsx:Calc MS Excel 2007 XML", "libreoffice", "result-csv.xlsx", infilter="CSV:44,34,76,1")


def intention_decline():
    p = person("P20")
    rows = [[S(TITLE_A, "ce_title", 3)], [S("Ref. No.:", "ce_bold"), REF], [], *details(p, "Tel. No."), [],
            [S("We will participate in PS2 using HSN", "ce_bold"), None],
            [S("We will not participate in PS2", "ce_bold"), S("X", "ce_center")], [],
            [S("Services to be verified (if participating)", "ce_bold"), S("Mark (X)", "ce_bold")],
            *[[f"{s} – {SYSTEMS[s]}", None] for s in SERVICES], [],
            [S("Name of Authorised Signatory", "ce_bold"), p["signatory_name"]],
            [S("Date", "ce_bold"), D("2023-11-23", "23/11/2023")]]
    src = os.path.join(WORK, "intention-decline.fods")
    fods(src, [("Intention", rows, ["co_wide", "co_mid", "co_mid"], None)])
    convert(src, "xlsx", "libreoffice", "intention-decline.xlsx")
    return src


def intention_checkboxes_resaved():
    """An Excel workbook with form-control check boxes, opened and saved again in LibreOffice."""
    import make_spreadsheetml
    make_spreadsheetml.intention_form_checkboxes("P41", True, ("OTP-CSC", "OMD-CC"), 45253,
                                                 "intention-checkboxes-resaved.xlsx", folder=os.path.join(WORK, "src"))
    convert(os.path.join(WORK, "src", "intention-checkboxes-resaved.xlsx"), "xlsx:Calc MS Excel 2007 XML",
            "libreoffice", "intention-checkboxes-resaved.xlsx")


def doubt_tick_between_rows():
    p = person("P21")
    rows = [[S(TITLE_B, "ce_title", 4)], [S("Ref. No.:", "ce_bold"), REF], [], *details(p),
            [S("Practice Session Date", "ce_bold"), D("2023-11-25", "25/11/2023")], [],
            *result_grid_rows(p, {"OTP-C": 1, "OMD-CC": 1}, spacer=True, stray="OTP-CSC"), [],
            [S("Name of Authorised Signatory", "ce_bold"), p["signatory_name"]],
            [S("Date", "ce_bold"), D("2023-11-27", "27/11/2023")]]
    src = os.path.join(WORK, "doubt-result-tick-between-rows.fods")
    fods(src, [("Result", rows, ["co_wide", "co_mid", "co_mid", "co_mid"], None)])
    convert(src, "xlsx", "libreoffice", "doubt-result-tick-between-rows.xlsx")


def lab_result_log():
    tests = [("S-23-1101", "Compressive strength", "BS EN 12390-3", "42.5 MPa", "Pass", "K. Wong"),
             ("S-23-1102", "Compressive strength", "BS EN 12390-3", "38.1 MPa", "Pass", "K. Wong"),
             ("S-23-1103", "Slump", "BS EN 12350-2", "75 mm", "Pass", "M. Chan"),
             ("S-23-1104", "Chloride content", "BS 1881-124", "0.41 %", "Fail", "M. Chan"),
             ("S-23-1105", "Compressive strength", "BS EN 12390-3", "29.7 MPa", "Fail", "K. Wong"),
             ("S-23-1106", "Density", "BS EN 12390-7", "2,380 kg/m3", "Pass", "L. Ho"),
             ("S-23-1107", "Water absorption", "BS 1881-122", "2.1 %", "Pass", "L. Ho"),
             ("S-23-1108", "Slump", "BS EN 12350-2", "120 mm", "Fail", "M. Chan")]
    rows = [[S("Laboratory Test Result Form", "ce_title", 7)],
            [S("Laboratory", "ce_bold"), "Tsuen Wan Materials Testing Laboratory"],
            [S("Project No.", "ce_bold"), "TW-2023-118"],
            [S("Client", "ce_bold"), "Harbour Civil Engineering Ltd"],
            [S("Phone", "ce_bold"), "2414 6620"], [],
            [S(h, "ce_bold") for h in ("Sample ID", "Date Received", "Test", "Method", "Result", "Pass/Fail", "Tested by")]]
    for i, t in enumerate(tests):
        rows.append([t[0], D(f"2023-11-{20 + i // 3:02d}", f"{20 + i // 3}/11/2023"), t[1], t[2], t[3], t[4], t[5]])
    rows += [[], [S("Checked by", "ce_bold"), "Ip Wai Kwan"], [S("Date", "ce_bold"), D("2023-11-25", "25/11/2023")]]
    src = os.path.join(WORK, "lab-result-log.fods")
    fods(src, [("Results", rows, ["co_mid", "co_mid", "co_wide", "co_mid", "co_mid", "co_mid", "co_mid"], None)])
    convert(src, "xlsx", "lookalike", "lab-result-log.xlsx")


def budget_template():
    items = [("Hardware", 120000, 30000, 45000, 25000), ("Software licences", 80000, 80000, 0, 0),
             ("Network (HSN lines)", 36000, 36000, 36000, 36000), ("Cloud services", 15000, 15000, 18000, 18000),
             ("Training", 0, 12000, 0, 12000), ("Consultancy", 50000, 0, 25000, 0), ("Contingency", 10000, 10000, 10000, 10000)]
    rows = [[S("IT Department Budget FY2024", "ce_title", 6)], [S("Department", "ce_bold"), "Information Technology"],
            [S("Prepared by", "ce_bold"), "Lam Ka Chun"], [S("Date", "ce_bold"), D("2023-11-17", "17/11/2023")], [],
            [S(h, "ce_bold") for h in ("Category", "Q1", "Q2", "Q3", "Q4", "Total")]]
    for i, (name, *q) in enumerate(items):
        r = 7 + i
        rows.append([name, *[N(x) for x in q], F(f"of:=SUM([.B{r}:.E{r}])")])
    last = 6 + len(items)
    rows.append([S("Total", "ce_bold"), *[F(f"of:=SUM([.{c}7:.{c}{last}])") for c in "BCDEF"]])
    rows += [[], [S("Approved by", "ce_bold"), None], [S("Signature", "ce_bold"), None]]
    src = os.path.join(WORK, "budget-template.fods")
    fods(src, [("Budget", rows, ["co_wide", "co_mid", "co_mid", "co_mid", "co_mid", "co_mid"], None)])
    convert(src, "xlsx", "lookalike", "budget-template.xlsx")


def bad_files():
    p = person("P40")
    rows = [[S(TITLE_B, "ce_title", 4)], [S("Ref. No.:", "ce_bold"), REF], [], *details(p),
            [S("Practice Session Date", "ce_bold"), D("2023-11-25", "25/11/2023")], [],
            *result_grid_rows(p, {"OTP-C": 1, "OTP-CSC": 1, "OMD-C": 1, "OMD-CC": 1}), [],
            [S("Name of Authorised Signatory", "ce_bold"), p["signatory_name"]],
            [S("Date", "ce_bold"), D("2023-11-27", "27/11/2023")]]
    src = os.path.join(WORK, "result-xls-renamed.fods")
    fods(src, [("Result Form", rows, ["co_wide", "co_mid", "co_mid", "co_mid"], None)])
    convert(src, "xls:MS Excel 97", "bad", "result-xls-renamed.xlsx")
    p = person("P40")
    rows = [[S(TITLE_A, "ce_title", 3)], [S("Ref. No.:", "ce_bold"), REF], [], *details(p),
            [S("Participation", "ce_bold"), "Yes"], *[[s, S("X", "ce_center")] for s in SERVICES],
            [S("Date", "ce_bold"), D("2023-11-22", "22/11/2023")]]
    src = os.path.join(WORK, "intention-ods-renamed.fods")
    fods(src, [("Intention Form", rows, ["co_wide", "co_mid", "co_mid"], None)])
    convert(src, "ods", "bad", "intention-ods-renamed.xlsx")


if __name__ == "__main__":
    try:
        intention_fods_merged()
        result_fods_ticks()
        intention_html()
        result_csv()
        intention_decline()
        intention_checkboxes_resaved()
        doubt_tick_between_rows()
        lab_result_log()
        budget_template()
        bad_files()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
