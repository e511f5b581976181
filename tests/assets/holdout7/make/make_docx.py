#!/usr/bin/env python3
"""Writes the hand-built .docx files of tests/assets/holdout7: forms saved by Word 365 with a Hong Kong / Chinese
locale, odd-but-valid layouts and package idioms. Values are typed raw, as a person typed them; the oracle is
cases.py, written separately by hand."""
import os
from xml.sax.saxutils import escape
from wordml import P, R, T, BM, cell, table, save, hexid
from people import FIRMS, NAMES, ZH, CODES, INT_TITLE, RES_TITLE, INT_ZH, RES_ZH, SUB

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
W2 = [3800, 5200]
SYM = '<w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol" w:cs="Segoe UI Symbol"/>'
B = "<w:b/>"
_sdt = iter(range(-1900000000, -1800000000, 7919))
FONTS_HK = ('<w:font w:name="新細明體"><w:altName w:val="PMingLiU"/><w:charset w:val="88"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
            '<w:font w:name="MingLiU_HKSCS"><w:altName w:val="細明體_HKSCS"/><w:charset w:val="88"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
            '<w:font w:name="Microsoft JhengHei"><w:altName w:val="微軟正黑體"/><w:charset w:val="88"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>')


def out(group, name):
    d = os.path.join(ROOT, group)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)


def ZR(text, font="新細明體", extra=""):
    """a run in an East Asian font, with the zh-HK language tag Word writes for text typed with a Chinese IME"""
    return R(text, f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>{extra}'
                   '<w:lang w:val="en-HK" w:eastAsia="zh-HK"/>')


def box(mark):
    return R(mark, SYM)


def head(title=INT_TITLE, due="24 Nov 2023", ref=True):
    h = T(title, bold=True, size=26, center=True) + T(SUB, center=True)
    if ref:
        h += P(R("Ref. No.: "), R("HDS/23/1109"))
    return h + P(R("Please complete and return this form to HKEX Hosting Services – Service Desk "
                   f"(hsservicedesk@hkex.com.hk) on or before {due}."))


def services_table(chosen, tick="☒", header=("Service", "System", "Tick")):
    rows = [[P(R(h, B)) for h in header]]
    for c in CODES:
        rows.append([c, NAMES[c], P(box(tick if c in chosen else "☐"))])
    return table(rows, [1800, 5400, 1800])


def participate(yes=True):
    return P(R("We will participate in PS2 using HSN:  "), box("☒" if yes else "☐"), R(" Yes   "),
             box("☐" if yes else "☒"), R(" No"))


def grid(marks, header=("Successful", "Unsuccessful", "Not tested"), first="Service"):
    rows = [[P(R(first, B))] + [P(R(h, B)) for h in header]]
    for c in CODES:
        m = marks.get(c)
        rows.append([c] + [P(box("☒" if m == k else "☐")) for k in "sun"])
    return table(rows, [3000, 2000, 2000, 2000])


# ------------------------------------------------------------------ word-locale: zh-HK Office

