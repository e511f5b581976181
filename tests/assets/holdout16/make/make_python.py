#!/usr/bin/env python3
"""Builds holdout16's forms and look-alikes with python-docx / openpyxl (and HTML sources for LibreOffice).
RAW holds, per file, what the subscriber literally typed; verify.py checks the files hold it and that it
normalises to the oracle's values."""
import os, sys
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TA = "Appendix A – Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"
TB = "Appendix B – Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"
TA_ZH = "附錄A – 使用HSN參與演習意向表格 " + TA
TB_ZH = "附錄B – 使用HSN參與演習結果表格 " + TB
TA_SC = "附录A – 使用HSN参与演习意向表格 " + TA
TB_SC = "附录B – 使用HSN参与演习结果表格 " + TB
CODES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
RAW = {}


def p(path):
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    return full


def doc_head(title, ref_label="Ref. No.:"):
    d = Document()
    d.add_paragraph("HKEX Hosting Services Limited")
    h = d.add_paragraph()
    h.add_run(title).bold = True
    d.add_paragraph(f"{ref_label} HDS/23/1109")
    d.add_paragraph("To: HKEX Hosting Services – Service Desk (hsservicedesk@hkex.com.hk)")
    return d


def table(d, rows, header=None):
    t = d.add_table(rows=0, cols=len(rows[0]) if rows else len(header))
    t.style = "Table Grid"
    for r in ([header] if header else []) + rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    return t


def wb_head(title, ref="Ref. No.: HDS/23/1109"):
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    ws["A1"] = "HKEX Hosting Services Limited"
    ws["A2"] = title
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ref
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 40
    return wb, ws


def put(ws, r, *vals):
    for i, v in enumerate(vals):
        if v is not None:
            ws.cell(row=r, column=1 + i, value=v)


# ---------------------------------------------------------------- intention, Word
def i_chaiwan():
    f = "word/intention-abbrev-typed-will-all-chaiwan.docx"
    raw = dict(subscriber_name="Chai Wan Securities Ltd", subscriber_id="HSN0427", contact_name="Lee Ka Ming",
               contact_phone="2345 6789", contact_email="km.lee@chaiwansec.com.hk", signatory_name="Wong Siu Fung",
               signed_date="22/11/2023", participate="We will participate", services="All")
    d = doc_head(TA)
    table(d, [["Subscr. Name", raw["subscriber_name"]], ["Subscr. ID", raw["subscriber_id"]],
              ["Contact Prsn", raw["contact_name"]], ["Tel no.", raw["contact_phone"]],
              ["E-mail addr", raw["contact_email"]], ["Participation", raw["participate"]],
              ["Services to be verified", raw["services"]], ["Auth. Signatory", raw["signatory_name"]],
              ["Dt.", raw["signed_date"]]])
    d.save(p(f)); RAW[f] = raw


def i_mongkok():
    f = "word/intention-trad-chinese-fullwidth-only-two-mongkok.docx"
    raw = dict(subscriber_name="旺角證券有限公司", subscriber_id="ＨＳＮ０５１８", contact_name="陳大文",
               contact_phone="2388 1234", contact_email="dm.chan@mksec.com.hk", signatory_name="李小明",
               signed_date="2023年11月22日", participate="是", services="OTP-C & OMD-C only")
    d = doc_head(TA_ZH, "編號：")
    for lab, k in [("公司名稱", "subscriber_name"), ("用戶編號", "subscriber_id"), ("聯絡人", "contact_name"),
                   ("電話", "contact_phone"), ("電郵", "contact_email"), ("參與", "participate"),
                   ("測試服務", "services"), ("授權人姓名", "signatory_name"), ("日期", "signed_date")]:
        d.add_paragraph(f"{lab}：{raw[k]}")
    d.save(p(f)); RAW[f] = raw


def tick_lines(d, will, services):
    d.add_paragraph(("☒" if will else "☐") + " We will participate in PS2 using HSN")
    d.add_paragraph(("☐" if will else "☒") + " We will not participate in PS2 using HSN")
    d.add_paragraph("Services to be verified:")
    for c in CODES:
        d.add_paragraph(("☒ " if c in services else "☐ ") + c)


def i_tsuenwan():
    f = "word/intention-decline-template-ticks-left-tsuenwan.docx"
    raw = dict(subscriber_name="Tsuen Wan Investment Ltd", subscriber_id="HSN1350", contact_name="Ng Pui Shan",
               contact_phone="2490 1188", contact_email="ps.ng@twinvest.com.hk", signatory_name="Ng Pui Shan",
               signed_date="20/11/2023", participate="☒ We will not participate", services="☒ x4")
    d = doc_head(TA)
    table(d, [["Subscriber Name", raw["subscriber_name"]], ["HSN Subscriber ID", raw["subscriber_id"]],
              ["Contact Person", raw["contact_name"]], ["Telephone", raw["contact_phone"]],
              ["Email", raw["contact_email"]]])
    tick_lines(d, False, CODES)
    d.add_paragraph("Name of Authorised Signatory: " + raw["signatory_name"])
    d.add_paragraph("Date: " + raw["signed_date"])
    d.save(p(f)); RAW[f] = raw


