#!/usr/bin/env python3
"""Writes the .xlsx files of tests/assets/holdout7: forms saved by Excel 365 with a Hong Kong / Chinese locale and
odd-but-valid cell and package idioms (xlsxml.py, by hand), one workbook by XlsxWriter and one by openpyxl (Debian).
Values are typed raw; the oracle is cases.py, written by hand."""
import datetime
import os
import xlsxwriter
from openpyxl import Workbook
from openpyxl.styles import Font
from xlsxml import Book
from people import FIRMS, NAMES, ZH, CODES, INT_TITLE, RES_TITLE, INT_ZH, RES_ZH

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
EN = ["Subscriber Name", "HSN Subscriber ID", "Contact Person", "Telephone", "Email"]
ZHL = ["公司名稱", "用戶編號", "聯絡人", "電話", "電郵"]
BI = [f"{z} {e}" for z, e in zip(ZHL, EN)]


def out(group, name):
    d = os.path.join(ROOT, group)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)


def title(sh, t, zh=None):
    sh.s("A1", t, bold=True)
    if zh:
        sh.s("B1", zh, bold=True)
    sh.s("A2", "編號 Ref. No.:" if zh else "Ref. No.:")
    sh.s("B2", "HDS/23/1109")


def details(sh, key, labels=EN, r=4, skip=()):
    vals = FIRMS[key][:5]
    for i, (l, v) in enumerate(zip(labels, vals)):
        sh.s(f"A{r + i}", l, bold=True)
        if i not in skip:
            sh.s(f"B{r + i}", v)
    return r + len(labels)


def services(sh, chosen, r, mark="✓", zh=False):
    sh.s(f"A{r}", "測試服務 Services to be verified" if zh else "Services to be verified", bold=True)
    sh.s(f"B{r}", "系統 System" if zh else "System", bold=True)
    sh.s(f"C{r}", "選擇 Tick" if zh else "Tick (✓)", bold=True)
    for i, c in enumerate(CODES):
        sh.s(f"A{r + 1 + i}", c)
        sh.s(f"B{r + 1 + i}", ZH[c] if zh else NAMES[c])
        if c in chosen:
            sh.s(f"C{r + 1 + i}", mark)
    return r + 5


