#!/usr/bin/python3
"""python-docx, openpyxl, hand-written OOXML and the bad files; also writes the HTML/fods sources for soffice
and /tmp/h17/raw.json for the npm generator."""
import datetime, json, os, sys, zipfile
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from raw import RAW
import docx
from docx.enum.text import WD_BREAK
import openpyxl

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TMP = "/tmp/h17"
os.makedirs(TMP, exist_ok=True)
for d in ("word", "excel", "lookalikes", "bad"):
    os.makedirs(os.path.join(OUT, d), exist_ok=True)
TA = "Appendix A – Intention Form for Using HSN to participate Practice Session"
TB = "Appendix B – Result Form for Using HSN to participate Practice Session"
REF = "HDS/23/1109"
SV = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
p = lambda f: os.path.join(OUT, f)
json.dump({"RAW": RAW, "TA": TA, "TB": TB}, open(f"{TMP}/raw.json", "w"), ensure_ascii=False)


def table(d, rows):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    return t


# ---- python-docx ----
f = "word/intention-bilingual-ballot-table-kwaichung.docx"; r = RAW[f]
d = docx.Document(); d.add_heading(TA, 1); d.add_paragraph(f"編號 Ref. No.: {REF}")
table(d, [["公司名稱 Company Name", r["name"]], ["用戶編號 HSN Subscriber ID", r["id"]], ["聯絡人 Contact Person", r["contact"]],
          ["電話 Telephone", r["phone"]], ["電郵 Email", r["email"]]])
d.add_paragraph("參與 Participation:")
d.add_paragraph("☒ We will participate 會參與"); d.add_paragraph("☐ We will not participate 不會參與")
d.add_paragraph("Services to be verified 測試服務:")
table(d, [["☒", "OTP-C"], ["☐", "OTP-CSC"], ["☒", "OMD-C"], ["☐", "OMD-CC"]])
table(d, [["授權人姓名 Name of Authorised Signatory", r["sig"]], ["日期 Date", r["date"]]])
d.save(p(f))

f = "word/intention-cover-page-declines-tsimshatsui.docx"; r = RAW[f]
d = docx.Document()
for t in ["TST Harbour Investments Ltd", "23 November 2023", "Hosting Services Desk, HKEX", "Dear Sir or Madam,",
          "Further to your notice, please find our reply on the following page. We have decided to sit out this practice "
          "session as our backup line is being relocated.", "Yours faithfully,", r["sig"]]:
    d.add_paragraph(t)
d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
d.add_heading(TA, 1)
for t in [f"Ref. No.: {REF}", f"Subscriber Name: {r['name']}", f"HSN Subscriber ID: {r['id']}", f"Contact Person: {r['contact']}",
          f"Telephone: {r['phone']}", f"Email: {r['email']}", "Participation in PS2: No", "Services to be verified:",
          "OTP-C:", "OTP-CSC:", "OMD-C:", "OMD-CC:", f"Name of Authorised Signatory: {r['sig']}", f"Date: {r['date']}"]:
    d.add_paragraph(t)
d.save(p(f))

f = "word/result-ballot-grid-saiwanho.docx"; r = RAW[f]
d = docx.Document(); d.add_heading(TB, 1); d.add_paragraph(f"Ref. No.: {REF}")
table(d, [["Subscriber Name", r["name"]], ["HSN Subscriber ID", r["id"]], ["Contact Person", r["contact"]], ["Tel. No.", r["phone"]],
          ["E-mail Address", r["email"]], ["Practice Session Date", r["session"]]])
d.add_paragraph("")
table(d, [["Service", "Successful", "Unsuccessful", "Not tested"], ["OTP-C", "☒", "☐", "☐"], ["OTP-CSC", "☐", "☒", "☐"],
          ["OMD-C", "☒", "☐", "☐"], ["OMD-CC", "☐", "☐", "☒"]])
d.add_paragraph("")
table(d, [["Issues Encountered", r["issues"]], ["Name of Authorised Signatory", r["sig"]], ["Date", r["date"]]])
d.save(p(f))

