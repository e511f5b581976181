#!/usr/bin/python3
"""python-docx / openpyxl files of holdout12 (Debian python3-docx, python3-openpyxl), and the bad files that are made
by cutting or editing a good package with zipfile."""
import datetime
import io
import os
import zipfile

import docx
import openpyxl
from docx.enum.text import WD_BREAK
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TITLE_A = "Appendix A – Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"
TITLE_B = "Appendix B – Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"


def path(rel):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def table(d, rows, style="Table Grid"):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    return t


def head(d, title):
    d.add_paragraph().add_run(title).bold = True
    d.add_paragraph("Ref. No.: HDS/23/1109")


def tseungkwano():
    d = docx.Document()
    head(d, TITLE_A)
    table(d, [["Subscriber Name", "Tseung Kwan O Investments Limited"], ["HSN Subscriber ID", "HSN0577"],
              ["Contact Person", "Fung Tsz Ching"], ["Telephone", "2701 3456"], ["Email", "tc.fung@tkoinv.com.hk"],
              ["Participate in PS2 using HSN (Yes/No)", "Yes"]])
    d.add_paragraph("Services to be verified (please tick):")
    table(d, [["Service", "Tick"], ["OTP-C", ""], ["OTP-CSC", ""], ["", "✓"], ["OMD-C", ""], ["OMD-CC", "✓"]])
    d.add_paragraph("Name of Authorised Signatory: Fung Tsz Ching")
    d.add_paragraph("Date: 20231121")
    d.save(path("python/intention-tick-between-rows-tseungkwano.docx"))


def whampoa():
    d = docx.Document()

    def form(vals, marks, services):
        head(d, TITLE_A)
        for label, v in zip(["Subscriber Name", "HSN Subscriber ID", "Contact Person", "Telephone", "Email"], vals):
            d.add_paragraph(f"{label}: {v}")
        d.add_paragraph(f"We will participate in PS2 using HSN: {marks}")
        d.add_paragraph(f"Services to be verified: {services}")
        d.add_paragraph(f"Name of Authorised Signatory: {vals[5]}")
        d.add_paragraph(f"Date: {vals[6]}")

    d.add_paragraph("Blank copy (as received)")
    form(["", "", "", "", "", "", ""], "☐ Yes ☐ No", "☐ OTP-C ☐ OTP-CSC ☐ OMD-C ☐ OMD-CC")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Completed copy")
    form(["Whampoa Capital Limited", "HSN0588", "Siu Ka Lok", "2362 7788", "kl.siu@whampoacap.com", "Siu Ka Lok",
          "21 November 2023"], "☒ Yes ☐ No", "☒ OTP-C ☐ OTP-CSC ☒ OMD-C ☐ OMD-CC")
    d.save(path("python/intention-blank-then-filled-whampoa.docx"))


def pacificcrest():
    d = docx.Document()
    head(d, TITLE_B)
    t = table(d, [["Subscriber Name", "Pacific Crest Securities Limited"], ["HSN Subscriber ID", "HSN0599"],
                  ["Contact Person", "Mak Wai Kit"], ["Telephone", "2868 0101"],
                  ["Email", "wk.mak@pacificcrest.com.hk"], ["Practice Session Date", "25/11/2023"],
                  ["Test Results", ""]])
    cell = t.rows[-1].cells[1]
    inner = cell.add_table(rows=0, cols=4)
    inner.style = "Table Grid"
    for r in [["Service", "Successful", "Unsuccessful", "Not tested"], ["OTP-C", "✅", "", ""],
              ["OTP-CSC", "✅", "", ""], ["OMD-C", "✅", "", ""], ["OMD-CC", "✅", "", ""]]:
        cs = inner.add_row().cells
        for c, v in zip(cs, r):
            c.text = v
    d.add_paragraph("Issues Encountered:")
    d.add_paragraph("Name of Authorised Signatory: Mak Wai Kit")
    d.add_paragraph("Date: 27 Nov 2023")
    d.save(path("python/result-nested-grid-pacificcrest.docx"))


def mongkok():
    d = docx.Document()
    head(d, TITLE_A)
    for line in ["Subscriber Name: Mong Kok Holdings Limited", "HSN Subscriber ID: HSN0610",
                 "Contact Person: Lau Yuet Ting", "Telephone: yt.lau@mkholdings.com.hk", "Email: 2394 5566",
                 "We ☐ will  ☒ will not participate in PS2 using HSN.",
                 "Services to be verified: ☐ OTP-C ☐ OTP-CSC ☐ OMD-C ☐ OMD-CC",
                 "Name of Authorised Signatory: Lau Yuet Ting", "Date: 23-11-2023"]:
        d.add_paragraph(line)
    d.save(path("python/intention-swapped-contact-mongkok.docx"))