def excel_locale():
    # zh-HK: sheet 意向書, Chinese-first labels, defined names in Chinese, [$-zh-HK]yyyy"年"m"月"d"日"
    key = "hanghau"
    bk = Book(FIRMS[key][2])
    sh = bk.sheet("意向書")
    title(sh, INT_TITLE, INT_ZH)
    details(sh, key, BI)
    sh.s("A10", "參與 We will participate in PS2 using HSN", bold=True)
    sh.s("B10", "是 Yes")
    r = services(sh, {"OTP-C", "OMD-C", "OMD-CC"}, 12, zh=True)
    sh.s(f"A{r + 1}", "授權人姓名 Name of Authorised Signatory", bold=True)
    sh.s(f"B{r + 1}", FIRMS[key][5])
    sh.s(f"A{r + 2}", "日期 Date", bold=True)
    sh.n(f"B{r + 2}", 45252, '[$-zh-HK]yyyy"年"m"月"d"日";@')
    for i, nm in enumerate(ZHL):
        bk.names.append((nm, f"意向書!$B${4 + i}", None, False))
    bk.names.append(("授權人姓名", f"意向書!$B${r + 1}", None, False))
    bk.names.append(("_xlnm.Print_Area", f"意向書!$A$1:$C${r + 2}", 0, False))
    bk.save(out("excel-locale", "intention-zh-hk-date-format-chinese-names-hanghau.xlsx"))

    # ROC (Minguo) era number format [$-404]e/m/d on the session date; d-mmm-yy on the signature date
    key = "wanchaigap"
    bk = Book(FIRMS[key][2])
    sh = bk.sheet("結果表格")
    title(sh, RES_TITLE, RES_ZH)
    r = details(sh, key, BI)
    sh.s(f"A{r}", "演習日期 Practice Session Date", bold=True)
    sh.n(f"B{r}", 45255, "[$-404]e/m/d;@")
    sh.s("A11", "服務 Service", bold=True)
    sh.s("B11", "結果 Result", bold=True)
    for i, (c, w) in enumerate(zip(CODES, ["Successful", "Successful", "Unsuccessful", "Successful"])):
        sh.s(f"A{12 + i}", c)
        sh.s(f"B{12 + i}", w)
    sh.s("A17", "備註 Issues Encountered", bold=True)
    sh.s("B17", "OMD-C: line B of the backup site showed no packets for 5 minutes.")
    sh.s("A18", "授權人姓名 Name of Authorised Signatory", bold=True)
    sh.s("B18", FIRMS[key][5])
    sh.s("A19", "日期 Date", bold=True)
    sh.n("B19", 45257, "d-mmm-yy")
    bk.save(out("excel-locale", "result-roc-era-date-format-wanchaigap.xlsx"))

    # XlsxWriter: sheet 表格, defined names in Chinese, yyyy/m/d, data validation and conditional formatting
    key = "happyvalley"
    name, sid, contact, phone, email, sig = FIRMS[key]
    wb = xlsxwriter.Workbook(out("excel-locale", "intention-xlsxwriter-chinese-sheet-yyyy-m-d-happyvalley.xlsx"))
    wb.set_properties({"author": contact, "created": datetime.datetime(2023, 11, 21, 10, 0)})
    ws = wb.add_worksheet("表格")
    bold = wb.add_format({"bold": True})
    ws.set_column("A:A", 44)
    ws.set_column("B:C", 36)
    ws.write("A1", INT_ZH + " " + INT_TITLE, bold)
    ws.write("A2", "編號 Ref. No.:")
    ws.write("B2", "HDS/23/1109")
    for i, (l, v) in enumerate(zip(BI, [name, sid, contact, phone, email])):
        ws.write(3 + i, 0, l, bold)
        ws.write_string(3 + i, 1, v)
        wb.define_name(["公司名稱", "用戶編號", "聯絡人", "電話", "電郵"][i], f"=表格!$B${4 + i}")
    ws.write("A10", "參與 Participation (是/否)", bold)
    ws.write("B10", "是")
    ws.data_validation("B10", {"validate": "list", "source": ["是", "否"]})
    ws.write("A12", "服務 Service", bold)
    ws.write("B12", "系統 System", bold)
    ws.write("C12", "選擇 Select (X)", bold)
    for i, c in enumerate(CODES):
        ws.write(12 + i, 0, c)
        ws.write(12 + i, 1, ZH[c])
        if c in ("OTP-C", "OTP-CSC"):
            ws.write(12 + i, 2, "X")
    ws.conditional_format("C13:C16", {"type": "cell", "criteria": "==", "value": '"X"',
                                      "format": wb.add_format({"bg_color": "#C6EFCE"})})
    ws.write("A18", "授權人姓名 Name of Authorised Signatory", bold)
    ws.write("B18", sig)
    ws.write("A19", "日期 Date", bold)
    ws.write_datetime("B19", datetime.datetime(2023, 11, 21), wb.add_format({"num_format": "yyyy/m/d"}))
    wb.close()