f = "word/result-all-na-apleichau.docx"; r = RAW[f]
d = docx.Document(); d.add_heading(TB, 1); d.add_paragraph(f"Ref. No.: {REF}")
table(d, [["Subscriber Name", r["name"]], ["Subscriber ID", r["id"]], ["Contact Name", r["contact"]], ["Phone", r["phone"]],
          ["Email", r["email"]], ["Practice Session Date", ""]])
d.add_paragraph("")
table(d, [["Service", "Result"]] + [[s, "N/A"] for s in SV])
d.add_paragraph("")
table(d, [["Remarks", r["issues"]], ["Authorised Person", r["sig"]], ["Date", r["date"]]])
d.save(p(f))

f = "lookalikes/blank-intention-template.docx"
d = docx.Document(); d.add_heading(TA, 1); d.add_paragraph(f"Ref. No.: {REF}")
table(d, [["Subscriber Name", ""], ["HSN Subscriber ID", ""], ["Contact Person", ""], ["Telephone", ""], ["Email", ""]])
d.add_paragraph("☐ We will participate in PS2 using HSN"); d.add_paragraph("☐ We will not participate in PS2 using HSN")
d.add_paragraph("Services to be verified:")
table(d, [["☐", s] for s in SV])
table(d, [["Name of Authorised Signatory", ""], ["Date", ""]])
d.save(p(f))

f = "lookalikes/other-exchange-reply-slip.docx"
d = docx.Document(); d.add_heading("Reply Slip – Industry-wide Business Continuity Test 2023 (Circular MX/BCT/23/07)", 1)
d.add_paragraph("Please return to the Exchange's Member Services by 1 December 2023.")
table(d, [["Member Firm", "Kwai Chung Capital Markets Ltd"], ["Participant No.", "P0731"], ["Contact Person", "Ho Wing Sze"],
          ["Telephone", "+852 3188 2240"], ["Email", "ws.ho@kccm.com.hk"]])
d.add_paragraph("☒ We will take part in the BCT on 9 December 2023"); d.add_paragraph("☐ We will not take part")
d.add_paragraph("Date: 20/11/2023")
d.save(p(f))

# ---- openpyxl ----
def ws_rows(ws, rows):
    for row in rows:
        ws.append(row)
    ws.column_dimensions["A"].width = 38; ws.column_dimensions["B"].width = 34

f = "excel/intention-vertical-x-cells-sheungshui.xlsx"; r = RAW[f]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Intention"
ws_rows(ws, [[TA], ["Ref. No.", REF], ["Subscriber Name", r["name"]], ["HSN Subscriber ID", r["id"]], ["Contact Person", r["contact"]],
             ["Telephone", r["phone"]], ["Email", r["email"]], [], ["We will participate", "X"], ["We will not participate", None],
             [], ["Services to be verified"], ["OTP-C", "X"], ["OTP-CSC", None], ["OMD-C", None], ["OMD-CC", "X"], [],
             ["Name of Authorised Signatory", r["sig"]], ["Date", datetime.datetime(2023, 11, 20)]])
ws["B19"].number_format = "dd/mm/yyyy"
wb.save(p(f))

f = "excel/intention-with-blank-appendixB-sheet-lamtin.xlsx"; r = RAW[f]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Appendix A"
ws_rows(ws, [[TA], ["Ref. No.", REF], ["Subscriber Name", r["name"]], ["HSN Subscriber ID", r["id"]], ["Contact Person", r["contact"]],
             ["Telephone", r["phone"]], ["Email", r["email"]], ["Participate", "Yes"], ["Services to be verified"],
             ["OTP-C", "✓"], ["OTP-CSC", "✓"], ["OMD-C", "✓"], ["OMD-CC", "✓"], ["Name of Authorised Signatory", r["sig"]], ["Date", r["date"]]])
ws2 = wb.create_sheet("Appendix B")
ws_rows(ws2, [[TB], ["Ref. No.", REF], ["Subscriber Name", None], ["HSN Subscriber ID", None], ["Contact Person", None], ["Telephone", None],
              ["Email", None], ["Practice Session Date", None], ["Service", "Successful", "Unsuccessful", "Not tested"],
              ["OTP-C"], ["OTP-CSC"], ["OMD-C"], ["OMD-CC"], ["Issues Encountered", None], ["Name of Authorised Signatory", None], ["Date", None]])
wb.save(p(f))

