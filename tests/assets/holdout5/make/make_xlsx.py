#!/usr/bin/env python3
"""Writes the .xlsx files of tests/assets/holdout5 with openpyxl 3.0.9 (Debian python3-openpyxl), as people
fill the forms in Excel; one workbook gets Excel form-control check boxes added to the package afterwards.
The values typed here are the raw text; the oracle (cases.py) was written separately, by hand."""
import datetime
import os
import re
import zipfile
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
NAMES = {"OTP-C": "Orion Trading Platform – Securities Market", "OTP-CSC": "Orion Trading Platform – China Stock Connect",
         "OMD-C": "Orion Market Data – Securities Market", "OMD-CC": "Orion Market Data – China Connect"}
CODES = list(NAMES)
INT_TITLE = "Appendix A – Intention Form for Using HSN to participate Practice Session"
RES_TITLE = "Appendix B – Result Form for Using HSN to participate Practice Session"
BOLD = Font(bold=True)
FILL = PatternFill("solid", fgColor="D9E2F3")


def out(group, name):
    d = os.path.join(ROOT, group)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)


def workbook(creator="Excel user"):
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = datetime.datetime(2023, 11, 20, 9, 0)
    wb.properties.modified = datetime.datetime(2023, 11, 22, 14, 30)
    return wb


def intention_sheet(ws, v, tick_col="C", participate_label="We will / will not participate in PS2 using HSN",
                    value_col="B", merge=False, gap_after=None):
    """v: dict name,id,contact,phone,email,part,ticks{code:val},sig,date. Returns {key: cell ref} of the values."""
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions[value_col].width = 40
    ws["A1"] = INT_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:D1")
    ws["A2"] = "Ref. No.:"
    ws["B2"] = "HDS/23/1109"
    refs = {}
    r = 4
    for key, label in (("name", "Subscriber Name"), ("id", "HSN Subscriber ID"), ("contact", "Contact Person"),
                       ("phone", "Telephone"), ("email", "Email"), ("part", participate_label)):
        ws[f"A{r}"] = label
        ws[f"A{r}"].font = BOLD
        if v.get(key) is not None:
            ws[f"{value_col}{r}"] = v[key]
        if merge:
            ws.merge_cells(f"B{r}:D{r}")
        refs[key] = f"{value_col}{r}"
        r += 1
        if gap_after == key:
            r += 1
    r += 1
    ws[f"A{r}"] = "Services to be verified (please tick)"
    ws[f"A{r}"].font = BOLD
    ws[f"A{r}"].fill = FILL
    r += 1
    for c in CODES:
        ws[f"A{r}"] = c
        ws[f"B{r}"] = NAMES[c] if tick_col != "B" else None
        if v["ticks"].get(c) is not None:
            ws[f"{tick_col}{r}"] = v["ticks"][c]
        refs[c] = f"{tick_col}{r}"
        r += 1
    r += 1
    for key, label in (("sig", "Name of Authorised Signatory"), ("date", "Date")):
        ws[f"A{r}"] = label
        ws[f"A{r}"].font = BOLD
        if v.get(key) is not None:
            ws[f"{value_col}{r}"] = v[key]
        if merge:
            ws.merge_cells(f"B{r}:D{r}")
        refs[key] = f"{value_col}{r}"
        r += 1
    return refs