def fortresshill():
    d = docx.Document()
    head(d, TITLE_A)
    table(d, [["Subscriber Name", "Fortress Hill Securities Limited"], ["HSN Subscriber ID", "HSN0718 / HSN0719"],
              ["Contact Person", "Choi Man Kit"], ["Telephone", "2561 7788"], ["Email", "mk.choi@fhsec.com.hk"],
              ["Participation in PS2 using HSN", "☒ Yes   ☐ No"],
              ["Services to be verified", "☒ OTP-C   ☐ OTP-CSC   ☒ OMD-C   ☐ OMD-CC"],
              ["Name of Authorised Signatory", "Choi Man Kit"], ["Date", "21/11/2023"]])
    d.save(path("python/intention-two-ids-fortresshill.docx"))


def kornhill():
    d = docx.Document()
    head(d, TITLE_A)
    table(d, [["Subscriber Name:", "Kornhill Finance Limited"], ["HSN Subscriber ID:", "HSN0621"],
              ["Contact Person: Mr Ng Chi Fai", ""], ["Telephone: 2811 2233", ""],
              ["Email:", "cf.ng@khfinance.com.hk"], ["Will you participate in PS2 using HSN? (Yes/No)", "Yes"]])
    d.add_paragraph("Services to be verified:")
    table(d, [["OTP-C", "✓"], ["OTP-CSC", "✓"], ["OMD-C", "✓"], ["OMD-CC", ""]])
    d.add_paragraph("Name of Authorised Signatory: Ng Chi Fai")
    d.add_paragraph("Date: Wednesday 22nd Nov 2023")
    d.save(path("python/intention-value-in-label-cell-kornhill.docx"))


def bandwidth():
    d = docx.Document()
    d.add_paragraph().add_run("Appendix A – Application Form for HSN Bandwidth Upgrade").bold = True
    d.add_paragraph("Ref. No.: HDS/23/0988")
    table(d, [["Subscriber Name", "Lantau Securities Limited"], ["HSN Subscriber ID", "HSN0915"],
              ["Contact Person", "Chiu Ka Fai"], ["Telephone", "2988 1000"], ["Email", "kf.chiu@lantausec.com.hk"],
              ["Bandwidth requested", "☐ 10 Mbps   ☒ 20 Mbps   ☐ 50 Mbps"],
              ["Preferred effective date", "01/01/2024"],
              ["Name of Authorised Signatory", "Chiu Ka Fai"], ["Date", "20/11/2023"]])
    d.add_paragraph("Please return this form to hsservicedesk@hkex.com.hk on or before 8 December 2023.")
    d.save(path("python/notforms/bandwidth-upgrade-form.docx"))