def word_locale():
    # Chinese-first bilingual labels, PMingLiU / 新細明體 runs, 2023年11月22日
    name, sid, contact, phone, email, sig = FIRMS["tinshuiwai"]
    lab = lambda zh, en: P(ZR(zh + " "), R(en))
    rows = [[lab("公司名稱", "Company Name"), name], [lab("用戶編號", "HSN Subscriber ID"), sid],
            [lab("聯絡人", "Contact Person"), contact], [lab("電話", "Telephone"), phone], [lab("電郵", "Email"), email]]
    b = (T(INT_ZH, bold=True, size=26, center=True) + head(INT_TITLE) + table(rows, W2) + P() +
         P(ZR("參與 "), R("Participation – We will participate in PS2 using HSN:  "), box("☒"), ZR(" 是 "), R("Yes  "),
           box("☐"), ZR(" 否 "), R("No")) +
         P(ZR("測試服務 "), R("Services to be verified:")) + services_table({"OTP-C", "OTP-CSC", "OMD-C"}) + P() +
         table([[lab("授權人姓名", "Name of Authorised Signatory"), sig], [lab("日期", "Date"), P(ZR("2023年11月22日"))]], W2))
    save(out("word-locale", "intention-chinese-first-labels-pmingliu-tinshuiwai.docx"), b, creator=contact,
         fonts_extra=FONTS_HK)

    # Chinese labels only, full-width colon, Chinese values, 24/11/2023 (星期五)
    name, sid, contact, phone, email, sig = FIRMS["kamtin"]
    ps = [("公司名稱", name), ("用戶編號", sid), ("聯絡人", contact), ("電話", phone), ("電郵", email)]
    b = T(INT_ZH, bold=True, size=26, center=True) + T(INT_TITLE, center=True) + P(ZR("編號："), R("HDS/23/1109"))
    b += "".join(P(ZR(l + "："), ZR(v) if not v.isascii() else R(v)) for l, v in ps)
    b += P(ZR("參與："), box("☒"), ZR(" 是　"), box("☐"), ZR(" 否"))
    b += P(ZR("測試服務：")) + table([[P(ZR("服務", extra=B)), P(ZR("系統", extra=B)), P(ZR("選擇", extra=B))]] +
                                 [[c, P(ZR(ZH[c])), P(box("☒" if c in ("OTP-C", "OMD-C") else "☐"))] for c in CODES],
                                 [1800, 5400, 1800])
    b += P(ZR("授權人姓名："), ZR(sig)) + P(ZR("日期："), R("24/11/2023 "), ZR("(星期五)"))
    save(out("word-locale", "intention-chinese-labels-fullwidth-colon-kamtin.docx"), b, creator="Tang Ka Ho",
         fonts_extra=FONTS_HK)

    # result with dates in Chinese numerals 二〇二三年十一月二十五日
    name, sid, contact, phone, email, sig = FIRMS["sheungshui"]
    lab = lambda zh, en: P(ZR(zh + " "), R(en))
    rows = [[lab("公司名稱", "Subscriber Name"), name], [lab("用戶編號", "HSN Subscriber ID"), sid],
            [lab("聯絡人", "Contact Person"), contact], [lab("電話", "Telephone"), phone], [lab("電郵", "Email"), email],
            [lab("演習日期", "Practice Session Date"), P(ZR("二〇二三年十一月二十五日"))]]
    b = (T(RES_ZH, bold=True, size=26, center=True) + head(RES_TITLE, "27 Nov 2023") + table(rows, W2) + P() +
         grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "u", "OMD-CC": "s"},
              header=("成功 Successful", "不成功 Unsuccessful", "未測試 Not tested"), first="服務 Service") + P() +
         table([[lab("備註", "Issues Encountered"), "OMD-C retransmission requests timed out after failover."]], W2) + P() +
         table([[lab("授權人姓名", "Name of Authorised Signatory"), sig], [lab("日期", "Date"), P(ZR("二〇二三年十一月二十七日"))]], W2))
    save(out("word-locale", "result-chinese-numeral-dates-sheungshui.docx"), b, creator=contact, fonts_extra=FONTS_HK)

    # MingLiU_HKSCS, w:eastAsianLayout (two-lines-in-one label, vertical-in-horizontal digits), Chinese result words
    name, sid, contact, phone, email, sig = FIRMS["fanling"]
    two = lambda zh, en: P(ZR(zh, "MingLiU_HKSCS", '<w:eastAsianLayout w:id="1" w:combine="1" w:combineBrackets="round"/>'),
                           R(" " + en))
    rows = [[two("公司名稱", "Subscriber Name"), name], [two("用戶編號", "HSN Subscriber ID"), sid],
            [two("聯絡人", "Contact Person"), contact], [two("電話", "Telephone"), phone], [two("電郵", "Email"), email],
            [two("演習日期", "Practice Session Date"),
             P(R("25", '<w:eastAsianLayout w:id="2" w:vert="1" w:vertCompress="1"/>'), ZR("/11/2023", "MingLiU_HKSCS"))]]
    res = [[P(ZR("服務 ", extra=B), R("Service", B)), P(ZR("結果 ", extra=B), R("Result", B))],
           ["OTP-C", P(ZR("成功", "MingLiU_HKSCS"))], ["OTP-CSC", P(ZR("失敗", "MingLiU_HKSCS"))],
           ["OMD-C", P(ZR("成功", "MingLiU_HKSCS"))], ["OMD-CC", P(ZR("未測試", "MingLiU_HKSCS"))]]
    b = (T(RES_ZH, bold=True, size=26, center=True) + head(RES_TITLE, "27 Nov 2023") + table(rows, W2) + P() +
         table(res, [3000, 6000]) + P() +
         table([[two("授權人姓名", "Name of Authorised Signatory"), sig], [two("日期", "Date"), "27/11/2023"]], W2))
    save(out("word-locale", "result-mingliu-hkscs-eastasianlayout-fanling.docx"), b, creator=contact, fonts_extra=FONTS_HK)