def i_taikoo():
    f = "word/intention-typos-missing-phone-taikoo.docx"
    raw = dict(subscriber_name="Taikoo Shing Securites Ltd", subscriber_id="HSN0277", contact_name="Cheung Wing Yan",
               contact_phone="", contact_email="wy.cheung@tkssec.com.hk", signed_date="21/11/2023",
               participate="Yes", services="OTP-C, OMD-C")
    d = doc_head(TA)
    table(d, [["Subscriber Name", raw["subscriber_name"]], ["Subscr. ID", raw["subscriber_id"]],
              ["Contact Prsn", raw["contact_name"]], ["Tel no.", ""], ["E-mail addr", raw["contact_email"]],
              ["Will participate in PS2 using HSN (Yes/No)", raw["participate"]],
              ["Services to be verified", raw["services"]], ["Authorised Signatory", ""], ["Date", raw["signed_date"]]])
    d.save(p(f)); RAW[f] = raw


def i_northpoint():
    f = "word/intention-email-comma-typo-northpoint.docx"
    raw = dict(subscriber_name="North Point Harbour Finance Ltd", subscriber_id="HSN0390", contact_name="Kwong Pak Sing",
               contact_phone="2561 3300", contact_email="ps.kwong@nphf,com.hk", signatory_name="Kwong Pak Sing",
               signed_date="22-11-2023", participate="☒ We will participate", services="☒ x4")
    d = doc_head(TA)
    table(d, [["Subscriber Name:", raw["subscriber_name"]], ["Subscriber ID:", raw["subscriber_id"]],
              ["Contact Person:", raw["contact_name"]], ["Tel. No.:", raw["contact_phone"]],
              ["E-mail Address:", raw["contact_email"]]])
    tick_lines(d, True, CODES)
    table(d, [["Name of Authorised Signatory", raw["signatory_name"]], ["Date", raw["signed_date"]]])
    d.save(p(f)); RAW[f] = raw


# ---------------------------------------------------------------- intention, Excel
def i_kwuntong():
    f = "excel/intention-participate-Y-allfour-ext-kwuntong.xlsx"
    raw = dict(subscriber_name="Kwun Tong Capital Limited", subscriber_id="HSN1024", contact_name="Chan Mei Ling",
               contact_phone="+852 2345 6789 ext. 123", contact_email="ml.chan@ktcap.com.hk", signatory_name="Ho Wai Kin",
               signed_date="22nd Nov 2023", participate="Y", services="all four")
    wb, ws = wb_head(TA)
    rows = [("Subscriber Name", "subscriber_name"), ("Subscriber ID", "subscriber_id"), ("Contact Person", "contact_name"),
            ("Tel", "contact_phone"), ("Email", "contact_email"), ("Participate", "participate"),
            ("Services", "services"), ("Authorised Signatory", "signatory_name"), ("Date", "signed_date")]
    for i, (lab, k) in enumerate(rows):
        put(ws, 5 + i, lab + ":", raw[k])
    wb.save(p(f)); RAW[f] = raw


def i_shenzhen():
    f = "excel/intention-simplified-chinese-ticks-shenzhen.xlsx"
    raw = dict(subscriber_name="深港通证券有限公司", subscriber_id="HSN0733", contact_name="王小红",
               contact_phone="(852) 2811 2233", contact_email="xh.wang@szhk-sec.com", signatory_name="张伟",
               signed_date="二零二三年十一月二十一日", participate="是", services="✓ OTP-C OTP-CSC OMD-CC")
    wb, ws = wb_head(TA_SC, "编号: HDS/23/1109")
    r = 5
    for lab, k in [("公司名称", "subscriber_name"), ("用户编号", "subscriber_id"), ("联络人", "contact_name"),
                   ("电话", "contact_phone"), ("电邮", "contact_email"), ("参与", "participate")]:
        put(ws, r, lab, raw[k]); r += 1
    put(ws, r, "测试服务"); r += 1
    for c in CODES:
        put(ws, r, c, "✓" if c in ("OTP-C", "OTP-CSC", "OMD-CC") else None); r += 1
    put(ws, r, "授权人姓名", raw["signatory_name"]); put(ws, r + 1, "日期", raw["signed_date"])
    wb.save(p(f)); RAW[f] = raw


def i_yuenlong():
    f = "excel/intention-fullwidth-digits-phone-date-yuenlong.xlsx"
    raw = dict(subscriber_name="Yuen Long Futures & Securities Ltd", subscriber_id="hsn0644", contact_name="Lau Kwok Wai",
               contact_phone="２４７８ ５５６６", contact_email="kw.lau@ylfs.com.hk", signatory_name="Lau Kwok Wai",
               signed_date="２３/１１/２０２３", participate="Yes", services="✓ OTP-C OMD-C")
    wb, ws = wb_head(TA)
    r = 5
    for lab, k in [("Subscriber Name", "subscriber_name"), ("Subscriber ID", "subscriber_id"), ("Contact Person", "contact_name"),
                   ("Contact Number", "contact_phone"), ("E-mail Address", "contact_email"),
                   ("We will participate in PS2 using HSN (Yes/No)", "participate")]:
        put(ws, r, lab, raw[k]); r += 1
    put(ws, r, "Services to be verified", "Tick (✓)"); r += 1
    for c in CODES:
        put(ws, r, c, "✓" if c in ("OTP-C", "OMD-C") else None); r += 1
    put(ws, r, "Name of Authorised Signatory", raw["signatory_name"]); put(ws, r + 1, "Date", raw["signed_date"])
    wb.save(p(f)); RAW[f] = raw


