#!/usr/bin/env python3
"""python-docx 0.8 and openpyxl 3.0 producers of holdout14 (Debian python3-docx / python3-openpyxl). Run with
/usr/bin/python3. Also writes the plain source of bad/encrypted-intention.docx (make_npm.js encrypts it) and
cuts bad/truncated-intention.docx."""
import datetime
import os
import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
CODES = [("OTP-C", "Orion Trading Platform – Securities Market"),
         ("OTP-CSC", "Orion Trading Platform – China Stock Connect"),
         ("OMD-C", "Orion Market Data – Securities Market"),
         ("OMD-CC", "Orion Market Data – China Connect")]
INT_TITLE = ("Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone "
             "Network for Hosting Services Subscribers")
RES_TITLE = "Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"
TO_DESK = ("To: HKEX Hosting Services Limited – Service Desk (Email: hsservicedesk@hkex.com.hk; "
           "Tel: (852) 2211 6080; Fax: (852) 2462 0722)")
LABELS = ["Subscriber Name", "HSN Subscriber ID", "Contact Person", "Telephone", "Email"]


def path(*a):
    return os.path.join(OUT, *a)


def head(d, kind):
    d.add_paragraph().add_run("Appendix A" if kind == "intention" else "Appendix B").bold = True
    d.add_paragraph().add_run(INT_TITLE if kind == "intention" else RES_TITLE).bold = True
    d.add_paragraph("Ref. No.: HDS/23/1109")
    d.add_paragraph(TO_DESK)
    d.add_paragraph("Please complete and return this form on or before %s." %
                    ("24 November 2023" if kind == "intention" else "27 November 2023"))


def details(d, vals):
    tb = d.add_table(rows=5, cols=2)
    tb.style = "Table Grid"
    for i, v in enumerate(vals):
        tb.cell(i, 0).text = LABELS[i]
        tb.cell(i, 1).text = v
    return tb


def intention_doc(vals, marks, sign, date, will="☐", wont="☐", cover=None):
    d = docx.Document()
    for para in cover or []:
        d.add_paragraph(para)
    head(d, "intention")
    details(d, vals)
    d.add_paragraph("Participation in PS2 (please tick one box):")
    d.add_paragraph("%s We will participate in PS2 using HSN" % will)
    d.add_paragraph("%s We will not participate in PS2 using HSN" % wont)
    d.add_paragraph("Services to be verified (please tick all that apply):")
    for code, name in CODES:
        d.add_paragraph("%s %s – %s" % (marks.get(code, "☐"), code, name))
    d.add_paragraph("Name of Authorised Signatory: %s" % sign)
    d.add_paragraph("Date: %s" % date)
    return d


