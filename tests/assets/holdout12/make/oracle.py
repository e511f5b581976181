#!/usr/bin/env python3
"""The holdout12 oracle, written by hand from shared/spec/forms.md, shared/spec/cli.md, issue 9 (section 3,
`ambiguous`) and the notice HDS/23/1109 -- before any file existed and before the reader ran on any of them.

What a service-desk person would record for each file. `python3 oracle.py` checks every entry against the spec's
value rules and writes ../expected.json (paths relative to tests/assets). It never opens a generated file."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
REQ_BOTH = ["subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email"]
BLANK_INTENTION = [f"missing:{k}" for k in REQ_BOTH] + ["missing:participate"]
BLANK_RESULT = [f"missing:{k}" for k in REQ_BOTH] + ["missing:results"]
NOT_A_FORM = dict(form=None, status="unrecognised", fields={}, problems=["not_a_form"])


def c(file, form, status, fields, problems, producer, idioms, note):
    return dict(file=file, form=form, status=status, fields=fields, problems=problems, producer=producer,
                idioms=idioms, note=note)


def nf(file, producer, idioms, note):
    return dict(file=file, **NOT_A_FORM, producer=producer, idioms=idioms + ["look-alike"], note=note)


def bad(file, code, producer, idioms, note):
    return dict(file=file, form=None, status="rejected", fields={}, problems=[code], producer=producer,
                idioms=idioms, note=note)


REF = "HDS/23/1109"
CASES = [
    # ---------------------------------------------------------------- LibreOffice (HTML, .fodt, .fods)
    c("libreoffice/intention-nested-layout-wanchai.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Wan Chai Securities Limited", subscriber_id="HSN0401",
           contact_name="Chan Ka Yan", contact_phone="2528 3311", contact_email="ky.chan@wcsec.com.hk",
           participate=True, services=["OTP-C", "OMD-C"], signatory_name="Lam Tak Wing", signed_date="2023-11-22"),
      [], "libreoffice", ["html-source", "nested-table", "layout-table", "tick-sqrt", "filled-square-choice",
                          "chinese-english-labels", "date-dmy-dots"],
      "A web-editor page: an outer layout table (letterhead cell, content cell) with the form's table nested "
      "inside the content cell and the services table nested once more. Participation '■ Yes 是 □ No 否'; "
      "services ticked with '√' (U+221A, the usual tick in Chinese offices); date 22.11.2023"),
    c("libreoffice/result-footer-ids-shatin.docx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="Sha Tin Capital Limited", subscriber_id="HSN0522",
           contact_name="Ho Wing Sze", contact_phone="+852 2691 4400", contact_email="ws.ho@shatincap.com.hk",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "not_tested", "OMD-CC": "unsuccessful"},
           issues="OMD-CC multicast feed not received at backup site after 10:30",
           signatory_name="Yeung Chi Ming", signed_date="2023-11-27"),
      [], "libreoffice", ["fodt-source", "title-in-page-header", "values-in-footer", "result-tick-table",
                          "tick-char-ballot-check", "date-d-mon-yyyy-weekday"],
      "Title and Ref. No. only in the page header; the firm moved Subscriber Name and HSN Subscriber ID into the "
      "page footer (a running footer on every page) and dropped them from the body. Session date '25 Nov 2023 (Sat)'"),
    c("libreoffice/intention-textbox-contact-taipo.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Tai Po Financial Group Limited", subscriber_id="HSN0533",
           contact_name="Tse Hoi Lam", contact_phone="2665 1020", contact_email="hl.tse@taipofin.com.hk",
           participate=True, services=["OTP-C", "OTP-CSC"], signatory_name="Tse Hoi Lam", signed_date="2023-11-21"),
      [], "libreoffice", ["fodt-source", "text-box", "alternate-content-fallback", "label-colon-value",
                          "tick-char-ballot-x", "box-before-label", "date-ymd-slash"],
      "The contact block sits in a floating text frame, which LibreOffice writes as a DrawingML text box with a "
      "VML fallback: the same three values are in the file twice, and are one value each. Date 2023/11/21"),
    c("libreoffice/intention-radio-glyphs-yuenlong.xlsx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Yuen Long Brokerage Co. Ltd", subscriber_id="HSN0544",
           contact_name="Wong Siu Fong", contact_phone="(852) 2478 9000", contact_email="sf.wong@ylbroker.hk",
           participate=True, services=["OTP-C", "OMD-C", "OMD-CC"], signatory_name="Lee Chun Kit",
           signed_date="2023-11-22"),
      [], "libreoffice", ["fods-source", "radio-glyphs", "one-cell-choice", "filled-circle-mark",
                          "mark-column-before-label", "date-dd-mon-yy-text"],
      "Radio-style options: participation '◉ Yes   ○ No' in one cell; services with ● / ○ in the column before "
      "the service name (code and full name in one cell). Date typed as text '22-Nov-23'"),
    c("libreoffice/result-chinese-words-ngautaukok.xlsx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="牛頭角証券有限公司", subscriber_id="HSN0555",
           contact_name="梁志偉", contact_phone="3188 2200", contact_email="cw.leung@ntksec.hk",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
           issues="OMD-C 重連失敗 reconnect failed at 10:05", signatory_name="黃美玲", signed_date="2023-11-27"),
      [], "libreoffice", ["fods-source", "chinese-english-labels", "bilingual-label-one-cell", "chinese-text-values",
                          "result-word", "chinese-result-words", "date-chinese"],
      "Bilingual labels in one cell ('公司名稱 Company Name'); a '結果 Result' column holding Chinese words: "
      "成功 = successful, 失敗 = unsuccessful, 未測試 = not tested. Dates 2023年11月25日 / 2023年11月27日"),
    c("libreoffice/intention-instructions-example-tsimshatsui.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Harbour View Securities Ltd", subscriber_id="HSN0566",
           contact_name="Kwok Man Yee", contact_phone="2730 6611", contact_email="my.kwok@hvsec.com.hk",
           participate=True, services=["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], signatory_name="Kwok Man Yee",
           signed_date="2023-11-22"),
      [], "libreoffice", ["html-source", "instructions-with-examples", "table", "tick-char-ballot-x",
                          "date-mon-d-yyyy"],
      "The form keeps its 'Notes on completion' box above the table: example id HSN0000, example company "
      "'ABC Securities Limited', example contact, the desk's own e-mail and hotline. Only the filled table counts. "
      "Date 'Nov 22, 2023'"),
    c("libreoffice/result-blank-template.docx", "result", "incomplete",
      dict(circular_ref=REF), BLANK_RESULT, "libreoffice",
      ["html-source", "blank-template", "result-tick-table", "empty-required"],
      "The blank Appendix B as sent out (sent back by mistake): only the printed Ref. No."),
    # ---------------------------------------------------------------- python-docx / openpyxl
    c("python/intention-tick-between-rows-tseungkwano.docx", "intention", "incomplete",
      dict(circular_ref=REF, subscriber_name="Tseung Kwan O Investments Limited", subscriber_id="HSN0577",
           contact_name="Fung Tsz Ching", contact_phone="2701 3456", contact_email="tc.fung@tkoinv.com.hk",
           participate=True, services=["OMD-CC"], signatory_name="Fung Tsz Ching", signed_date="2023-11-21"),
      ["ambiguous:services"], "python", ["table", "tick-between-rows", "tick-char-check", "yes-no-typed",
                                         "date-compact-yyyymmdd"],
      "A row was inserted in the services table between OTP-CSC and OMD-C holding only a ✓: it may mean either. "
      "OMD-CC is clearly ticked. Date 20231121"),
    c("python/intention-blank-then-filled-whampoa.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Whampoa Capital Limited", subscriber_id="HSN0588",
           contact_name="Siu Ka Lok", contact_phone="2362 7788", contact_email="kl.siu@whampoacap.com",
           participate=True, services=["OTP-C", "OMD-C"], signatory_name="Siu Ka Lok", signed_date="2023-11-21"),
      [], "python", ["blank-copy-then-filled-copy", "label-colon-value", "paragraphs", "tick-char-ballot-x",
                     "box-before-label", "date-d-month-yyyy"],
      "Page 1 is the blank form as received, page 2 (after a page break) 'Completed copy' with the same labels "
      "filled in. The blank copy's empty labels are not a second value"),
    c("python/result-nested-grid-pacificcrest.docx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="Pacific Crest Securities Limited", subscriber_id="HSN0599",
           contact_name="Mak Wai Kit", contact_phone="2868 0101", contact_email="wk.mak@pacificcrest.com.hk",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "successful"},
           signatory_name="Mak Wai Kit", signed_date="2023-11-27"),
      [], "python", ["nested-table", "result-tick-table", "tick-emoji-check", "date-dmy-slash", "date-d-mon-yyyy"],
      "The results grid is a table nested in the 'Test Results' cell of the outer form table; marks are ✅ "
      "(U+2705)"),
    c("python/intention-swapped-contact-mongkok.docx", "intention", "incomplete",
      dict(circular_ref=REF, subscriber_name="Mong Kok Holdings Limited", subscriber_id="HSN0610",
           contact_name="Lau Yuet Ting", participate=False, signatory_name="Lau Yuet Ting",
           signed_date="2023-11-23"),
      ["invalid:contact_phone", "invalid:contact_email"], "python",
      ["label-colon-value", "paragraphs", "value-in-wrong-field", "participate-false", "tick-char-ballot-x",
       "date-dmy-dash"],
      "Telephone holds the e-mail address and Email holds the phone number. Each field is judged by its label, "
      "so both are invalid (the desk calls back). Declines: '☐ will  ☒ will not participate'"),
    c("python/intention-two-ids-fortresshill.docx", "intention", "incomplete",
      dict(circular_ref=REF, subscriber_name="Fortress Hill Securities Limited",
           contact_name="Choi Man Kit", contact_phone="2561 7788", contact_email="mk.choi@fhsec.com.hk",
           participate=True, services=["OTP-C", "OMD-C"], signatory_name="Choi Man Kit", signed_date="2023-11-21"),
      ["ambiguous:subscriber_id"], "python", ["table", "two-values-one-field", "tick-char-ballot-x"],
      "HSN Subscriber ID 'HSN0718 / HSN0719': a firm with two HSN lines wrote both ids in one field"),
    c("python/intention-value-in-label-cell-kornhill.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Kornhill Finance Limited", subscriber_id="HSN0621",
           contact_name="Mr Ng Chi Fai", contact_phone="2811 2233", contact_email="cf.ng@khfinance.com.hk",
           participate=True, services=["OTP-C", "OTP-CSC", "OMD-C"], signatory_name="Ng Chi Fai",
           signed_date="2023-11-22"),
      [], "python", ["table", "value-in-label-cell", "yes-no-typed", "tick-char-check", "date-weekday-ordinal"],
      "Contact Person and Telephone typed inside the label cell after the colon, the value cell left empty; "
      "the rest in the value cells. Date 'Wednesday 22nd Nov 2023'"),
    c("python/result-letter-v-marks-tsingyi.xlsx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="Tsing Yi Securities Limited", subscriber_id="HSN0632",
           contact_name="Chow Ho Yin", contact_phone="2497 1122", contact_email="hy.chow@tysec.com.hk",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "unsuccessful"},
           issues="OMD-CC: retransmission server unreachable", signatory_name="Chow Ho Yin",
           signed_date="2023-11-27"),
      [], "python", ["value-next-cell", "result-tick-table", "tick-letter-v", "date-serial"],
      "Marks are the letter V (a tick as typed in many Hong Kong offices); dates are real Excel dates with "
      "dd/mm/yyyy and d mmm yyyy formats"),
    c("python/intention-services-one-cell-cheungshawan.xlsx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Cheung Sha Wan Traders Limited", subscriber_id="HSN0643",
           contact_name="Yip Wing Yan", contact_phone="3622 0800", contact_email="wy.yip@csw-traders.com",
           participate=True, services=["OTP-C", "OMD-C", "OMD-CC"], signatory_name="Yip Wing Yan",
           signed_date="2023-11-22"),
      [], "python", ["question-answer-table", "services-list-one-cell", "yes-no-typed", "date-mdy-unambiguous"],
      "A Question | Answer sheet: 'Services to be verified' answered 'OTP-C, OMD-C, OMD-CC' in one cell; "
      "date typed '11/22/2023' (month first, but 22 cannot be a month, so it is 22 November)"),
    c("python/intention-blank-template.xlsx", "intention", "incomplete",
      dict(circular_ref=REF), BLANK_INTENTION, "python",
      ["blank-template", "empty-required", "instructions-with-tick-glyph"],
      "The blank Appendix A workbook: instructions say 'Tick (✓) where appropriate'; every answer cell empty"),
    # ---------------------------------------------------------------- docx.js
    c("docxjs/intention-radio-sdt-braemar.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Braemar Hill Capital Limited", subscriber_id="HSN0654",
           contact_name="Tam Ka Wai", contact_phone="2566 0320", contact_email="kw.tam@braemarcap.com.hk",
           participate=True, services=["OTP-C", "OTP-CSC"], signatory_name="Tam Ka Wai", signed_date="2023-11-23"),
      [], "docxjs", ["w14-checkbox", "radio-glyphs", "checkbox-custom-glyph", "table", "date-iso"],
      "Content-control check boxes with their own glyphs: participation as radio buttons (checked ◉ U+25C9, "
      "unchecked ○ U+25CB), services checked ✔ (U+2714) / unchecked ☐"),
    c("docxjs/result-header-title-ngauchiwan.docx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="Ngau Chi Wan Securities Limited", subscriber_id="HSN0665",
           contact_name="Kan Pui Shan", contact_phone="2750 4433", contact_email="ps.kan@ncwsec.com.hk",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "not_tested"},
           signatory_name="Kan Pui Shan", signed_date="2023-11-28"),
      [], "docxjs", ["title-in-page-header", "ref-in-footer", "w14-checkbox", "result-tick-table", "date-dmy-dash"],
      "The form's title lives only in the page header and 'Ref. No.: HDS/23/1109' only in the footer (the firm "
      "keeps its forms as a Word template with a running head). Signed after the due date"),
    c("docxjs/intention-vml-textbox-siusaiwan.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Siu Sai Wan Securities Limited", subscriber_id="HSN0676",
           contact_name="Lo Chun Hei", contact_phone="2897 5522", contact_email="ch.lo@sswsec.com.hk",
           participate=True, services=["OMD-C", "OMD-CC"], signatory_name="Lo Chun Hei", signed_date="2023-11-24"),
      [], "docxjs", ["text-box", "vml-textbox", "tick-char-ballot-x", "box-before-label", "date-dmy-slash"],
      "Participation and services sit in a VML text box (w:pict / v:textbox), the rest in the body"),
    c("docxjs/intention-typed-yes-ticked-no-saiyingpun.docx", "intention", "incomplete",
      dict(circular_ref=REF, subscriber_name="Sai Ying Pun Securities Limited", subscriber_id="HSN0687",
           contact_name="Hui Lok Man", contact_phone="2540 6677", contact_email="lm.hui@sypsec.com",
           services=["OTP-C"], signatory_name="Hui Lok Man", signed_date="2023-11-22"),
      ["ambiguous:participate"], "docxjs", ["table", "yes-no-typed", "w14-checkbox", "conflicting-choice"],
      "'Participation (Yes/No): Yes' typed in the table, and below it the check box 'We will not participate' is "
      "checked: the two answers disagree. OTP-C is clearly ticked"),
    c("docxjs/result-bilingual-tinhau.docx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="天后證券有限公司", subscriber_id="HSN0698",
           contact_name="陳家明", contact_phone="2578 1234", contact_email="km.chan@tinhausec.com.hk",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "successful"},
           signatory_name="陳家明", signed_date="2023-11-27"),
      [], "docxjs", ["chinese-english-labels", "chinese-text-values", "w14-checkbox", "result-tick-table",
                     "date-chinese", "date-chinese-numerals"],
      "Chinese-first labels ('用戶編號 HSN Subscriber ID'), Chinese values; session date 2023年11月25日; signed "
      "二〇二三年十一月二十七日 (Chinese numerals)"),
    c("docxjs/notforms/cover-letter-attached.docx", None, "unrecognised", {}, ["not_a_form"], "docxjs",
      ["letter", "look-alike", "quotes-form-title", "contact-block"],
      "A cover letter: 'Re: HDS/23/1109 – Appendix A Intention Form ... please find attached our completed "
      "Intention Form'. Carries the firm's HSN id and a contact, but no answer: the form is another attachment"),
    # ---------------------------------------------------------------- exceljs
    c("exceljs/result-rich-text-meifoo.xlsx", "result", "incomplete",
      dict(circular_ref=REF, subscriber_name="Mei Foo Capital Limited", subscriber_id="HSN0709",
           contact_name="Yau Chi Kin", contact_phone="+852 3105 7788", contact_email="ck.yau@meifoocap.com",
           session_date="2023-11-25", results={"OTP-C": "successful"},
           signatory_name="Yau Chi Kin", signed_date="2023-11-27"),
      ["ambiguous:results"], "exceljs", ["rich-text", "one-cell", "label-colon-value", "result-tick-table",
                                         "tick-emoji-variation-selector", "date-serial", "date-as-text"],
      "Label and value in one rich-text cell ('Subscriber ID: ' bold + 'HSN0709'); ticks typed on a phone as "
      "'✔️' (U+2714 U+FE0F). OMD-C is ticked both Successful and Unsuccessful"),
    c("exceljs/intention-print-header-title-lokfu.xlsx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Lok Fu Investments Limited", subscriber_id="HSN0710",
           contact_name="Sin Wai Man", contact_phone="2337 9911", contact_email="wm.sin@lokfuinv.com.hk",
           participate=True, services=["OTP-C", "OTP-CSC", "OMD-C"], signatory_name="Sin Wai Man",
           signed_date="2023-11-23"),
      [], "exceljs", ["title-in-print-header", "value-next-cell", "tick-check-cell", "yes-no-typed", "date-serial"],
      "Title and 'Ref. No.: HDS/23/1109' only in the sheet's print header (&C / &R); the cells hold the fields"),
    c("exceljs/result-formulas-wongchukhang.xlsx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="Wong Chuk Hang Securities Limited", subscriber_id="HSN0721",
           contact_name="Pang Hoi Ching", contact_phone="2553 0808", contact_email="hc.pang@wchsec.com.hk",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful", "OMD-CC": "not_tested"},
           issues="OTP-CSC: order gateway rejected logon at backup site", signatory_name="Pang Hoi Ching",
           signed_date="2023-11-27"),
      [], "exceljs", ["formula-values", "two-sheets", "result-word", "word-successful", "word-unsuccessful",
                      "word-not-tested", "date-serial"],
      "Name, id and contact are formulas (='Company Info'!B2 ...) with cached values; the company sheet comes "
      "second. Result words from a drop-down"),
    c("exceljs/intention-both-choices-aplichau.xlsx", "intention", "incomplete",
      dict(circular_ref=REF, subscriber_name="Ap Lei Chau Securities Limited", subscriber_id="HSN0732",
           contact_name="Kong Sze Wan", contact_phone="2873 6060", contact_email="sw.kong@alcsec.com.hk",
           services=["OTP-C", "OTP-CSC"], signatory_name="Kong Sze Wan", signed_date="2023-11-20"),
      ["ambiguous:participate"], "exceljs", ["both-choices-ticked", "tick-check-cell", "value-next-cell"],
      "Participation: ✓ under Yes and ✓ under No"),
    c("exceljs/notforms/ps2-attendance-list.xlsx", None, "unrecognised", {}, ["not_a_form"], "exceljs",
      ["attendance-list", "look-alike", "many-hsn-ids"],
      "Data-centre attendance list for 25/11/2023: company, HSN id, name, mobile, e-mail, time in / out"),
    c("exceljs/notforms/ps2-test-log.xlsx", None, "unrecognised", {}, ["not_a_form"], "exceljs",
      ["test-log", "look-alike", "service-codes", "ok-ng-words"],
      "A subscriber's own PS2 test log: time, system (OTP-C, OMD-C ...), step, Result OK/NG, operator"),
    # ---------------------------------------------------------------- SheetJS
    c("sheetjs/intention-chinese-only-shaukeiwan.xlsx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="筲箕灣證券有限公司", subscriber_id="HSN0743",
           contact_name="何志強", contact_phone="2567 8080", contact_email="ck.ho@skwsec.com.hk",
           participate=True, services=["OTP-C", "OMD-C", "OMD-CC"], signatory_name="何志強",
           signed_date="2023-11-22"),
      [], "sheetjs", ["chinese-labels-only", "chinese-title", "chinese-text-values", "tick-sqrt",
                      "chinese-yes-no", "date-chinese", "str-cells"],
      "The Chinese version of Appendix A retyped: Chinese labels only (編號, 公司名稱, 用戶編號, 聯絡人, 電話, "
      "電郵, 參與 是/否, 授權人姓名, 日期), √ marks"),
    c("sheetjs/result-transposed-kwaifong.xlsx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="Kwai Fong Securities Limited", subscriber_id="HSN0754",
           contact_name="Tang Hiu Tung", contact_phone="2420 3003", contact_email="ht.tang@kfsec.com.hk",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "unsuccessful"},
           issues="OMD-CC: no retransmission after failover", signatory_name="Tang Hiu Tung",
           signed_date="2023-11-28"),
      [], "sheetjs", ["transposed-results", "result-word", "word-successful", "word-not-tested",
                      "word-unsuccessful", "date-dmy-dots", "date-dmy-dash", "str-cells"],
      "Services across one row (OTP-C | OTP-CSC | OMD-C | OMD-CC), result words in the row below"),
    c("sheetjs/intention-offset-ballot-glyph-maonshan.xlsx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Ma On Shan Securities Limited", subscriber_id="HSN0765",
           contact_name="Chu Wing Kei", contact_phone="2633 4455", contact_email="wk.chu@mosec.com.hk",
           participate=True, services=["OTP-C", "OMD-C"], signatory_name="Chu Wing Kei", signed_date="2023-11-22"),
      [], "sheetjs", ["offset-layout", "tick-ballot-bold-check", "box-before-label", "date-d-mon-yyyy-caps",
                      "str-cells"],
      "The form starts at column C row 4 (a logo block left of it); marks 🗹 (U+1F5F9) against ☐; "
      "date '22 NOV 2023'"),
    c("sheetjs/notforms/hsn-subscriber-tracker.xlsx", None, "unrecognised", {}, ["not_a_form"], "sheetjs",
      ["subscriber-list", "look-alike", "many-hsn-ids", "service-codes", "tick-check-cell"],
      "A tracker of HSN subscribers: id, name, contact, tel, e-mail, services 'OTP-C; OMD-C', and ✓ columns "
      "'Intention Form received' / 'Result Form received'"),
    c("sheetjs/notforms/change-request-form.xlsx", None, "unrecognised", {}, ["not_a_form"], "sheetjs",
      ["change-request", "look-alike", "tick-char-ballot-x", "service-codes"],
      "An IT change request form: requested by, Tel, Email, date, systems affected ☒ OTP-C ☒ OMD-C, change "
      "window 25/11/2023, approved ☒ Yes ☐ No"),
    # ---------------------------------------------------------------- OOXML by hand
    c("handxml/intention-googledocs-checklist-hengfachuen.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Heng Fa Chuen Capital Limited", subscriber_id="HSN0776",
           contact_name="Ip Sum Yi", contact_phone="2556 9900", contact_email="sy.ip@hfccap.com",
           participate=True, services=["OTP-C", "OMD-C", "OMD-CC"], signatory_name="Ip Sum Yi",
           signed_date="2023-11-21"),
      [], "handxml", ["google-docs-export", "checklist-numbering-glyph", "label-colon-value", "date-d-mon-yyyy"],
      "Google Docs' checklist exported to .docx: each option is a list paragraph whose mark (☑ / ☐) is the "
      "numbering's bullet in numbering.xml, not text in the paragraph"),
    c("handxml/result-googlesheets-checkboxes-shamtseng.xlsx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="Sham Tseng Securities Limited", subscriber_id="HSN0787",
           contact_name="Lui Ka Ming", contact_phone="2491 0707", contact_email="km.lui@stsec.hk",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
           issues="OMD-C snapshot channel gap after failover", signatory_name="Lui Ka Ming",
           signed_date="2023-11-27"),
      [], "handxml", ["google-sheets-export", "boolean-cells", "result-tick-table", "blank-row", "date-serial",
                      "shared-strings"],
      "Google Sheets' check boxes exported as TRUE/FALSE with a data validation; OTP-CSC row all FALSE "
      "(not verified)"),
    c("handxml/intention-wps-wingdings2-wingkwong.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Wing Kwong Securities Limited", subscriber_id="HSN0798",
           contact_name="Yuen Pak Hei", contact_phone="2545 1188", contact_email="ph.yuen@wksec.com.hk",
           participate=True, services=["OTP-C", "OTP-CSC", "OMD-CC"], signatory_name="Yuen Pak Hei",
           signed_date="2023-11-22"),
      [], "handxml", ["wps-like", "symbol-font-text", "wingdings2-text", "chinese-english-labels", "table",
                      "box-before-label", "date-dmy-slash"],
      "WPS-style boxes: the letter 'R' in font Wingdings 2 (shows ☑) and '£' in Wingdings 2 (shows ☐), typed as "
      "text, not w:sym"),
    c("handxml/result-wingdings2-cells-leitung.xlsx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="Lei Tung Capital Limited", subscriber_id="HSN0809",
           contact_name="Poon Yee Man", contact_phone="2552 3131", contact_email="ym.poon@leitungcap.com",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful", "OMD-CC": "successful"},
           issues="OMD-C line B down 09:40-09:55", signatory_name="Poon Yee Man", signed_date="2023-11-27"),
      [], "handxml", ["wps-like", "symbol-font-text", "wingdings2-text", "result-tick-table", "date-as-text",
                      "date-d-month-yyyy"],
      "Result grid whose mark cells use font Wingdings 2: 'P' shows a ✓"),
    c("handxml/intention-textbox-alternatecontent-cyberport.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Cyberport Trading Limited", subscriber_id="HSN0810",
           contact_name="Ma Hoi Yan", contact_phone="3166 0000", contact_email="hy.ma@cyberporttrading.com",
           participate=True, services=["OTP-C", "OMD-C"], signatory_name="Ma Hoi Yan", signed_date="2023-11-23"),
      [], "handxml", ["text-box", "alternate-content-fallback", "tick-char-ballot-x", "box-before-label",
                      "date-dmy-slash"],
      "Word's text box (wps:txbx in mc:Choice, v:textbox in mc:Fallback) holds the participation and service "
      "boxes: every mark is in the file twice and counts once"),
    c("handxml/result-dropdown-sdt-happyvalley.docx", "result", "complete",
      dict(circular_ref=REF, subscriber_name="Happy Valley Securities Limited", subscriber_id="HSN0821",
           contact_name="Cheng Wai Yee", contact_phone="2838 4545", contact_email="wy.cheng@hvsec.com.hk",
           session_date="2023-11-25",
           results={"OTP-C": "successful", "OMD-C": "not_tested", "OMD-CC": "successful"},
           signatory_name="Cheng Wai Yee", signed_date="2023-11-27"),
      [], "handxml", ["sdt-dropdown", "sdt-placeholder", "date-control", "comment-not-content", "result-word"],
      "Drop-down content controls per service; OTP-CSC still shows 'Choose an item.' (placeholder). An internal "
      "reviewer's comment on the OMD-CC row says 'I think OMD-CC failed?': comments are not the form's answer"),
    c("handxml/intention-mailmerge-fields-kowloontong.docx", "intention", "complete",
      dict(circular_ref=REF, subscriber_name="Kowloon Tong Securities Limited", subscriber_id="HSN0832",
           contact_name="Leung Hoi Ying", contact_phone="2338 7070", contact_email="hy.leung@ktongsec.com.hk",
           participate=True, services=["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], signatory_name="Leung Hoi Ying",
           signed_date="2023-11-21"),
      [], "handxml", ["mail-merge-fields", "fldsimple", "complex-field", "date-field", "tick-char-ballot-x",
                      "box-before-label", "date-d-month-yyyy"],
      "A group's mail-merged copy: values are MERGEFIELD results (complex fields and w:fldSimple), the date a "
      "DATE field showing '21 November 2023'. The field codes («Company_Name») are not values"),
    c("handxml/intention-placeholder-text-blank.docx", "intention", "incomplete",
      dict(circular_ref=REF), BLANK_INTENTION, "handxml",
      ["blank-template", "placeholder-literal-text", "empty-required", "underline-blanks"],
      "A blank form whose value cells hold literal placeholder text ('Click or tap here to enter text.', "
      "'[Company Name]', '________') typed as ordinary text, not marked as a content-control placeholder"),
    c("handxml/notforms/visitor-registration.docx", None, "unrecognised", {}, ["not_a_form"], "handxml",
      ["visitor-registration", "look-alike", "tick-char-ballot-x", "contact-block"],
      "Data-centre visitor registration for 25/11/2023: visitor name, company, HSN Subscriber ID, mobile, e-mail, "
      "purpose ☒ Practice Session support"),
    # ---------------------------------------------------------------- more look-alikes (LibreOffice, python)
    c("libreoffice/notforms/fax-cover-sheet.docx", None, "unrecognised", {}, ["not_a_form"], "libreoffice",
      ["fax-cover", "look-alike", "quotes-form-title", "tick-char-ballot-x", "html-source"],
      "Fax cover to HKEX Hosting Services, 'Re: Appendix A – Intention Form (HDS/23/1109)', pages 2, ☒ Urgent; "
      "From, Tel, Fax, Email of the sender"),
    c("libreoffice/notforms/hosting-invoice.docx", None, "unrecognised", {}, ["not_a_form"], "libreoffice",
      ["invoice", "look-alike", "fodt-source", "service-codes"],
      "An invoice to an HSN subscriber: Subscriber ID, Bill To, OTP-C / OMD-C line rental, amount, due date"),
    c("python/notforms/bandwidth-upgrade-form.docx", None, "unrecognised", {}, ["not_a_form"], "python",
      ["other-circular-form", "look-alike", "tick-char-ballot-x", "table"],
      "Another circular's form (HDS/23/0988 Appendix A – Application Form for HSN Bandwidth Upgrade), filled: "
      "same contact labels, a bandwidth choice"),
    c("python/notforms/line-relocation-registration.xlsx", None, "unrecognised", {}, ["not_a_form"], "python",
      ["other-circular-form", "look-alike", "service-codes", "tick-check-cell"],
      "Another circular's form (HDS/24/0107 Appendix 1 – Registration Form for Market Data Line Relocation), "
      "filled, with ✓ against OMD-C and OMD-CC"),
    # ---------------------------------------------------------------- bad files
    bad("bad/truncated-result.xlsx", "corrupt", "python", ["truncated-zip"],
        "A result workbook cut off at half its length (a mail client's broken download)"),
    bad("bad/damaged-xml-intention.docx", "corrupt", "python", ["malformed-main-part"],
        "A readable zip whose word/document.xml stops in the middle of a tag"),
    bad("bad/encrypted-intention.docx", "encrypted", "officecrypto-tool", ["ooxml-agile-encryption"],
        "An intention form protected with a password to open"),
    bad("bad/intention-word97.docx", "legacy_format", "libreoffice", ["word-97-2003", "docx-extension"],
        "A Word 97-2003 .doc renamed .docx"),
    bad("bad/result-excel97.xlsx", "legacy_format", "libreoffice", ["excel-97-2003", "xlsx-extension"],
        "An Excel 97-2003 .xls renamed .xlsx"),
    bad("bad/result-macro.xlsm", "macro_enabled", "python", ["xlsm", "vba-project-part", "macro-content-type"],
        "A result workbook saved macro-enabled, with a VBA project part"),
]


def check(e):
    f = e["fields"]
    errs = []
    for k, v in f.items():
        if k == "subscriber_id" and not re.fullmatch(r"HSN\d{4}", v):
            errs.append(k)
        if k in ("signed_date", "session_date") and not re.fullmatch(r"2023-\d\d-\d\d", v):
            errs.append(k)
        if k == "contact_email" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v):
            errs.append(k)
        if k == "services" and (not v or [s for s in CODES if s in v] != v):
            errs.append(k)
        if k == "results" and any(s not in CODES or r not in ("successful", "unsuccessful", "not_tested")
                                  for s, r in v.items()):
            errs.append(k)
        if isinstance(v, str) and (v != v.strip() or "  " in v):
            errs.append(k)
    if e["status"] == "complete":
        req = REQ_BOTH + (["participate"] if e["form"] == "intention" else ["results"])
        if e["form"] == "intention" and f.get("participate"):
            req.append("services")
        errs += [f"required {k}" for k in req if k not in f]
        errs += [p for p in e["problems"] if not p.startswith("invalid:signed_date")]
    if e["status"] == "incomplete" and not e["problems"]:
        errs.append("incomplete without problem")
    if e["form"] == "intention" and "results" in f or e["form"] == "result" and "services" in f:
        errs.append("field of the other form")
    return errs


def main():
    seen = set()
    bad_entries = []
    for e in CASES:
        assert e["file"] not in seen, e["file"]
        seen.add(e["file"])
        errs = check(e)
        if errs:
            bad_entries.append((e["file"], errs))
    if bad_entries:
        sys.exit("oracle errors: " + json.dumps(bad_entries))
    out = [dict(e, file="holdout12/" + e["file"]) for e in CASES]
    with open(os.path.join(HERE, "..", "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    forms = sum(1 for e in CASES if e["form"])
    print(f"{len(CASES)} entries: {forms} forms, {sum(1 for e in CASES if e['status'] == 'unrecognised')} "
          f"look-alikes, {sum(1 for e in CASES if e['status'] == 'rejected')} rejected")


if __name__ == "__main__":
    main()