def result_sheet(ws, v, grid=False, start=4, title=True, details=True, results=True):
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 40
    refs = {}
    if title:
        ws["A1"] = RES_TITLE
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Ref. No.:"
        ws["B2"] = "HDS/23/1109"
    r = start
    if details:
        for key, label in (("name", "Subscriber Name"), ("id", "HSN Subscriber ID"), ("contact", "Contact Person"),
                           ("phone", "Telephone"), ("email", "Email"), ("session", "Practice Session Date")):
            ws[f"A{r}"] = label
            ws[f"A{r}"].font = BOLD
            if v.get(key) is not None:
                ws[f"B{r}"] = v[key]
            refs[key] = f"B{r}"
            r += 1
        r += 1
    if results:
        if grid:
            for i, h in enumerate(("Service", "Successful", "Unsuccessful", "Not tested")):
                ws.cell(r, 1 + i, h).font = BOLD
        else:
            ws[f"A{r}"], ws[f"B{r}"] = "Service", "Result"
            ws[f"A{r}"].font = ws[f"B{r}"].font = BOLD
        refs["grid_header"] = r
        r += 1
        for c in CODES:
            ws[f"A{r}"] = c
            w = v["results"].get(c)
            if grid:
                if w:
                    ws.cell(r, {"s": 2, "u": 3, "n": 4}[w], "X")
            elif w is not None:
                ws[f"B{r}"] = w
            refs[c] = r
            r += 1
        refs["grid_end"] = r - 1
        r += 1
    if details:
        for key, label in (("issues", "Issues Encountered"), ("sig", "Name of Authorised Signatory"), ("date", "Date")):
            ws[f"A{r}"] = label
            ws[f"A{r}"].font = BOLD
            if v.get(key) is not None:
                ws[f"B{r}"] = v[key]
            refs[key] = f"B{r}"
            r += 1
    return refs


# ------------------------------------------------------------------ excel-typing

def merged_apostrophe():
    wb = workbook("Chan Mei Kuen")
    ws = wb.active
    ws.title = "Intention Form"
    refs = intention_sheet(ws, {"name": "LOHAS Park Securities Limited", "id": "HSN4205", "contact": "Chan Mei Kuen",
                                "phone": "27091234", "email": "meikuen.chan@lohassec.com.hk", "part": "Yes",
                                "ticks": {"OTP-C": "✓", "OMD-C": "✓", "OMD-CC": "✓"}, "sig": "Chan Mei Kuen",
                                "date": "22/11/2023"}, tick_col="E", merge=True)
    for k in ("phone", "date"):          # typed with a leading apostrophe: text, quotePrefix style
        ws[refs[k]].quotePrefix = True
        ws[refs[k]].alignment = Alignment(horizontal="left")
    wb.save(out("excel-typing", "intention-merged-cells-apostrophe-lohas.xlsx"))


def inserted_column_row():
    wb = workbook("Ho Wing Sze")
    ws = wb.active
    ws.title = "Sheet1"
    intention_sheet(ws, {"name": "Shek Wu Hui Capital Limited", "id": "HSN4216", "contact": "Ho Wing Sze",
                         "phone": "2670 3345", "email": "wingsze.ho@shekwucap.com.hk", "part": "Yes",
                         "ticks": {"OTP-C": "X", "OTP-CSC": "X", "OMD-C": "X", "OMD-CC": "X"}, "sig": "Ho Wing Sze",
                         "date": datetime.datetime(2023, 11, 23)}, value_col="D", tick_col="D", gap_after="phone")
    ws.column_dimensions["B"].width = 3
    ws.column_dimensions["C"].width = 3
    for row in ws.iter_rows(min_col=2, max_col=2):
        for c in row:
            if c.value in NAMES.values():           # the system names moved right with the inserted columns
                ws.cell(c.row, 3, c.value)
                c.value = None
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, datetime.datetime):
                c.number_format = "dd/mm/yyyy"
    wb.save(out("excel-typing", "intention-inserted-columns-row-shekwu.xlsx"))


def numeric_phone_general_serial():
    wb = workbook("Fok Tsz Ching")
    ws = wb.active
    ws.title = "Form"
    refs = intention_sheet(ws, {"name": "Ping Che Investment Limited", "id": "HSN4224", "contact": "Fok Tsz Ching",
                                "phone": 26731188, "email": "tszching.fok@pingcheinv.com.hk", "part": "Yes",
                                "ticks": {"OTP-C": "x", "OTP-CSC": "x"}, "sig": "Fok Tsz Ching", "date": 45252})
    ws[refs["phone"]].number_format = "General"
    ws[refs["date"]].number_format = "General"
    wb.save(out("excel-typing", "intention-numeric-phone-general-serial-pingche.xlsx"))


