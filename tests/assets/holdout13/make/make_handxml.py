#!/usr/bin/env python3
"""holdout13 packages written by hand (python zipfile): WordprocessingML the way Word lays it out, and a
macro-enabled workbook named .xlsx."""
import os, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def r(text, hl=None, bold=False):
    rpr = ""
    if hl or bold:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:highlight w:val="{hl}"/>' if hl else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def tab():
    return "<w:r><w:tab/></w:r>"


def para(*runs):
    return "<w:p>" + "".join(runs) + "</w:p>"


def lv(label, value):  # "Label<TAB>value" paragraph
    return para(r(label), tab(), r(value))


def tbl(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    for row in rows:
        out.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{para(r(c)) if isinstance(c, str) else c}</w:tc>' for c in row) + "</w:tr>")
    return "".join(out) + "</w:tbl>"


def docx(path, body):
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'
    with zipfile.ZipFile(os.path.join(OUT, path), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", doc)


# intention marked by highlighting only
docx("word/intention-handxml-highlight-causeway.docx", "".join([
    para(r("CAUSEWAY BAY CAPITAL", bold=True)),
    para(r("Appendix A – Intention Form (Ref. No. HDS/23/1109)")),
    para(r("Instructions: highlight your answers and return to hsservicedesk@hkex.com.hk by 24 Nov 2023.")),
    lv("Subscriber Name:", "Causeway Bay Capital Limited"),
    lv("Subscriber ID:", "HSN0904"),
    lv("Contact Person:", "Yeung Hoi Yan"),
    lv("Tel:", "2577 6161"),
    lv("Email:", "hy.yeung@cbcap.com.hk"),
    para(r("Participate in PS2 using HSN:"), tab(), r("Yes", hl="yellow"), r(" / "), r("No")),
    para(r("Services:"), tab(), r("OTP-C", hl="yellow"), r("   "), r("OTP-CSC", hl="yellow"), r("   "), r("OMD-C"), r("   "), r("OMD-CC")),
    lv("Date:", "24 Nov 2023"),
]))

# intention with the phone line left as underscores
docx("word/intention-handxml-missing-phone-aberdeen.docx", "".join([
    para(r("Intention Form for Using HSN to participate Practice Session")),
    para(r("Circular Ref: HDS/23/1109")),
    lv("Company Name", "Aberdeen Harbour Securities"),
    lv("Subscriber Code", "HSN0230"),
    lv("Contact Name", "Fung Chun Kit"),
    lv("Telephone", "____________________"),
    lv("E-mail", "ck.fung@ahsec.com.hk"),
    para(r("[X] We will participate in PS2 using HSN")),
    para(r("[  ] We will not participate in PS2 using HSN")),
    para(r("Services to be verified: [X] OTP-C  [X] OTP-CSC  [X] OMD-C  [X] OMD-CC")),
    lv("Date", "22-11-2023"),
]))

# result with a three-digit id, words OK
docx("word/result-handxml-bad-id-central.docx", "".join([
    para(r("Appendix B – Result Form")),
    para(r("Ref. No.: HDS/23/1109")),
    tbl([("Subscriber Name", "Central Asia Securities Ltd"), ("Subscriber ID", "HSN388"), ("Contact Person", "Tse Hiu Tung"),
         ("Tel. No.", "2868 3030"), ("E-mail Address", "ht.tse@casec.com.hk")]),
    para(r("")),
    tbl([("Service", "Result"), ("OTP-C", "OK"), ("OTP-CSC", "OK"), ("OMD-C", "OK"), ("OMD-CC", "OK")]),
    para(r("Date: 26th November 2023")),
]))

# look-alike: acknowledgement slip of another exchange's circular
docx("lookalikes/ack-slip-other-exchange.docx", "".join([
    para(r("SINGAPORE EXCHANGE – MEMBER CIRCULAR No. MC/2023/044", bold=True)),
    para(r("ACKNOWLEDGEMENT SLIP")),
    para(r("Please return this slip to member.services@example-exchange.sg by 30 November 2023.")),
    tbl([("Member Name", "Harbourfront Securities Ltd"), ("Member ID", "SGXM-2231"), ("Contact Person", "Ivy Chan"),
         ("Tel", "+65 6222 1234"), ("Email", "ivy.chan@harbourfront-sec.com"), ("Date", "21/11/2023")]),
    para(r("We acknowledge receipt of the circular on the revised trading hours.")),
]))

# bad: macro-enabled workbook (vbaProject.bin, macroEnabled main type) named .xlsx
XCT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
XRELS = RELS.replace("word/document.xml", "xl/workbook.xml")
WB = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Form" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WBRELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>
</Relationships>"""
SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Subscriber ID</t></is></c><c r="B1" t="inlineStr"><is><t>HSN0311</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>Participate</t></is></c><c r="B2" t="inlineStr"><is><t>Yes</t></is></c></row>
</sheetData></worksheet>"""
with zipfile.ZipFile(os.path.join(OUT, "bad", "macro-form.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", XCT)
    z.writestr("_rels/.rels", XRELS)
    z.writestr("xl/workbook.xml", WB)
    z.writestr("xl/_rels/workbook.xml.rels", WBRELS)
    z.writestr("xl/worksheets/sheet1.xml", SHEET)
    z.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Attribute VB_Name = \"Module1\"\r\nSub AutoOpen()\r\nEnd Sub\r\n")
print("handxml files written")