f = "excel/intention-lowercase-id-N-declines-ngauchiwan.xlsx"; r = RAW[f]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Form"
ws_rows(ws, [[TA], ["Ref. No.", REF], ["Name of Subscriber", r["name"]], ["Subscriber ID", r["id"]], ["Contact Name", r["contact"]],
             ["Tel. No.", r["phone"]], ["E-mail Address", r["email"]], ["Participate (Y/N)", "N"], ["Services to be verified"],
             ["OTP-C", None], ["OTP-CSC", None], ["OMD-C", None], ["OMD-CC", None], ["Authorised Signatory", r["sig"]], ["Date", r["date"]]])
wb.save(p(f))

f = "excel/result-vertical-words-serial-taiwai.xlsx"; r = RAW[f]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Result"
ws_rows(ws, [[TB], ["Ref. No.", REF], ["Subscriber Name", r["name"]], ["HSN Subscriber ID", r["id"]], ["Contact Person", r["contact"]],
             ["Telephone", r["phone"]], ["Email", r["email"]], ["Practice Session Date", datetime.datetime(2023, 11, 25)],
             ["Service", "Result"], ["OTP-C", "Successful"], ["OTP-CSC", "Successful"], ["OMD-C", "Unsuccessful"], ["OMD-CC", "Successful"],
             ["Issues Encountered", r["issues"]], ["Name of Authorised Signatory", r["sig"]], ["Date", datetime.datetime(2023, 11, 27)]])
ws["B8"].number_format = "d mmm yyyy"; ws["B16"].number_format = "dd/mm/yyyy"
wb.save(p(f))

f = "lookalikes/desk-tracker.xlsx"
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "HDS-23-1109 replies"
ws_rows(ws, [["Subscriber ID", "Subscriber Name", "Intention received", "Participate", "Services", "Result received"],
             ["HSN0731", "Kwai Chung Capital Markets Ltd", "20/11/2023", "Y", "OTP-C, OMD-C", ""],
             ["HSN0158", "TST Harbour Investments Ltd", "23/11/2023", "N", "", "n/a"],
             ["HSN0455", "Sheung Shui Securities Co Ltd", "20/11/2023", "Y", "OTP-C, OMD-CC", "27/11/2023"],
             ["HSN0623", "Tai Wai Securities Ltd", "", "", "", "27/11/2023"]])
wb.save(p(f))

f = "lookalikes/ps2-readiness-checklist.xlsx"
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Checklist"
ws_rows(ws, [["PS2 readiness – 25 Nov 2023", None], ["Step", "System", "Done", "Owner", "Phone"],
             [1, "OTP-C", "✓", "Ho Wing Sze", "3188 2240"], [2, "OTP-CSC", "✓", "Ho Wing Sze", "3188 2240"],
             [3, "OMD-C", "", "Chan Tai Man", "3188 2241"], [4, "OMD-CC", "", "Chan Tai Man", "3188 2241"],
             [5, "Send result form to hsservicedesk@hkex.com.hk", "", "Ho Wing Sze", ""]])
wb.save(p(f))

# ---- hand-written WordprocessingML ----
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')


def run(t, strike=False, hl=None, font=None):
    rp = ""
    if font: rp += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
    if strike: rp += "<w:strike/>"
    if hl: rp += f'<w:highlight w:val="{hl}"/>'
    return f'<w:r>{"<w:rPr>" + rp + "</w:rPr>" if rp else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def para(*runs, style=None):
    runs = [run(x) if isinstance(x, str) else x[0] for x in runs]
    ps = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ps}{''.join(runs)}</w:p>"


R = lambda *a, **k: (run(*a, **k),)


def tbl(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
           + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + "</w:tblBorders></w:tblPr><w:tblGrid>" + '<w:gridCol w:w="3000"/>' * len(rows[0]) + "</w:tblGrid>"]
    for row in rows:
        out.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{c if c.startswith("<w:") else para(c)}</w:tc>' for c in row) + "</w:tr>")
    return "".join(out) + "</w:tbl>"