# ------------------------------------------------------------------ word-layout

def details_rows(key, labels=None):
    name, sid, contact, phone, email, _ = FIRMS[key]
    lab = labels or ["Subscriber Name", "HSN Subscriber ID", "Contact Person", "Telephone", "Email"]
    return list(zip(lab, [name, sid, contact, phone, email]))


def word_layout():
    # two-column section, "Label: value" paragraphs, a column break before the participation part
    key = "yuenlong"
    sig = FIRMS[key][5]
    b = head() + P(R("The subscriber details are in the left column and the choices in the right column.", "<w:i/>"))
    b += "".join(P(R(l + ": "), R(v)) for l, v in details_rows(key))
    b += P(R("Name of Authorised Signatory: "), R(sig)) + P(R("Date: "), R("23-11-2023"))
    b += P('<w:r><w:br w:type="column"/></w:r>', R("We will participate in PS2 using HSN:"))
    b += P(box("☒"), R(" Yes")) + P(box("☐"), R(" No")) + P(R("Services to be verified:"))
    b += "".join(P(box("☒" if c in ("OTP-C", "OMD-C", "OMD-CC") else "☐"), R(f" {c} – {NAMES[c]}")) for c in CODES)
    cols = '<w:cols w:num="2" w:space="425"/>'
    # the title block stays one column: a continuous section break after it
    title_end = head().count("</w:p>")
    parts = b.split("</w:p>")
    first = "</w:p>".join(parts[:title_end - 1]) + "</w:p>"
    sect1 = ('<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
             'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr></w:pPr>'
             + R("Please complete and return this form to HKEX Hosting Services – Service Desk (hsservicedesk@hkex.com.hk) on or before 24 Nov 2023.") + '</w:p>')
    rest = "</w:p>".join(parts[title_end:])
    save(out("word-layout", "intention-two-column-section-yuenlong.docx"), first + sect1 + rest,
         sect_extra='<w:type w:val="continuous"/>' + cols, creator=FIRMS[key][2])

    # the whole result form inside a one-cell table, with the details table nested inside another cell
    key = "tuenmun"
    name, sid, contact, phone, email, sig = FIRMS[key]
    inner = table([[l, v] for l, v in details_rows(key)] + [["Practice Session Date", "25 Nov 2023"]], [3000, 4800])
    g = grid({"OTP-C": "s", "OTP-CSC": "n", "OMD-C": "s", "OMD-CC": "s"})
    lower = table([["Issues Encountered", "Nil"], ["Name of Authorised Signatory", sig], ["Date", "27 Nov 2023"]], [3000, 4800])
    outer = table([[P(R("Part 1 – Subscriber", B)) + inner + P()], [P(R("Part 2 – Results", B)) + g + P()],
                   [P(R("Part 3 – Confirmation", B)) + lower + P()]], [9000])
    outer2 = table([[outer + P()]], [9200])
    b = head(RES_TITLE, "27 Nov 2023") + outer2
    save(out("word-layout", "result-nested-tables-tuenmun.docx"), b, creator=contact)

    # labels in vertical-text cells (w:textDirection btLr / tbRlV), group cell merged down
    key = "saikung"
    name, sid, contact, phone, email, sig = FIRMS[key]
    def vcell(text, d="btLr", merge=None, w=900):
        vm = f'<w:vMerge w:val="{merge}"/>' if merge == "restart" else ("<w:vMerge/>" if merge else "")
        return (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{vm}<w:textDirection w:val="{d}"/><w:vAlign w:val="center"/></w:tcPr>'
                f'{P(R(text, B)) if text else P()}</w:tc>')
    rows = []
    for i, (l, v) in enumerate(details_rows(key)):
        grp = vcell("Subscriber", "tbRlV", "restart" if i == 0 else "cont", 700)
        rows.append([grp, vcell(l, "btLr", None, 1500), cell(v, 6000)])
    t = table(rows, [700, 1500, 6000]).replace("<w:tr ", '<w:tr ', 1)
    t = t.replace('w14:textId="', 'w14:textId="', 1)
    t = t.replace("<w:tblGrid>", "<w:tblGrid>", 1)
    t = t.replace("</w:tcPr>", "</w:tcPr>", 1)
    t = t.replace('<w:tr w:rsidR', '<w:tr w:rsidR', 1)
    t = t.replace('<w:tc><w:tcPr><w:tcW w:w="1500"', '<w:tc><w:tcPr><w:tcW w:w="1500"')
    t = t.replace('</w:tblGrid>', '</w:tblGrid>', 1)
    # tall rows so the rotated labels fit
    t = t.replace('w14:textId="', 'w14:textId="').replace('"><w:tc>', '"><w:trPr><w:trHeight w:val="1700"/></w:trPr><w:tc>')
    b = head() + t + P() + participate(True) + P(R("Services to be verified:")) + services_table({"OTP-CSC", "OMD-CC"})
    b += P() + table([["Name of Authorised Signatory", sig], ["Date", "20 November 2023"]], W2)
    save(out("word-layout", "intention-vertical-label-cells-saikung.docx"), b, creator=contact)

    # dot leaders: a right tab stop with a dot leader between label and value, two lines with typed dots
    key = "clearwaterbay"
    name, sid, contact, phone, email, sig = FIRMS[key]
    tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9026"/></w:tabs>'
    b = head()
    b += P(R("Subscriber Name"), R("\t" + name), ppr=tabs)
    b += P(R("HSN Subscriber ID"), R("\t" + sid), ppr=tabs)
    b += P(R("Contact Person ........................ " + contact))
    b += P(R("Telephone"), R("\t" + phone), ppr=tabs)
    b += P(R("Email .................................. " + email))
    b += participate(True) + P(R("Services to be verified:")) + services_table(set(CODES))
    b += P(R("Name of Authorised Signatory"), R("\t" + sig), ppr=tabs) + P(R("Date"), R("\t21/11/2023"), ppr=tabs)
    save(out("word-layout", "intention-dot-leader-tabs-clearwaterbay.docx"), b, creator=contact)

    # values wrapped in w:smartTag and w:customXml
    key = "lamma"
    name, sid, contact, phone, email, sig = FIRMS[key]
    st = lambda el, t: f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{el}">{R(t)}</w:smartTag>'
    cx = lambda el, t: (f'<w:customXml w:uri="urn:lamma-brokers:forms" w:element="{el}"><w:customXmlPr>'
                        f'<w:attr w:name="source" w:val="crm"/></w:customXmlPr>{R(t)}</w:customXml>')
    rows = [["Subscriber Name", P(cx("company", name))], ["HSN Subscriber ID", P(cx("hsnId", sid))],
            ["Contact Person", P(st("PersonName", contact))], ["Telephone", P(st("phone", phone))],
            ["Email", P(cx("email", email))], ["Practice Session Date", P(st("date", "25/11/2023"))]]
    b = (head(RES_TITLE, "27 Nov 2023") + table(rows, W2) + P() + grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "s", "OMD-CC": "u"}) +
         P() + table([["Issues Encountered", P(R("OMD-CC: no snapshot from the backup site until ") + st("time", "10:15") + R("."))],
                      ["Name of Authorised Signatory", P(st("PersonName", sig))], ["Date", P(st("date", "27/11/2023"))]], W2))
    save(out("word-layout", "result-smarttag-customxml-wrappers-lamma.docx"), b, creator=contact)

    # row-level content controls (w:sdt wrapping whole w:tr), one repeating-section control round the service rows
    key = "taio"
    name, sid, contact, phone, email, sig = FIRMS[key]
    def sdt_row(tag, label, value):
        tr = table([[label, value]], W2)
        tr = tr[tr.index("<w:tr "):tr.rindex("</w:tbl>")]
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{label}"/><w:tag w:val="row-{tag}"/><w:id w:val="{next(_sdt)}"/>'
                f'<w:lock w:val="sdtLocked"/></w:sdtPr><w:sdtContent>{tr}</w:sdtContent></w:sdt>')
    t = table([["x", "y"]], W2)
    t = t[:t.index("<w:tr ")] + "".join(sdt_row(k, l, v) for k, (l, v) in
                                         zip(["name", "id", "contact", "phone", "email"], details_rows(key))) + "</w:tbl>"
    st_ = services_table({"OTP-C", "OMD-C"})
    first_tr = st_.index("<w:tr ", st_.index("<w:tr ") + 1)
    st_ = (st_[:first_tr] + f'<w:sdt><w:sdtPr><w:alias w:val="Services"/><w:id w:val="{next(_sdt)}"/>'
           '<w15:repeatingSection/></w:sdtPr><w:sdtContent>' +
           "".join(f'<w:sdt><w:sdtPr><w:id w:val="{next(_sdt)}"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>{tr}</w:sdtContent></w:sdt>'
                   for tr in ["<w:tr " + x for x in st_[first_tr:st_.rindex("</w:tbl>")].split("<w:tr ")[1:]]) +
           '</w:sdtContent></w:sdt></w:tbl>')
    b = (head() + f'<w:sdt><w:sdtPr><w:alias w:val="Subscriber details"/><w:id w:val="{next(_sdt)}"/></w:sdtPr><w:sdtContent>'
         + t + '</w:sdtContent></w:sdt>' + P() + participate(True) + P(R("Services to be verified:")) + st_ + P() +
         table([["Name of Authorised Signatory", sig], ["Date", "2023-11-21"]], W2))
    save(out("word-layout", "intention-sdt-table-rows-taio.docx"), b, creator=contact)

    # fldSimple MERGEFIELDs with their result text (a mail-merged form)
    key = "shamshuipo"
    name, sid, contact, phone, email, sig = FIRMS[key]
    mf = lambda f, t: f'<w:fldSimple w:instr=" MERGEFIELD {f} \\* MERGEFORMAT ">{R(t)}</w:fldSimple>'
    rows = [["Subscriber Name", P(mf("Company_Name", name))], ["HSN Subscriber ID", P(mf("HSN_ID", sid))],
            ["Contact Person", P(mf("Contact", contact))], ["Telephone", P(mf("Tel", phone))], ["Email", P(mf("Email", email))]]
    b = (head() + table(rows, W2) + P() + participate(True) + P(R("Services to be verified:")) +
         services_table({"OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"} - {"OTP-CSC"}) + P() +
         table([["Name of Authorised Signatory", P(mf("Signatory", sig))], ["Date", P(mf("Sign_Date", "22 Nov 2023"))]], W2))
    save(out("word-layout", "intention-fldsimple-mergefields-shamshuipo.docx"), b, creator=contact)

    # footnotes that hold text which is not a value; the circular reference only in the page header
    key = "shekkipmei"
    name, sid, contact, phone, email, sig = FIRMS[key]
    fref = lambda i: f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'
    fn = lambda t: ('<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                    f'</w:rPr><w:footnoteRef/></w:r>{R(" " + t)}</w:p>')
    rows = [["Subscriber Name", name], ["HSN Subscriber ID", sid], [P(R("Contact Person"), fref(1)), contact],
            ["Telephone", phone], [P(R("Email"), fref(2)), email], ["Practice Session Date", "25-11-2023"]]
    b = (head(RES_TITLE, "27 Nov 2023", ref=False) + table(rows, W2) + P() +
         grid({"OTP-C": "u", "OTP-CSC": "s", "OMD-C": "s", "OMD-CC": "s"}) + P() +
         table([["Issues Encountered", "OTP-C: two orders rejected after failover; resent successfully."],
                ["Name of Authorised Signatory", sig], ["Date", "27-11-2023"]], W2))
    hdr = P(R("Ref. No.: HDS/23/1109"), ppr='<w:pStyle w:val="Header"/><w:jc w:val="right"/>')
    save(out("word-layout", "result-footnotes-header-ref-shekkipmei.docx"), b, header=hdr, creator=contact,
         footnotes=[(1, fn("Contact Person: the person on duty on 25 November 2023, e.g. Chan Tai Man of the dealing desk.")),
                    (2, fn("Email: hsservicedesk@hkex.com.hk is the Service Desk's own address; please give yours."))])


# ------------------------------------------------------------------ package idioms

GLOSSARY_PH = ('<w:docPart><w:docPartPr><w:name w:val="DefaultPlaceholder_-1854013440"/><w:category><w:name w:val="General"/>'
               '<w:gallery w:val="placeholder"/></w:category><w:types><w:type w:val="bbPlcHdr"/></w:types><w:behaviors>'
               '<w:behavior w:val="content"/></w:behaviors><w:guid w:val="{8D4B1D4A-6C1E-4C0B-9E4A-2D3F5A6B7C80}"/></w:docPartPr>'
               '<w:docPartBody><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Click or tap here to enter text.</w:t>'
               '</w:r></w:p></w:docPartBody></w:docPart>'
               '<w:docPart><w:docPartPr><w:name w:val="SampleDetails"/><w:category><w:name w:val="General"/>'
               '<w:gallery w:val="autoTxt"/></w:category><w:types><w:type w:val="normal"/></w:types><w:behaviors>'
               '<w:behavior w:val="content"/></w:behaviors><w:guid w:val="{1E2F3A4B-5C6D-4E7F-8091-A2B3C4D5E6F7}"/></w:docPartPr>'
               '<w:docPartBody><w:p><w:r><w:t>Subscriber Name: Sample Securities Limited</w:t></w:r></w:p>'
               '<w:p><w:r><w:t>HSN Subscriber ID: HSN0000</w:t></w:r></w:p><w:p><w:r><w:t>Contact Person: Chan Tai Man</w:t></w:r></w:p>'
               '<w:p><w:r><w:t>Email: sample@example.com.hk</w:t></w:r></w:p></w:docPartBody></w:docPart>')


def ph_sdt(tag, text, placeholder=False):
    pr = '<w:showingPlcHdr/>' if placeholder else ""
    rpr = '<w:rStyle w:val="PlaceholderText"/>' if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{next(_sdt)}"/>'
            f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>{pr}<w:text/></w:sdtPr>'
            f'<w:sdtContent>{R(text, rpr)}</w:sdtContent></w:sdt>')