def dropdowns():
    wb = workbook("Yeung Chi Hang")
    ws = wb.active
    ws.title = "Intention"
    refs = intention_sheet(ws, {"name": "Pui O Brokerage Limited", "id": "HSN4241", "contact": "Yeung Chi Hang",
                                "phone": "2984 1020", "email": "chihang.yeung@puiobrokerage.com.hk", "part": "Yes",
                                "ticks": {"OTP-C": "Y", "OTP-CSC": "N", "OMD-C": "Y", "OMD-CC": "N"},
                                "sig": "Yeung Chi Hang", "date": "21-11-2023"},
                           participate_label="Participation", tick_col="C")
    dv = DataValidation(type="list", formula1='"Yes,No"', allow_blank=True)
    dv.add(refs["part"])
    ws.add_data_validation(dv)
    dv2 = DataValidation(type="list", formula1='"Y,N"', allow_blank=True, showDropDown=False)
    for c in CODES:
        dv2.add(refs[c])
    ws.add_data_validation(dv2)
    ws["C9"] = "Verify (Y/N)"
    ws["C9"].font = BOLD
    wb.save(out("excel-typing", "intention-dropdown-yn-puio.xlsx"))


def second_sheet_copy():
    wb = workbook("Siu Ka Wing")
    ws = wb.active
    ws.title = "Intention Form"
    intention_sheet(ws, {"ticks": {}})
    ws2 = wb.create_sheet("Intention Form (2)")
    intention_sheet(ws2, {"name": "Chung Hom Kok Securities Limited", "id": "HSN4258", "contact": "Siu Ka Wing",
                          "phone": "2813 6640", "email": "kawing.siu@chkwsec.com.hk", "part": "Yes",
                          "ticks": {"OTP-C": "✓", "OTP-CSC": "✓", "OMD-C": "✓"}, "sig": "Siu Ka Wing",
                          "date": datetime.datetime(2023, 11, 20)})
    for row in ws2.iter_rows():
        for c in row:
            if isinstance(c.value, datetime.datetime):
                c.number_format = "d mmm yyyy"
    wb.active = 1
    wb.save(out("excel-typing", "intention-blank-first-sheet-filled-copy-chunghomkok.xlsx"))


def hidden_old_answers():
    wb = workbook("Kwan Sau Ying")
    ws = wb.active
    ws.title = "Intention Form"
    refs = intention_sheet(ws, {"name": "Wah Fu Securities Limited", "id": "HSN4262", "contact": "Kwan Sau Ying",
                                "phone": "2550 8812", "email": "sauying.kwan@wahfusec.com.hk", "part": "Yes",
                                "ticks": {"OTP-C": "X", "OMD-C": "X"}, "sig": "Kwan Sau Ying", "date": "24/11/2023"},
                           tick_col="D")
    # column C: last practice session's answers (HDS/23/1106), hidden rather than deleted
    ws["C3"] = "PS1 answers"
    for k, old in (("name", "Wah Fu Securities Limited"), ("id", "HSN4262"), ("contact", "Ng Chi Wai"),
                   ("phone", "2550 1001"), ("email", "chiwai.ng@wahfusec.com.hk"), ("part", "No")):
        ws["C" + refs[k][1:]] = old
    ws.column_dimensions["C"].hidden = True
    ws.column_dimensions["B"].width = 38
    # an old contact row kept hidden just above the current one
    ws.insert_rows(6)
    ws["A6"], ws["B6"] = "Contact Person", "Ng Chi Wai"
    ws.row_dimensions[6].hidden = True
    wb.save(out("excel-typing", "intention-hidden-old-answers-wahfu.xlsx"))


