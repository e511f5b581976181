#!/usr/bin/env python3
"""Writes the .xlsx files of tests/assets/holdout6: result forms filled in Excel 365 (openpyxl 3.0.9 and XlsxWriter
3.0.2 from Debian, form-control check boxes added to the package afterwards), an intention form, and a test log
that is no form. Values are typed raw; the oracle is cases.py, written by hand."""
import datetime
import os
import re
import zipfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
import xlsxwriter
from people import FIRMS, NAMES, CODES, INT_TITLE, RES_TITLE

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
BOLD = Font(bold=True)
FILL = PatternFill("solid", fgColor="D9E2F3")
WRAP = Alignment(wrap_text=True, vertical="top")
D = datetime.datetime


def out(group, name):
    d = os.path.join(ROOT, group)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)


def workbook(creator):
    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = creator
    wb.properties.created = D(2023, 11, 25, 9, 0)
    wb.properties.modified = D(2023, 11, 27, 11, 30)
    return wb


def details(ws, key, session, r=4, labels=None, override=None, session_fmt=None):
    name, sid, contact, phone, email, _ = FIRMS[key]
    vals = {"name": name, "id": sid, "contact": contact, "phone": phone, "email": email, "session": session}
    vals.update(override or {})
    lab = {"name": "Subscriber Name", "id": "HSN Subscriber ID", "contact": "Contact Person", "phone": "Telephone",
           "email": "Email", "session": "Practice Session Date"}
    lab.update(labels or {})
    for k in ("name", "id", "contact", "phone", "email", "session"):
        ws.cell(r, 1, lab[k]).font = BOLD
        if vals[k] is not None:
            c = ws.cell(r, 2, vals[k])
            if k == "session" and session_fmt:
                c.number_format = session_fmt
        r += 1
    return r + 1


def title(ws, t=RES_TITLE):
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 36
    ws["A1"] = t
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"], ws["B2"] = "Ref. No.:", "HDS/23/1109"


def footer(ws, r, key, issues, signed, fmt=None, issues_label="Issues Encountered"):
    ws.cell(r, 1, issues_label).font = BOLD
    if issues is not None:
        ws.cell(r, 2, issues).alignment = WRAP
    ws.cell(r + 1, 1, "Name of Authorised Signatory").font = BOLD
    ws.cell(r + 1, 2, FIRMS[key][5])
    ws.cell(r + 2, 1, "Date").font = BOLD
    c = ws.cell(r + 2, 2, signed)
    if fmt:
        c.number_format = fmt


def grid(ws, r, rows, header=("Service", "Successful", "Unsuccessful", "Not tested")):
    """rows: (label, {col index 2..4: value})"""
    for i, h in enumerate(header):
        ws.cell(r, 1 + i, h).font = BOLD
    r += 1
    for lab, vals in rows:
        ws.cell(r, 1, lab)
        for col, v in vals.items():
            ws.cell(r, col, v)
        r += 1
    return r + 1


def marks(spec, tick):
    """spec {code: 's'|'u'|'n'|None} -> rows with the tick in the chosen column"""
    return [(c, {2 + "sun".index(m): (tick[c] if isinstance(tick, dict) else tick)} if m else {}) for c, m in spec.items()]


# ------------------------------------------------------------------ excel-ticks

def boolean_grid():
    k = "homantin"
    wb = workbook(FIRMS[k][2])
    ws = wb.active
    ws.title = "Result Form"
    title(ws)
    r = details(ws, k, D(2023, 11, 25), session_fmt="dd/mm/yyyy")
    spec = {"OTP-C": "s", "OTP-CSC": "u", "OMD-C": "s", "OMD-CC": "n"}
    rows = [(c, {2 + i: ("sun".index(m) == i) for i in range(3)}) for c, m in spec.items()]
    r = grid(ws, r, rows)
    footer(ws, r, k, "OTP-CSC: throttle rejected after failover", D(2023, 11, 27), "d mmm yyyy")
    wb.save(out("excel-ticks", "result-true-false-grid-serial-dates-homantin.xlsx"))


def tick_chars():
    k = "princeedward"
    wb = workbook(FIRMS[k][2])
    ws = wb.active
    ws.title = "Sheet1"
    title(ws)
    r = details(ws, k, "25.11.2023")
    r = grid(ws, r, marks({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "u", "OMD-CC": None},
                          {"OTP-C": "✓", "OTP-CSC": "√", "OMD-C": "X"}))
    footer(ws, r, k, "N/A", "27.11.2023")
    wb.save(out("excel-ticks", "result-tick-glyph-cells-blank-row-princeedward.xlsx"))