def i_aberdeen():
    f = "excel/intention-yes-no-services-blank-aberdeen.xlsx"
    raw = dict(subscriber_name="Aberdeen Harbour Trading Ltd", subscriber_id="HSN1188", contact_name="Fung Hoi Man",
               contact_phone="2555 0123", contact_email="hm.fung@aberdeenht.com.hk", signatory_name="Fung Hoi Man",
               signed_date="24/11/2023", participate="Yes", services="")
    wb, ws = wb_head(TA)
    r = 5
    for lab, k in [("Subscriber Name", "subscriber_name"), ("Subscriber ID", "subscriber_id"), ("Contact Person", "contact_name"),
                   ("Telephone", "contact_phone"), ("Email", "contact_email"), ("Will you participate?", "participate")]:
        put(ws, r, lab, raw[k]); r += 1
    put(ws, r, "Services to be verified (tick)"); r += 1
    for c in CODES:
        put(ws, r, c); r += 1
    put(ws, r, "Authorised Signatory", raw["signatory_name"]); put(ws, r + 1, "Date", raw["signed_date"])
    wb.save(p(f)); RAW[f] = raw


def i_laichikok():
    f = "excel/intention-yes-sentence-codes-one-cell-laichikok.xlsx"
    raw = dict(subscriber_name="Lai Chi Kok Asset Management Ltd", subscriber_id="HSN2041", contact_name="Mak Tsz Ho",
               contact_phone="2742 6611", contact_email="th.mak@lckam.com.hk", signatory_name="Mak Tsz Ho",
               signed_date="21/11/2023", participate="Yes, we will participate", services="OTP-C, OTP-CSC")
    wb, ws = wb_head(TA)
    r = 5
    for lab, k in [("Name of Subscriber", "subscriber_name"), ("Subscriber Code", "subscriber_id"), ("Contact Name", "contact_name"),
                   ("Phone", "contact_phone"), ("E-mail", "contact_email"), ("Participation in PS2 using HSN", "participate"),
                   ("Systems to connect", "services"), ("Authorised Person", "signatory_name"), ("Date", "signed_date")]:
        put(ws, r, lab, raw[k]); r += 1
    wb.save(p(f)); RAW[f] = raw


# ---------------------------------------------------------------- intention, HTML for LibreOffice
def html(title, body):
    return f"<html><head><meta charset='utf-8'><title>form</title></head><body><p><b>{title}</b></p>{body}</body></html>"


def hrows(rows):
    return "<table border='1'>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


def i_sheungwan():
    f = "word/intention-mixed-zh-en-except-twonumbers-sheungwan.docx"
    raw = dict(subscriber_name="Sheung Wan Brokerage Co. Ltd", subscriber_id="HSN0902", contact_name="Tam Chi Keung",
               contact_phone="2345 6789 / 9123 4567", contact_email="ck.tam@swbroker.com.hk", signatory_name="Tam Chi Keung",
               signed_date="23/11/2023", participate="☒ We will participate", services="everything except OMD-CC")
    body = "<p>編號 Ref. No.: HDS/23/1109</p>" + hrows([
        ["公司名稱 Company Name", raw["subscriber_name"]], ["用戶編號 Subscriber ID", raw["subscriber_id"]],
        ["聯絡人 Contact Person", raw["contact_name"]], ["電話 Tel", raw["contact_phone"]],
        ["電郵 Email", raw["contact_email"]]]) + \
        "<p>☒ We will participate in PS2 using HSN 會參與</p><p>☐ We will not participate in PS2 using HSN 不會參與</p>" + \
        hrows([["測試服務 Services to be verified", raw["services"]],
               ["授權人姓名 Name of Authorised Signatory", raw["signatory_name"]], ["日期 Date", raw["signed_date"]]])
    open(f"/tmp/h16/{os.path.basename(f)[:-5]}.html", "w").write(html(TA_ZH, body)); RAW[f] = raw


def i_tinhau():
    f = "word/intention-html-weekday-date-tinhau.docx"
    raw = dict(subscriber_name="Tin Hau Securities Company Limited", subscriber_id="HSN0815", contact_name="Yip Sze Wan",
               contact_phone="+852 3102 8899", contact_email="sw.yip@tinhausec.com", signatory_name="Kwok Man Chun",
               signed_date="Wed, 22 Nov 2023", participate="Y", services="Y: OTP-CSC OMD-CC")
    body = "<p>Ref. No.: HDS/23/1109</p>" + hrows([
        ["Subscriber Name", raw["subscriber_name"]], ["HSN Subscriber ID", raw["subscriber_id"]],
        ["Contact Person", raw["contact_name"]], ["Telephone", raw["contact_phone"]], ["Email", raw["contact_email"]],
        ["Will participate in PS2 using HSN (Y/N)", "Y"]]) + "<p>Services to be verified (Y/N)</p>" + \
        hrows([["OTP-C", "N"], ["OTP-CSC", "Y"], ["OMD-C", "N"], ["OMD-CC", "Y"]]) + \
        hrows([["Name of Authorised Signatory", raw["signatory_name"]], ["Date", raw["signed_date"]]])
    open(f"/tmp/h16/{os.path.basename(f)[:-5]}.html", "w").write(html(TA, body)); RAW[f] = raw