def notes_filter_frozen():
    wb = workbook("Au Yeung Man")
    ws = wb.active
    ws.title = "Result"
    refs = result_sheet(ws, {"name": "Kornhill Capital Limited", "id": "HSN4270", "contact": "Au Yeung Man",
                             "phone": "2567 0098", "email": "yeungman.au@kornhillcap.com.hk",
                             "session": datetime.datetime(2023, 11, 25),
                             "results": {"OTP-C": "Successful", "OTP-CSC": "Successful", "OMD-C": "Unsuccessful", "OMD-CC": "Successful"},
                             "issues": "OMD-C: no data for 5 minutes after failover", "sig": "Au Yeung Man",
                             "date": datetime.datetime(2023, 11, 27)})
    for k in ("session", "date"):
        ws[refs[k]].number_format = "dd/mm/yyyy"
    ws[f"B{refs['OMD-C']}"].comment = Comment("Failed at 09:40, retried twice - still unsuccessful. Successful on backup line?", "Au Yeung Man")
    ws[refs["email"]].comment = Comment("Also cc ops@kornhillcap.com.hk", "Au Yeung Man")
    ws.auto_filter.ref = f"A{refs['grid_header']}:B{refs['grid_end']}"
    ws.freeze_panes = "B4"
    wb.save(out("excel-typing", "result-notes-filter-frozen-kornhill.xlsx"))


def split_sheets():
    wb = workbook("Lee Hok Yin")
    ws = wb.active
    ws.title = "Details"
    v = {"name": "Braemar Hill Securities Limited", "id": "HSN4281", "contact": "Lee Hok Yin", "phone": "2578 3301",
         "email": "hokyin.lee@braemarsec.com.hk", "session": "25-11-2023",
         "results": {"OTP-C": "Pass", "OTP-CSC": "Pass", "OMD-C": "Pass", "OMD-CC": "Pass"},
         "issues": None, "sig": "Lee Hok Yin", "date": "27-11-2023"}
    result_sheet(ws, v, results=False)
    ws2 = wb.create_sheet("Results")
    ws2["A1"] = "Results of PS2 (continued from sheet Details)"
    result_sheet(ws2, v, title=False, details=False, start=3)
    wb.save(out("excel-typing", "result-split-over-two-sheets-braemarhill.xlsx"))


def id_hyphen_weekday_dates():
    wb = workbook("Tong Pui Man")
    ws = wb.active
    ws.title = "Result Form"
    result_sheet(ws, {"name": "Lei King Wan Markets Limited", "id": "hsn-4288", "contact": "Tong Pui Man",
                      "phone": "(852) 2886 4410", "email": "puiman.tong@lkwmarkets.com.hk", "session": "25/11/2023 (Sat)",
                      "results": {"OTP-C": "Pass ", "OTP-CSC": " OK", "OMD-C": "Fail", "OMD-CC": "N/A"},
                      "issues": "OMD-C  gap  fill\nnot received", "sig": "Tong Pui Man", "date": "Mon 27/11/2023"})
    wb.save(out("excel-typing", "result-id-hyphen-weekday-dates-leikingwan.xlsx"))


def id_with_space():
    wb = workbook("Mok Ka Chun")
    ws = wb.active
    ws.title = "Intention Form"
    intention_sheet(ws, {"name": "Big Wave Bay Futures Limited", "id": "HSN 4315", "contact": "Mok Ka Chun",
                         "phone": "2809 4470", "email": "kachun.mok@bigwavefut.com.hk", "part": "Yes",
                         "ticks": {"OTP-CSC": "X", "OMD-CC": "X"}, "sig": "Mok Ka Chun", "date": "23 Nov 2023"})
    wb.save(out("excel-typing", "intention-id-with-space-bigwavebay.xlsx"))


def decline_n():
    wb = workbook("Kung Siu Fan")
    ws = wb.active
    ws.title = "Intention Form"
    intention_sheet(ws, {"name": "Tai Mei Tuk Investment Limited", "id": "HSN4293", "contact": "Kung Siu Fan",
                         "phone": "2664 0213", "email": "siufan.kung@tmtinvest.com.hk", "part": "N",
                         "ticks": {}, "sig": "Kung Siu Fan", "date": "20/11/2023"},
                    participate_label="Participate (Y/N)")
    wb.save(out("excel-typing", "intention-decline-n-taimeituk.xlsx"))


