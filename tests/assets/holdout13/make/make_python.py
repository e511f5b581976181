#!/usr/bin/env python3
"""holdout13 files written by Debian python3-docx 0.8.11 and python3-openpyxl 3.0.9. Run with /usr/bin/python3."""
import datetime, os
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))


def p(*parts):
    return os.path.join(OUT, *parts)


def table(d, rows, cols=2):
    t = d.add_table(rows=0, cols=cols)
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


# ---------------------------------------------------------------- Word
d = docx.Document()
d.add_paragraph("元朗證券有限公司  YUEN LONG SECURITIES LTD").runs[0].bold = True
d.add_paragraph("附件A 意向表格 Appendix A – Intention Form   編號 Ref. No.: HDS/23/1109")
table(d, [("公司名稱 Company Name", "元朗證券有限公司"), ("用戶編號 Subscriber ID", "HSN0523"), ("聯絡人 Contact Person", "李小明"),
          ("電話 Telephone", "2475 3300"), ("電郵 Email", "xm.li@ylsec.hk"), ("參與 Participation", "是 Yes"),
          ("服務 Services", "OTP-C ✔\nOTP-CSC ✔\nOMD-C\nOMD-CC ✔"), ("日期 Date", "2023年11月20日")])
d.add_paragraph("請於2023年11月24日或之前交回 Please return on or before 24 Nov 2023.")
d.save(p("word", "intention-docx-bilingual-yuenlong.docx"))

d = docx.Document()
d.add_heading("Mong Kok Brokerage Ltd – PS2 intention (HDS/23/1109)", level=1)
table(d, [("Company", "Mong Kok Brokerage Ltd"), ("Subscriber ID", "HSN0145"), ("Contact name", "Wong Siu Fung"),
          ("Mobile", "9123 4567"), ("Email address", "sf.wong@mkbrokerage.com"), ("Will you join PS2?", "Yes")])
d.add_paragraph("Services")
table(d, [("System", "Participate?"), ("OTP-C", "Yes"), ("OTP-CSC", "N/A"), ("OMD-C", "Yes"), ("OMD-CC", "N/A")])
table(d, [("Name of Authorised Signatory", "Ng Chi Keung"), ("Date", "23/11/2023")])
d.save(p("word", "intention-docx-na-services-mongkok.docx"))

d = docx.Document()
d.add_paragraph("Intention Form for Using HSN to participate Practice Session – HDS/23/1109")
table(d, [("Subscriber Name", "Tin Shui Wai Investment Ltd"), ("HSN Subscriber ID", "HSN0678"), ("Contact Person", "Lau Ka Ho"),
          ("Tel. No.", "3188 2200"), ("E-mail Address", "kaho.lau@tswinv.com"),
          ("Participation", "☒ We will participate in PS2 using HSN\n☒ We will not participate in PS2 using HSN"),
          ("Services to be verified", "☒ OTP-C   ☐ OTP-CSC   ☐ OMD-C   ☐ OMD-CC")])
d.save(p("word", "intention-docx-both-ticked-tinshui.docx"))

d = docx.Document()
d.add_paragraph("FANLING WEALTH MANAGEMENT").runs[0].bold = True
d.add_paragraph("Result of Practice Session (PS2) – ref HDS/23/1109")
table(d, [("Subscriber", "Fanling Wealth Management Ltd"), ("Subscriber Code", "HSN0756"), ("Contact", "Kwok Wai Lun"),
          ("Phone", "+852 2682 5050"), ("Email", "wl.kwok@fanlingwm.com"), ("PS date", "2023-11-25")])
d.add_paragraph("")
table(d, [("Service", "Pass", "Fail", "N/A"), ("OTP-C", "✓", "", ""), ("OTP-CSC", "", "", "✓"),
          ("OMD-C", "✓", "", ""), ("OMD-CC", "✓", "", "")], cols=4)
d.add_paragraph("Date: 2023-11-27")
d.save(p("word", "result-docx-ticks-columns-fanling.docx"))

