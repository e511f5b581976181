#!/usr/bin/env python3
"""Writes the hand-built .docx files of tests/assets/holdout6: result forms (and a few intention forms and
non-forms) as people fill them in Word 365. Values are typed raw, as a person typed them; the oracle is
cases.py, written separately by hand."""
import os
from xml.sax.saxutils import escape
import os as _os, sys as _sys
_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "..", "make", "corpus"))  # the shared wordml.py
from wordml import P, R, Rs, T, BM, cell, table, save, hexid
from people import FIRMS, NAMES, CODES, INT_TITLE, RES_TITLE, SUB

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
W2 = [3800, 5200]
SYM = '<w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol" w:cs="Segoe UI Symbol"/>'
B = "<w:b/>"
_sdt = iter(range(-2100000000, -2000000000, 7919))


def out(group, name):
    d = os.path.join(ROOT, group)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)


def head(title=RES_TITLE, due="27 Nov 2023"):
    return (T(title, bold=True, size=26, center=True) + T(SUB, center=True) +
            P(R("Ref. No.: "), BM("_Hlk151203311", R("HDS/23/1109"))) +
            P(R("Please complete and return this form to HKEX Hosting Services – Service Desk "
                f"(hsservicedesk@hkex.com.hk) on or before {due}.")))


def box(mark):
    return R(mark, SYM)


def details(key, session=None, extra=(), drop=(), override=None):
    """the subscriber details table; session: None (no row), a string, or ready run XML"""
    name, sid, contact, phone, email, _ = FIRMS[key]
    v = {"Subscriber Name": name, "HSN Subscriber ID": sid, "Contact Person": contact, "Telephone": phone, "Email": email}
    v.update(override or {})
    rows = [[lab, val] for lab, val in v.items() if lab not in drop]
    for lab in drop:
        rows.insert(list(v).index(lab), [lab, ""])
    if session is not None:
        rows.append(["Practice Session Date", P(session) if session.startswith(("<w:r", "<w:sdt")) else session])
    rows += list(extra)
    return table(rows, W2)


def grid(marks, tick="☒", empty="☐", labels=None, extra_rows=(), header=("Successful", "Unsuccessful", "Not tested"),
         first="Service"):
    """marks: {code: 's'|'u'|'n'|None}; tick: a glyph or {code: glyph}; labels: {code: row label text}"""
    rows = [[P(R(first, B))] + [P(R(h, B)) for h in header]]
    for c in CODES:
        if c not in marks:
            continue
        m = marks[c]
        t = tick[c] if isinstance(tick, dict) else tick
        lab = (labels or {}).get(c, c)
        rows.append([lab] + [P(box(t)) if m == k else (P(box(empty)) if empty else "") for k in "sun"])
    for lab, m, t in extra_rows:
        rows.append([lab] + [P(box(t)) if m == k else (P(box(empty)) if empty else "") for k in "sun"])
    return table(rows, [3600, 1800, 1800, 1800])


def words(rows, header=("Service", "Result"), widths=None):
    return table([[P(R(h, B)) for h in header]] + [list(r) for r in rows], widths or [3000, 6000][:len(header)] + [3000] * (len(header) - 2))


def tail(key, issues, signed, issues_label="Issues Encountered"):
    sig = FIRMS[key][5]
    b = P()
    if issues is not None:
        b += table([[issues_label, issues]], W2) + P()
    b += table([["Name of Authorised Signatory", sig], ["Date", signed]], W2)
    return b


def result_doc(group, name, key, session, results, issues, signed, **kw):
    b = head() + details(key, session, **kw) + P() + P(R("Result of the Practice Session", B)) + results + tail(key, issues, signed)
    save(out(group, name), b, numbering=True, creator=FIRMS[key][2])