def make_word():
    # 3 typed over instructions, x ticks
    d = docx.Document()
    head(d, "intention")
    tb = d.add_table(rows=5, cols=2)
    tb.style = "Table Grid"
    vals = ["Kennedy Town Brokers Ltd", "hsn0734", "Lee Hoi Ting", "3188 2020", "ops@ktbrokers.com.hk"]
    for i, v in enumerate(vals):
        tb.cell(i, 0).text = LABELS[i]
        tb.cell(i, 1).text = v   # typed over "(please fill in)"
    d.add_paragraph("Participation in PS2 (please tick one box):")
    d.add_paragraph("x We will participate in PS2 using HSN")
    d.add_paragraph("☐ We will not participate in PS2 using HSN")
    d.add_paragraph("Services to be verified (please tick all that apply):")
    for code, name in CODES:
        d.add_paragraph("%s %s – %s" % ("x" if code in ("OTP-C", "OTP-CSC") else "☐", code, name))
    d.add_paragraph("Name of Authorised Signatory: ______________________")
    d.add_paragraph("Date: Nov 24, 2023")
    d.save(path("word", "intention-pydocx-typed-over-x-kennedytown.docx"))

    # 7 covering letter on top, decline with ■ / □
    cover = ["Dear Sir/Madam,",
             "Re: HKEX Hosting Services circular HDS/23/1109 – Practice Session PS2",
             "Thank you for the circular. Please find our reply below. As our systems team is moving office that "
             "weekend we will not join this time, and we will follow the production rollout instead.",
             "Yours faithfully,", "Tai Wai Asset Management Limited", ""]
    d = intention_doc(["Tai Wai Asset Management Limited", "HSN1042", "Chan Siu Fong", "2697 1234", "sf.chan@taiwaiam.com.hk"],
                      {c: "□" for c, _ in CODES}, "Chan Siu Fong", "20/11/2023", will="□", wont="■", cover=cover)
    d.save(path("word", "intention-pydocx-covering-letter-decline-taiwai.docx"))

    # 11 transposed result grid
    d = docx.Document()
    head(d, "result")
    details(d, ["To Kwa Wan Securities Co., Ltd.", "HSN1433", "Ip Hiu Tung", "+852 2713 4040", "ht.ip@tkwsec.com.hk"])
    d.add_paragraph("Practice Session Date: 25/11/2023")
    tb = d.add_table(rows=4, cols=5)
    tb.style = "Table Grid"
    for j, h in enumerate(["Result", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]):
        tb.cell(0, j).text = h
    res = {"OTP-C": 1, "OTP-CSC": 3, "OMD-C": 1, "OMD-CC": 1}
    for i, w in enumerate(["Successful", "Unsuccessful", "Not tested"], start=1):
        tb.cell(i, 0).text = w
        for j, (code, _) in enumerate(CODES, start=1):
            tb.cell(i, j).text = "✓" if res[code] == i else ""
    d.add_paragraph("Issues Encountered / Remarks:")
    d.add_paragraph("Name of Authorised Signatory: Kong Wai Man")
    d.add_paragraph("Date: 2023-11-26")
    d.save(path("word", "result-pydocx-transposed-ticks-tokwawan.docx"))

    # look-alike: covering letter with a signature block
    d = docx.Document()
    for para in ["22 November 2023", "HKEX Hosting Services Limited", "Service Desk", "",
                 "Dear Sir/Madam,",
                 "Re: Second Practice Session for Firmware Upgrade of HKEX Backbone Network (Ref. No. HDS/23/1109)",
                 "We refer to the above circular. We are pleased to confirm that we will participate in PS2 using HSN "
                 "on 25 November 2023 and will verify OTP-C and OMD-C. Our completed Intention Form (Appendix A) is "
                 "attached separately.",
                 "Should you have any questions please contact the undersigned.",
                 "Yours faithfully,", "", "Mak Ho Yin", "IT Manager", "Causeway Bay Securities Limited",
                 "Subscriber ID: HSN3233", "Tel: 2890 1234", "Email: hy.mak@cbsec.com.hk"]:
        d.add_paragraph(para)
    d.save(path("lookalikes", "covering-letter.docx"))

    # bad: source of the encrypted file, and a truncated one
    d = intention_doc(["Tai Hang Securities Limited", "HSN3344", "Yau Ka Ming", "2577 1212", "km.yau@taihangsec.com"],
                      {"OTP-C": "☒"}, "Yau Ka Ming", "21/11/2023", will="☒")
    d.save("/tmp/h14-plain-intention.docx")
    d = intention_doc(["Kau Yi Chau Brokers Limited", "HSN3455", "Sze Hoi Lam", "2818 4545", "hl.sze@kycbrokers.com"],
                      {"OMD-C": "☒"}, "Sze Hoi Lam", "22/11/2023", will="☒")
    d.save("/tmp/h14-full.docx")
    data = open("/tmp/h14-full.docx", "rb").read()
    open(path("bad", "truncated-intention.docx"), "wb").write(data[: int(len(data) * 0.6)])


def label_rows(ws, rows, start=1):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is not None:
                ws.cell(row=start + i, column=1 + j, value=v)


