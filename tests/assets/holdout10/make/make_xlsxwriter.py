#!/usr/bin/python3
"""Workbooks written with XlsxWriter 3.0 (Debian's python3-xlsxwriter): print setup, hidden gridlines, comments,
rich strings, an Excel table, booleans, and a macro-enabled workbook whose VBA project is the sample
vbaProject.bin that Debian ships with XlsxWriter's examples. Run with /usr/bin/python3. Oracle: make/cases.py."""
import os
import sys
from datetime import datetime

import xlsxwriter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import P, REF, SERVICES, SYSTEMS, TITLE_A, TITLE_B, person  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
VBA = "/usr/share/doc/python3-xlsxwriter/examples/vbaProject.bin"


def book(sub, name):
    os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    wb = xlsxwriter.Workbook(os.path.join(OUT, sub, name))
    wb.set_properties({"author": "Operations", "created": datetime(2023, 11, 20, 10, 0, 0)})
    f = {"b": wb.add_format({"bold": True}),
         "title": wb.add_format({"bold": True, "font_size": 13, "text_wrap": True, "valign": "vcenter"}),
         "c": wb.add_format({"align": "center"})}
    print(f"{sub}/{name}")
    return wb, f


def details(ws, f, row, p, phone="Telephone", email="Email"):
    for i, (k, v) in enumerate([("Subscriber Name", p["subscriber_name"]), ("HSN Subscriber ID", p["subscriber_id"]),
                                ("Contact Person", p["contact_name"]), (phone, p["contact_phone"]), (email, p["contact_email"])]):
        ws.write(row + i, 0, k, f["b"])
        ws.write_string(row + i, 1, v)


def intention_checkmarks_print():
    p = person("P28")
    wb, f = book("xlsxwriter", "intention-checkmarks-print.xlsx")
    ws = wb.add_worksheet("Intention Form")
    ws.set_column("A:A", 40)
    ws.set_column("B:B", 44)
    ws.set_column("C:C", 8)
    ws.merge_range("A1:C1", TITLE_A, f["title"])
    ws.set_row(0, 36)
    ws.write(1, 0, "Ref. No.", f["b"])
    ws.write(1, 1, REF)
    details(ws, f, 3, p)
    ws.write_comment("B5", "HSN code as shown on the HKEX Hosting Services invoice")
    ws.write(9, 0, "We will participate in PS2 using HSN")
    ws.write(9, 2, "✔", f["c"])
    ws.write(10, 0, "We will not participate in PS2")
    ws.write(12, 0, "Services to be verified", f["b"])
    for i, s in enumerate(SERVICES):
        ws.write(13 + i, 0, s)
        ws.write(13 + i, 1, SYSTEMS[s])
        if s in ("OTP-CSC", "OMD-C"):
            ws.write(13 + i, 2, "✔", f["c"])
    ws.write(18, 0, "Name of Authorised Signatory", f["b"])
    ws.write(18, 1, p["signatory_name"])
    ws.write(19, 0, "Date", f["b"])
    ws.write_datetime(19, 1, datetime(2023, 11, 23), wb.add_format({"num_format": "d/m/yyyy", "align": "left"}))
    ws.hide_gridlines(2)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.print_area("A1:C21")
    ws.repeat_rows(0)
    ws.set_footer("&L&F&RPage &P of &N")
    wb.close()