def datepicker(shown, full, fmt="d/M/yyyy"):
    return (f'<w:sdt><w:sdtPr><w:id w:val="{next(_sdt)}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013437"/></w:placeholder>'
            f'<w:date w:fullDate="{full}T00:00:00Z"><w:dateFormat w:val="{fmt}"/><w:lid w:val="en-HK"/><w:storeMappedDataAs w:val="dateTime"/>'
            f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>{R(shown)}</w:sdtContent></w:sdt>')


def w14box(checked):
    g = "☒" if checked else "☐"
    return P(f'<w:sdt><w:sdtPr><w:id w:val="{next(_sdt)}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
             '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
             '</w14:checkbox></w:sdtPr><w:sdtContent>' +
             R(g, '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>') +
             '</w:sdtContent></w:sdt>')


def bullets(*lines):
    return "".join(P(R(x), ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>', style="ListParagraph") for x in lines)


def paras(*lines):
    return "".join(P(R(x)) for x in lines)


# ------------------------------------------------------------------ word-ticks: tick grids

def word_ticks():
    result_doc("word-ticks", "result-ballot-x-grid-taipokau.docx", "taipokau", "25/11/2023",
               grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "s", "OMD-CC": "s"}),
               P(R("OMD-C: short gap in retransmission after failover,\nrecovered by itself within 2 minutes.")), "27/11/2023")
    result_doc("word-ticks", "result-check-glyphs-nil-issues-fotan.docx", "fotan", "2023-11-25",
               grid({"OTP-C": "s", "OTP-CSC": "n", "OMD-C": "s", "OMD-CC": "u"},
                    tick={"OTP-C": "✓", "OTP-CSC": "✔", "OMD-C": "√", "OMD-CC": "✓"}),
               "Nil", "2023-11-27")
    # X / x typed into empty cells (no boxes at all)
    result_doc("word-ticks", "result-x-typed-empty-cells-none-issues-kauto.docx", "kauto", "25 Nov 2023",
               grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "u", "OMD-CC": "n"},
                    tick={"OTP-C": "X", "OTP-CSC": "x", "OMD-C": "X", "OMD-CC": "x"}, empty=None),
               "None", "26 Nov 2023")
    result_doc("word-ticks", "result-black-square-ordinal-dates-maonshan.docx", "maonshan", "25th November 2023",
               grid({"OTP-C": "s", "OTP-CSC": "u", "OMD-C": "s", "OMD-CC": "s"}, tick="■"),
               "OTP-CSC could not log on to the backup site; our vendor is checking the line configuration.",
               "27th November 2023")
    # content controls throughout: w14 check boxes in the grid, a date picker for the session date
    rows = [[P(R("Service", B)), P(R("Successful", B)), P(R("Unsuccessful", B)), P(R("Not tested", B))]]
    for c, m in (("OTP-C", "s"), ("OTP-CSC", "s"), ("OMD-C", "s"), ("OMD-CC", "n")):
        rows.append([c] + [w14box(m == k) for k in "sun"])
    result_doc("word-ticks", "result-content-controls-date-picker-tkotrading.docx", "tkotrading",
               datepicker("25 November 2023", "2023-11-25", "d MMMM yyyy"), table(rows, [3600, 1800, 1800, 1800]),
               "N/A", "27-11-2023")


# ------------------------------------------------------------------ word-words: result words, sentences, layouts

def word_words():
    result_doc("word-words", "result-word-column-remarks-lokfu.docx", "lokfu", "25-11-2023",
               words([("OTP-C", "Pass", "Logon and order entry normal"), ("OTP-CSC", "Failed", "Logon rejected at backup site"),
                      ("OMD-C", "OK", ""), ("OMD-CC", "N/A", "Not subscribed")], header=("Service", "Result", "Remarks"),
                     widths=[2400, 2400, 4200]),
               "Nil", "27/11/2023")
    result_doc("word-words", "result-words-mixed-case-dotted-date-wongchukhang.docx", "wongchukhang", "25.11.2023",
               words([("OTP-C", "SUCCESSFUL"), ("OTP-CSC", "passed"), ("OMD-C", "Unsuccessful"), ("OMD-CC", "not applicable")]),
               "OMD-C: no data on the backup multicast groups until 10:40.", "27.11.2023")
    result_doc("word-words", "result-sentence-per-row-weekday-date-apleichau.docx", "apleichau", "Sat 25 Nov 2023",
               words([("OTP-C", "Connected and verified OK"), ("OTP-CSC", "Connected and verified OK"),
                      ("OMD-C", "Failed – no market data received from backup site"), ("OMD-CC", "Not tested – not subscribed")]),
               "See OMD-C row.", "Mon 27 Nov 2023")
    labels = {c: NAMES[c] for c in CODES}
    result_doc("word-words", "result-system-names-only-pokfulam.docx", "pokfulam", "25/11/2023",
               grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "u", "OMD-CC": "s"}, labels=labels, first="System"),
               "Orion Market Data – Securities Market: lost connection for 5 minutes after failover.", "26/11/2023")
    hdr = [P(R(c, B)) for c in CODES]
    cols = (P(R("Services verified in PS2", B)) + table([hdr, ["Successful", "Successful", "Not tested", "Unsuccessful"]], [2250] * 4))
    result_doc("word-words", "result-services-as-columns-saiyingpun.docx", "saiyingpun", "25 Nov 2023", cols,
               "OMD-CC feed handler did not reconnect automatically.", "27 Nov 2023")
    result_doc("word-words", "result-extra-ocg-row-quarrybay.docx", "quarrybay", "25/11/2023",
               grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "s", "OMD-CC": "s"}, tick="☒",
                    extra_rows=[("OCG-C (Orion Central Gateway)", "u", "☒"), ("BSS", "s", "☒")]),
               "OCG-C is not part of PS2 but we tested it as well: logon failed once.", "27/11/2023")
    # issues as a bulleted list (w:numPr) in the Issues cell; ✔ grid; one row left blank
    b = (head() + details("taikoo", "2023年11月25日") + P() + grid({"OTP-C": "s", "OTP-CSC": None, "OMD-C": "s", "OMD-CC": "u"}, tick="✔")
         + P() + table([["Issues Encountered", bullets("OMD-CC: no snapshot after failover", "Vendor ticket #4471 opened")]], W2)
         + P() + table([["Name of Authorised Signatory", FIRMS["taikoo"][5]], ["Date", "2023年11月27日"]], W2))
    save(out("word-words", "result-bulleted-issues-blank-row-taikoo.docx"), b, numbering=True)