# ---------------------------------------------------------------- result, Word
def res_table(d, rows):
    table(d, rows)


def r_causewaybay():
    f = "word/result-prose-one-cell-causewaybay.docx"
    raw = dict(subscriber_name="Causeway Bay Securities Ltd", subscriber_id="HSN0427", contact_name="Lee Ka Ming",
               contact_phone="2345 6789", contact_email="km.lee@cbsec.com.hk", signatory_name="Wong Siu Fung",
               signed_date="27/11/2023", session_date="25/11/2023",
               results="OTP-C and OMD-C passed, OTP-CSC failed, OMD-CC not tested",
               issues="OTP-CSC login rejected after failover; ticket raised with our vendor.")
    d = doc_head(TB)
    table(d, [["Subscriber Name", raw["subscriber_name"]], ["Subscriber ID", raw["subscriber_id"]],
              ["Contact Person", raw["contact_name"]], ["Tel. No.", raw["contact_phone"]], ["Email", raw["contact_email"]],
              ["Practice Session Date", raw["session_date"]], ["Test result", raw["results"]],
              ["Issues Encountered", raw["issues"]], ["Name of Authorised Signatory", raw["signatory_name"]],
              ["Date", raw["signed_date"]]])
    d.save(p(f)); RAW[f] = raw


def r_hunghom():
    f = "word/result-pass-fail-both-ticked-hunghom.docx"
    raw = dict(subscriber_name="Hung Hom Capital Ltd", subscriber_id="HSN1422", contact_name="Leung Chi Ho",
               contact_phone="2365 7788", contact_email="ch.leung@hhcap.com.hk", signatory_name="Leung Chi Ho",
               signed_date="27/11/2023", session_date="25/11/2023",
               grid={"OTP-C": ["Pass"], "OTP-CSC": ["Pass"], "OMD-C": ["Pass", "Fail"], "OMD-CC": ["Fail"]})
    d = doc_head(TB)
    table(d, [["Subscriber Name", raw["subscriber_name"]], ["Subscriber ID", raw["subscriber_id"]],
              ["Contact Person", raw["contact_name"]], ["Telephone", raw["contact_phone"]], ["Email", raw["contact_email"]],
              ["Practice Session Date", raw["session_date"]]])
    d.add_paragraph("Result")
    cols = ["Pass", "Fail", "Not tested"]
    table(d, [[c] + ["☒" if w in raw["grid"][c] else "☐" for w in cols] for c in CODES], header=["Service"] + cols)
    table(d, [["Name of Authorised Signatory", raw["signatory_name"]], ["Date", raw["signed_date"]]])
    d.save(p(f)); RAW[f] = raw


def r_stanley():
    f = "word/result-all-successful-nil-stanley.docx"
    raw = dict(subscriber_name="Stanley Securities Co Ltd", subscriber_id="HSN0318", contact_name="Tse Man Yee",
               contact_phone="2813 0022", contact_email="my.tse@stanleysec.com.hk", signatory_name="Tse Man Yee",
               signed_date="25/11/2023", session_date="25/11/2023", results="All services successful", issues="Nil")
    d = doc_head(TB)
    table(d, [["Subscriber Name", raw["subscriber_name"]], ["Subscriber ID", raw["subscriber_id"]],
              ["Contact Person", raw["contact_name"]], ["Telephone", raw["contact_phone"]], ["Email", raw["contact_email"]],
              ["Practice Session Date", raw["session_date"]], ["Result", raw["results"]],
              ["Issues Encountered", raw["issues"]], ["Authorised Signatory", raw["signatory_name"]], ["Date", raw["signed_date"]]])
    d.save(p(f)); RAW[f] = raw


def r_quarrybay():
    f = "word/result-long-issues-bullets-quarrybay.docx"
    paras = ["During the session we observed the following:",
             "OTP-CSC gateway did not reconnect to the backup site for 12 minutes.",
             "OMD-C recovery feed had a gap of 3 seconds at 10:02.",
             "We did not test OMD-CC because the line was down for maintenance.",
             "Please advise whether a retest is possible."]
    raw = dict(subscriber_name="Quarry Bay Investment Services Ltd", subscriber_id="HSN0264", contact_name="Yeung Ka Chun",
               contact_phone="2562 1199", contact_email="kc.yeung@qbis.com.hk", signatory_name="Yeung Ka Chun",
               signed_date="27/11/2023", session_date="25/11/2023",
               words={"OTP-C": "Pass", "OTP-CSC": "Fail(ed)", "OMD-C": "OK!", "OMD-CC": "Not tested"},
               issues=" ".join(paras))
    d = doc_head(TB)
    table(d, [["Subscriber Name", raw["subscriber_name"]], ["Subscriber ID", raw["subscriber_id"]],
              ["Contact Person", raw["contact_name"]], ["Telephone", raw["contact_phone"]], ["Email", raw["contact_email"]],
              ["Practice Session Date", raw["session_date"]]])
    table(d, [[c, raw["words"][c]] for c in CODES], header=["Service", "Result"])
    t = table(d, [["Issues Encountered", ""]])
    cell = t.rows[0].cells[1]
    cell.paragraphs[0].text = paras[0]
    for x in paras[1:4]:
        cell.add_paragraph(x, style="List Bullet")
    cell.add_paragraph(paras[4])
    table(d, [["Name of Authorised Signatory", raw["signatory_name"]], ["Date", raw["signed_date"]]])
    d.save(p(f)); RAW[f] = raw