# ------------------------------------------------------------------ excel-controls: form-control check boxes

def checkbox_controls():
    path = out("excel-controls", "intention-checkbox-controls-muiwo.xlsx")
    wb = workbook("Cheng Lok Yi")
    ws = wb.active
    ws.title = "Intention Form"
    v = {"name": "Mui Wo Securities Limited", "id": "HSN4233", "contact": "Cheng Lok Yi", "phone": "2984 7731",
         "email": "lokyi.cheng@muiwosec.com.hk", "part": None,
         "ticks": {"OTP-C": True, "OTP-CSC": False, "OMD-C": True, "OMD-CC": False}, "sig": "Cheng Lok Yi",
         "date": datetime.datetime(2023, 11, 22)}
    refs = intention_sheet(ws, v, tick_col="D")
    # participation: two rows "We will participate ..." / "We will not participate ...", a check box on each,
    # linked to the cell under it in column D (TRUE / FALSE)
    row = int(refs["part"][1:])
    ws.insert_rows(row + 1)
    ws[f"A{row}"] = "We will participate in PS2 using HSN"
    ws[f"A{row + 1}"] = "We will not participate in PS2 using HSN"
    ws[f"A{row + 1}"].font = BOLD
    ws[f"D{row}"], ws[f"D{row + 1}"] = True, False
    refs = {k: (r[0] + str(int(r[1:]) + 1) if int(r[1:]) > row else r) for k, r in refs.items()}
    ws[refs["date"]].number_format = "dd/mm/yyyy"
    ws["D" + str(int(refs["OTP-C"][1:]) - 1)] = "Linked cell"
    links = [(f"D{row}", True, "Will"), (f"D{row + 1}", False, "Will not")] + [(refs[c], v["ticks"][c], c) for c in CODES]
    wb.save(path)
    add_checkboxes(path, "xl/worksheets/sheet1.xml", links)


CHECKED = 'checked="Checked" '


