#!/usr/bin/env python3
"""The holdout10 oracle, written by hand from shared/spec/forms.md, shared/spec/cli.md, the seed notice
HDS/23/1109 and issue 9 (section 3, `ambiguous`) BEFORE any file was generated or any reader ran.
Writes make/cases.json; tests/assets/make/corpus/build_expected.py holdout10 checks it against the spec's rules
and writes ../expected.json.

Field values are the normalised values of forms.md. What each workbook actually holds (a date as a serial with
some number format, a typed "25th November 2023", a lower-case id, a phone stored as a number) is the
generator's business; the comment beside each case says what is in the file so the oracle can be checked by eye."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import REF, SERVICES, person  # noqa: E402

S, U, N = "successful", "unsuccessful", "not_tested"


def intention(p, services, participate=True, signed=None, ref=True, drop=(), **over):
    f = person(p)
    if ref:
        f = {"circular_ref": REF, **f}
    if signed:
        f["signed_date"] = signed
    if participate is not None:
        f["participate"] = participate
    if services:
        f["services"] = services
    f.update(over)
    for k in drop:
        f.pop(k, None)
    return f


def result(p, results, session="2023-11-25", signed=None, issues=None, ref=True, drop=(), **over):
    f = person(p)
    if ref:
        f = {"circular_ref": REF, **f}
    if signed:
        f["signed_date"] = signed
    if session:
        f["session_date"] = session
    if results:
        f["results"] = results
    if issues:
        f["issues"] = issues
    f.update(over)
    for k in drop:
        f.pop(k, None)
    return f


def case(file, form, fields, producer, idioms, note, problems=(), status=None):
    problems = list(problems)
    if status is None:
        status = "incomplete" if problems else "complete"
    return {"file": "holdout10/" + file, "form": form, "status": status, "fields": fields, "problems": problems,
            "producer": producer, "idioms": idioms, "note": note}


def notform(file, producer, idioms, note):
    return {"file": "holdout10/" + file, "form": None, "status": "unrecognised", "fields": {},
            "problems": ["not_a_form"], "producer": producer, "idioms": idioms, "note": note}


def bad(file, code, producer, idioms, note):
    return {"file": "holdout10/" + file, "form": None, "status": "rejected", "fields": {}, "problems": [code],
            "producer": producer, "idioms": idioms, "note": note}


CASES = [
    # ---------------------------------------------------------------- exceljs 4.4.0
    case("exceljs/intention-labels-left-dropdowns.xlsx", "intention",
         intention("P01", ["OTP-C", "OTP-CSC"], signed="2023-11-22"),
         "exceljs", ["merged-cells", "value-next-cell", "label-colon", "one-cell-label-colon-ref", "data-validation-list",
                     "yes-no-typed", "service-yn-column", "date-serial", "frozen-panes", "print-settings"],
         "title merged A1:E1; 'Ref. No.: HDS/23/1109' in one cell; labels with colons in A, values merged B:E; "
         "participation 'Yes' from a Yes/No drop-down; a service table Code | System | Connect (Y/N) with Y, Y, N, N; "
         "signed date serial 45252 shown dd/mm/yyyy; frozen below the title, A4 fit-to-width print setup"),
    case("exceljs/result-tick-grid.xlsx", "result",
         result("P02", {"OTP-C": S, "OTP-CSC": S, "OMD-C": U, "OMD-CC": N}, signed="2023-11-27",
                issues="OMD-C retransmission requests timed out after the failover."),
         "exceljs", ["merged-cells", "value-next-cell", "result-tick-table", "tick-check-cell", "date-serial"],
         "'Ref. No.' and HDS/23/1109 in two cells; Service | Successful | Unsuccessful | Not Tested grid with ✓; "
         "session date serial shown 'd mmm yyyy', signed date serial shown dd-mm-yyyy"),
    case("exceljs/intention-labels-above.xlsx", "intention",
         intention("P03", ["OTP-C", "OMD-C", "OMD-CC"], signed="2023-11-23"),
         "exceljs", ["value-below", "labels-above-values", "services-as-columns", "boolean-cells", "phone-number-cell",
                     "date-as-text"],
         "every label sits above its value, several per row; the four service codes are column headers with TRUE/FALSE "
         "beneath; the telephone 23118842 is a NUMBER cell (an Excel user typed digits), read as written; "
         "signed date typed as the text 23/11/2023"),
    case("exceljs/result-labels-above-ticks.xlsx", "result",
         result("P04", {"OTP-C": S, "OTP-CSC": U, "OMD-C": S}, signed="2023-11-27",
                issues="OTP-CSC could not log on to the backup site until 10:40."),
         "exceljs", ["value-below", "labels-above-values", "result-tick-table", "tick-check-cell", "blank-row",
                     "date-serial"],
         "issue 9 section 4's 'Excel result form with labels above their values and ✓ marks in a results grid'; the "
         "OMD-CC row has no mark (not verified), so it is absent from results"),
    case("exceljs/intention-instructions-first.xlsx", "intention",
         intention("P05", ["OTP-C", "OMD-C"], signed="2023-11-22"),
         "exceljs", ["multiple-sheets", "instructions-sheet-first", "hidden-helper-sheet", "data-validation-list",
                     "services-as-dropdown-slots", "date-as-text"],
         "sheet 1 'Instructions' (prose naming the fields), sheet 2 'Intention Form', sheet 3 'Lists' hidden (Yes/No "
         "and all four codes, feeding the drop-downs); services chosen as 'Service 1' = OTP-C, 'Service 2' = OMD-C, "
         "'Service 3' left empty; the hidden list of all four codes is no answer; signed date text '22 Nov 2023'"),
    case("exceljs/result-words-dropdown.xlsx", "result",
         result("P06", {"OTP-C": S, "OTP-CSC": N, "OMD-C": S, "OMD-CC": S}, signed="2023-11-26"),
         "exceljs", ["result-word", "word-successful", "word-not-tested", "data-validation-list", "date-serial"],
         "one row per service with a Result drop-down (Successful / Unsuccessful / Not Tested); session date serial "
         "shown yyyy-mm-dd, signed date serial shown d/m/yyyy (26/11/2023); the Issues cell is empty, so absent"),
    case("exceljs/doubt-intention-yes-and-no.xlsx", "intention",
         intention("P07", ["OTP-C", "OMD-C"], participate=None, signed="2023-11-21"),
         "exceljs", ["doubt", "both-choices-ticked", "tick-check-cell", "value-next-cell"],
         "participation row 'Yes' ✓ and 'No' ✓ both marked: conflicting evidence, ambiguous:participate, incomplete; "
         "the service ticks are read as written",
         problems=["ambiguous:participate"]),
    case("exceljs/doubt-result-verified-no-result.xlsx", "result",
         result("P08", {"OTP-C": S, "OMD-C": S}, signed="2023-11-27"),
         "exceljs", ["doubt", "verified-without-result", "result-word", "verified-column"],
         "table Service | Verified? | Result: OTP-CSC is 'Yes' verified with the Result cell empty (OMD-CC is 'No', "
         "empty): a verified service with no result; issue 9 section 3: incomplete with missing:results (the "
         "results that were given stay in results)",
         problems=["missing:results"]),
    case("exceljs/intention-label-space-value.xlsx", "intention",
         intention("P09", ["OTP-CSC", "OMD-CC"], signed="2023-11-20"),
         "exceljs", ["label-space-value", "one-cell", "tick-x-cell", "date-serial"],
         "'Circular ref HDS/23/1109' and 'Subscriber code HSN1133' each in ONE cell, nothing but a space between "
         "label and value (issue 9 section 4); the other fields label | value; X against OTP-CSC and OMD-CC"),
    case("exceljs/intention-wrapped-name.xlsx", "intention",
         intention("P38", ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], signed="2023-11-24"),
         "exceljs", ["line-break-in-value", "whitespace-folding", "wrap-text", "tick-check-cell", "date-serial"],
         "subscriber name typed with Alt+Enter ('North Point Securities\\nLimited  ', wrap text on), contact name with "
         "a double space: both folded"),

    # ---------------------------------------------------------------- SheetJS 0.18.5
    case("sheetjs/intention-bilingual-two-columns.xlsx", "intention",
         intention("P10", ["OTP-C", "OTP-CSC", "OMD-C"], signed="2023-11-21"),
         "sheetjs", ["chinese-english-labels", "bilingual-label-columns", "lowercase-id", "tick-x-cell", "date-iso",
                     "date-as-text", "str-cells"],
         "column A the Chinese label (公司名稱, 用戶編號, 聯絡人, 電話, 電郵, 參與, 授權人姓名, 日期), column B the "
         "English one, column C the value; id typed 'hsn1110'; signed date text 2023-11-21"),
    case("sheetjs/result-bilingual-x-grid.xlsx", "result",
         result("P11", {"OTP-C": S, "OTP-CSC": N, "OMD-C": S, "OMD-CC": S}, signed="2023-11-27",
                issues="OTP-CSC was not tested because the line was under maintenance."),
         "sheetjs", ["chinese-english-labels", "result-tick-table", "tick-x-cell", "bilingual-headers", "date-serial"],
         "headers '成功 Successful', '不成功 Unsuccessful', '未測試 Not Tested' in one cell each; X marks; dates are "
         "date cells (cellDates) shown dd/mm/yyyy"),
    case("sheetjs/intention-field-value-table.xlsx", "intention",
         intention("P12", ["OTP-C", "OMD-C", "OMD-CC"], signed="2023-11-24"),
         "sheetjs", ["field-value-header", "value-next-cell", "services-as-text-list", "date-dmy-slash", "date-as-text"],
         "a two-column 'Field | Value' table as exported from a list; services written 'OTP-C, OMD-C, OMD-CC' in one "
         "cell (OTP-C must not also match OTP-CSC, OMD-C not OMD-CC); signed date text 24/11/2023"),
    case("sheetjs/result-true-false-grid.xlsx", "result",
         result("P13", {"OTP-C": S, "OTP-CSC": U, "OMD-C": S, "OMD-CC": N}, signed="2023-11-27"),
         "sheetjs", ["result-tick-table", "boolean-cells", "date-serial"],
         "Successful | Unsuccessful | Not Tested columns holding TRUE/FALSE booleans, one TRUE per row"),
    case("sheetjs/result-words-pass-fail.xlsx", "result",
         result("P14", {"OTP-C": S, "OTP-CSC": S, "OMD-C": U, "OMD-CC": N}, signed="2023-11-27",
                issues="OMD-C: no data received on the backup line for 5 minutes."),
         "sheetjs", ["result-word", "word-pass", "word-ok", "word-fail", "word-na", "date-ordinal", "date-d-mon-yyyy",
                     "date-as-text"],
         "results Pass / OK / Fail / N/A; session date text '25th November 2023', signed '27 Nov 2023'"),
    case("sheetjs/doubt-two-subscriber-ids.xlsx", "intention",
         intention("P15", ["OMD-C", "OMD-CC"], signed="2023-11-22", drop=["subscriber_id"]),
         "sheetjs", ["doubt", "two-values-one-field", "label-space-value", "value-next-cell"],
         "the header line says 'Subscriber code HSN1151', the details table says HSN1115: two different values for "
         "one field, ambiguous:subscriber_id (the reader may report one of them), incomplete",
         problems=["ambiguous:subscriber_id"]),

    # ---------------------------------------------------------------- LibreOffice 7.4 (soffice --convert-to xlsx)
    case("libreoffice/intention-fods-merged.xlsx", "intention",
         intention("P16", ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], signed="2023-11-20"),
         "libreoffice", ["fods-source", "merged-cells", "value-next-cell", "tick-x-cell", "yes-no-typed", "date-serial",
                         "print-settings"],
         "from .fods: merged title, labels left, 'Yes' typed, X against all four, signed date a date cell DD/MM/YYYY"),
    case("libreoffice/result-fods-ticks.xlsx", "result",
         result("P17", {"OTP-C": S, "OTP-CSC": S, "OMD-C": S, "OMD-CC": U}, signed="2023-11-27",
                issues="OMD-CC gap of 30 seconds during the switchover."),
         "libreoffice", ["fods-source", "result-tick-table", "tick-check-cell", "date-serial"],
         "from .fods: ✓ grid under Successful / Unsuccessful / Not Tested"),
    case("libreoffice/intention-html.xlsx", "intention",
         intention("P18", ["OTP-C"], signed="2023-11-21"),
         "libreoffice", ["html-source", "value-next-cell", "will-will-not-rows", "tick-char-heavy-check",
                         "date-long-month"],
         "from an HTML table: 'We will participate in PS2 using HSN' ✔ and 'We will not participate in PS2' empty; "
         "✔ against OTP-C only; signed '21 November 2023' (text, or a date if LibreOffice's import took it as one: "
         "the same day either way)"),
    case("libreoffice/result-csv.xlsx", "result",
         result("P19", {"OTP-C": S, "OTP-CSC": S, "OMD-C": S, "OMD-CC": N}, signed="2023-11-27", ref=False),
         "libreoffice", ["csv-source", "value-next-cell", "result-word", "word-not-tested", "date-dmy-slash"],
         "from a CSV of label,value lines; results 'OTP-C,Successful' ... 'OMD-CC,Not tested'; dates 25/11/2023 "
         "and 27/11/2023 (day > 12, so the en-US import leaves them as text)"),
    case("libreoffice/intention-decline.xlsx", "intention",
         intention("P20", None, participate=False, signed="2023-11-23"),
         "libreoffice", ["fods-source", "participate-false", "no-services", "tick-x-cell", "will-will-not-rows",
                         "date-serial"],
         "X in the 'We will not participate' row, the service rows empty: a complete decline"),
    case("libreoffice/intention-checkboxes-resaved.xlsx", "intention",
         intention("P41", ["OTP-CSC", "OMD-CC"], signed="2023-11-23"),
         "libreoffice", ["form-control-checkbox", "ctrl-props", "vml-drawing", "checkbox-captions", "resaved",
                         "xlsx-source"],
         "an Excel workbook with Developer-tab check boxes (made like spreadsheetml/intention-form-checkboxes.xlsx) "
         "opened and saved again by LibreOffice: LibreOffice writes its own ctrlProps (checked=\"Checked\"), a "
         "DrawingML drawing and a VML drawing WITHOUT x:Checked; checked: Yes, OTP-CSC, OMD-CC"),
    case("libreoffice/doubt-result-tick-between-rows.xlsx", "result",
         result("P21", None, signed="2023-11-27"),
         "libreoffice", ["doubt", "tick-between-rows", "result-tick-table", "tick-check-cell", "spacer-rows",
                         "fods-source"],
         "a double-spaced grid (an empty row between service rows); OTP-C and OMD-CC ✓ Successful on their rows, and "
         "one ✓ under Successful in the empty row between OTP-CSC and OMD-C, both of which are otherwise blank: the "
         "mark may belong to either, ambiguous:results",
         problems=["ambiguous:results"]),

    # ---------------------------------------------------------------- openpyxl 3.0.9
    case("openpyxl/intention-frozen-print-dv.xlsx", "intention",
         intention("P22", ["OTP-C", "OTP-CSC", "OMD-C"], signed="2023-11-22"),
         "openpyxl", ["frozen-panes", "print-settings", "print-titles", "data-validation-list", "tick-check-cell",
                      "date-serial"],
         "participate 'Yes' from a drop-down; ✓ in a 'Tick (✓)' column; signed date serial shown dd-mmm-yyyy "
         "(22-Nov-2023)"),
    case("openpyxl/result-labels-above-x.xlsx", "result",
         result("P23", {"OTP-C": S, "OTP-CSC": S, "OMD-C": S, "OMD-CC": S}, signed="2023-11-26"),
         "openpyxl", ["value-below", "labels-above-values", "result-tick-table", "tick-x-cell", "date-serial"],
         "labels above values; X grid; no issues written"),
    case("openpyxl/intention-1904.xlsx", "intention",
         intention("P24", ["OMD-C", "OMD-CC"], signed="2023-11-21"),
         "openpyxl", ["date1904", "date-serial", "tick-check-cell", "yes-no-typed"],
         "workbook in the 1904 date system: the signed date serial is 43789"),
    case("openpyxl/result-instructions-hidden-data.xlsx", "result",
         result("P25", {"OTP-C": S, "OTP-CSC": U, "OMD-C": N, "OMD-CC": S}, signed="2023-11-27",
                issues="OTP-CSC order entry rejected after switchover; reported to HKEX."),
         "openpyxl", ["multiple-sheets", "instructions-sheet-first", "hidden-helper-sheet", "very-hidden-sheet",
                      "data-validation-list", "result-word"],
         "'Instructions' first, then 'Result Form', then a hidden 'Data' sheet (result words and codes for the "
         "drop-downs) and a veryHidden 'Version' sheet"),
    case("openpyxl/result-one-cell-colon.xlsx", "result",
         result("P39", {"OTP-C": S, "OTP-CSC": S, "OMD-C": U, "OMD-CC": S}, signed="2023-11-27"),
         "openpyxl", ["one-cell", "label-colon-value", "result-word", "date-dmy-slash", "date-as-text"],
         "every line 'Label: value' in a single cell, results too ('OTP-C: Successful')"),
    case("openpyxl/doubt-result-two-marks-one-row.xlsx", "result",
         result("P26", None, signed="2023-11-27"),
         "openpyxl", ["doubt", "both-choices-ticked", "result-tick-table", "tick-check-cell"],
         "OMD-C has ✓ under both Successful and Unsuccessful (the others one ✓ under Successful): ambiguous:results",
         problems=["ambiguous:results"]),
    case("openpyxl/doubt-intention-two-emails.xlsx", "intention",
         intention("P27", ["OTP-C"], signed="2023-11-23", drop=["contact_email"]),
         "openpyxl", ["doubt", "two-values-one-field", "value-next-cell"],
         "the 'Email' row appears twice in the contact block with two different addresses "
         "(waiman.tong@chaiwansec.com.hk and it.support@chaiwansec.com.hk): ambiguous:contact_email",
         problems=["ambiguous:contact_email"]),

    # ---------------------------------------------------------------- XlsxWriter 3.0.2
    case("xlsxwriter/intention-checkmarks-print.xlsx", "intention",
         intention("P28", ["OTP-CSC", "OMD-C"], signed="2023-11-23"),
         "xlsxwriter", ["will-will-not-rows", "tick-char-heavy-check", "print-settings", "hidden-gridlines",
                        "cell-comment", "date-serial"],
         "'We will participate in PS2 using HSN' ✔ / 'We will not participate' empty; ✔ against OTP-CSC and OMD-C; "
         "a cell comment on the id; signed date serial shown d/m/yyyy"),
    case("xlsxwriter/result-rich-text-table.xlsx", "result",
         result("P29", {"OTP-C": S, "OTP-CSC": S, "OMD-C": N, "OMD-CC": U}, signed="2023-11-27",
                issues="OMD-CC snapshot recovery was slow."),
         "xlsxwriter", ["rich-text-labels", "excel-table", "result-word", "frozen-panes", "date-serial"],
         "labels written as rich strings (bold first word); results in an Excel Table (ListObject) Service | "
         "System | Result"),
    case("xlsxwriter/intention-booleans-text-dates.xlsx", "intention",
         intention("P30", ["OTP-C", "OMD-C"], signed="2023-11-24", ref=False),
         "xlsxwriter", ["boolean-cells", "participate-boolean", "date-dmy-dash", "date-as-text"],
         "participation answered TRUE in a boolean cell; services TRUE/FALSE; signed date text 24-11-2023"),
    case("xlsxwriter/doubt-intention-tick-between-rows.xlsx", "intention",
         intention("P31", ["OTP-C", "OTP-CSC"], participate=None, signed="2023-11-22"),
         "xlsxwriter", ["doubt", "tick-between-rows", "spacer-rows", "tick-check-cell"],
         "'Yes' in row 12 and 'No' in row 14, the only ✓ in row 13 between them: ambiguous:participate",
         problems=["ambiguous:participate"]),

    # ---------------------------------------------------------------- hand-written SpreadsheetML (python zipfile)
    case("spreadsheetml/intention-inline-strings-chinese-date.xlsx", "intention",
         intention("P32", ["OTP-C", "OMD-C"], signed="2023-11-22"),
         "spreadsheetml", ["inline-strings", "tick-x-cell", "date-serial", "chinese-date-format"],
         "inline strings; X marks; signed date serial 45252 with number format [$-zh-HK]yyyy\"年\"m\"月\"d\"日\""),
    case("spreadsheetml/result-shared-strings-merged.xlsx", "result",
         result("P33", {"OTP-C": S, "OTP-CSC": N, "OMD-C": S, "OMD-CC": S}, signed="2023-11-27"),
         "spreadsheetml", ["shared-strings", "merged-cells", "frozen-panes", "hidden-helper-sheet", "result-tick-table",
                           "tick-check-cell", "date-serial"],
         "merged title, ✓ grid, frozen panes, a hidden 'calc' sheet holding all four codes and the result words"),
    case("spreadsheetml/intention-form-checkboxes.xlsx", "intention",
         intention("P34", ["OTP-C", "OMD-C"], signed="2023-11-21"),
         "spreadsheetml", ["form-control-checkbox", "vml-drawing", "ctrl-props", "checkbox-captions"],
         "Excel form-control check boxes (xl/ctrlProps + VML), captions Yes / No and the four codes, no linked cells; "
         "checked: Yes, OTP-C, OMD-C"),
    case("spreadsheetml/result-form-checkboxes-linked.xlsx", "result",
         result("P35", {"OTP-C": S, "OTP-CSC": S, "OMD-C": N, "OMD-CC": U}, signed="2023-11-27"),
         "spreadsheetml", ["form-control-checkbox", "vml-drawing", "ctrl-props", "linked-cells", "hidden-column",
                           "result-tick-table"],
         "caption-less check boxes in a Successful / Unsuccessful / Not Tested grid, each linked (fmlaLink) to a cell "
         "in hidden columns H:J holding TRUE/FALSE as Excel keeps them"),
    case("spreadsheetml/intention-label-space-value.xlsx", "intention",
         intention("P36", ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], signed="2023-11-24"),
         "spreadsheetml", ["label-space-value", "one-cell", "chinese-english-labels", "tick-check-cell"],
         "'Ref. No. 編號 HDS/23/1109' and 'Subscriber code HSN1137' in one cell each, nothing but spaces between"),
    case("spreadsheetml/doubt-intention-service-yes-and-no.xlsx", "intention",
         intention("P37", None, signed="2023-11-22"),
         "spreadsheetml", ["doubt", "both-choices-ticked", "service-yes-no-columns", "tick-check-cell"],
         "services as rows with Yes / No columns: OTP-C Yes, OTP-CSC No, OMD-C ✓ under BOTH, OMD-CC No: "
         "ambiguous:services (participation itself is a clear Yes)",
         problems=["ambiguous:services"]),

    # ---------------------------------------------------------------- look-alikes: readable, not forms
    notform("lookalike/timesheet.xlsx", "sheetjs", ["lookalike", "timesheet"],
            "weekly timesheet: Employee Name, Employee No., Week ending, Date/Project/Hours rows, Approved by, "
            "Signature, Date"),
    notform("lookalike/contact-list.xlsx", "sheetjs", ["lookalike", "contact-list"],
            "Name | Company | Phone | Email columns, 18 people, several of them at securities firms"),
    notform("lookalike/lab-result-log.xlsx", "libreoffice", ["lookalike", "result-form-header", "fods-source"],
            "'Laboratory Test Result Form' in the header: Sample ID, Test, Result (Pass/Fail), Tested by, Date"),
    notform("lookalike/budget-template.xlsx", "libreoffice", ["lookalike", "budget", "fods-source"],
            "annual IT budget template with formulas"),
    notform("lookalike/expense-claim.xlsx", "openpyxl", ["lookalike", "expense-claim", "form-in-header"],
            "'Staff Expense Claim Form': Employee Name, Department, Phone, Email, items, Total, Authorised "
            "Signatory, Date"),
    notform("lookalike/subscriber-register-export.xlsx", "openpyxl", ["lookalike", "register-export", "hsn-ids"],
            "an export of the subscriber register: subscriber_id | subscriber_name | emails | domains | services, "
            "15 HSN ids"),
    notform("lookalike/project-status-report.xlsx", "openpyxl", ["lookalike", "status-report", "results-issues-columns"],
            "project status report with Workstream | Owner | Status | Results | Issues columns; words like "
            "Successful and OK in the Results column"),
    notform("lookalike/invoice.xlsx", "xlsxwriter", ["lookalike", "invoice"],
            "invoice: Bill To, Attention, Phone, Email, Invoice Date, line items, Total"),
    notform("lookalike/service-desk-ticket-log.xlsx", "xlsxwriter", ["lookalike", "ticket-log", "hsn-ids",
                                                                      "service-codes"],
            "service-desk ticket log: Ticket | Opened | Subscriber (HSN ids) | Service (OTP-C ...) | Subject | "
            "Status | Result"),

    # ---------------------------------------------------------------- files an Excel user breaks
    bad("bad/intention-csv-renamed.xlsx", "unsupported_type", "python", ["csv-renamed", "text-named-xlsx"],
        "the intention form exported as CSV and renamed .xlsx: plain text, the content decides"),
    bad("bad/result-xls-renamed.xlsx", "legacy_format", "libreoffice", ["excel-97-2003", "xls-named-xlsx"],
        "a result form saved as Excel 97-2003 (.xls, BIFF8 in an OLE file) and renamed .xlsx"),
    bad("bad/intention-ods-renamed.xlsx", "unsupported_type", "libreoffice", ["ods-named-xlsx"],
        "an OpenDocument spreadsheet renamed .xlsx: a zip, but no OOXML package"),
    bad("bad/intention-macros.xlsm", "macro_enabled", "xlsxwriter", ["xlsm", "vba-project-part",
                                                                     "macro-content-type"],
        "a filled intention form with a VBA project (xlsxwriter add_vba_project): never opened further"),
    bad("bad/result-truncated.xlsx", "corrupt", "openpyxl", ["truncated-zip"],
        "a result workbook cut at 60% of its bytes, as an interrupted download leaves it"),
]

if __name__ == "__main__":
    forms = [c for c in CASES if c["form"]]
    others = [c for c in CASES if not c["form"]]
    out = {"ref": REF, "services": SERVICES, "cases": forms, "bad": others}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cases.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(f"{len(forms)} forms, {len(others)} other files -> make/cases.json")