def r_wongtaisin():
    f = "word/result-trad-chinese-labels-wongtaisin.docx"
    raw = dict(subscriber_name="黃大仙證券有限公司", subscriber_id="HSN0588", contact_name="何家欣",
               contact_phone="2326 8800", contact_email="ky.ho@wtssec.com.hk", signatory_name="何家欣",
               signed_date="27/11/2023", session_date="2023年11月25日",
               words={"OTP-C": "Successful", "OTP-CSC": "Not tested", "OMD-C": "Successful", "OMD-CC": "Unsuccessful"},
               issues="OMD-CC 未能接收數據")
    d = doc_head(TB_ZH, "編號")
    table(d, [["公司名稱", raw["subscriber_name"]], ["用戶編號", raw["subscriber_id"]], ["聯絡人", raw["contact_name"]],
              ["電話", raw["contact_phone"]], ["電郵", raw["contact_email"]], ["演習日期", raw["session_date"]]])
    table(d, [[c, raw["words"][c]] for c in CODES], header=["服務", "結果"])
    table(d, [["備註", raw["issues"]], ["授權人姓名", raw["signatory_name"]], ["日期", raw["signed_date"]]])
    d.save(p(f)); RAW[f] = raw


def r_mongkok():
    f = "word/result-fullwidth-id-colon-ticks-mongkok.docx"
    raw = dict(subscriber_name="Mong Kok Trading House Ltd", subscriber_id="ＨＳＮ０８１２", contact_name="Kong Sau Ying",
               contact_phone="2394 7700", contact_email="sy.kong@mkth.com.hk", signatory_name="Kong Sau Ying",
               signed_date="27/11/2023", session_date="２５/１１/２０２３",
               grid={"OTP-C": ["Successful"], "OTP-CSC": ["Successful"], "OMD-C": ["Successful"], "OMD-CC": []})
    d = doc_head(TB, "Ref. No.：")
    for lab, k in [("Subscriber Name", "subscriber_name"), ("Subscriber ID", "subscriber_id"), ("Contact Person", "contact_name"),
                   ("Tel. No.", "contact_phone"), ("E-mail", "contact_email"), ("Practice Session Date", "session_date")]:
        d.add_paragraph(f"{lab}：{raw[k]}")
    cols = ["Successful", "Unsuccessful", "Not tested"]
    table(d, [[c] + ["✔" if w in raw["grid"][c] else "" for w in cols] for c in CODES], header=["Service"] + cols)
    d.add_paragraph("Name of Authorised Signatory：" + raw["signatory_name"])
    d.add_paragraph("Date：" + raw["signed_date"])
    d.save(p(f)); RAW[f] = raw


def r_lohas():
    f = "word/result-label-colon-lines-abbrev-lohas.docx"
    raw = dict(subscriber_name="LOHAS Park Securities Ltd", subscriber_id="HSN1509", contact_name="Yau Chun Hei",
               contact_phone="2702 3344 ext 21", contact_email="ch.yau@lohassec.com.hk", signatory_name="Yau Chun Hei",
               signed_date="26/11/2023", session_date="25-11-2023",
               words={"OTP-C": "Successful", "OTP-CSC": "OK", "OMD-C": "fail", "OMD-CC": "n/a"},
               issues="OMD-C lost multicast after switch-over")
    d = doc_head(TB)
    for lab, k in [("Subscriber Name", "subscriber_name"), ("Subscr. Code", "subscriber_id"), ("Contact Prsn", "contact_name"),
                   ("Tel no.", "contact_phone"), ("E-mail addr", "contact_email"), ("Sess. date", "session_date")]:
        d.add_paragraph(f"{lab}: {raw[k]}")
    d.add_paragraph("Results:")
    d.add_paragraph("OTP-C – Successful")
    for c in CODES[1:]:
        d.add_paragraph(f"{c}: {raw['words'][c]}")
    d.add_paragraph("Remarks: " + raw["issues"])
    d.add_paragraph("Authorised Person: " + raw["signatory_name"])
    d.add_paragraph("Date: " + raw["signed_date"])
    d.save(p(f)); RAW[f] = raw


def r_jordan():
    f = "word/result-html-no-year-session-jordan.docx"
    raw = dict(subscriber_name="Jordan Road Securities Ltd", subscriber_id="HSN0466", contact_name="Kwan Yuk Ling",
               contact_phone="(852) 2730 1100", contact_email="yl.kwan@jrsec.com.hk", signatory_name="Kwan Yuk Ling",
               signed_date="27/11/2023", session_date="25th Nov",
               words={"OTP-C": "Successful", "OTP-CSC": "Unsuccessful", "OMD-C": "N/A", "OMD-CC": "Successful"})
    body = "<p>Ref. No.: HDS/23/1109</p>" + hrows([
        ["Subscriber Name", raw["subscriber_name"]], ["Subscriber ID", raw["subscriber_id"]],
        ["Contact Person", raw["contact_name"]], ["Tel. No.", raw["contact_phone"]], ["Email", raw["contact_email"]],
        ["Practice Session Date", raw["session_date"]]]) + "<p>Result</p>" + \
        hrows([["Service", "Result"]] + [[c, raw["words"][c]] for c in CODES]) + \
        hrows([["Name of Authorised Signatory", raw["signatory_name"]], ["Date", raw["signed_date"]]])
    open(f"/tmp/h16/{os.path.basename(f)[:-5]}.html", "w").write(html(TB, body)); RAW[f] = raw


