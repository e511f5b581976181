#!/usr/bin/python3
"""Workbooks written with openpyxl 3.0 (Debian's python3-openpyxl), as a subscriber's analyst would script them,
plus two broken files an Excel user sends (a CSV named .xlsx, a truncated download). Run with the system
python: /usr/bin/python3 make_openpyxl.py. The oracle is make/cases.py."""
import csv
import io
import os
import sys
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.datavalidation import DataValidation

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import P, REF, SERVICES, SYSTEMS, TITLE_A, TITLE_B, person  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
B = Font(bold=True)


def save(wb, sub, name):
    os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    wb.properties.creator = "Operations"
    wb.properties.created = wb.properties.modified = datetime(2023, 11, 20, 10, 0, 0)
    wb.save(os.path.join(OUT, sub, name))
    print(f"{sub}/{name}")


def title(ws, text, rng):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = text
    c.font = Font(bold=True, size=13)
    c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[c.row].height = 36


def labels(ws, start, pairs, col=1):
    for i, (label, value) in enumerate(pairs):
        ws.cell(start + i, col, label).font = B
        if value is not None:
            ws.cell(start + i, col + 1, value)


def details(p, phone="Telephone", email="Email"):
    return [("Subscriber Name", p["subscriber_name"]), ("HSN Subscriber ID", p["subscriber_id"]),
            ("Contact Person", p["contact_name"]), (phone, p["contact_phone"]), (email, p["contact_email"])]


def date(ws, addr, d, fmt):
    ws[addr] = d
    ws[addr].number_format = fmt


