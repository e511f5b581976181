#!/usr/bin/python3
"""holdout11: files written by Python the way a firm's back-office script writes them: python-docx for Word,
openpyxl for Excel (Debian packages python3-docx and python3-openpyxl; run with the system /usr/bin/python3).
Writes ../python/* and three ../notforms/* files."""
import datetime as dt
import os

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Font, Alignment
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))


def out(rel):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    print("wrote", rel)
    return path


def new_doc(title):
    d = docx.Document()
    d.core_properties.author = "backoffice-script"
    h = d.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(13)
    return d


def kv_table(d, rows, style="Table Grid"):
    t = d.add_table(rows=0, cols=max(len(r) for r in rows))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


INTENTION = "Appendix A – Intention Form for Using HSN to participate Practice Session"
RESULT = "Appendix B – Result Form for Using HSN to participate Practice Session"


def word():
    d = new_doc(INTENTION)
    d.add_paragraph("Ref. No.: HDS/23/1109")
    kv_table(d, [["Subscriber Name", "Golden Bay Securities Ltd"], ["Subscriber ID", "HSN1711"], ["Contact Person", "Chan Tai Man"],
                 ["Telephone", "9123 4567"], ["Email", "tm.chan at goldenbay dot com"],
                 ["Participation", "☒ Yes    ☐ No"],
                 ["Services", "☒ OTP-C   ☒ OTP-CSC   ☒ OMD-C   ☒ OMD-CC"], ["Date", "24/11/2023"]])
    d.save(out("python/intention-email-words-goldenbay.docx"))

    d = new_doc(INTENTION)
    kv_table(d, [["Subscriber Name", "Aberdeen Harbour Securities Ltd"], ["Subscriber ID", "HSN1822"],
                 ["Contact Person", "Ho Wing Kei"], ["Telephone", "2553 1001"], ["Email", "wk.ho@ahsec.com.hk"],
                 ["Contact Person", "Tse Mei Kuen"], ["Telephone", "2553 1002"], ["Email", "mk.tse@ahsec.com.hk"]])
    d.add_paragraph("We will participate in PS2 using HSN: Yes")
    kv_table(d, [["Service", "Tick"], ["OTP-C", ""], ["OTP-CSC", ""], ["OMD-C", "✓"], ["OMD-CC", "✓"]])
    d.add_paragraph("Date: 23/11/2023")
    d.save(out("python/intention-two-contacts-aberdeen.docx"))

    d = new_doc(RESULT)
    kv_table(d, [["Subscriber Name", "Kennedy Town Securities Co."], ["Subscriber ID", "HSN1935"], ["Contact Person", "Lui Chun Yip"],
                 ["Telephone", "+852 2817 3030"], ["Email", "cy.lui@ktownsec.com.hk"], ["Practice Session Date", "25-11-2023"]])
    d.add_paragraph("")
    kv_table(d, [["Service", "Successful", "Unsuccessful", "Not tested", "Remarks"],
                 ["OTP-C", "✔", "", "", "Unsuccessful on first attempt at 09:31 (wrong gateway IP); successful on retry."],
                 ["OTP-CSC", "✔", "", "", "OK"],
                 ["OMD-C", "", "✔", "", "No packets from the backup site"],
                 ["OMD-CC", "", "", "✔", "not subscribed"]])
    d.add_paragraph("")
    kv_table(d, [["Issues Encountered", "OMD-C: no multicast from the backup site; ticket INC-88231 raised with HKEX."]])
    d.save(out("python/result-remarks-traps-kennedytown.docx"))

    d = new_doc(INTENTION)
    for line in ["Subscriber Name: Fo Tan Securities Limited", "Subscriber ID: HSN2046", "Contact Person: Ip Hoi Man",
                 "Tel. No.: (852) 3105 6688", "E-mail Address: hm.ip@fotansec.com.hk", "",
                 "We will participate in PS2 using HSN:  ☒ Yes   ☐ No",
                 "Services to be verified:  ☒ OTP-C   ☐ OTP-CSC   ☒ OMD-C   ☐ OMD-CC", "",
                 "Authorised Signatory: Ip Hoi Man", "Date: Tuesday, 21 November 2023"]:
        d.add_paragraph(line)
    d.save(out("python/intention-paragraphs-fotan.docx"))

    d = new_doc(RESULT)
    d.add_paragraph("Sorry for the late return of this form – our engineer was on leave.")
    kv_table(d, [["Subscriber Name", "Lam Tin Securities Ltd"], ["Subscriber ID", "HSN2151"], ["Contact Person", "So Ka Lok"],
                 ["Tel", "2727 8899"], ["Email", "kl.so@lamtinsec.com.hk"], ["Practice Session Date", "25 Nov 2023"]])
    d.add_paragraph("")
    kv_table(d, [["Service", "Result"], ["OTP-C", "Successful"], ["OTP-CSC", "Not tested"], ["OMD-C", "Successful"], ["OMD-CC", "Not tested"]])
    d.add_paragraph("Date: 30/11/2023")
    d.save(out("python/result-late-looking-lamtin.docx"))

    d = new_doc(INTENTION)
    kv_table(d, [["Subscriber Name", "Tai Wai Securities Limited"], ["Subscriber ID", "HSN-1133"], ["Contact Person", "Lok Wai Kin"],
                 ["Telephone", "2691 5050"], ["Email", "wk.lok@taiwaisec.com.hk"], ["Participation (Yes/No)", "No"],
                 ["Services", ""], ["Date", "21/11/2023"]])
    d.save(out("python/intention-hyphen-id-taiwai.docx"))

    # look-alike: a seminar registration form
    d = new_doc("Registration Form – Market Data Seminar 2023")
    d.add_paragraph("Date of seminar: 30 November 2023, 2:30 pm, Exchange Auditorium")
    kv_table(d, [["Name", "Mr. Chan Tai Man"], ["Company Name", "Golden Bay Securities Ltd"], ["Position", "IT Manager"],
                 ["Tel", "9123 4567"], ["Email", "tm.chan@goldenbay.example.hk"],
                 ["Will you attend the networking tea?", "☒ Yes   ☐ No"], ["Dietary requirements", "None"],
                 ["Topics of interest", "☒ OMD-C feed changes   ☐ Orion Central Gateway   ☒ HSN bandwidth"]])
    d.add_paragraph("Date: 21/11/2023")
    d.save(out("notforms/seminar-registration.docx"))