# ---------------------------------------------------------------- result, Excel
def xhead(ws, raw, labels, r=5):
    for lab, k in labels:
        put(ws, r, lab, raw.get(k) or None); r += 1
    return r


STD = [("Subscriber Name", "subscriber_name"), ("Subscriber ID", "subscriber_id"), ("Contact Person", "contact_name"),
       ("Telephone", "contact_phone"), ("Email", "contact_email"), ("Practice Session Date", "session_date")]


def tail(ws, r, raw):
    if raw.get("issues"):
        put(ws, r, "Issues Encountered", raw["issues"]); r += 1
    put(ws, r, "Name of Authorised Signatory", raw["signatory_name"]); put(ws, r + 1, "Date", raw["signed_date"])


def r_wanchai():
    f = "excel/result-check-cross-column-wanchai.xlsx"
    raw = dict(subscriber_name="Wan Chai Brokers Limited", subscriber_id="HSN0561", contact_name="So Wing Kei",
               contact_phone="2877 4400", contact_email="wk.so@wcbrokers.com.hk", signatory_name="So Wing Kei",
               signed_date="26/11/2023", session_date="25/11/2023",
               words={"OTP-C": "✓", "OTP-CSC": "✗", "OMD-C": "✓", "OMD-CC": "✓"})
    wb, ws = wb_head(TB)
    r = xhead(ws, raw, STD)
    put(ws, r, "Service", "Result (✓ = pass / ✗ = fail)"); r += 1
    for c in CODES:
        put(ws, r, c, raw["words"][c]); r += 1
    tail(ws, r, raw)
    wb.save(p(f)); RAW[f] = raw


def r_fortress():
    f = "excel/result-colour-only-fortress.xlsx"
    raw = dict(subscriber_name="Fortress Hill Securities Ltd", subscriber_id="HSN0707", contact_name="Chow Ka Yan",
               contact_phone="2570 9911", contact_email="ky.chow@fhsec.com.hk", signatory_name="Chow Ka Yan",
               signed_date="27/11/2023", session_date="25/11/2023", colours={"OTP-C": "00B050", "OTP-CSC": "FF0000", "OMD-C": "00B050", "OMD-CC": "00B050"})
    wb, ws = wb_head(TB)
    r = xhead(ws, raw, STD)
    put(ws, r, "Service", "Result (green = successful, red = unsuccessful)"); r += 1
    for c in CODES:
        put(ws, r, c)
        ws.cell(row=r, column=2).fill = PatternFill("solid", fgColor=raw["colours"][c]); r += 1
    tail(ws, r, raw)
    wb.save(p(f)); RAW[f] = raw


def r_kennedytown():
    f = "excel/result-verified-no-result-kennedytown.xlsx"
    raw = dict(subscriber_name="Kennedy Town Finance Ltd", subscriber_id="HSN0950", contact_name="Pang Lok Yi",
               contact_phone="2817 3030", contact_email="ly.pang@ktfin.com.hk", signatory_name="Pang Lok Yi",
               signed_date="27/11/2023", session_date="25/11/2023",
               verified={"OTP-C": ("Y", "Successful"), "OTP-CSC": ("Y", None), "OMD-C": ("Y", "Successful"), "OMD-CC": ("N", None)})
    wb, ws = wb_head(TB)
    r = xhead(ws, raw, STD)
    put(ws, r, "Service", "Verified (Y/N)", "Result"); r += 1
    for c in CODES:
        put(ws, r, c, *raw["verified"][c]); r += 1
    tail(ws, r, raw)
    wb.save(p(f)); RAW[f] = raw


def r_shatin():
    f = "excel/result-only-participated-typos-shatin.xlsx"
    raw = dict(subscriber_name="Sha Tin Equities Ltd", subscriber_id="HSN1733", contact_name="Lam Hiu Tung",
               contact_phone="2691 4455", contact_email="ht.lam@stequities.com.hk", signatory_name="Lam Hiu Tung",
               signed_date="27/11/2023", session_date="25/11/2023", words={"OTP-C": "Sucessful", "OMD-C": "Succesful"},
               issues="N/A")
    wb, ws = wb_head(TB)
    r = xhead(ws, raw, STD)
    put(ws, r, "Service", "Result"); r += 1
    for c, w in raw["words"].items():
        put(ws, r, c, w); r += 1
    tail(ws, r, raw)
    wb.save(p(f)); RAW[f] = raw


def r_tuenmun():
    f = "excel/result-casual-words-none-tuenmun.xlsx"
    raw = dict(subscriber_name="Tuen Mun Securities Ltd", subscriber_id="HSN1875", contact_name="Siu Ka Wai",
               contact_phone="2450 2211", contact_email="kw.siu@tmsec.com.hk", signatory_name="Siu Ka Wai",
               signed_date="26/11/2023", session_date="25/11/2023",
               words={"OTP-C": "pass ✓", "OTP-CSC": "OK!", "OMD-C": "done - no issue", "OMD-CC": "not tested - staff shortage"},
               issues="none")
    wb, ws = wb_head(TB)
    r = xhead(ws, raw, STD)
    put(ws, r, "Service", "Result"); r += 1
    for c in CODES:
        put(ws, r, c, raw["words"][c]); r += 1
    tail(ws, r, raw)
    wb.save(p(f)); RAW[f] = raw