def word_package():
    # glossary document part with placeholder text and an AutoText entry holding sample values
    key = "muiwo"
    name, sid, contact, phone, email, sig = FIRMS[key]
    rows = [["Subscriber Name", P(ph_sdt("subscriber_name", name))], ["HSN Subscriber ID", P(ph_sdt("subscriber_id", sid))],
            ["Contact Person", P(ph_sdt("contact_name", contact))], ["Telephone", P(ph_sdt("contact_phone", phone))],
            ["Email", P(ph_sdt("contact_email", email))], ["Practice Session Date", P(ph_sdt("session_date", "25/11/2023"))]]
    b = (head(RES_TITLE, "27 Nov 2023") + table(rows, W2) + P() + grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "s", "OMD-CC": "s"}) +
         P() + table([["Issues Encountered", P(ph_sdt("issues", "Click or tap here to enter text.", True))],
                      ["Name of Authorised Signatory", P(ph_sdt("signatory_name", sig))], ["Date", P(ph_sdt("signed_date", "26/11/2023"))]], W2))
    save(out("package", "result-glossary-placeholders-muiwo.docx"), b, creator=contact, glossary=GLOSSARY_PH)

    # main part word/document2.xml (relationship target), no word/document.xml
    key = "taiwai"
    name, sid, contact, phone, email, sig = FIRMS[key]
    b = (head() + table([[l, v] for l, v in details_rows(key)], W2) + P() + participate(True) +
         P(R("Services to be verified:")) + services_table({"OTP-C"}) + P() +
         table([["Name of Authorised Signatory", sig], ["Date", "20/11/2023"]], W2))
    save(out("package", "intention-main-part-document2-taiwai.docx"), b, creator=contact, main="word/document2.xml")

    # unusual but valid part names with upper-case extensions, the main part outside word/
    key = "maliushui"
    name, sid, contact, phone, email, sig = FIRMS[key]
    rows = [[l, v] for l, v in details_rows(key)] + [["Practice Session Date", "25/11/2023"]]
    b = (head(RES_TITLE, "27 Nov 2023") + table(rows, W2) + P() + grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "n", "OMD-CC": "n"}) +
         P() + table([["Issues Encountered", "We do not subscribe to OMD-C or OMD-CC."],
                      ["Name of Authorised Signatory", sig], ["Date", "27/11/2023"]], W2))
    save(out("package", "result-upper-case-part-names-maliushui.docx"), b, creator=contact, main="Content/Form-B.XML",
         names={"styles": "Content/Styles.XML", "settings": "Content/Settings.XML", "webSettings": "Content/Web.XML",
                "fontTable": "Content/Fonts.XML"})

    # docProps/custom.xml with misleading properties (an old template's Subscriber ID HSN9999 and another firm)
    key = "kwaichung"
    name, sid, contact, phone, email, sig = FIRMS[key]
    b = (head() + table([[l, v] for l, v in details_rows(key)], W2) + P() + participate(True) +
         P(R("Services to be verified:")) + services_table({"OMD-C", "OMD-CC"}) + P() +
         table([["Name of Authorised Signatory", sig], ["Date", "22/11/2023"]], W2))
    save(out("package", "intention-misleading-custom-properties-kwaichung.docx"), b, creator=contact,
         title="Intention Form – HSN9999",
         custom={"Subscriber ID": "HSN9999", "Subscriber Name": "Template Securities Limited", "Contact Email": "template@example.com",
                 "Participate": "No", "Form": "Appendix B – Result Form"})

    # content controls bound to a customXml data store (w:dataBinding); the contact's cached text is stale
    key = "tsuenwan"
    name, sid, contact, phone, email, sig = FIRMS[key]
    store = "{6F2A1C3E-9B7D-4E21-A0C5-3D8E7F9A1B24}"
    ns = "urn:tsuenwansec:hsn-forms"
    xml_ = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n'
            f'<f:form xmlns:f="{ns}"><f:company>{name}</f:company><f:hsnId>{sid}</f:hsnId><f:contact>{contact}</f:contact>'
            f'<f:phone>{phone}</f:phone><f:email>{email}</f:email><f:signatory>{sig}</f:signatory></f:form>')
    def bound(el, shown):
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{el}"/><w:id w:val="{next(_sdt)}"/>'
                f'<w:dataBinding w:prefixMappings="xmlns:ns0=\'{ns}\' " w:xpath="/ns0:form[1]/ns0:{el}[1]" w:storeItemID="{store}"/>'
                f'<w:text/></w:sdtPr><w:sdtContent>{R(shown)}</w:sdtContent></w:sdt>')
    rows = [["Subscriber Name", P(bound("company", name))], ["HSN Subscriber ID", P(bound("hsnId", sid))],
            ["Contact Person", P(bound("contact", "Lee Ka Man"))], ["Telephone", P(bound("phone", phone))],
            ["Email", P(bound("email", email))]]
    b = (head() + table(rows, W2) + P() + participate(True) + P(R("Services to be verified:")) +
         services_table({"OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"}) + P() +
         table([["Name of Authorised Signatory", P(bound("signatory", sig))], ["Date", "23/11/2023"]], W2))
    save(out("package", "intention-databinding-customxml-tsuenwan.docx"), b, creator=contact, datastore=(store, xml_, ns))

    # every entry stored (no compression) with data descriptors (general purpose bit 3)
    key = "laiking"
    name, sid, contact, phone, email, sig = FIRMS[key]
    rows = [[l, v] for l, v in details_rows(key)] + [["Practice Session Date", "25 November 2023"]]
    b = (head(RES_TITLE, "27 Nov 2023") + table(rows, W2) + P() + grid({"OTP-C": "s", "OTP-CSC": "u", "OMD-C": "s", "OMD-CC": "s"}) +
         P() + table([["Issues Encountered", "OTP-CSC: session to the backup gateway dropped twice."],
                      ["Name of Authorised Signatory", sig], ["Date", "27 November 2023"]], W2))
    save(out("package", "result-stored-data-descriptors-laiking.docx"), b, creator=contact, zipmode="stored-dd")