d = docx.Document()
d.add_paragraph("Appendix B – Result Form (HDS/23/1109)")
table(d, [("Subscriber Name", "Tai Po Securities Co Ltd"), ("Subscriber ID", "HSN0821"), ("Contact Person", "Siu Ming Yan"),
          ("Telephone", "2650 1212"), ("Email", "my.siu@taiposec.com"), ("Practice Session Date", "25/11/2023")])
table(d, [("Service", "Successful", "Unsuccessful", "Not tested"), ("OTP-C", "✓", "", ""), ("OTP-CSC", "✓", "", ""),
          ("OMD-C", "✓", "✓", ""), ("OMD-CC", "", "", "✓")], cols=4)
d.add_paragraph("Date: 25/11/2023")
d.save(p("word", "result-docx-both-marked-taipo.docx"))

# look-alikes (Word)
d = docx.Document()
for line in ["From: Ivy Chan <ivy.chan@harbourfront-sec.com>", "Sent: Tuesday, 21 November 2023 15:02",
             "To: hsservicedesk@hkex.com.hk", "Subject: RE: HDS/23/1109 Second Practice Session", "",
             "Dear Service Desk,", "",
             "Thanks for the notice. We will participate in PS2 using HSN and plan to verify OTP-C and OMD-C. "
             "Our completed Intention Form will follow under separate cover once signed.", "",
             "Best regards,", "Ivy Chan", "IT Operations, Harbourfront Securities Ltd", "Tel: 2899 1234",
             "This e-mail is confidential and may be privileged."]:
    d.add_paragraph(line)
d.save(p("lookalikes", "email-printout.docx"))

d = docx.Document()
for line in ["HKEX HOSTING SERVICES LIMITED", "編號 Ref. No.: HDS/23/1109", "日期 Date: 15/11/2023", "SUBSCRIBER NOTICE",
             "Subject: SECOND PRACTICE SESSION FOR FIRMWARE UPGRADE OF HKEX BACKBONE NETWORK FOR SECURITIES MARKET SYSTEMS",
             "To: All HSN Subscribers",
             "A second optional Practice Session (PS2) will be arranged on 25 November 2023 (Saturday) for all HSN Subscribers to further verify their connection for the firmware upgrade of HKEX backbone network for OTP-C, OTP-CSC, OMD-C, and OMD-CC.",
             "Please complete the Intention Form (Appendix A) and return it to HKEX Hosting Services – Service Desk on or before 24 Nov 2023.",
             "After completion of the Practice Session, please complete the Result Form (Appendix B) on or before 27 Nov 2023.",
             "Service Desk, HKEX Hosting Services Limited", "Tel: (852) 2211 6080, Fax: (852) 2462 0722", "Email: hsservicedesk@hkex.com.hk"]:
    d.add_paragraph(line)
d.save(p("lookalikes", "circular-retyped.docx"))

# ---------------------------------------------------------------- Excel
def sheet(title):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    return wb, ws


def put(ws, rows, start=1):
    for i, r in enumerate(rows, start):
        for j, v in enumerate(r, 1):
            if v is not None and v != "":
                ws.cell(row=i, column=j, value=v)


wb, ws = sheet("Intention")
put(ws, [("KBT ▲ KOWLOON BAY TRADING",), ("Intention Form – PS2 (Ref: HDS/23/1109)",), (),
         ("Subscriber Name", "Kowloon Bay Trading Limited"), ("Subscriber ID", "HSN0602"), ("Contact Person", "Ip Sze Wan"),
         ("Contact Number", "2755 9090"), ("Email", "sw.ip@kbtrading.com.hk"), ("Participate (Y/N)", "Y"),
         ("Services", "Code", "Tick"), (None, "OTP-C", "✓"), (None, "OTP-CSC", "✓"), (None, "OMD-C", "✓"), (None, "OMD-CC", "✓"),
         ("Authorised Person", "Ip Sze Wan"), ("Date", datetime.date(2023, 11, 20))])