def tsingyi():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Result Form"
    rows = [[TITLE_B], ["Ref. No.", "HDS/23/1109"], [], ["Subscriber Name", "Tsing Yi Securities Limited"],
            ["HSN Subscriber ID", "HSN0632"], ["Contact Person", "Chow Ho Yin"], ["Telephone", "2497 1122"],
            ["Email", "hy.chow@tysec.com.hk"], ["Practice Session Date", datetime.datetime(2023, 11, 25)], [],
            ["Service", "Successful", "Unsuccessful", "Not tested"], ["OTP-C", "V", None, None],
            ["OTP-CSC", None, None, "V"], ["OMD-C", "V", None, None], ["OMD-CC", None, "V", None], [],
            ["Issues Encountered", "OMD-CC: retransmission server unreachable"],
            ["Name of Authorised Signatory", "Chow Ho Yin"], ["Date", datetime.datetime(2023, 11, 27)]]
    for r in rows:
        ws.append(r)
    ws["B9"].number_format = "dd/mm/yyyy"
    ws["B19"].number_format = "d mmm yyyy"
    ws["A1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 32
    wb.save(path("python/result-letter-v-marks-tsingyi.xlsx"))


def cheungshawan():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Appendix A"
    for r in [[TITLE_A], ["Ref. No.: HDS/23/1109"], [], ["Question", "Answer"],
              ["Subscriber Name", "Cheung Sha Wan Traders Limited"], ["HSN Subscriber ID", "HSN0643"],
              ["Contact Person", "Yip Wing Yan"], ["Telephone", "3622 0800"], ["Email", "wy.yip@csw-traders.com"],
              ["Will you participate in PS2 using HSN?", "Yes"],
              ["Services to be verified (OTP-C / OTP-CSC / OMD-C / OMD-CC)", "OTP-C, OMD-C, OMD-CC"],
              ["Name of Authorised Signatory", "Yip Wing Yan"], ["Date", "11/22/2023"]]:
        ws.append(r)
    ws.column_dimensions["A"].width = 55
    wb.save(path("python/intention-services-one-cell-cheungshawan.xlsx"))


def blank_intention():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Intention Form"
    for r in [[TITLE_A], ["Ref. No.", "HDS/23/1109"], ["Please tick (✓) where appropriate and return on or before 24 Nov 2023."], [],
              ["Subscriber Name", None], ["HSN Subscriber ID", None], ["Contact Person", None], ["Telephone", None],
              ["Email", None], [], ["We will participate in PS2 using HSN", "Yes", None, "No", None], [],
              ["Services to be verified", "Tick"], ["OTP-C", None], ["OTP-CSC", None], ["OMD-C", None],
              ["OMD-CC", None], [], ["Name of Authorised Signatory", None], ["Date", None]]:
        ws.append(r)
    wb.save(path("python/intention-blank-template.xlsx"))


def relocation():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Registration"
    for r in [["Appendix 1 – Registration Form for Market Data Line Relocation"], ["Ref. No.", "HDS/24/0107"], [],
              ["Subscriber Name", "Lantau Securities Limited"], ["HSN Subscriber ID", "HSN0915"],
              ["Contact Person", "Chiu Ka Fai"], ["Telephone", "2988 1000"], ["Email", "kf.chiu@lantausec.com.hk"], [],
              ["Lines to relocate", "Tick"], ["OMD-C", "✓"], ["OMD-CC", "✓"], [],
              ["Preferred relocation window", "Saturday 20/01/2024"],
              ["Name of Authorised Signatory", "Chiu Ka Fai"], ["Date", "05/01/2024"]]:
        ws.append(r)
    wb.save(path("python/notforms/line-relocation-registration.xlsx"))


def result_bytes():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [[TITLE_B], ["Ref. No.", "HDS/23/1109"], ["Subscriber Name", "Discovery Bay Securities Limited"],
              ["HSN Subscriber ID", "HSN0901"], ["Contact Person", "Ko Wai Lun"], ["Telephone", "2987 0011"],
              ["Email", "wl.ko@dbsec.com.hk"], ["Service", "Result"], ["OTP-C", "Successful"], ["OMD-C", "Successful"]]:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def intention_bytes():
    d = docx.Document()
    head(d, TITLE_A)
    table(d, [["Subscriber Name", "Discovery Bay Securities Limited"], ["HSN Subscriber ID", "HSN0901"],
              ["Contact Person", "Ko Wai Lun"], ["Telephone", "2987 0011"], ["Email", "wl.ko@dbsec.com.hk"],
              ["Participation", "☒ Yes ☐ No"], ["Services", "☒ OTP-C ☐ OTP-CSC ☒ OMD-C ☐ OMD-CC"]])
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def bad_files():
    data = result_bytes()
    with open(path("bad/truncated-result.xlsx"), "wb") as fh:
        fh.write(data[: len(data) // 2])
    # the main part cut in the middle of a tag, the zip itself sound
    src = zipfile.ZipFile(io.BytesIO(intention_bytes()))
    with zipfile.ZipFile(path("bad/damaged-xml-intention.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/document.xml":
                body = body[: len(body) * 2 // 3]
                body = body[: body.rfind(b"<w:t") + 4]
            z.writestr(info.filename, body)
    # saved as .xlsm: macro-enabled main type and a VBA project part
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path("bad/result-macro.xlsm"), "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                body = body.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
            if info.filename == "xl/_rels/workbook.xml.rels":
                body = body.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
            z.writestr(info.filename, body)
        # an OLE compound file header followed by a VBA-looking stream name: never run, never parsed further
        z.writestr("xl/vbaProject.bin", bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504 + "_VBA_PROJECT".encode("utf-16-le") + b"\x00" * 1024)
    with open(os.path.join(HERE, "plain-intention.docx"), "wb") as fh:
        fh.write(intention_bytes())  # input for make_npm.js's encryption, deleted afterwards


for f in [tseungkwano, whampoa, pacificcrest, mongkok, fortresshill, kornhill, bandwidth, tsingyi, cheungshawan,
          blank_intention, relocation, bad_files]:
    f()
    print("made", f.__name__)