# ------------------------------------------------------------------ incomplete and not forms

def word_incomplete():
    # the id cell left empty; docProps/custom.xml carries the firm's own id: still missing
    key = "ngautaukok"
    name, sid, contact, phone, email, sig = FIRMS[key]
    rows = [[l, v] for l, v in details_rows(key)]
    rows[1][1] = ""
    b = (head() + table(rows, W2) + P() + participate(True) + P(R("Services to be verified:")) +
         services_table({"OTP-C", "OTP-CSC"}) + P() + table([["Name of Authorised Signatory", sig], ["Date", "24/11/2023"]], W2))
    save(out("incomplete", "intention-id-only-in-custom-properties-ngautaukok.docx"), b, creator=contact,
         custom={"Subscriber ID": sid, "Subscriber Name": name})

    # the name control still shows its placeholder; the glossary holds sample values
    key = "lamtin"
    name, sid, contact, phone, email, sig = FIRMS[key]
    rows = [["Subscriber Name", P(ph_sdt("subscriber_name", "Click or tap here to enter text.", True))],
            ["HSN Subscriber ID", P(ph_sdt("subscriber_id", sid))], ["Contact Person", P(ph_sdt("contact_name", contact))],
            ["Telephone", P(ph_sdt("contact_phone", phone))], ["Email", P(ph_sdt("contact_email", email))],
            ["Practice Session Date", P(ph_sdt("session_date", "25/11/2023"))]]
    b = (head(RES_TITLE, "27 Nov 2023") + table(rows, W2) + P() + grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "u", "OMD-CC": "s"}) +
         P() + table([["Issues Encountered", P(ph_sdt("issues", "OMD-C gap of 3 minutes after failover."))],
                      ["Name of Authorised Signatory", P(ph_sdt("signatory_name", sig))], ["Date", P(ph_sdt("signed_date", "27/11/2023"))]], W2))
    save(out("incomplete", "result-name-placeholder-glossary-sample-lamtin.docx"), b, creator=contact, glossary=GLOSSARY_PH)


def other():
    # a reply slip letter in Chinese (回條), not a form
    b = (P(ZR("天水圍金融有限公司", extra=B)) + P(ZR("香港交易所設備託管服務有限公司 服務台 收")) +
         P(ZR("有關：客戶通告 編號 HDS/23/1109 — 第二次演習")) +
         P(ZR("本公司（用戶編號 HSN7326）確認已收到上述通告，並將於二〇二三年十一月二十五日參與演習，測試 OTP-C 及 OMD-C。"
              "如有查詢，請致電 2448 1203 或電郵 meiyee.wong@tswfin.com.hk 與黃美儀小姐聯絡。")) +
         P(ZR("此致")) + P(ZR("黃志強")) + P(ZR("二〇二三年十一月二十日")))
    save(out("other", "reply-letter-chinese-tinshuiwai.docx"), b, creator="黃美儀", fonts_extra=FONTS_HK)


if __name__ == "__main__":
    word_locale()
    word_layout()
    word_package()
    word_incomplete()
    other()