def excel_layout():
    # the form on the third sheet, after a hidden sheet and a very hidden sheet holding last year's answers
    key = "causewaybay"
    bk = Book(FIRMS[key][2])
    old = bk.sheet("舊資料", "hidden")
    title(old, INT_TITLE)
    for i, (l, v) in enumerate(zip(EN, ["Causeway Bay Capital Limited", "HSN7224", "Ho Siu Wai", "2576 0000",
                                        "siuwai.ho@cbcapital.com.hk"])):
        old.s(f"A{4 + i}", l)
        old.s(f"B{4 + i}", v)
    old.s("A10", "We will participate in PS2 using HSN")
    old.s("B10", "No")
    vh = bk.sheet("PS1_2022", "veryHidden")
    title(vh, INT_TITLE)
    for i, (l, v) in enumerate(zip(EN[2:], ["Ho Siu Wai", "2576 0001", "ps1@cbcapital.com.hk"])):
        vh.s(f"A{4 + i}", l)
        vh.s(f"B{4 + i}", v)
    sh = bk.sheet("Form")
    title(sh, INT_TITLE)
    details(sh, key)
    sh.s("A10", "We will participate in PS2 using HSN", bold=True)
    sh.s("B10", "Yes")
    r = services(sh, {"OTP-CSC", "OMD-CC"}, 12)
    sh.s(f"A{r + 1}", "Name of Authorised Signatory", bold=True)
    sh.s(f"B{r + 1}", FIRMS[key][5])
    sh.s(f"A{r + 2}", "Date", bold=True)
    sh.n(f"B{r + 2}", 45253, "dd/mm/yyyy")
    bk.save(out("excel-layout", "intention-after-hidden-and-very-hidden-sheets-causewaybay.xlsx"))

    # shared formulas with cached values; the list of result words in a hidden column; a phone in @ text format
    key = "admiralty"
    bk = Book(FIRMS[key][2])
    sh = bk.sheet("Result Form")
    sh.cols = ('<cols><col min="1" max="1" width="42" customWidth="1"/><col min="2" max="3" width="38" customWidth="1"/>'
               '<col min="6" max="6" width="14" hidden="1" customWidth="1"/></cols>')
    title(sh, RES_TITLE)
    name, sid, contact, phone, email, sig = FIRMS[key]
    for i, (l, v) in enumerate(zip(EN, [name, sid, contact, phone, email])):
        sh.s(f"A{4 + i}", l, bold=True)
        if i == 3:
            sh.cells[f"B{4 + i}"] = f'<c r="B{4 + i}" s="{bk.style(49)}" t="s"><v>{bk.sst(v)}</v></c>'
        else:
            sh.s(f"B{4 + i}", v)
    sh.s("A9", "Practice Session Date", bold=True)
    sh.f("B9", "DATE(2023,11,25)", 45255, fmt="dd/mm/yyyy")
    for i, w in enumerate(["Successful", "Unsuccessful", "Not tested"]):
        sh.s(f"F{1 + i}", w)
    sh.s("A11", "Service", bold=True)
    sh.s("B11", "Result", bold=True)
    for i, c in enumerate(CODES):
        sh.s(f"A{12 + i}", c)
    sh.f("B12", "$F$1", "Successful", t="str", shared=("master", 0, "B12:B14"))
    sh.f("B13", None, "Successful", t="str", shared=("child", 0))
    sh.f("B14", None, "Successful", t="str", shared=("child", 0))
    sh.f("B15", "$F$3", "Not tested", t="str")
    sh.s("A17", "Issues Encountered", bold=True)
    sh.f("B17", '"Nil"', "Nil", t="str")
    sh.s("A18", "Name of Authorised Signatory", bold=True)
    sh.f("B18", "B6", contact, t="str")
    sh.s("A19", "Date", bold=True)
    sh.f("B19", "B9+2", 45257, fmt="dd/mm/yyyy")
    bk.save(out("excel-layout", "result-shared-formulas-cached-values-admiralty.xlsx"))

    # rich text runs and phonetic runs (rPh) in shared strings; t="d" ISO date cells
    key = "sheungwan"
    bk = Book(FIRMS[key][2])
    sh = bk.sheet("Sheet1")
    title(sh, INT_TITLE)
    name, sid, contact, phone, email, sig = FIRMS[key]
    sh.s("A4", ("rich", [("Subscriber Name", "<b/><sz val=\"12\"/><rFont val=\"Calibri\"/>"),
                         (" 公司名稱", "<sz val=\"10\"/><rFont val=\"新細明體\"/><family val=\"1\"/><charset val=\"136\"/>")],
                '<rPh sb="16" eb="20"><t>ゴンシーメンチェン</t></rPh><phoneticPr fontId="1" type="noConversion"/>'))
    sh.s("B4", ("rich", [("Sheung Wan ", "<b/><sz val=\"12\"/><rFont val=\"Calibri\"/>"),
                         ("Investment", "<i/><sz val=\"12\"/><rFont val=\"Calibri\"/>"), (" Limited", "<sz val=\"12\"/><rFont val=\"Calibri\"/>")], None))
    for i, (l, v) in enumerate(zip(EN[1:], [sid, contact, phone, email])):
        sh.s(f"A{5 + i}", l, bold=True)
        sh.s(f"B{5 + i}", v)
    sh.s("A10", "We will participate in PS2 using HSN", bold=True)
    sh.s("B10", "Yes")
    r = services(sh, {"OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"}, 12)
    sh.s(f"A{r + 1}", "Name of Authorised Signatory", bold=True)
    sh.s(f"B{r + 1}", ("rich", [("謝永志", "<sz val=\"12\"/><rFont val=\"新細明體\"/><family val=\"1\"/><charset val=\"136\"/>")],
                       '<rPh sb="0" eb="3"><t>ツェ ウィン チ</t></rPh><phoneticPr fontId="1" type="Hiragana"/>'))
    sh.s(f"A{r + 2}", "Date", bold=True)
    sh.d(f"B{r + 2}", "2023-11-21T00:00:00", "d/m/yyyy")
    bk.save(out("excel-layout", "intention-rich-text-phonetic-runs-iso-date-cells-sheungwan.xlsx"))

    # label and value in one cell, separated by Alt+Enter (a line feed)
    key = "saiwanho"
    bk = Book(FIRMS[key][2])
    sh = bk.sheet("Intention")
    title(sh, INT_TITLE)
    for i, (l, v) in enumerate(zip(EN, FIRMS[key][:5])):
        sh.s(f"A{4 + i}", f"{l}\n{v}", wrap=True)
    sh.s("A10", "We will participate in PS2 using HSN (Yes/No)\nYes", wrap=True)
    r = services(sh, {"OMD-C"}, 12, mark="✓")
    sh.s(f"A{r + 1}", f"Name of Authorised Signatory\n{FIRMS[key][5]}", wrap=True)
    sh.s(f"A{r + 2}", "Date\n22/11/2023", wrap=True)
    bk.save(out("excel-layout", "intention-label-and-value-one-cell-alt-enter-saiwanho.xlsx"))

    # number formats that show something else than the stored value: 36182040 as 0000 0000, 7262 as "HSN"0000
    key = "lohas"
    bk = Book(FIRMS[key][2])
    sh = bk.sheet("Form")
    title(sh, INT_TITLE)
    name, sid, contact, phone, email, sig = FIRMS[key]
    sh.s("A4", "Subscriber Name", bold=True)
    sh.s("B4", name)
    sh.s("A5", "HSN Subscriber ID", bold=True)
    sh.n("B5", 7262, '"HSN"0000')
    sh.s("A6", "Contact Person", bold=True)
    sh.s("B6", contact)
    sh.s("A7", "Telephone", bold=True)
    sh.n("B7", 36182040, "0000 0000")
    sh.s("A8", "Email", bold=True)
    sh.s("B8", email)
    sh.s("A10", "We will participate in PS2 using HSN", bold=True)
    sh.s("B10", "Yes")
    r = services(sh, {"OTP-C", "OMD-C"}, 12, mark="X")
    sh.s(f"A{r + 1}", "Name of Authorised Signatory", bold=True)
    sh.s(f"B{r + 1}", sig)
    sh.s(f"A{r + 2}", "Date", bold=True)
    sh.n(f"B{r + 2}", 45254, "d-mmm-yy")
    bk.save(out("excel-layout", "intention-number-formats-shown-text-lohas.xlsx"))

    # results in an Excel table (ListObject) with data validation and conditional formatting
    key = "polam"
    bk = Book(FIRMS[key][2])
    sh = bk.sheet("Form")
    title(sh, RES_TITLE)
    r = details(sh, key)
    sh.s(f"A{r}", "Practice Session Date", bold=True)
    sh.n(f"B{r}", 45255, "d mmm yyyy")
    sh.s("A11", "Service", bold=True)
    sh.s("B11", "System", bold=True)
    sh.s("C11", "Result", bold=True)
    for i, (c, w) in enumerate(zip(CODES, ["Successful", "Not tested", "Successful", "Unsuccessful"])):
        sh.s(f"A{12 + i}", c)
        sh.s(f"B{12 + i}", NAMES[c])
        sh.s(f"C{12 + i}", w)
    sh.s("A17", "Issues Encountered", bold=True)
    sh.s("B17", "OMD-CC: failover took 12 minutes; data resumed at 10:32.")
    sh.s("A18", "Name of Authorised Signatory", bold=True)
    sh.s("B18", FIRMS[key][5])
    sh.s("A19", "Date", bold=True)
    sh.n("B19", 45257, "d mmm yyyy")
    sh.extra = ('<conditionalFormatting sqref="C12:C15"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" '
                'text="Unsuccessful"><formula>NOT(ISERROR(SEARCH("Unsuccessful",C12)))</formula></cfRule></conditionalFormatting>'
                '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" '
                'sqref="C12:C15"><formula1>"Successful,Unsuccessful,Not tested"</formula1></dataValidation></dataValidations>')
    sh.tables.append(lambda n: (
        f'<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="{n}" name="PS2Results" '
        'displayName="PS2Results" ref="A11:C15" totalsRowShown="0"><autoFilter ref="A11:C15"/><tableColumns count="3">'
        '<tableColumn id="1" name="Service"/><tableColumn id="2" name="System"/><tableColumn id="3" name="Result"/></tableColumns>'
        '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'))
    bk.save(out("excel-layout", "result-excel-table-cf-dv-polam.xlsx"))