def make_excel():
    # 15 form on the second sheet
    wb = Workbook()
    ws = wb.active
    ws.title = "Notes"
    label_rows(ws, [["HKEX Hosting Services – circular HDS/23/1109"],
                    ["Please complete the form on the next sheet and return it to the Service Desk on or before 24 Nov 2023."],
                    ["Enquiry: Hosting Service Desk Hotline (852) 2211 6080, hsservicedesk@hkex.com.hk"]])
    ws = wb.create_sheet("Appendix A")
    label_rows(ws, [["Appendix A – " + INT_TITLE], ["Ref. No.", "HDS/23/1109"],
                    ["Subscriber Name", "Ho Man Tin Holdings Limited"], ["HSN Subscriber ID", "HSN1724"],
                    ["Contact Person", "Poon Yuk Lan"], ["Telephone", "2762 3344"],
                    ["Email", "yl.poon@hmtholdings.com.hk"], [],
                    ["We will participate in PS2 using HSN", "Y"], ["We will not participate in PS2 using HSN", None],
                    ["Services to be verified (mark Y)"],
                    ["OTP-C", "Y"], ["OTP-CSC", "Y"], ["OMD-C", None], ["OMD-CC", None], [],
                    ["Name of Authorised Signatory", "Tse Kwok Ming"], ["Date", datetime.datetime(2023, 11, 20)]])
    ws["B18"].number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 45
    wb.active = 1
    wb.save(path("excel", "intention-openpyxl-second-sheet-homantin.xlsx"))

    # 16 drop-downs from a hidden sheet
    wb = Workbook()
    ws = wb.active
    ws.title = "Intention Form"
    lists = wb.create_sheet("Lists")
    label_rows(lists, [["Yes", "OTP-C"], ["No", "OTP-CSC"], [None, "OMD-C"], [None, "OMD-CC"]])
    lists.sheet_state = "hidden"
    label_rows(ws, [["Appendix A – Intention Form (PS2)"], ["Ref. No.", "HDS/23/1109"],
                    ["Subscriber Name", "Jordan Road Securities Limited"], ["HSN Subscriber ID", "HSN1833"],
                    ["Contact Person", "Kwan Lok Yi"], ["Telephone", "2735 6060"], ["Email", "ly.kwan@jrsec.com.hk"],
                    ["We will participate in PS2 using HSN (Yes/No)", "Yes"],
                    ["Services to be verified", "Verify? (Yes/No)"],
                    ["OTP-C", "Yes"], ["OTP-CSC", "No"], ["OMD-C", "Yes"], ["OMD-CC", "No"],
                    ["Date", "22-Nov-2023"]])
    dv = DataValidation(type="list", formula1="=Lists!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("B8")
    dv.add("B10:B13")
    ws.column_dimensions["A"].width = 48
    wb.save(path("excel", "intention-openpyxl-hidden-lists-jordan.xlsx"))

    # 19 merged cells, Chinese labels only, ■ / □
    wb = Workbook()
    ws = wb.active
    ws.title = "意向表格"
    rows = [("附件A 意向表格", None), ("編號", "HDS/23/1109"), ("公司名稱", "上水證券有限公司"), ("用戶編號", "HSN2162"),
            ("聯絡人", "馬志強"), ("電話", "2670 1111"), ("電郵", "cheungma@sssec.com.hk"), ("參與", "■ 是 □ 否"),
            ("測試服務", "■ OTP-C"), (None, "□ OTP-CSC"), (None, "■ OMD-C"), (None, "□ OMD-CC"),
            ("授權人姓名", "周美玲"), ("日期", "2023年11月21日")]
    for i, (lab, val) in enumerate(rows, start=1):
        if lab is not None:
            ws.cell(row=i, column=1, value=lab)
            if i != 9:  # 測試服務 spans rows 9-12 below
                ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        if val is not None:
            ws.cell(row=i, column=3, value=val)
            ws.merge_cells(start_row=i, start_column=3, end_row=i, end_column=6)
    ws.merge_cells("A9:B12")
    wb.save(path("excel", "intention-openpyxl-merged-chinese-squares-sheungshui.xlsx"))

    # 22 decline typed No
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    label_rows(ws, [["HKEX Hosting Services – Appendix A Intention Form – Ref. No. HDS/23/1109"],
                    ["Subscriber Name", "Fo Tan Securities Limited"], ["HSN Subscriber ID", "HSN2495"],
                    ["Contact Person", "Lo Ka Wai"], ["Telephone", "2690 7007"], ["Email", "kw.lo@fotansec.com"],
                    ["Will you participate in PS2 using HSN? (Yes/No)", "No"],
                    ["Services to be verified (tick)", None], ["OTP-C", None], ["OTP-CSC", None], ["OMD-C", None],
                    ["OMD-CC", None], ["Date", datetime.datetime(2023, 11, 19)]])
    ws["B13"].number_format = "d mmm yyyy"
    wb.save(path("excel", "intention-openpyxl-decline-fotan.xlsx"))

    # 25 result on second sheet, results blank
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    label_rows(ws, [["To: HKEX Hosting Services Service Desk"], ["Our result form for PS2 is on the next sheet."]])
    ws = wb.create_sheet("Appendix B")
    label_rows(ws, [["Appendix B – " + RES_TITLE], ["Ref. No.", "HDS/23/1109"],
                    ["Subscriber Name", "Whampoa Futures Limited"], ["HSN Subscriber ID", "HSN2728"],
                    ["Contact Person", "Tsang Yuen Ting"], ["Telephone", "2363 8181"],
                    ["Email", "yt.tsang@whampoafut.com"], ["Practice Session Date", "25/11/2023"], [],
                    ["Service", "Successful", "Unsuccessful", "Not tested"],
                    ["OTP-C"], ["OTP-CSC"], ["OMD-C"], ["OMD-CC"], [], ["Issues Encountered / Remarks"]])
    wb.save(path("excel", "result-openpyxl-second-sheet-blank-whampoa.xlsx"))

    # look-alike: the desk's tracker
    wb = Workbook()
    ws = wb.active
    ws.title = "HDS-23-1109"
    label_rows(ws, [["PS2 tracker – HDS/23/1109 (intention due 24/11, result due 27/11)"],
                    ["Subscriber ID", "Subscriber Name", "Contact Person", "Telephone", "Email", "Intention",
                     "Services", "Result"],
                    ["HSN0427", "Acme Securities Ltd", "Chan Tai Man", "2211 0001", "tm.chan@acme.com.hk", "Yes", "OTP-C; OMD-C", "Successful"],
                    ["HSN0582", "Pok Fu Lam Securities Limited", "Cheung Ka Yan", "2856 3301", "ky.cheung@pokfulamsec.com.hk", "Yes", "OTP-C; OMD-C", "pending"],
                    ["HSN1042", "Tai Wai Asset Management Limited", "Chan Siu Fong", "2697 1234", "sf.chan@taiwaiam.com.hk", "No", "", "not required"],
                    ["HSN1320", "Tsing Yi Trading Limited", "Siu Kwok Wah", "2431 5566", "kw.siu@tsingyitrading.com", "Yes", "OTP-C; OMD-C; OMD-CC", "Unsuccessful"],
                    ["HSN2495", "Fo Tan Securities Limited", "Lo Ka Wai", "2690 7007", "kw.lo@fotansec.com", "No", "", "not required"],
                    ["HSN2617", "Tin Hau Securities Limited", "Wu Ka Man", "2807 1199", "km.wu@tinhausec.com.hk", "Yes", "all four", "Successful"]])
    wb.save(path("lookalikes", "desk-tracker.xlsx"))


if __name__ == "__main__":
    make_word()
    make_excel()