def intention_frozen_print_dv():
    p = person("P22")
    wb = Workbook()
    ws = wb.active
    ws.title = "Intention Form"
    for col, w in zip("ABC", (36, 44, 10)):
        ws.column_dimensions[col].width = w
    title(ws, TITLE_A, "A1:C1")
    ws["A2"], ws["B2"] = "Ref. No.", REF
    labels(ws, 4, details(p))
    ws["A10"], ws["B10"] = "Participate in PS2 using HSN (Yes/No)", "Yes"
    ws["A10"].font = B
    dv = DataValidation(type="list", formula1='"Yes,No"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("B10")
    for i, h in enumerate(("Service", "System", "Tick (✓)")):
        ws.cell(12, 1 + i, h).font = B
    for i, s in enumerate(SERVICES):
        ws.cell(13 + i, 1, s)
        ws.cell(13 + i, 2, SYSTEMS[s])
        if s != "OMD-CC":
            ws.cell(13 + i, 3, "✓").alignment = Alignment(horizontal="center")
    labels(ws, 18, [("Name of Authorised Signatory", p["signatory_name"]), ("Date", None)])
    date(ws, "B19", datetime(2023, 11, 22), "dd-mmm-yyyy")
    ws.freeze_panes = "A4"
    ws.print_title_rows = "1:2"
    ws.print_area = "A1:C20"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "Page &P of &N"
    save(wb, "openpyxl", "intention-frozen-print-dv.xlsx")


def result_labels_above_x():
    p = person("P23")
    wb = Workbook()
    ws = wb.active
    ws.title = "Result"
    for col, w in zip("ABCD", (30, 18, 34, 14)):
        ws.column_dimensions[col].width = w
    title(ws, TITLE_B, "A1:D1")
    fill = PatternFill("solid", fgColor="FFF2CC")

    def lab(addr, text):
        ws[addr] = text
        ws[addr].font = B
        ws[addr].fill = fill
    lab("A3", "Ref. No.")
    ws["A4"] = REF
    lab("A6", "Subscriber Name"), lab("C6", "Subscriber ID")
    ws["A7"], ws["C7"] = p["subscriber_name"], p["subscriber_id"]
    lab("A9", "Contact Person"), lab("B9", "Telephone"), lab("C9", "Email")
    ws["A10"], ws["B10"], ws["C10"] = p["contact_name"], p["contact_phone"], p["contact_email"]
    lab("A12", "Practice Session Date")
    date(ws, "A13", datetime(2023, 11, 25), "dd/mm/yyyy")
    for i, h in enumerate(("Service", "Successful", "Unsuccessful", "Not Tested")):
        lab(ws.cell(15, 1 + i).coordinate, h)
    for i, s in enumerate(SERVICES):
        ws.cell(16 + i, 1, s)
        ws.cell(16 + i, 2, "X").alignment = Alignment(horizontal="center")
    lab("A21", "Name of Authorised Signatory"), lab("C21", "Date")
    ws["A22"] = p["signatory_name"]
    date(ws, "C22", datetime(2023, 11, 26), "dd/mm/yyyy")
    save(wb, "openpyxl", "result-labels-above-x.xlsx")


def intention_1904():
    p = person("P24")
    wb = Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Appendix A"
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 40
    title(ws, TITLE_A, "A1:C1")
    ws["A2"], ws["B2"] = "Ref. No.", REF
    labels(ws, 4, details(p, "Tel", "E-mail"))
    labels(ws, 10, [("Participation", "Yes")])
    ws["A12"] = "Services to be verified"
    ws["A12"].font = B
    for i, s in enumerate(SERVICES):
        ws.cell(13 + i, 1, s)
        if s in ("OMD-C", "OMD-CC"):
            ws.cell(13 + i, 2, "✓")
    labels(ws, 18, [("Authorised Signatory", p["signatory_name"]), ("Date", None)])
    date(ws, "B19", datetime(2023, 11, 21), "d/m/yyyy")
    save(wb, "openpyxl", "intention-1904.xlsx")


def result_instructions_hidden_data():
    p = person("P25")
    wb = Workbook()
    ins = wb.active
    ins.title = "Instructions"
    ins.column_dimensions["A"].width = 110
    for i, t in enumerate([
            "Result Form – how to complete",
            "Complete the details of your company and the contact person for the Practice Session.",
            "For each service choose Successful, Unsuccessful or Not Tested from the list.",
            "Describe any issue encountered, then return the form to the Service Desk on or before 27 Nov 2023."]):
        ins.cell(1 + i, 1, t)
    ins["A1"].font = Font(bold=True, size=14)
    ws = wb.create_sheet("Result Form")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 46
    title(ws, TITLE_B, "A1:C1")
    ws["A2"], ws["B2"] = "Ref. No.", REF
    labels(ws, 4, details(p) + [("Practice Session Date", None)])
    date(ws, "B9", datetime(2023, 11, 25), "dd/mm/yyyy")
    ws["A11"], ws["B11"] = "Service", "Result"
    ws["A11"].font = ws["B11"].font = B
    res = {"OTP-C": "Successful", "OTP-CSC": "Unsuccessful", "OMD-C": "Not Tested", "OMD-CC": "Successful"}
    dv = DataValidation(type="list", formula1="Data!$A$2:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    for i, s in enumerate(SERVICES):
        ws.cell(12 + i, 1, s)
        ws.cell(12 + i, 2, res[s])
        dv.add(ws.cell(12 + i, 2).coordinate)
    labels(ws, 17, [("Issues Encountered", "OTP-CSC order entry rejected after switchover; reported to HKEX."),
                    ("Name of Authorised Signatory", p["signatory_name"]), ("Date", None)])
    date(ws, "B19", datetime(2023, 11, 27), "dd/mm/yyyy")
    data = wb.create_sheet("Data")
    data["A1"] = "Results"
    for i, w in enumerate(("Successful", "Unsuccessful", "Not Tested")):
        data.cell(2 + i, 1, w)
    data["B1"] = "Services"
    for i, s in enumerate(SERVICES):
        data.cell(2 + i, 2, s)
    data.sheet_state = "hidden"
    ver = wb.create_sheet("Version")
    ver["A1"], ver["B1"] = "Template version", "1.2"
    ver["A2"], ver["B2"] = "Last updated", "16/11/2023"
    ver.sheet_state = "veryHidden"
    wb.active = 1
    save(wb, "openpyxl", "result-instructions-hidden-data.xlsx")


def result_one_cell_colon():
    p = person("P39")
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.column_dimensions["A"].width = 90
    lines = ["Appendix B – Result Form for Using HSN to participate Practice Session", f"Ref. No.: {REF}", "",
             f'Subscriber Name: {p["subscriber_name"]}', f'Subscriber ID: {p["subscriber_id"]}',
             f'Contact Person: {p["contact_name"]}', f'Telephone: {p["contact_phone"]}', f'Email: {p["contact_email"]}',
             "Practice Session Date: 25/11/2023", "", "Results:", "OTP-C: Successful", "OTP-CSC: Successful",
             "OMD-C: Unsuccessful", "OMD-CC: Successful", "", f'Authorised Signatory: {p["signatory_name"]}',
             "Date: 27/11/2023"]
    for i, t in enumerate(lines):
        if t:
            ws.cell(1 + i, 1, t)
    ws["A1"].font = Font(bold=True, size=13)
    save(wb, "openpyxl", "result-one-cell-colon.xlsx")


def doubt_two_marks_one_row():
    p = person("P26")
    wb = Workbook()
    ws = wb.active
    ws.title = "Result Form"
    ws.column_dimensions["A"].width = 34
    title(ws, TITLE_B, "A1:D1")
    ws["A2"], ws["B2"] = "Ref. No.", REF
    labels(ws, 4, details(p) + [("Practice Session Date", None)])
    date(ws, "B9", datetime(2023, 11, 25), "dd/mm/yyyy")
    for i, h in enumerate(("Service", "Successful", "Unsuccessful", "Not Tested")):
        ws.cell(11, 1 + i, h).font = B
    for i, s in enumerate(SERVICES):
        ws.cell(12 + i, 1, s)
        ws.cell(12 + i, 2, "✓")
        if s == "OMD-C":
            ws.cell(12 + i, 3, "✓")
    labels(ws, 17, [("Name of Authorised Signatory", p["signatory_name"]), ("Date", None)])
    date(ws, "B18", datetime(2023, 11, 27), "dd/mm/yyyy")
    save(wb, "openpyxl", "doubt-result-two-marks-one-row.xlsx")


def doubt_two_emails():
    p = person("P27")
    wb = Workbook()
    ws = wb.active
    ws.title = "Intention Form"
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 40
    title(ws, TITLE_A, "A1:C1")
    ws["A2"], ws["B2"] = "Ref. No.", REF
    labels(ws, 4, [("Subscriber Name", p["subscriber_name"]), ("HSN Subscriber ID", p["subscriber_id"])])
    ws["A7"] = "Contact details"
    ws["A7"].font = Font(bold=True, underline="single")
    labels(ws, 8, [("Contact Person", p["contact_name"]), ("Telephone", p["contact_phone"]), ("Email", p["contact_email"]),
                   ("Email", "it.support@chaiwansec.com.hk")])
    labels(ws, 13, [("Participation", "Yes")])
    ws["A15"] = "Services to be verified"
    ws["A15"].font = B
    for i, s in enumerate(SERVICES):
        ws.cell(16 + i, 1, s)
        if s == "OTP-C":
            ws.cell(16 + i, 2, "✓")
    labels(ws, 21, [("Name of Authorised Signatory", p["signatory_name"]), ("Date", None)])
    date(ws, "B22", datetime(2023, 11, 23), "dd/mm/yyyy")
    save(wb, "openpyxl", "doubt-intention-two-emails.xlsx")


def expense_claim():
    wb = Workbook()
    ws = wb.active
    ws.title = "Claim"
    for col, w in zip("ABCD", (16, 40, 18, 16)):
        ws.column_dimensions[col].width = w
    title(ws, "Staff Expense Claim Form", "A1:D1")
    labels(ws, 3, [("Employee Name", "Yeung Chi Ho"), ("Employee ID", "E20931"), ("Department", "Network Operations"),
                   ("Phone", "2211 6093"), ("Email", "chiho.yeung@example-hosting.com.hk"), ("Claim Period", "November 2023")])
    for i, h in enumerate(("Date", "Description", "Category", "Amount (HKD)")):
        ws.cell(10, 1 + i, h).font = B
    items = [(datetime(2023, 11, 25), "Taxi to backup site for practice session", "Transport", 186.5),
             (datetime(2023, 11, 25), "Meal allowance (weekend duty)", "Meals", 150),
             (datetime(2023, 11, 26), "Mobile data roaming", "Telephone", 88),
             (datetime(2023, 11, 28), "Parking", "Transport", 96)]
    for i, (d, desc, cat, amt) in enumerate(items):
        date(ws, f"A{11 + i}", d, "dd/mm/yyyy")
        ws.cell(11 + i, 2, desc)
        ws.cell(11 + i, 3, cat)
        ws.cell(11 + i, 4, amt).number_format = "#,##0.00"
    ws["C16"], ws["D16"] = "Total", "=SUM(D11:D14)"
    ws["C16"].font = B
    labels(ws, 18, [("Claimant Signature", None), ("Authorised Signatory", "Ma Wing Shan"), ("Date", None)])
    save(wb, "lookalike", "expense-claim.xlsx")


def subscriber_register_export():
    wb = Workbook()
    ws = wb.active
    ws.title = "subscribers"
    ws.append(["subscriber_id", "subscriber_name", "emails", "domains", "services"])
    for key in list(P)[:15]:
        name, sid, contact, phone, email, sign = P[key]
        domain = email.split("@")[1]
        ws.append([sid, name, email, domain, ";".join(SERVICES[: 2 + int(sid[-1]) % 3])])
    for col, w in zip("ABCDE", (14, 42, 40, 28, 32)):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = "A1:E16"
    ws.freeze_panes = "A2"
    save(wb, "lookalike", "subscriber-register-export.xlsx")


def project_status_report():
    wb = Workbook()
    ws = wb.active
    ws.title = "Status"
    title(ws, "Project Status Report – Backbone Network Firmware Upgrade", "A1:F1")
    labels(ws, 3, [("Project Manager", "Kwan Tsz Yan"), ("Reporting Date", None), ("Overall Status", "Amber")])
    date(ws, "B4", datetime(2023, 11, 28), "dd/mm/yyyy")
    heads = ("Workstream", "Owner", "Status", "Results", "Issues", "Next Steps")
    for i, h in enumerate(heads):
        ws.cell(7, 1 + i, h).font = B
    rows = [("Practice session 1", "Network team", "Done", "Successful", "None", "Close out"),
            ("Practice session 2", "Network team", "Done", "OK, one feed delayed", "OMD-C retransmission slow", "Raise with vendor"),
            ("Firmware staging", "Infra", "In progress", "70% of switches staged", "Two spares missing", "Order spares"),
            ("Client communication", "Service desk", "Done", "All notices sent", "", "Track replies"),
            ("Cut-over weekend", "All", "Planned", "", "Change freeze to be confirmed", "CAB on 5 Dec")]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v:
                ws.cell(8 + r, 1 + c, v)
    for col, w in zip("ABCDEF", (24, 16, 14, 26, 30, 22)):
        ws.column_dimensions[col].width = w
    save(wb, "lookalike", "project-status-report.xlsx")


def bad_files():
    p = person("P40")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in [["Appendix A - Intention Form for Using HSN to participate Practice Session"], ["Ref. No.", REF],
                ["Subscriber Name", p["subscriber_name"]], ["HSN Subscriber ID", p["subscriber_id"]],
                ["Contact Person", p["contact_name"]], ["Telephone", p["contact_phone"]], ["Email", p["contact_email"]],
                ["Participation", "Yes"], *[[s, "X"] for s in SERVICES], ["Date", "22/11/2023"]]:
        w.writerow(row)
    os.makedirs(os.path.join(OUT, "bad"), exist_ok=True)
    with open(os.path.join(OUT, "bad", "intention-csv-renamed.xlsx"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    print("bad/intention-csv-renamed.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.title = "Result Form"
    title(ws, TITLE_B, "A1:D1")
    labels(ws, 3, details(p))
    for i, s in enumerate(SERVICES):
        ws.cell(10 + i, 1, s)
        ws.cell(10 + i, 2, "Successful")
    mem = io.BytesIO()
    wb.save(mem)
    data = mem.getvalue()
    with open(os.path.join(OUT, "bad", "result-truncated.xlsx"), "wb") as fh:
        fh.write(data[: len(data) * 6 // 10])
    print("bad/result-truncated.xlsx")


if __name__ == "__main__":
    intention_frozen_print_dv()
    result_labels_above_x()
    intention_1904()
    result_instructions_hidden_data()
    result_one_cell_colon()
    doubt_two_marks_one_row()
    doubt_two_emails()
    expense_claim()
    subscriber_register_export()
    project_status_report()
    bad_files()