def excel_package():
    # no xl/worksheets/sheet1.xml: the sheet, strings and styles live under other names with upper-case extensions
    key = "kwuntong"
    bk = Book(FIRMS[key][2])
    sh = bk.sheet("Result")
    title(sh, RES_TITLE)
    r = details(sh, key)
    sh.s(f"A{r}", "Practice Session Date", bold=True)
    sh.s(f"B{r}", "25/11/2023")
    sh.s("A11", "Service", bold=True)
    for j, h in enumerate(["Successful", "Unsuccessful", "Not tested"]):
        sh.s(f"{'BCD'[j]}11", h, bold=True)
    for i, (c, m) in enumerate(zip(CODES, "suss")):
        sh.s(f"A{12 + i}", c)
        sh.s(f"{'BCD'['sun'.index(m)]}{12 + i}", "X")
    sh.s("A17", "Issues Encountered", bold=True)
    sh.s("B17", "OTP-CSC order entry rejected for 4 minutes after failover.")
    sh.s("A18", "Name of Authorised Signatory", bold=True)
    sh.s("B18", FIRMS[key][5])
    sh.s("A19", "Date", bold=True)
    sh.s("B19", "27/11/2023")
    bk.save(out("package", "result-sheet-under-other-part-name-kwuntong.xlsx"), sheet_paths=["xl/forms/ResultForm.XML"],
            sst_path="xl/text/Strings.XML", styles_path="xl/Looks.XML")