def r_tsingyi():
    f = "excel/result-simplified-bilingual-grid-tsingyi.xlsx"
    raw = dict(subscriber_name="青衣证券有限公司", subscriber_id="HSN1306", contact_name="刘志强",
               contact_phone="2434 5678", contact_email="zq.liu@tysec.cn", signatory_name="刘志强",
               signed_date="27/11/2023", session_date="二零二三年十一月二十五日",
               grid={"OTP-C": 0, "OTP-CSC": 0, "OMD-C": 1, "OMD-CC": 0})
    wb, ws = wb_head(TB_SC, "编号: HDS/23/1109")
    r = xhead(ws, raw, [("公司名称", "subscriber_name"), ("用户编号", "subscriber_id"), ("联络人", "contact_name"),
                        ("电话", "contact_phone"), ("电邮", "contact_email"), ("演习日期", "session_date")])
    put(ws, r, "服务", "成功 Successful", "不成功 Unsuccessful", "未测试 Not tested"); r += 1
    for c in CODES:
        row = [None, None, None]; row[raw["grid"][c]] = "✓"
        put(ws, r, c, *row); r += 1
    put(ws, r, "授权人姓名", raw["signatory_name"]); put(ws, r + 1, "日期", raw["signed_date"])
    wb.save(p(f)); RAW[f] = raw


def r_saikung():
    f = "excel/result-sat-date-missing-email-saikung.xlsx"
    raw = dict(subscriber_name="Sai Kung Capital Markets Ltd", subscriber_id="HSN0119", contact_name="Cheng Hok Yin",
               contact_phone="2792 6600", contact_email="", signatory_name="Cheng Hok Yin",
               signed_date="27/11/2023", session_date="Sat 25/11", words={c: "Pass" for c in CODES})
    wb, ws = wb_head(TB)
    r = xhead(ws, raw, STD)
    put(ws, r, "Service", "Result"); r += 1
    for c in CODES:
        put(ws, r, c, "Pass"); r += 1
    tail(ws, r, raw)
    wb.save(p(f)); RAW[f] = raw


def r_taipo():
    f = "excel/result-html-bad-id-passed-failed-taipo.xlsx"
    raw = dict(subscriber_name="Tai Po Securities Ltd", subscriber_id="HSN08l2", contact_name="Choi Ming Fai",
               contact_phone="2665 4321", contact_email="mf.choi@tpsec.com.hk", signatory_name="Choi Ming Fai",
               signed_date="27/11/2023", session_date="25/11/2023",
               words={"OTP-C": "Passed", "OTP-CSC": "Failed", "OMD-C": "Passed", "OMD-CC": "Passed"})
    body = "<p>Ref. No.: HDS/23/1109</p>" + hrows(
        [[lab, raw[k]] for lab, k in STD] + [["Service", "Result"]] + [[c, raw["words"][c]] for c in CODES] +
        [["Name of Authorised Signatory", raw["signatory_name"]], ["Date", raw["signed_date"]]])
    open(f"/tmp/h16/{os.path.basename(f)[:-5]}.html", "w").write(html(TB, body)); RAW[f] = raw


