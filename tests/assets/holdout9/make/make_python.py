#!/usr/bin/env python3
"""Forms and look-alikes written with python-docx (Debian's python3-docx 0.8.11), as an IT person at a subscriber
would script them from the notice. Run with the system python: /usr/bin/python3 make_python.py OUTDIR"""
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
SERVICES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]


def new(creator="python-docx"):
    doc = Document()
    doc.core_properties.author = creator
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    return doc


def heading(doc, text, size=14):
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return para


def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=0, cols=max(len(r) for r in rows))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


def save(doc, rel):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc.save(path)
    print(rel)


WANCHAI = [["Subscriber Name", "Wan Chai Securities Limited"], ["Subscriber ID", "HSN0277"], ["Contact Person", "Chan Yee Man"],
           ["Telephone", "2528 6161"], ["Email", "yeeman.chan@wcsec.com.hk"]]
SKW = [["Subscriber Name", "Shau Kei Wan Securities Limited"], ["HSN Subscriber ID", "HSN2533"], ["Contact Person", "Lui Ming Yan"],
       ["Contact Number", "2569 2345"], ["E-mail Address", "mingyan.lui@skwsec.com.hk"]]


def main():
    # Each mark in its own cell to the right of its label.
    doc = new("Chan Yee Man")
    heading(doc, "Appendix A – Intention Form")
    doc.add_paragraph("Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network")
    doc.add_paragraph("Ref. No.: HDS/23/1109")
    table(doc, WANCHAI)
    doc.add_paragraph("")
    doc.add_paragraph("Will you participate in PS2 using HSN?")
    table(doc, [["Yes", "☒", "No", "☐"]])
    doc.add_paragraph("Services to be verified:")
    table(doc, [["Service", "Tick"], ["OTP-C", "☒"], ["OTP-CSC", "☒"], ["OMD-C", "☒"], ["OMD-CC", "☐"]])
    doc.add_paragraph("")
    table(doc, [["Name of Authorised Signatory", "Ma Kin Chung"], ["Date", "2023-11-20"]])
    save(doc, "python/intention-cells-wanchai.docx")

    # "Label: value" paragraphs, result words.
    doc = new("Chan Yee Man")
    heading(doc, "Appendix B – Result Form")
    doc.add_paragraph("Ref. No.: HDS/23/1109")
    for k, v in WANCHAI:
        doc.add_paragraph(f"{k}: {v}")
    doc.add_paragraph("Practice Session Date: 2023/11/25")
    doc.add_paragraph("")
    doc.add_paragraph("Results (Successful / Unsuccessful / Not tested):").runs[0].bold = True
    for c, w in zip(SERVICES, ["Successful", "Successful", "Unsuccessful", "Not tested"]):
        doc.add_paragraph(f"{c}: {w}")
    doc.add_paragraph("")
    doc.add_paragraph("Issues Encountered: OMD-C: gap of 3 minutes after failover; recovered by itself.")
    doc.add_paragraph("Name of Authorised Signatory: Ma Kin Chung")
    doc.add_paragraph("Date: 27/11/2023")
    save(doc, "python/result-paragraphs-wanchai.docx")

    # Doubt: two ids in one cell.
    doc = new("Siu Wai Kwan")
    heading(doc, "Appendix A – Intention Form")
    doc.add_paragraph("Ref. No.: HDS/23/1109")
    table(doc, [["Subscriber Name", "Tai Koo Brokerage Limited"], ["Subscriber ID", "HSN1618 / HSN1681"],
                ["Contact Person", "Siu Wai Kwan"], ["Telephone", "2567 8800"], ["Email", "waikwan.siu@tkbrokerage.com.hk"]])
    doc.add_paragraph("")
    doc.add_paragraph("☒ We will participate in PS2 using HSN")
    doc.add_paragraph("☐ We will not participate in PS2")
    doc.add_paragraph("Services to be verified:")
    for c in SERVICES:
        doc.add_paragraph(("☒ " if c in ("OTP-C", "OMD-C") else "☐ ") + c)
    table(doc, [["Name of Authorised Signatory", "Siu Wai Kwan"], ["Date", "21/11/2023"]])
    save(doc, "python/intention-two-ids-taikoo.docx")

    # A Verified (Y/N) column beside the result; OMD-CC not verified.
    doc = new("Lui Ming Yan")
    heading(doc, "Appendix B – Result Form for Using HSN to participate Practice Session", 12)
    doc.add_paragraph("Ref. No.: HDS/23/1109")
    table(doc, SKW + [["Practice Session Date", "25 Nov 2023"]])
    doc.add_paragraph("")
    table(doc, [["Service", "Verified (Y/N)", "Result", "Comment"],
                ["OTP-C", "Y", "Successful", ""], ["OTP-CSC", "Y", "Successful", ""],
                ["OMD-C", "Y", "Unsuccessful", "see below"], ["OMD-CC", "N", "", "not subscribed"]])
    doc.add_paragraph("")
    doc.add_paragraph("Issues Encountered: OMD-C received no data for about 5 minutes after failover.")
    table(doc, [["Name of Authorised Signatory", "Lui Ming Yan"], ["Date", "27 November 2023"]])
    save(doc, "python/result-verified-column-shaukeiwan.docx")

    # Question and answers typed; Yes/No per service.
    doc = new("Lui Ming Yan")
    heading(doc, "Appendix A – Intention Form for Using HSN to participate Practice Session", 12)
    doc.add_paragraph("Ref. No.: HDS/23/1109")
    table(doc, SKW)
    doc.add_paragraph("")
    table(doc, [["Will you participate in PS2 using HSN?", "Yes"]])
    doc.add_paragraph("Which services will you verify? (Yes/No)")
    table(doc, [["OTP-C", "Yes"], ["OTP-CSC", "Yes"], ["OMD-C", "Yes"], ["OMD-CC", "No"]])
    doc.add_paragraph("")
    table(doc, [["Name of Authorised Signatory", "Lui Ming Yan"], ["Date", "20/11/2023"]])
    save(doc, "python/intention-yesno-rows-shaukeiwan.docx")

    # Chinese labels only, a ✓ grid.
    doc = new("Fong Siu Wai")
    heading(doc, "附件B – 結果表格")
    doc.add_paragraph("編號：HDS/23/1109")
    table(doc, [["公司名稱", "To Kwa Wan Securities Limited"], ["用戶編號", "HSN3388"], ["聯絡人", "Fong Siu Wai"],
                ["電話", "2711 6060"], ["電郵", "siuwai.fong@tkwsec.com.hk"], ["演習日期", "2023年11月25日"]])
    doc.add_paragraph("")
    table(doc, [["系統", "成功", "不成功", "未測試"], ["OTP-C", "✓", "", ""], ["OTP-CSC", "", "", "✓"],
                ["OMD-C", "✓", "", ""], ["OMD-CC", "✓", "", ""]])
    doc.add_paragraph("")
    table(doc, [["授權人姓名", "Fong Siu Wai"], ["日期", "27/11/2023"]])
    save(doc, "python/result-chinese-labels-tokwawan.docx")

    # Look-alike: memo template.
    doc = new("Admin")
    heading(doc, "MEMORANDUM", 18)
    table(doc, [["To:", ""], ["From:", ""], ["CC:", ""], ["Date:", ""], ["Subject:", ""]], style=None)
    doc.add_paragraph("_" * 60)
    doc.add_paragraph("[Type the body of the memo here.]")
    doc.add_paragraph("")
    doc.add_paragraph("Attachments: ☐ Yes ☐ No")
    save(doc, "lookalike/memo-template.docx")

    # Look-alike: another company's change-request form.
    doc = new("Change Management")
    heading(doc, "Change Request Form", 16)
    doc.add_paragraph("Sai Kung Systems Limited – IT Change Management")
    table(doc, [["CR No.", "CR-2023-0457"], ["Requestor", "Lo Ming Kit"], ["Company Name", "Sai Kung Systems Limited"],
                ["Contact Person", "Lo Ming Kit"], ["Telephone", "2792 3300"], ["Email", "mingkit.lo@saikungsys.com"],
                ["Date of Request", "20/11/2023"], ["Implementation Date", "25/11/2023"]])
    doc.add_paragraph("")
    doc.add_paragraph("Systems affected:")
    doc.add_paragraph("☒ Order Management System   ☐ Market Data Gateway   ☒ Network Firewall")
    doc.add_paragraph("Description of change: Replace firewall rules for the new backbone network addresses.")
    doc.add_paragraph("Test result:  ☒ Successful   ☐ Unsuccessful   ☐ Not tested")
    doc.add_paragraph("Approval:  ☒ Approved   ☐ Rejected")
    table(doc, [["Approved by", "Chan Kwok Keung"], ["Signature", ""], ["Date", "21/11/2023"]])
    save(doc, "lookalike/change-request-form.docx")


if __name__ == "__main__":
    main()