def incomplete_other():
    # the e-mail only on a very hidden sheet; the form's Email cell is empty
    key = "yautong"
    bk = Book(FIRMS[key][2])
    sh = bk.sheet("Form")
    title(sh, RES_TITLE)
    r = details(sh, key, skip=(4,))
    sh.s(f"A{r}", "Practice Session Date", bold=True)
    sh.n(f"B{r}", 45255, "dd/mm/yyyy")
    sh.s("A11", "Service", bold=True)
    sh.s("B11", "Result", bold=True)
    for i, c in enumerate(CODES):
        sh.s(f"A{12 + i}", c)
        sh.s(f"B{12 + i}", "Successful")
    sh.s("A17", "Issues Encountered", bold=True)
    sh.s("B17", "Nil")
    sh.s("A18", "Name of Authorised Signatory", bold=True)
    sh.s("B18", FIRMS[key][5])
    sh.s("A19", "Date", bold=True)
    sh.n("B19", 45257, "dd/mm/yyyy")
    lists = bk.sheet("Lists", "veryHidden")
    lists.s("A1", "Email")
    lists.s("A2", FIRMS[key][4])
    lists.s("B1", "Telephone")
    lists.s("B2", FIRMS[key][3])
    bk.save(out("incomplete", "result-email-only-on-very-hidden-sheet-yautong.xlsx"))

    # openpyxl: a firm's staff contact list in Chinese, no form
    wb = Workbook()
    ws = wb.active
    ws.title = "聯絡人名單"
    wb.properties.creator = "黃美儀"
    ws.append(["姓名 Name", "職位 Title", "電話 Telephone", "電郵 Email", "HSN 用戶編號"])
    for row in [["黃美儀", "營運經理", "2448 1203", "meiyee.wong@tswfin.com.hk", "HSN7326"],
                ["黃志強", "董事", "2448 1200", "chikeung.wong@tswfin.com.hk", "HSN7326"],
                ["陳嘉欣", "交易員", "2448 1215", "kayan.chan@tswfin.com.hk", "HSN7326"]]:
        ws.append(row)
    for c in ws[1]:
        c.font = Font(bold=True)
    wb.save(out("other", "staff-contact-list-chinese-tinshuiwai.xlsx"))


if __name__ == "__main__":
    excel_locale()
    excel_layout()
    excel_package()
    incomplete_other()