# ---------------------------------------------------------------- look-alikes
def lookalikes():
    wb = Workbook(); ws = wb.active; ws.title = "Checklist"
    put(ws, 1, "PS2 weekend internal test checklist – 25 Nov 2023")
    put(ws, 2, "Step", "System", "Action", "Pass/Fail", "Tester", "Phone")
    for i, (c, a, pf) in enumerate([("OTP-C", "Login after failover", "Pass"), ("OTP-CSC", "Order entry", "Fail"),
                                    ("OMD-C", "Recovery feed", "Pass"), ("OMD-CC", "Snapshot", "Pass")]):
        put(ws, 3 + i, i + 1, c, a, pf, "Alan Ho", "2345 6789")
    wb.save(p("lookalikes/ps2-internal-checklist.xlsx"))

    d = Document(); d.add_paragraph().add_run("IT Change Request CR-2023-118").bold = True
    table(d, [["Requester", "Lee Ka Ming"], ["Phone", "2345 6789"], ["Email", "km.lee@chaiwansec.com.hk"],
              ["Systems affected", "OTP-C, OMD-C"], ["Change window", "25/11/2023 08:00-14:00"],
              ["Reason", "Participate in HKEX PS2 failover practice session"], ["Approved by", "Wong Siu Fung"]])
    d.save(p("lookalikes/it-change-request.docx"))

    d = Document(); d.add_paragraph().add_run("Minutes – Operations meeting 20 Nov 2023").bold = True
    table(d, [["1", "HKEX circular HDS/23/1109: agreed to join PS2 for OTP-C and OMD-C", "Lee Ka Ming", "24/11/2023"],
              ["2", "Return intention form to the service desk", "Chan Mei Ling", "24/11/2023"],
              ["3", "Arrange weekend staffing", "Ho Wai Kin", "22/11/2023"]], header=["Item", "Discussion", "Owner", "Due"])
    d.save(p("lookalikes/meeting-minutes-table.docx"))

    d = Document()
    for line in ["From: Lee Ka Ming <km.lee@chaiwansec.com.hk>", "To: hsservicedesk@hkex.com.hk",
                 "Sent: Wednesday, 22 November 2023 10:15", "Subject: RE: HDS/23/1109 Intention Form",
                 "Dear Service Desk,", "Please find our form attached. For your convenience:",
                 "> Subscriber Name: Chai Wan Securities Ltd", "> Subscriber ID: HSN0427",
                 "> We will participate in PS2 using HSN: OTP-C, OMD-C", "Regards,", "Lee Ka Ming", "Tel: 2345 6789"]:
        d.add_paragraph(line)
    d.save(p("lookalikes/email-printed-quoting-form.docx"))

    body = "<p><b>PS2 Connectivity Test Report</b></p><p>Prepared by NetVendor Ltd for Kwun Tong Capital Limited</p>" + hrows(
        [["Client", "Kwun Tong Capital Limited"], ["Contact", "Chan Mei Ling"], ["Tel", "2345 6789"],
         ["Test date", "25 Nov 2023"]]) + hrows([["System", "Outcome", "Remark"], ["OTP-C", "Pass", ""],
                                                 ["OTP-CSC", "Pass", ""], ["OMD-C", "Fail", "gap 3s"], ["OMD-CC", "Pass", ""]]) + \
        "<p>Engineer: Peter Yu, peter.yu@netvendor.com.hk</p>"
    open("/tmp/h16/vendor-test-report.html", "w").write(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>")

    wb = Workbook(); ws = wb.active; ws.title = "Roster"
    put(ws, 1, "Duty roster – Saturday 25 Nov 2023 (PS2)")
    put(ws, 2, "Name", "Phone", "Email", "System", "Shift")
    for i, (n, c) in enumerate([("Alan Ho", "OTP-C"), ("Betty Lam", "OTP-CSC"), ("Carl Ng", "OMD-C"), ("Dora Yip", "OMD-CC")]):
        put(ws, 3 + i, n, f"9123 45{60 + i}", n.split()[0].lower() + "@ktcap.com.hk", c, "07:30-14:00")
    wb.save(p("lookalikes/duty-roster.xlsx"))

    d = Document(); d.add_paragraph("HKEX Hosting Services Limited")
    d.add_paragraph().add_run("Registration Form for Mock Trading Day (Ref. No.: HDS/24/0207)").bold = True
    table(d, [["Company Name", "Chai Wan Securities Ltd"], ["Subscriber ID", "HSN0427"], ["Contact Person", "Lee Ka Ming"],
              ["Telephone", "2345 6789"], ["Email", "km.lee@chaiwansec.com.hk"]])
    d.add_paragraph("☒ We will register for the Mock Trading Day on 17 Feb 2024")
    d.add_paragraph("☐ We will not register")
    d.save(p("lookalikes/other-circular-registration.docx"))

    wb = Workbook(); ws = wb.active; ws.title = "Survey"
    put(ws, 1, "Hosting Services Satisfaction Questionnaire 2023")
    put(ws, 2, "Company", "Tsuen Wan Investment Ltd"); put(ws, 3, "Contact", "Ng Pui Shan"); put(ws, 4, "Email", "ps.ng@twinvest.com.hk")
    put(ws, 6, "Question", "Rating (1-5)")
    for i, q in enumerate(["Service desk response time", "Clarity of circulars", "Practice session arrangements"]):
        put(ws, 7 + i, q, 4)
    wb.save(p("lookalikes/questionnaire.xlsx"))


def bad():
    open(p("bad/empty.docx"), "wb").close()
    open(p("bad/html-named.docx"), "w").write(html(TA, "<p>Ref. No.: HDS/23/1109</p>" + hrows(
        [["Subscriber Name", "Chai Wan Securities Ltd"], ["Subscriber ID", "HSN0427"]])))
    open(p("bad/csv-named.xlsx"), "w").write(
        "Subscriber Name,Subscriber ID,Service,Result\nSha Tin Equities Ltd,HSN1733,OTP-C,Successful\n"
        "Sha Tin Equities Ltd,HSN1733,OMD-C,Successful\n")
    wb, ws = wb_head(TB)
    raw = dict(subscriber_name="Sha Tin Equities Ltd", subscriber_id="HSN1733", contact_name="Lam Hiu Tung",
               contact_phone="2691 4455", contact_email="ht.lam@stequities.com.hk", session_date="25/11/2023",
               signatory_name="Lam Hiu Tung", signed_date="27/11/2023")
    r = xhead(ws, raw, STD)
    for c in CODES:
        put(ws, r, c, "Successful"); r += 1
    tail(ws, r, raw)
    wb.save("/tmp/h16/encrypted-src.xlsx")


if __name__ == "__main__":
    for fn in [i_chaiwan, i_mongkok, i_tsuenwan, i_taikoo, i_northpoint, i_kwuntong, i_shenzhen, i_yuenlong,
               i_aberdeen, i_laichikok, i_sheungwan, i_tinhau, r_causewaybay, r_hunghom, r_stanley, r_quarrybay,
               r_wongtaisin, r_mongkok, r_lohas, r_jordan, r_wanchai, r_fortress, r_kennedytown, r_shatin, r_tuenmun,
               r_tsingyi, r_saikung, r_taipo, lookalikes, bad]:
        fn()
    print("python files written")