def label_rows(ws, start, rows):
    for i, (k, v) in enumerate(rows):
        ws.cell(start + i, 1, k)
        if v is not None:
            c = ws.cell(start + i, 2, v)
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
    return start + len(rows)


def intention_sheet(ws, values):
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 40
    ws["A1"] = INTENTION
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Ref. No.: HDS/23/1109"
    labels = ["Subscriber Name", "Subscriber ID", "Contact Person", "Telephone", "Email", "We will participate in PS2 using HSN (Yes/No)"]
    r = label_rows(ws, 4, [(k, values.get(k)) for k in labels])
    ws.cell(r + 1, 1, "Service").font = Font(bold=True)
    ws.cell(r + 1, 2, "Tick (✓)").font = Font(bold=True)
    for i, s in enumerate(["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]):
        ws.cell(r + 2 + i, 1, s)
        if s in values.get("ticks", ()):
            ws.cell(r + 2 + i, 2, "✓")
    label_rows(ws, r + 7, [("Authorised Signatory", values.get("sign")), ("Date", values.get("date"))])


def result_sheet(ws, values):
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 40
    ws["A1"] = RESULT
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Ref. No.: HDS/23/1109"
    labels = ["Subscriber Name", "Subscriber ID", "Contact Person", "Telephone", "Email", "Practice Session Date"]
    r = label_rows(ws, 4, [(k, values.get(k)) for k in labels])
    ws.cell(r + 1, 1, "Service").font = Font(bold=True)
    ws.cell(r + 1, 2, "Result (Successful / Unsuccessful / Not tested)").font = Font(bold=True)
    for i, s in enumerate(["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]):
        ws.cell(r + 2 + i, 1, s)
        if s in values.get("results", {}):
            ws.cell(r + 2 + i, 2, values["results"][s])
    label_rows(ws, r + 7, [("Issues Encountered", values.get("issues")), ("Authorised Signatory", values.get("sign")),
                           ("Date", values.get("date"))])


def excel():
    wb = openpyxl.Workbook()
    a = wb.active
    a.title = "Appendix A"
    intention_sheet(a, {"Subscriber Name": "Sham Shui Po Securities Ltd", "Subscriber ID": "HSN3713", "Contact Person": "Choi Wing Yan",
                        "Telephone": "2720 1234", "Email": "wy.choi@sspsec.com.hk",
                        "We will participate in PS2 using HSN (Yes/No)": "Yes", "ticks": ["OTP-C"], "date": dt.date(2023, 11, 21)})
    result_sheet(wb.create_sheet("Appendix B"), {})
    wb.save(out("python/both-forms-intention-filled-shamshuipo.xlsx"))

    wb = openpyxl.Workbook()
    a = wb.active
    a.title = "Appendix A"
    intention_sheet(a, {})
    result_sheet(wb.create_sheet("Appendix B"), {
        "Subscriber Name": "Wong Tai Sin Securities Ltd", "Subscriber ID": "HSN3824", "Contact Person": "Kwok Man Yee",
        "Telephone": "2323 4545", "Email": "my.kwok@wtssec.com.hk", "Practice Session Date": dt.date(2023, 11, 25),
        "results": {"OTP-C": "Successful", "OMD-C": "Successful"}, "date": dt.date(2023, 11, 27)})
    wb.active = 1
    wb.save(out("python/both-forms-result-filled-wongtaisin.xlsx"))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Intention"
    lists = wb.create_sheet("Lists")
    lists["A1"], lists["A2"] = "Yes", "No"
    lists.sheet_state = "hidden"
    ws.column_dimensions["A"].width = 45
    ws.column_dimensions["B"].width = 35
    ws["A1"] = INTENTION
    ws["A1"].font = Font(bold=True)
    r = label_rows(ws, 3, [("Subscriber Name", "Kowloon Bay Securities Ltd"), ("Subscriber ID", "HSN3935"), ("Contact Person", "Yu Tsz Kin"),
                           ("Telephone", "2756 9191"), ("Email", "tk.yu@klbsec.com.hk"),
                           ("Will you participate in PS2 using HSN?", "Yes")])
    dv = DataValidation(type="list", formula1="=Lists!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"B{r - 1}")
    ws.cell(r + 1, 1, "Service to be verified").font = Font(bold=True)
    ws.cell(r + 1, 2, "Yes / No").font = Font(bold=True)
    for i, (s, v) in enumerate([("OTP-C", "Yes"), ("OTP-CSC", "No"), ("OMD-C", "No"), ("OMD-CC", "Yes")]):
        ws.cell(r + 2 + i, 1, s)
        ws.cell(r + 2 + i, 2, v)
        dv.add(f"B{r + 2 + i}")
    c = ws.cell(r + 7, 1, "Date")
    c = ws.cell(r + 7, 2, dt.date(2023, 11, 22))
    c.number_format = "d mmm yyyy"
    wb.save(out("python/intention-dropdowns-kowloonbay.xlsx"))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Result"
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 35
    ws["A1"] = RESULT
    ws["A1"].font = Font(bold=True)
    r = label_rows(ws, 3, [("Subscriber Name", "To Kwa Wan Securities Ltd"), ("Subscriber ID", "HSN4046"), ("Contact Person", "Fan Yuk Sing"),
                           ("Telephone", "2714 0909"), ("Email", "ys.fan@tkwsec.com.hk"), ("Practice Session Date", dt.date(2023, 11, 25))])
    ws.cell(r + 1, 1, "Service").font = Font(bold=True)
    ws.cell(r + 1, 2, "Result").font = Font(bold=True)
    for i, s in enumerate(["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]):
        ws.cell(r + 2 + i, 1, s)
        ws.cell(r + 2 + i, 2, "OK")
    label_rows(ws, r + 7, [("For follow-up, please contact:", None), ("E-mail Address", "it-support@tkwsec.com.hk")])
    wb.save(out("python/result-two-emails-tokwawan.xlsx"))

    # look-alike: a customer satisfaction survey
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Survey"
    ws.column_dimensions["A"].width = 70
    ws["A1"] = "HKEX Hosting Services – Customer Satisfaction Survey 2023"
    ws["A1"].font = Font(bold=True)
    label_rows(ws, 3, [("Company Name", "Sham Shui Po Securities Ltd"), ("Contact Person", "Choi Wing Yan"),
                       ("Email", "wy.choi@sspsec.com.hk"), ("Date", dt.date(2023, 11, 28))])
    ws["A8"], ws["B8"], ws["C8"] = "Question", "Yes", "No"
    for i, (q, yes) in enumerate([("Was the Service Desk easy to reach?", True),
                                  ("Were circulars (e.g. on the HSN practice session) clear?", True),
                                  ("Did your OTP-C / OMD-C connections meet your needs this year?", True),
                                  ("Would you recommend Hosting Services to others?", False)]):
        ws.cell(9 + i, 1, q)
        ws.cell(9 + i, 2 if yes else 3, "✓")
    ws["A14"] = "Comments"
    ws["B14"] = "Please send the forms in Excel as well as PDF."
    ws["B14"].comment = Comment("typed by CWY", "CWY")
    wb.save(out("notforms/customer-satisfaction-survey.xlsx"))


if __name__ == "__main__":
    word()
    excel()