def result_rich_text_table():
    p = person("P29")
    wb, f = book("xlsxwriter", "result-rich-text-table.xlsx")
    ws = wb.add_worksheet("Result")
    ws.set_column("A:A", 30)
    ws.set_column("B:B", 46)
    ws.set_column("C:C", 16)
    ws.merge_range("A1:C1", TITLE_B, f["title"])
    ws.set_row(0, 36)
    ws.write(1, 0, "Ref. No.", f["b"])
    ws.write(1, 1, REF)
    pairs = [(("Subscriber", " Name"), p["subscriber_name"]), (("Subscriber", " ID"), p["subscriber_id"]),
             (("Contact", " Person"), p["contact_name"]), (("Contact", " Number"), p["contact_phone"]),
             (("E-mail", " Address"), p["contact_email"])]
    for i, ((a, b), v) in enumerate(pairs):
        ws.write_rich_string(3 + i, 0, f["b"], a, b)
        ws.write_string(3 + i, 1, v)
    ws.write_rich_string(8, 0, f["b"], "Practice Session", " Date")
    ws.write_datetime(8, 1, datetime(2023, 11, 25), wb.add_format({"num_format": "dd mmm yyyy", "align": "left"}))
    res = {"OTP-C": "Successful", "OTP-CSC": "Successful", "OMD-C": "Not tested", "OMD-CC": "Unsuccessful"}
    ws.add_table("A11:C15", {"name": "Results", "style": "Table Style Medium 2",
                             "columns": [{"header": "Service"}, {"header": "System"}, {"header": "Result"}],
                             "data": [[s, SYSTEMS[s], res[s]] for s in SERVICES]})
    ws.write_rich_string(16, 0, f["b"], "Issues", " Encountered")
    ws.write(16, 1, "OMD-CC snapshot recovery was slow.")
    ws.write_rich_string(18, 0, f["b"], "Authorised", " Signatory")
    ws.write(18, 1, p["signatory_name"])
    ws.write(19, 0, "Date", f["b"])
    ws.write_datetime(19, 1, datetime(2023, 11, 27), wb.add_format({"num_format": "dd/mm/yyyy", "align": "left"}))
    ws.freeze_panes(2, 0)
    wb.close()


def intention_booleans_text_dates():
    p = person("P30")
    wb, f = book("xlsxwriter", "intention-booleans-text-dates.xlsx")
    ws = wb.add_worksheet("Form")
    ws.set_column("A:A", 36)
    ws.set_column("B:B", 40)
    ws.write(0, 0, "Appendix A - Intention Form for Using HSN to participate Practice Session", f["title"])
    details(ws, f, 2, p)
    ws.write(8, 0, "Participate in PS2 using HSN", f["b"])
    ws.write_boolean(8, 1, True)
    ws.write(10, 0, "Services to be verified", f["b"])
    for i, s in enumerate(SERVICES):
        ws.write(11 + i, 0, s)
        ws.write_boolean(11 + i, 1, s in ("OTP-C", "OMD-C"))
    ws.write(16, 0, "Authorised Signatory", f["b"])
    ws.write(16, 1, p["signatory_name"])
    ws.write(17, 0, "Date", f["b"])
    ws.write_string(17, 1, "24-11-2023")
    wb.close()


def doubt_tick_between_rows():
    p = person("P31")
    wb, f = book("xlsxwriter", "doubt-intention-tick-between-rows.xlsx")
    ws = wb.add_worksheet("Intention Form")
    ws.set_column("A:A", 40)
    ws.set_column("B:B", 36)
    ws.merge_range("A1:B1", TITLE_A, f["title"])
    ws.set_row(0, 36)
    ws.write(1, 0, "Ref. No.", f["b"])
    ws.write(1, 1, REF)
    details(ws, f, 3, p)
    ws.write(10, 0, "Participation (please tick one)", f["b"])
    ws.write(11, 0, "Yes")   # row 12
    ws.write(12, 1, "✓", f["c"])  # row 13, between the two options
    ws.write(13, 0, "No")    # row 14
    ws.write(15, 0, "Services to be verified", f["b"])
    for i, s in enumerate(SERVICES):
        ws.write(16 + i, 0, s)
        if s in ("OTP-C", "OTP-CSC"):
            ws.write(16 + i, 1, "✓", f["c"])
    ws.write(21, 0, "Name of Authorised Signatory", f["b"])
    ws.write(21, 1, p["signatory_name"])
    ws.write(22, 0, "Date", f["b"])
    ws.write_datetime(22, 1, datetime(2023, 11, 22), wb.add_format({"num_format": "dd/mm/yyyy", "align": "left"}))
    wb.close()