def add_checkboxes(path, sheet, links):
    """Adds Excel form-control check boxes (legacy VML shapes + ctrlProp parts) linked to cells, as Excel 365 saves them"""
    z = zipfile.ZipFile(path)
    parts = {n: z.read(n) for n in z.namelist()}
    z.close()
    ct = parts["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>", '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
                    "".join(f'<Override PartName="/xl/ctrlProps/ctrlProp{i + 1}.xml" ContentType="application/vnd.ms-excel.controlproperties+xml"/>'
                            for i in range(len(links))) + "</Types>")
    parts["[Content_Types].xml"] = ct.encode()
    rels_name = sheet.replace("worksheets/", "worksheets/_rels/") + ".rels"
    rels = parts.get(rels_name, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>').decode()
    add = '<Relationship Id="rIdVml1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>'
    add += "".join(f'<Relationship Id="rIdCtrl{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp" '
                   f'Target="../ctrlProps/ctrlProp{i + 1}.xml"/>' for i in range(len(links)))
    parts[rels_name] = rels.replace("</Relationships>", add + "</Relationships>").encode()
    shapes, controls = [], []
    for i, (ref, checked, label) in enumerate(links):
        col = ord(ref[0]) - 65
        row = int(ref[1:]) - 1
        sid = 1025 + i
        parts[f"xl/ctrlProps/ctrlProp{i + 1}.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
            f'objectType="CheckBox" {CHECKED if checked else ""}fmlaLink="${ref[0]}${ref[1:]}" lockText="1" noThreeD="1"/>').encode()
        shapes.append(
            f'<v:shape id="_x0000_s{sid}" type="#_x0000_t201" style="position:absolute;margin-left:0;margin-top:0;width:60pt;height:15pt;z-index:{i + 1}" '
            'filled="f" fillcolor="window [65]" stroked="f" strokecolor="windowText [64]" o:insetmode="auto"><v:path shadowok="t" strokeok="t" fillok="t"/>'
            '<o:lock v:ext="edit" rotation="t"/><v:textbox style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:left">'
            f'<font face="Segoe UI" size="160" color="auto">{label}</font></div></v:textbox><x:ClientData ObjectType="Checkbox">'
            f'<x:Anchor>{col}, 4, {row}, 2, {col + 1}, 40, {row}, 18</x:Anchor><x:AutoFill>False</x:AutoFill><x:AutoLine>False</x:AutoLine>'
            f'<x:TextVAlign>Center</x:TextVAlign><x:FmlaLink>${ref[0]}${ref[1:]}</x:FmlaLink>{"<x:Checked>1</x:Checked>" if checked else ""}'
            '<x:NoThreeD/></x:ClientData></v:shape>')
        controls.append(
            f'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14">'
            f'<control shapeId="{sid}" r:id="rIdCtrl{i + 1}" name="Check Box {i + 1}"><controlPr defaultSize="0" autoFill="0" autoLine="0" '
            f'autoPict="0"><anchor moveWithCells="1"><from><xdr:col>{col}</xdr:col><xdr:colOff>50800</xdr:colOff><xdr:row>{row}</xdr:row>'
            f'<xdr:rowOff>12700</xdr:rowOff></from><to><xdr:col>{col + 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row}</xdr:row>'
            '<xdr:rowOff>190500</xdr:rowOff></to></anchor></controlPr></control></mc:Choice></mc:AlternateContent>')
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


# ------------------------------------------------------------------ excel-incomplete

def space_in_email_no_contact():
    wb = workbook("Tap Mun Securities")
    ws = wb.active
    ws.title = "Intention Form"
    intention_sheet(ws, {"name": "Tap Mun Securities Limited", "id": "HSN4302", "contact": None,
                         "phone": "2328 5560", "email": "kc.lam@tapmun sec.com.hk", "part": "Yes",
                         "ticks": {"OTP-C": "✓", "OTP-CSC": "✓", "OMD-C": "✓", "OMD-CC": "✓"}, "sig": "Lam Kwok Chu",
                         "date": "22/11/2023"})
    wb.save(out("excel-incomplete", "intention-space-in-email-no-contact-tapmun.xlsx"))


def blank_result():
    wb = workbook("HKEX")
    ws = wb.active
    ws.title = "Result Form"
    result_sheet(ws, {"results": {}}, grid=True)
    wb.save(out("excel-incomplete", "result-blank-returned-unfilled.xlsx"))


# ------------------------------------------------------------------ other

def call_list():
    wb = workbook("Ops")
    ws = wb.active
    ws.title = "PS2 call list"
    ws["A1"] = "PS2 25 Nov 2023 (HDS/23/1109) – internal call list, Wah Fu Securities Limited"
    ws.append([])
    ws.append(["Contact Person", "Role", "Telephone", "Email", "Services"])
    for row in (("Kwan Sau Ying", "Coordinator", "2550 8812", "sauying.kwan@wahfusec.com.hk", "OTP-C"),
                ("Ng Chi Wai", "Network", "2550 1001", "chiwai.ng@wahfusec.com.hk", "OMD-C"),
                ("Lau Ting", "Trading desk", "2550 1010", "ting.lau@wahfusec.com.hk", "OTP-C"),
                ("HKEX Service Desk", "Hotline", "(852) 2211 6080", "hsservicedesk@hkex.com.hk", "")):
        ws.append(list(row))
    wb.save(out("other", "ps2-internal-call-list-wahfu.xlsx"))


if __name__ == "__main__":
    for f in (merged_apostrophe, inserted_column_row, numeric_phone_general_serial, dropdowns, second_sheet_copy,
              hidden_old_answers, notes_filter_frozen, split_sheets, id_hyphen_weekday_dates, id_with_space, decline_n,
              checkbox_controls, space_in_email_no_contact, blank_result, call_list):
        f()
    print("xlsx written")