ws["B16"].number_format = "dd/mm/yyyy"
ws["A1"].font = Font(bold=True, size=16)
ws.column_dimensions["A"].width = 24
wb.save(p("excel", "intention-openpyxl-columns-kowloonbay.xlsx"))

wb, ws = sheet("Reply")
put(ws, [("Company", "HSN ID", "Contact", "Tel", "Email", "Join PS2?", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC", "Date"),
         ("Wanchai Global Markets Ltd", "HSN0715", "So Kin Chung", "3105 7788", "kc.so@wgm.com.hk", "Yes", "Y", "", "Y", "", "24/11/2023")])
wb.save(p("excel", "intention-openpyxl-header-row-wanchai.xlsx"))

wb, ws = sheet("Form")
put(ws, [("Appendix A – Intention Form", None), ("Circular", "HDS/23/1109"), ("Company Name", "Chai Wan Securities Ltd"),
         ("Subscriber ID", "HSN0266"), ("Contact Name", "Lee Hok Man"), ("Phone", "2558 1313"), ("Email", "hm.lee@cwsec.com.hk"),
         ("Participate in PS2 (TRUE/FALSE)", False), ("OTP-C", False), ("OTP-CSC", False), ("OMD-C", False), ("OMD-CC", False),
         ("Date", datetime.date(2023, 11, 23))])
ws["B13"].number_format = "d mmm yyyy"
wb.save(p("excel", "intention-openpyxl-booleans-decline-chaiwan.xlsx"))

wb, ws = sheet("Sheet1")
put(ws, [("Ref. No.", "HDS/23/1109"), ("Name of Subscriber", "North Point Finance Ltd"), ("Subscriber ID", "HSN0344"),
         ("Contact Person", "Wong Kelvin"), ("Tel", "2562 4040"), ("E-mail", "kelvin.wong at npfin.com.hk"),
         ("Participation", "Yes"), ("OTP-C", "X"), ("OTP-CSC", ""), ("OMD-C", ""), ("OMD-CC", ""), ("Date", "22/11/2023")])
wb.save(p("excel", "intention-openpyxl-bad-email-northpoint.xlsx"))

wb, ws = sheet("Intention")
put(ws, [("Ref. No.", "HDS/23/1109"), ("HSN Subscriber ID", "HSN0512"), ("Subscriber Name", "Quarry Bay Securities Ltd"),
         ("Contact Person", "Chow Yuk Ling"), ("Telephone", "2811 6060"), ("Email", "yl.chow@qbsec.com.hk"), ("Participate", "Yes"),
         ("OTP-C", ""), ("OTP-CSC", ""), ("OMD-C", "X"), ("OMD-CC", "X"), (), ("Subscriber Code", "HSN0521"), ("Date", "21/11/2023")])
wb.save(p("excel", "intention-openpyxl-two-ids-quarrybay.xlsx"))

wb, ws = sheet("Result")
put(ws, [("Appendix B – Result Form", None), ("Ref", "HDS/23/1109"), ("Subscriber Name", "Admiralty Securities Ltd"),
         ("Subscriber ID", "HSN0908"), ("Contact Person", "Hui Man Kit"), ("Tel", "2529 0707"), ("Email", "mk.hui@admsec.com.hk"),
         ("Practice Session Date", datetime.date(2023, 11, 25)), (),
         ("Service", "Successful", "Unsuccessful", "Not Tested"), ("OTP-C", "X"), ("OTP-CSC", None, "X"), ("OMD-C", "X"), ("OMD-CC",),
         (), ("Issues Encountered", "OTP-CSC logon rejected on backup site"), ("Authorised Signatory", "Hui Man Kit"),
         ("Date", datetime.date(2023, 11, 27))])
ws["B8"].number_format = "yyyy-mm-dd"
ws["B18"].number_format = "dd/mm/yyyy"
wb.save(p("excel", "result-openpyxl-grid-x-admiralty.xlsx"))

wb, ws = sheet("PS2 result")
put(ws, [("Sheung Wan Capital Ltd – PS2 result (HDS/23/1109)",), ("Company", "Sheung Wan Capital Ltd"), ("Subscriber ID", "HSN0050"),
         ("Contact", "Tam Yee Man"), ("Tel", "2545 2020"), ("Email", "ym.tam@swcap.com.hk"), ("Session date", "25/11/2023"),
         ("OTP-C", "Passed"), ("OTP-CSC", "Failed"), ("OMD-C", "Pass"), ("OMD-CC", "N/A"), ("Date", "25/11/2023")])
wb.save(p("excel", "result-openpyxl-words-sheungwan.xlsx"))

wb, ws = sheet("Result")
put(ws, [("Result Form – HDS/23/1109",), ("Subscriber Name", "Lantau Securities Ltd"), ("Subscriber ID", "HSN0290"), ("Contact Person", ""),
         ("Telephone", "2988 1010"), ("Email", "ops@lantausec.com"), ("OTP-C", "Successful"), ("OTP-CSC", "Successful"),
         ("OMD-C", "Successful"), ("OMD-CC", "Successful")])
wb.save(p("excel", "result-openpyxl-missing-contact-lantau.xlsx"))

# look-alikes (Excel)
wb, ws = sheet("Invoice")
put(ws, [("NETLINK ENGINEERING (HK) LTD",), ("INVOICE", "No. INV-23-0917"), ("Bill to", "Harbourfront Securities Ltd"),
         ("Attn", "Ivy Chan"), ("Tel", "2899 1234"), ("Email", "ivy.chan@harbourfront-sec.com"), ("Invoice date", datetime.date(2023, 11, 28)),
         (), ("Item", "Description", "Qty", "Amount (HKD)"), (1, "On-site support for HSN failover test (OTP-C, OMD-C)", 1, 6800),
         (2, "Patch cords, cross-connect HSN rack", 4, 720), (None, "Total", None, 7520), (), ("Payment within 30 days",)])
wb.save(p("lookalikes", "vendor-invoice.xlsx"))

wb, ws = sheet("Contacts")
put(ws, [("Company", "Subscriber ID", "Contact", "Phone", "Email"),
         ("Harbourfront Securities Ltd", "HSN0101", "Ivy Chan", "2899 1234", "ivy.chan@harbourfront-sec.com"),
         ("Peak Capital Ltd", "HSN0102", "Ben Law", "2877 3344", "ben.law@peakcap.com"),
         ("Lion Rock Brokers", "HSN0103", "Karen Yip", "2633 5566", "karen.yip@lionrock.hk"),
         ("Victoria Futures", "HSN0104", "Sam Lo", "2511 7788", "sam.lo@vicfut.com"),
         ("Cheung Kong Trading", "HSN0105", "Joyce Tam", "2722 9900", "joyce.tam@cktrading.com.hk")])
wb.save(p("lookalikes", "contact-list.xlsx"))

wb, ws = sheet("CR")
put(ws, [("Change Request", "CR-2023-1142"), ("Requester", "Patrick Ho"), ("Department", "IT Infrastructure"),
         ("Systems affected", "OTP-C, OTP-CSC, OMD-C, OMD-CC"), ("Reason", "HKEX PS2 failover test (HDS/23/1109)"),
         ("Start", "25/11/2023 08:00"), ("End", "25/11/2023 13:00"), ("Risk", "Low"), ("Rollback", "Revert to primary site routes"),
         ("Approved by", "Jason Lee"), ("Approval date", datetime.date(2023, 11, 22))])
wb.save(p("lookalikes", "change-request.xlsx"))

# bad: a result workbook cut to half its bytes
wb, ws = sheet("Result")
put(ws, [("Subscriber Name", "Truncated Securities Ltd"), ("Subscriber ID", "HSN0999"), ("OTP-C", "Successful")])
full = p("bad", "truncated-result.xlsx")
wb.save(full)
data = open(full, "rb").read()
open(full, "wb").write(data[: len(data) // 2])
print("python files written")