def invoice():
    wb, f = book("lookalike", "invoice.xlsx")
    ws = wb.add_worksheet("Invoice")
    ws.set_column("A:A", 44)
    ws.set_column("B:D", 14)
    money = wb.add_format({"num_format": "#,##0.00"})
    ws.write(0, 0, "INVOICE", wb.add_format({"bold": True, "font_size": 18}))
    rows = [("Invoice No.", "INV-2023-1187"), ("Bill To", "Harbourfront Brokerage Limited"), ("Attention", "Wong Siu Ling"),
            ("Phone", "+852 2522 1133"), ("Email", "accounts@harbourfront.example.com")]
    for i, (k, v) in enumerate(rows):
        ws.write(2 + i, 0, k, f["b"])
        ws.write(2 + i, 1, v)
    ws.write(7, 0, "Invoice Date", f["b"])
    ws.write_datetime(7, 1, datetime(2023, 11, 30), wb.add_format({"num_format": "dd/mm/yyyy"}))
    for i, h in enumerate(("Description", "Qty", "Unit Price", "Amount")):
        ws.write(9, i, h, f["b"])
    items = [("Rack space rental – November 2023", 2, 18500), ("Cross-connect (fibre)", 4, 1200),
             ("Remote hands – 25 Nov 2023 (weekend)", 3, 950)]
    for i, (d, q, u) in enumerate(items):
        ws.write(10 + i, 0, d)
        ws.write_number(10 + i, 1, q)
        ws.write_number(10 + i, 2, u, money)
        ws.write_formula(10 + i, 3, f"=B{11 + i}*C{11 + i}", money, q * u)
    ws.write(14, 2, "Total", f["b"])
    ws.write_formula(14, 3, "=SUM(D11:D13)", money, sum(q * u for _, q, u in items))
    ws.write(16, 0, "Payment due within 30 days. Please quote the invoice number.")
    wb.close()


def ticket_log():
    wb, f = book("lookalike", "service-desk-ticket-log.xlsx")
    ws = wb.add_worksheet("Tickets")
    keys = list(P)
    subjects = ["PS2 connectivity check", "Backup site login failure", "Market data gap after failover",
                "Request for PS2 briefing pack", "Line latency during PS2", "Change contact person"]
    services = SERVICES + ["OTP-C", "OMD-C"]
    data = []
    for i in range(12):
        sid = P[keys[i * 2]][1]
        status = "Closed" if i % 4 else "Open"
        result = {0: "", 1: "Resolved", 2: "Successful", 3: "Workaround"}[i % 4]
        data.append([f"SD-23-{4410 + i}", datetime(2023, 11, 20 + i // 3, 9 + i % 8, 15), sid,
                     services[i % len(services)], subjects[i % len(subjects)], status, result])
    ws.add_table(f"A1:G{len(data) + 1}", {"name": "Tickets", "columns": [
        {"header": "Ticket"}, {"header": "Opened", "format": wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})},
        {"header": "Subscriber"}, {"header": "Service"}, {"header": "Subject"}, {"header": "Status"}, {"header": "Result"}],
        "data": data})
    ws.set_column("A:A", 12)
    ws.set_column("B:B", 18)
    ws.set_column("C:D", 12)
    ws.set_column("E:E", 34)
    ws.set_column("F:G", 12)
    ws.freeze_panes(1, 0)
    wb.close()


def macro_workbook():
    p = person("P40")
    wb, f = book("bad", "intention-macros.xlsm")
    ws = wb.add_worksheet("Intention Form")
    ws.set_column("A:A", 34)
    ws.set_column("B:B", 40)
    ws.write(0, 0, TITLE_A, f["title"])
    ws.write(1, 0, "Ref. No.", f["b"])
    ws.write(1, 1, REF)
    details(ws, f, 3, p)
    ws.write(9, 0, "Participation", f["b"])
    ws.write(9, 1, "Yes")
    for i, s in enumerate(SERVICES):
        ws.write(11 + i, 0, s)
        ws.write(11 + i, 1, "X")
    wb.add_vba_project(VBA)
    ws.insert_button("D4", {"macro": "say_hello", "caption": "Validate form", "width": 120, "height": 30})
    wb.close()


if __name__ == "__main__":
    intention_checkmarks_print()
    result_rich_text_table()
    intention_booleans_text_dates()
    doubt_tick_between_rows()
    invoice()
    ticket_log()
    macro_workbook()