CHECKED = 'checked="Checked" '


def add_checkboxes(path, sheet, boxes):
    """Adds caption-less Excel form-control check boxes (VML shapes + ctrlProp parts, no linked cell), each inside one
    cell, as Excel 365 saves them: boxes = [(col letter, row number, checked)]"""
    z = zipfile.ZipFile(path)
    parts = {n: z.read(n) for n in z.namelist()}
    z.close()
    ct = parts["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>", '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
                    "".join(f'<Override PartName="/xl/ctrlProps/ctrlProp{i + 1}.xml" ContentType="application/vnd.ms-excel.controlproperties+xml"/>'
                            for i in range(len(boxes))) + "</Types>")
    parts["[Content_Types].xml"] = ct.encode()
    rels_name = sheet.replace("worksheets/", "worksheets/_rels/") + ".rels"
    rels = parts.get(rels_name, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>').decode()
    add = '<Relationship Id="rIdVml1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>'
    add += "".join(f'<Relationship Id="rIdCtrl{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp" '
                   f'Target="../ctrlProps/ctrlProp{i + 1}.xml"/>' for i in range(len(boxes)))
    parts[rels_name] = rels.replace("</Relationships>", add + "</Relationships>").encode()
    shapes, controls = [], []
    for i, (letter, rownum, checked) in enumerate(boxes):
        col, row, sid = ord(letter) - 65, rownum - 1, 1025 + i
        parts[f"xl/ctrlProps/ctrlProp{i + 1}.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
            f'objectType="CheckBox" {CHECKED if checked else ""}lockText="1" noThreeD="1"/>').encode()
        shapes.append(
            f'<v:shape id="_x0000_s{sid}" type="#_x0000_t201" style="position:absolute;margin-left:0;margin-top:0;width:18pt;height:15pt;z-index:{i + 1}" '
            'filled="f" fillcolor="window [65]" stroked="f" strokecolor="windowText [64]" o:insetmode="auto"><v:path shadowok="t" strokeok="t" fillok="t"/>'
            '<o:lock v:ext="edit" rotation="t"/><v:textbox style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:left"></div>'
            f'</v:textbox><x:ClientData ObjectType="Checkbox"><x:Anchor>{col}, 40, {row}, 2, {col}, 64, {row}, 18</x:Anchor>'
            '<x:AutoFill>False</x:AutoFill><x:AutoLine>False</x:AutoLine><x:TextVAlign>Center</x:TextVAlign>'
            f'{"<x:Checked>1</x:Checked>" if checked else ""}<x:NoThreeD/></x:ClientData></v:shape>')
        controls.append(
            f'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14">'
            f'<control shapeId="{sid}" r:id="rIdCtrl{i + 1}" name="Check Box {i + 1}"><controlPr defaultSize="0" autoFill="0" autoLine="0" '
            f'autoPict="0"><anchor moveWithCells="1"><from><xdr:col>{col}</xdr:col><xdr:colOff>381000</xdr:colOff><xdr:row>{row}</xdr:row>'
            f'<xdr:rowOff>12700</xdr:rowOff></from><to><xdr:col>{col}</xdr:col><xdr:colOff>609600</xdr:colOff><xdr:row>{row}</xdr:row>'
            '<xdr:rowOff>177800</xdr:rowOff></to></anchor></controlPr></control></mc:Choice></mc:AlternateContent>')
    parts["xl/drawings/vmlDrawing1.vml"] = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
        '<v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/><o:lock v:ext="edit" shapetype="t"/></v:shapetype>'
        + "".join(shapes) + "</xml>").encode()
    s = parts[sheet].decode()
    s = s.replace("<worksheet ", '<worksheet xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
                  'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" ', 1)
    if 'xmlns:r=' not in s:
        s = s.replace("<worksheet ", '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    tail = '<legacyDrawing r:id="rIdVml1"/>' + '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' \
        '<mc:Choice Requires="x14"><controls>' + "".join(controls) + "</controls></mc:Choice></mc:AlternateContent>"
    s = re.sub(r"(<tableParts|</worksheet>)", lambda m: tail + m.group(1), s, count=1)
    parts[sheet] = s.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def checkbox_controls():
    k = "jordan"
    path = out("excel-ticks", "result-checkbox-controls-no-link-jordan.xlsx")
    wb = workbook(FIRMS[k][2])
    ws = wb.active
    ws.title = "Result Form"
    title(ws)
    for c in "BCD":
        ws.column_dimensions[c].width = 14
    r0 = details(ws, k, "25 Nov 2023")
    r = grid(ws, r0, [(c, {}) for c in CODES])
    footer(ws, r, k, "None", "27 Nov 2023")
    wb.save(path)
    spec = {"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "u", "OMD-CC": "s"}
    boxes = [(letter, r0 + 1 + i, "sun".index(spec[c]) == j) for i, c in enumerate(CODES) for j, letter in enumerate("BCD")]
    add_checkboxes(path, "xl/worksheets/sheet1.xml", boxes)


# ------------------------------------------------------------------ excel-words

def words_bullets():
    k = "namcheong"
    name, sid, contact, phone, email, sig = FIRMS[k]
    wb = xlsxwriter.Workbook(out("excel-words", "result-words-bulleted-issues-namcheong.xlsx"))
    wb.set_properties({"author": contact})
    ws = wb.add_worksheet("Result")
    b = wb.add_format({"bold": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    dfmt = wb.add_format({"num_format": "d mmm yyyy"})
    ws.set_column("A:A", 40)
    ws.set_column("B:B", 48)
    ws.write("A1", RES_TITLE, wb.add_format({"bold": True, "font_size": 13}))
    ws.write("A2", "Ref. No.:")
    ws.write("B2", "HDS/23/1109")
    for i, (lab, v) in enumerate((("Subscriber Name", name), ("HSN Subscriber ID", sid), ("Contact Person", contact),
                                   ("Telephone", phone), ("Email", email))):
        ws.write(3 + i, 0, lab, b)
        ws.write(3 + i, 1, v)
    ws.write(8, 0, "Practice Session Date", b)
    ws.write_datetime(8, 1, D(2023, 11, 25), dfmt)
    ws.write(10, 0, "Service", b)
    ws.write(10, 1, "Result", b)
    for i, (c, w) in enumerate((("OTP-C", "Successful"), ("OTP-CSC", "PASS"), ("OMD-C", "fail"), ("OMD-CC", "Not Tested"))):
        ws.write(11 + i, 0, c)
        ws.write(11 + i, 1, w)
    ws.write(16, 0, "Issues Encountered", b)
    ws.write(16, 1, "• OMD-C: gap in sequence numbers after failover\n• Retransmission request timed out", wrap)
    ws.write(17, 0, "Name of Authorised Signatory", b)
    ws.write(17, 1, sig)
    ws.write(18, 0, "Date", b)
    ws.write_datetime(18, 1, D(2023, 11, 27), dfmt)
    wb.close()


def chinese_words():
    k = "cheungshawan"
    name, sid, contact, phone, email, sig = FIRMS[k]
    wb = workbook(contact)
    ws = wb.active
    ws.title = "結果表格"
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 40
    ws["A1"] = "附件B 結果表格 Appendix B – Result Form"
    ws["A2"], ws["B2"] = "編號 Ref. No.", "HDS/23/1109"
    rows = [("公司名稱 Subscriber Name", name), ("用戶編號 HSN Subscriber ID", sid), ("聯絡人 Contact Person", contact),
            ("電話 Telephone", phone), ("電郵 Email", email), ("演習日期 Practice Session Date", "2023年11月25日"), (None, None),
            ("服務 Service", "結果 Result"), ("OTP-C", "通過"), ("OTP-CSC", "成功"), ("OMD-C", "失敗"), ("OMD-CC", "不適用"), (None, None),
            ("備註 Remarks", "沒有"), ("授權人姓名 Name of Authorised Signatory", sig), ("日期 Date", "2023年11月27日")]
    for i, (a, b) in enumerate(rows):
        if a:
            ws.cell(4 + i, 1, a)
            ws.cell(4 + i, 2, b)
    wb.save(out("excel-words", "result-chinese-words-cheungshawan.xlsx"))


def system_names():
    k = "laichikok"
    wb = workbook(FIRMS[k][2])
    ws = wb.active
    title(ws)
    r = details(ws, k, "25th November 2023")
    ws.cell(r, 1, "System").font = BOLD
    ws.cell(r, 2, "Result").font = BOLD
    for i, (c, w) in enumerate((("OTP-C", "OK"), ("OTP-CSC", "Not tested"), ("OMD-C", "OK"), ("OMD-CC", "Failed"))):
        ws.cell(r + 1 + i, 1, NAMES[c])
        ws.cell(r + 1 + i, 2, w)
    footer(ws, r + 6, k, "Orion Market Data – China Connect: no snapshot received", "27th November 2023")
    wb.save(out("excel-words", "result-system-names-only-laichikok.xlsx"))


def services_as_columns():
    k = "meifoo"
    name, sid, contact, phone, email, sig = FIRMS[k]
    wb = xlsxwriter.Workbook(out("excel-words", "result-services-as-columns-meifoo.xlsx"))
    wb.set_properties({"author": contact})
    ws = wb.add_worksheet("Appendix B")
    b = wb.add_format({"bold": True, "border": 1, "align": "center"})
    c1 = wb.add_format({"border": 1, "align": "center"})
    ws.set_column("A:A", 34)
    ws.set_column("B:E", 16)
    ws.merge_range("A1:E1", RES_TITLE, wb.add_format({"bold": True, "font_size": 13}))
    ws.write("A2", "Ref. No.: HDS/23/1109")
    for i, (lab, v) in enumerate((("Subscriber Name", name), ("HSN Subscriber ID", sid), ("Contact Person", contact),
                                   ("Telephone", phone), ("Email", email), ("Practice Session Date", "2023-11-25"))):
        ws.write(3 + i, 0, lab, wb.add_format({"bold": True}))
        ws.merge_range(3 + i, 1, 3 + i, 4, v)
    ws.write(10, 0, "Service", b)
    ws.write(11, 0, "Result", b)
    for j, (c, w) in enumerate((("OTP-C", "Successful"), ("OTP-CSC", "Unsuccessful"), ("OMD-C", "Successful"), ("OMD-CC", "Successful"))):
        ws.write(10, 1 + j, c, b)
        ws.write(11, 1 + j, w, c1)
    for i, (lab, v) in enumerate((("Issues Encountered", "OTP-CSC: order entry rejected after switch-over"),
                                   ("Name of Authorised Signatory", sig), ("Date", "27-11-2023"))):
        ws.write(13 + i, 0, lab, wb.add_format({"bold": True}))
        ws.merge_range(13 + i, 1, 13 + i, 4, v)
    wb.close()


def extra_rows():
    k = "tsingyi"
    wb = workbook(FIRMS[k][2])
    ws = wb.active
    title(ws)
    r = details(ws, k, D(2023, 11, 25), session_fmt="dd-mm-yyyy")
    rows = [("OTP-C", {2: "X"}), ("OCG-C", {3: "X"}), ("OTP-CSC", {}), ("OMD-C", {2: "x"}), ("OMD-CC", {4: "X"}),
            ("OMD-D (Derivatives Market)", {2: "X"})]
    r = grid(ws, r, rows)
    footer(ws, r, k, "OCG-C logon failed, retried OK", D(2023, 11, 27), "dd-mm-yyyy")
    wb.save(out("excel-words", "result-extra-ocg-and-blank-rows-tsingyi.xlsx"))


def sentences_remarks():
    k = "tiuengleng"
    wb = workbook(FIRMS[k][2])
    ws = wb.active
    title(ws)
    ws.column_dimensions["C"].width = 40
    r = details(ws, k, "Sat 25 Nov 2023")
    for j, h in enumerate(("Service", "Result", "Remarks")):
        ws.cell(r, 1 + j, h).font = BOLD
    for i, (c, w, rem) in enumerate((("OTP-C", "Passed", "Logon OK on backup site"),
                                     ("OTP-CSC", "Failed to log on after failover", "Vendor investigating"),
                                     ("OMD-C", "Connected and verified OK", None),
                                     ("OMD-CC", "not tested", "No China Connect subscription"))):
        ws.cell(r + 1 + i, 1, c)
        ws.cell(r + 1 + i, 2, w)
        if rem:
            ws.cell(r + 1 + i, 3, rem)
    footer(ws, r + 6, k, "Nil", "Mon 27 Nov 2023")
    wb.save(out("excel-words", "result-sentences-remarks-column-tiukengharbour.xlsx"))


# ------------------------------------------------------------------ excel-incomplete

def bad_id():
    k = "olympic"
    wb = workbook(FIRMS[k][2])
    ws = wb.active
    title(ws)
    r = details(ws, k, "25/11/2023", override={"id": "HSN63590"})
    r = grid(ws, r, marks({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "s", "OMD-CC": "s"}, "✓"))
    footer(ws, r, k, "Nil", "27/11/2023")
    wb.save(out("excel-incomplete", "result-five-digit-id-olympic.xlsx"))


def did_not_participate():
    k = "aberdeen"
    wb = workbook(FIRMS[k][2])
    ws = wb.active
    title(ws)
    r = details(ws, k, None)
    r = grid(ws, r, [(c, {}) for c in CODES])
    footer(ws, r, k, "We did not take part in PS2 on 25/11/2023 (no staff available).", "27/11/2023")
    wb.save(out("excel-incomplete", "result-did-not-take-part-aberdeen.xlsx"))


# ------------------------------------------------------------------ intention (contrast) and other

def intention_declines():
    k = "diamondhill"
    name, sid, contact, phone, email, sig = FIRMS[k]
    wb = workbook(contact)
    ws = wb.active
    title(ws, INT_TITLE)
    rows = [("Subscriber Name", name), ("HSN Subscriber ID", sid), ("Contact Person", contact), ("Telephone", phone),
            ("Email", email), ("We will participate in PS2 using HSN", False), ("We will not participate in PS2 using HSN", True)]
    for i, (a, b) in enumerate(rows):
        ws.cell(4 + i, 1, a).font = BOLD
        ws.cell(4 + i, 2, b)
    ws.cell(12, 1, "Services to be verified (please tick)").font = BOLD
    for i, c in enumerate(CODES):
        ws.cell(13 + i, 1, c)
        ws.cell(13 + i, 2, False)
        ws.cell(13 + i, 3, NAMES[c])
    ws.cell(18, 1, "Name of Authorised Signatory").font = BOLD
    ws.cell(18, 2, sig)
    ws.cell(19, 1, "Date").font = BOLD
    ws.cell(19, 2, D(2023, 11, 21)).number_format = "dd/mm/yyyy"
    wb.save(out("intention", "intention-true-false-declines-diamondhill.xlsx"))


def intention_ticks():
    k = "namcheong"   # the same firm's intention, a week before its result form
    name, sid, contact, phone, email, sig = FIRMS[k]
    wb = workbook(contact)
    ws = wb.active
    title(ws, INT_TITLE)
    rows = [("Subscriber Name", name), ("HSN Subscriber ID", sid), ("Contact Person", contact), ("Telephone", phone),
            ("Email", email), ("Participation (Yes/No)", "Yes")]
    for i, (a, b) in enumerate(rows):
        ws.cell(4 + i, 1, a).font = BOLD
        ws.cell(4 + i, 2, b)
    ws.cell(11, 1, "Services to be verified (please tick)").font = BOLD
    for i, c in enumerate(CODES):
        ws.cell(12 + i, 1, c)
        ws.cell(12 + i, 2, "✓" if c != "OMD-CC" else None)
    ws.cell(17, 1, "Name of Authorised Signatory").font = BOLD
    ws.cell(17, 2, sig)
    ws.cell(18, 1, "Date").font = BOLD
    ws.cell(18, 2, "20/11/2023")
    wb.save(out("intention", "intention-tick-cells-namcheong.xlsx"))


def test_log():
    wb = workbook("Chiu Ka Lok")
    ws = wb.active
    ws.title = "PS2 log"
    ws["A1"] = "PS2 test log – 25/11/2023 – Fo Tan Capital Markets"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ("Time", "Service", "Step", "Result", "Checked by")
    for j, h in enumerate(hdr):
        ws.cell(3, 1 + j, h).font = BOLD
    log = [("09:02", "OTP-C", "Logon primary", "OK", "CKL"), ("09:15", "OTP-C", "Logon backup after failover", "OK", "CKL"),
           ("09:20", "OTP-CSC", "Logon backup after failover", "OK", "CKL"), ("09:31", "OMD-C", "Receive snapshot", "OK", "WPS"),
           ("09:40", "OMD-CC", "Receive snapshot", "Fail", "WPS"), ("10:05", "OMD-CC", "Retry after restart", "OK", "WPS")]
    for i, row in enumerate(log):
        for j, v in enumerate(row):
            ws.cell(4 + i, 1 + j, v)
    for c, w in zip("ABCDE", (8, 10, 30, 8, 12)):
        ws.column_dimensions[c].width = w
    wb.save(out("other", "ps2-test-log-fotan.xlsx"))


if __name__ == "__main__":
    boolean_grid()
    tick_chars()
    checkbox_controls()
    words_bullets()
    chinese_words()
    system_names()
    services_as_columns()
    extra_rows()
    sentences_remarks()
    bad_id()
    did_not_participate()
    intention_declines()
    intention_ticks()
    test_log()