def write_docx(path, body, app, extra_ct=""):
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", styles)
        z.writestr("docProps/app.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>{app}</Application></Properties>')


def head(title):
    return para(title, style="Heading1") + para(f"Ref. No.: {REF}")


def who_tbl(r, labels=("Subscriber Name", "HSN Subscriber ID", "Contact Person", "Telephone", "Email")):
    return tbl([[labels[0], r["name"]], [labels[1], r["id"]], [labels[2], r["contact"]], [labels[3], r["phone"]], [labels[4], r["email"]]])


f = "word/intention-struck-will-not-fanling.docx"; r = RAW[f]
body = head(TA) + who_tbl(r) + para("Participation: ", "We will / ", R("will not", strike=True), " participate in PS2 using HSN")
body += para("Services to be verified:") + "".join(para(f"☑ {s}") for s in SV)
body += tbl([["Name of Authorised Signatory", r["sig"]], ["Date", r["date"]]])
write_docx(p(f), body, "Microsoft Office Word")


def cb(on, alias):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{abs(hash(alias)) % 99999}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent>{run("☒" if on else "☐", font="MS Gothic")}</w:sdtContent></w:sdt>')


def tx(alias, v):
    return f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:text/></w:sdtPr><w:sdtContent><w:p>{run(v)}</w:p></w:sdtContent></w:sdt>'


f = "word/intention-w14-content-controls-admiralty.docx"; r = RAW[f]
body = head(TA) + tbl([["Subscriber Name", tx("Company", r["name"])], ["HSN Subscriber ID", tx("ID", r["id"])], ["Contact Person", tx("Contact", r["contact"])],
                      ["Telephone", tx("Tel", r["phone"])], ["Email", tx("Mail", r["email"])]])
body += f'<w:p>{cb(True, "Will")}{run(" We will participate in PS2 using HSN")}</w:p><w:p>{cb(False, "WillNot")}{run(" We will not participate in PS2 using HSN")}</w:p>'
body += para("Services to be verified:") + "".join(f'<w:p>{cb(s in ("OTP-CSC", "OMD-CC"), s)}{run(" " + s)}</w:p>' for s in SV)
datec = ('<w:sdt><w:sdtPr><w:alias w:val="SignDate"/><w:date w:fullDate="2023-11-22T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-HK"/>'
         f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent><w:p>{run(r["date"])}</w:p></w:sdtContent></w:sdt>')
body += tbl([["Name of Authorised Signatory", tx("Signatory", r["sig"])], ["Date", datec]])
write_docx(p(f), body, "Microsoft Office Word")

f = "word/intention-both-choices-ticked-yaumatei.docx"; r = RAW[f]
body = para(TA, style="Heading1") + para(f"Ref. No.: {REF}")
body += "".join(para(f"{l}: {v}") for l, v in [("Subscriber Name", r["name"]), ("HSN Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                                              ("Telephone", r["phone"]), ("Email", r["email"])])
body += para("☒ We will participate in PS2 using HSN") + para("☒ We will not participate in PS2 using HSN")
body += para("Services to be verified:") + "".join(para(("☒ " if s == "OTP-C" else "☐ ") + s) for s in SV)
body += para("Name of Authorised Signatory: ") + para("Date: ")
write_docx(p(f), body, "Google Docs")  # Google writes no app.xml Application of note; kept as a marker


def choice_row(code, marks):  # marks: list of (word, attr) attr in {None,'H','S'}
    runs = []
    for i, (w, a) in enumerate(marks):
        if i: runs.append(run(" / "))
        runs.append(run(w, strike=(a == "S"), hl=("yellow" if a == "H" else None)))
    return [code, f"<w:p>{''.join(runs)}</w:p>"]


WORDS = ["Successful", "Unsuccessful", "Not tested"]
f = "word/result-highlighted-choice-central.docx"; r = RAW[f]
pick = {"OTP-C": 0, "OTP-CSC": 0, "OMD-C": 0, "OMD-CC": 1}
body = head(TB) + who_tbl(r) + para(f"Practice Session Date: {r['session']}")
body += tbl([["Service", "Result (please highlight)"]] + [choice_row(s, [(w, "H" if i == pick[s] else None) for i, w in enumerate(WORDS)]) for s in SV])
body += tbl([["Issues Encountered", r["issues"]], ["Name of Authorised Signatory", r["sig"]], ["Date", r["date"]]])
write_docx(p(f), body, "Microsoft Office Word")

f = "word/result-wps-struck-unchosen-kowloonbay.docx"; r = RAW[f]
pick = {"OTP-C": 0, "OMD-C": 1}
body = head(TB) + who_tbl(r) + para(f"Practice Session Date: {r['session']}")
body += tbl([["Service", "Result (delete as appropriate)"]] + [choice_row(s, [(w, ("S" if i != pick[s] else None) if s in pick else None) for i, w in enumerate(WORDS)]) for s in SV])
body += tbl([["Issues Encountered", ""], ["Name of Authorised Signatory", ""], ["Date", r["date"]]])
write_docx(p(f), body, "WPS Office")

f = "word/result-pages-label-lines-missing-phone-mawan.docx"; r = RAW[f]
body = para(TB, style="Heading1") + para(f"Ref. No.: {REF}")
body += "".join(para(x) for x in [f"Subscriber Name: {r['name']}", f"HSN Subscriber ID: {r['id']}", f"Contact Person: {r['contact']}", "Telephone:",
                                  f"Email: {r['email']}", f"Practice Session Date: {r['session']}", "Results:", "OTP-C: Pass", "OTP-CSC: Pass",
                                  "OMD-C: Fail", "OMD-CC: Pass", "Issues Encountered:", "Name of Authorised Signatory:", "Date:"])
write_docx(p(f), body, "Pages")

f = "lookalikes/training-registration.docx"
body = para("HSN Subscriber Seminar 2024 – Registration", style="Heading1") + para("Seminar date: 18 January 2024, 3:00 pm, Exchange Square")
body += tbl([["Company Name", "Central Harbour Finance Ltd"], ["HSN Subscriber ID", "HSN0105"], ["Attendee", "Au Yeung Siu Fan"],
             ["Telephone", "2840 1234"], ["Email", "sf.auyeung@chfin.com.hk"]])
body += para("☒ I will attend") + para("☐ I will not attend") + para("Date: 28/11/2023")
write_docx(p(f), body, "Microsoft Office Word")

# ---- hand-written SpreadsheetML (Google Sheets style: shared strings, serial dates) ----
f = "excel/result-google-sheets-pass-fail-sunnybay.xlsx"; r = RAW[f]
rows = [[TB], ["Ref. No.", REF], ["Subscriber Name", r["name"]], ["HSN Subscriber ID", r["id"]], ["Contact Person", r["contact"]],
        ["Telephone", r["phone"]], ["Email", r["email"]], ["Practice Session Date", 45255], ["Service", "Result"],
        ["OTP-C", "Pass"], ["OTP-CSC", "Pass"], ["OMD-C", "Pass"], ["OMD-CC", "Fail"], ["Issues Encountered", r["issues"]]]
sst = []
def si(s):
    if s not in sst: sst.append(s)
    return sst.index(s)
xr = []
for i, row in enumerate(rows, 1):
    cells = []
    for j, v in enumerate(row):
        ref = "AB"[j] + str(i)
        if isinstance(v, int): cells.append(f'<c r="{ref}" s="1"><v>{v}</v></c>')
        else: cells.append(f'<c r="{ref}" t="s"><v>{si(v)}</v></c>')
    xr.append(f'<row r="{i}">{"".join(cells)}</row>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
with zipfile.ZipFile(p(f), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" ?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" ?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" ?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", f'<?xml version="1.0" ?><workbook {NS}><workbookPr/><sheets><sheet name="Form responses" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/styles.xml", '<?xml version="1.0" ?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')
    z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" ?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(sst)}" uniqueCount="{len(sst)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in sst) + "</sst>")
    z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" ?><worksheet {NS}><sheetData>{"".join(xr)}</sheetData></worksheet>')

# ---- soffice sources ----
def html(title, body):
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'
def htbl(rows):
    return "<table border=1>" + "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows) + "</table>"

r = RAW["word/intention-simplified-html-missing-contact-huanan.docx"]
open(f"{TMP}/intention-simplified-html-missing-contact-huanan.html", "w").write(html("A", f"<h1>{TA}</h1><p>编号 Ref. No.: {REF}</p>" + htbl(
    [["公司名称", r["name"]], ["用户编号", r["id"]], ["联络人", ""], ["电话", r["phone"]], ["电邮", r["email"]]])
    + "<p>参与：☑ 参与 ☐ 不参与</p><p>服务：</p>" + "".join(f"<p>{'☑' if s in ('OTP-C', 'OTP-CSC') else '☐'} {s}</p>" for s in SV)
    + htbl([["授权人姓名", ""], ["日期", r["date"]]])))
r = RAW["word/result-html-service-twice-tinshuiwai.docx"]
open(f"{TMP}/result-html-service-twice-tinshuiwai.html", "w").write(html("B", f"<h1>{TB}</h1><p>Ref. No.: {REF}</p>" + htbl(
    [["Subscriber Name", r["name"]], ["HSN Subscriber ID", r["id"]], ["Contact Person", r["contact"]], ["Telephone", r["phone"]], ["Email", r["email"]],
     ["Practice Session Date", r["session"]]]) + "<p></p>" + htbl([["Service", "Result"], ["OTP-C", "Successful"], ["OTP-CSC", "Successful"],
     ["OMD-C", "Unsuccessful"], ["OTP-CSC", "Unsuccessful"]]) + "<p></p>" + htbl([["Issues Encountered", ""], ["Date", r["date"]]])))
notice = open("/work/shared/seed/notice-HDS-23-1109.txt", encoding="utf-8").read()
open(f"{TMP}/circular-notice-HDS-23-1109.html", "w").write(html("Notice", "".join(f"<p>{escape(l)}</p>" for l in notice.splitlines() if l.strip() and not l.startswith("---")
    and "Appendix" not in l)))
open(f"{TMP}/word97-renamed.html", "w").write(html("A", f"<h1>{TA}</h1>" + htbl([["Subscriber Name", "Kwai Chung Capital Markets Ltd"], ["HSN Subscriber ID", "HSN0731"]])))


def fods(rows):
    def cell(v):
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>' if v not in (None, "") else "<table:table-cell/>"
    body = "".join("<table:table-row>" + "".join(cell(v) for v in r) + "</table:table-row>" for r in rows)
    return ('<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>'
            f'<table:table table:name="Form"><table:table-column table:number-columns-repeated="4"/>{body}</table:table></office:spreadsheet></office:body></office:document>')

r = RAW["excel/intention-fods-email-no-at-tokwawan.xlsx"]
open(f"{TMP}/intention-fods-email-no-at-tokwawan.fods", "w").write(fods([[TA], ["Ref. No.", REF], ["Subscriber Name", r["name"]], ["HSN Subscriber ID", r["id"]],
    ["Contact Person", r["contact"]], ["Telephone", r["phone"]], ["Email", r["email"]], ["Participate (Y/N)", "Y"], ["Services to be verified (Y/N)"],
    ["OTP-C", "N"], ["OTP-CSC", "N"], ["OMD-C", "Y"], ["OMD-CC", "Y"], ["Date", r["date"]]]))
r = RAW["excel/result-fods-short-id-wongchukhang.xlsx"]
open(f"{TMP}/result-fods-short-id-wongchukhang.fods", "w").write(fods([[TB], ["Ref. No.", REF], ["Subscriber Name", r["name"]], ["HSN Subscriber ID", r["id"]],
    ["Contact Person", r["contact"]], ["Telephone", r["phone"]], ["Email", r["email"]], ["Practice Session Date", r["session"]], ["Service", "Result"],
    ["OTP-C", "Pass"], ["OTP-CSC", "Pass"], ["OMD-C", "Pass"], ["OMD-CC", "Pass"], ["Date", r["date"]]]))

# ---- bad ----
src = p("excel/result-vertical-words-serial-taiwai.xlsx")
data = open(src, "rb").read()
open(p("bad/truncated-result.xlsx"), "wb").write(data[: int(len(data) * 0.6)])
with zipfile.ZipFile(src) as zi, zipfile.ZipFile(p("bad/macro-result.xlsx"), "w", zipfile.ZIP_DEFLATED) as zo:
    for it in zi.infolist():
        b = zi.read(it.filename)
        if it.filename == "[Content_Types].xml":
            b = b.replace(b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml").replace(
                b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        if it.filename == "xl/_rels/workbook.xml.rels":
            b = b.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
        zo.writestr(it, b)
    zo.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Attribute VB_Name = \"Module1\"\nSub Auto_Open()\nEnd Sub\n")
print("python done")