# ------------------------------------------------------------------ word-language: Chinese result words

def word_language():
    k = "shaukeiwan"
    name, sid, contact, phone, email, sig = FIRMS[k]
    b = (T("附件B – 結果表格 Appendix B – Result Form", bold=True, size=26, center=True) + T(SUB, center=True)
         + P(R("編號 Ref. No.: HDS/23/1109", ea=True))
         + table([["公司名稱 Subscriber Name", name], ["用戶編號 HSN Subscriber ID", sid], ["聯絡人 Contact Person", contact],
                  ["電話 Telephone", phone], ["電郵 Email", email], ["演習日期 Practice Session Date", "25/11/2023"]], W2) + P()
         + words([("OTP-C", "成功"), ("OTP-CSC", "通過"), ("OMD-C", "失敗"), ("OMD-CC", "未測試")], header=("服務 Service", "結果 Result"))
         + P() + table([["備註 Remarks", "OMD-C 切換後沒有行情數據。"]], W2) + P()
         + table([["授權人姓名 Name of Authorised Signatory", sig], ["日期 Date", "27/11/2023"]], W2))
    save(out("word-language", "result-traditional-chinese-words-shaukeiwan.docx"), b)
    k = "chaiwan"
    name, sid, contact, phone, email, sig = FIRMS[k]
    b = (T("附件B – 结果表格 Appendix B – Result Form", bold=True, size=26, center=True) + T(SUB, center=True)
         + P(R("编号 Ref. No.: HDS/23/1109", ea=True))
         + table([["公司名称 Subscriber Name", name], ["用户编号 HSN Subscriber ID", sid], ["联络人 Contact Person", contact],
                  ["电话 Telephone", phone], ["电邮 Email", email], ["演习日期 Practice Session Date", "2023-11-25"]], W2) + P()
         + words([("OTP-C", "成功"), ("OTP-CSC", "失败"), ("OMD-C", "不适用"), ("OMD-CC", "未测试")], header=("服务 Service", "结果 Result"))
         + P() + table([["备注 Remarks", "OTP-CSC 登入失败，已联络供应商。"]], W2) + P()
         + table([["授权人姓名 Name of Authorised Signatory", sig], ["日期 Date", "2023-11-27"]], W2))
    save(out("word-language", "result-simplified-chinese-words-chaiwan.docx"), b)
    result_doc("word-language", "result-chinese-words-in-english-form-hengfachuen.docx", "hengfachuen", "25 Nov 2023",
               words([("OTP-C", "通過"), ("OTP-CSC", "不成功"), ("OMD-C", "成功"), ("OMD-CC", "不適用")]),
               "OTP-CSC 未能連接後備站點", "27 Nov 2023")


# ------------------------------------------------------------------ word-open: choices the spec leaves open

def word_open():
    result_doc("word-open", "result-only-in-issues-text-siusaiwan.docx", "siusaiwan", "25/11/2023",
               grid({c: None for c in CODES}),
               "All four services tested successfully.", "27/11/2023")
    result_doc("word-open", "result-same-service-twice-conflict-stanley.docx", "stanley", "25/11/2023",
               words([("OTP-C", "Successful"), ("OTP-CSC", "Successful"), ("OMD-C", "Successful"), ("OMD-CC", "Successful"),
                      ("OMD-C", "Unsuccessful")]),
               "Nil", "27/11/2023")
    result_doc("word-open", "result-na-for-unused-services-repulsebay.docx", "repulsebay", "25/11/2023",
               words([("OTP-C", "Successful"), ("OTP-CSC", "N/A"), ("OMD-C", "Successful"), ("OMD-CC", "N/A")]),
               "We do not use OTP-CSC and OMD-CC.", "25/11/2023")


# ------------------------------------------------------------------ word-incomplete

def word_incomplete():
    result_doc("word-incomplete", "result-missing-email-deepwaterbay.docx", "deepwaterbay", "25/11/2023",
               grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "s", "OMD-CC": "s"}), "Nil", "27/11/2023", drop=("Email",))
    result_doc("word-incomplete", "result-no-result-marked-cheungchau.docx", "cheungchau", "25/11/2023",
               grid({c: None for c in CODES}), None, "27/11/2023")
    result_doc("word-incomplete", "result-bad-id-pengchau.docx", "pengchau", "25/11/2023",
               words([("OTP-C", "Pass"), ("OTP-CSC", "Pass"), ("OMD-C", "Pass"), ("OMD-CC", "Fail")]),
               "OMD-CC: feed handler crashed on switch-over.", "27/11/2023", override={"HSN Subscriber ID": "HSN62I2"})


# ------------------------------------------------------------------ intention (contrast)

def intention_doc(group, name, key, participate, services, signed, **kw):
    b = head(INT_TITLE, due="24 Nov 2023") + details(key, **kw)
    b += table([["We will / will not participate in PS2 using HSN",
                  P(box("☒" if participate else "☐"), R(" Yes    "), box("☐" if participate else "☒"), R(" No"))]], W2) + P()
    rows = [[cell(P(R("Services to be verified (please tick)", B)), 9000, span=3, shade=True)]]
    for c in CODES:
        rows.append([P(box("☒" if c in services else "☐")), c, NAMES[c]])
    b += table(rows, [900, 1800, 6300]) + P()
    b += table([["Name of Authorised Signatory", FIRMS[key][5]], ["Date", signed]], W2)
    save(out(group, name), b, creator=FIRMS[key][2])


def intentions():
    intention_doc("intention", "intention-ballot-x-tungchung.docx", "tungchung", True, ["OTP-C", "OMD-C"], "22/11/2023")
    # the intention form, filled, but saved under the result form's name and sent after the session
    intention_doc("intention", "result-form-ps2-discoverybay.docx", "discoverybay", True, CODES, "23 Nov 2023")


# ------------------------------------------------------------------ other: not forms, or the wrong form

def others():
    b = head(INT_TITLE, due="24 Nov 2023")
    b += table([["Subscriber Name", ""], ["HSN Subscriber ID", ""], ["Contact Person", ""], ["Telephone", ""], ["Email", ""]], W2)
    b += table([["We will / will not participate in PS2 using HSN", P(box("☐"), R(" Yes    "), box("☐"), R(" No"))]], W2) + P()
    rows = [[cell(P(R("Services to be verified (please tick)", B)), 9000, span=3, shade=True)]]
    rows += [[P(box("☐")), c, NAMES[c]] for c in CODES]
    b += table(rows, [900, 1800, 6300]) + P() + table([["Name of Authorised Signatory", ""], ["Date", ""]], W2)
    save(out("other", "blank-intention-template-sent-as-result.docx"), b)
    name, sid, contact, phone, email, sig = FIRMS["kowloontong"]
    b = (P(R("Kowloon Tong Securities Limited", B)) + P(R("27 November 2023")) + P(R("HKEX Hosting Services – Service Desk"))
         + P(R("By e-mail: hsservicedesk@hkex.com.hk")) + P()
         + P(R("Dear Sir / Madam,")) + P(R("Re: HDS/23/1109 – Second Practice Session (PS2) on 25 November 2023", B))
         + P(R(f"We refer to the above circular. We are pleased to inform you that we ({name}, HSN Subscriber ID {sid}) "
               "participated in PS2 on 25 November 2023 using HSN and tested successfully OTP-C, OTP-CSC, OMD-C and OMD-CC. "
               "No issues were encountered."))
        + P(R(f"Should you have any questions, please contact {contact} at {phone} or {email}."))
        + P(R("Yours faithfully,")) + P() + P(R(sig)) + P(R("Responsible Officer")))
    save(out("other", "reply-letter-tested-successfully-kowloontong.docx"), b)


if __name__ == "__main__":
    word_ticks()
    word_words()
    word_language()
    word_open()
    word_incomplete()
    intentions()
    others()
