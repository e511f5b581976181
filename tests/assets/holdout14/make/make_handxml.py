#!/usr/bin/env python3
"""Hand-written OOXML producers of holdout14: Word 2016, Google Docs, WPS, Apple Pages (docx); Google Sheets,
Apple Numbers and an .xlsm (xlsx). Run from anywhere; writes into ../word, ../excel, ../lookalikes, ../bad."""
import os
import zlib
from xml.sax.saxutils import escape
from ooxml14 import docx, xlsx, p, r, t, ptext, tc, tbl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
CODES = [("OTP-C", "Orion Trading Platform – Securities Market"),
         ("OTP-CSC", "Orion Trading Platform – China Stock Connect"),
         ("OMD-C", "Orion Market Data – Securities Market"),
         ("OMD-CC", "Orion Market Data – China Connect")]
BOLD = "<w:b/>"
INT_TITLE = ("Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone "
             "Network for Hosting Services Subscribers")
RES_TITLE = "Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"
TO_DESK = ("To: HKEX Hosting Services Limited – Service Desk (Email: hsservicedesk@hkex.com.hk; "
           "Tel: (852) 2211 6080; Fax: (852) 2462 0722)")
LABELS = ["Subscriber Name", "HSN Subscriber ID", "Contact Person", "Telephone", "Email"]


def path(*a):
    return os.path.join(OUT, *a)


def head(kind):
    if kind == "intention":
        return (ptext("Appendix A", BOLD) + ptext(INT_TITLE, BOLD) + ptext("Ref. No.: HDS/23/1109") + ptext(TO_DESK)
                + ptext("Please complete and return this form on or before 24 November 2023."))
    return (ptext("Appendix B", BOLD) + ptext(RES_TITLE, BOLD) + ptext("Ref. No.: HDS/23/1109") + ptext(TO_DESK)
            + ptext("Please complete and return this form on or before 27 November 2023."))


def details(values, cell):
    """values: 5 raw strings; cell(i, raw) -> paragraph xml for the value cell."""
    return tbl([[tc(LABELS[i], 3200), tc(cell(i, values[i]), 5800)] for i in range(5)], [3200, 5800])


def intention_body(values, mark, will, wont, services, sign_para, date_para, value_cell=None):
    value_cell = value_cell or (lambda i, v: ptext(v))
    b = head("intention") + details(values, value_cell)
    b += ptext("Participation in PS2 (please tick one box):", BOLD)
    b += p(mark("will", will), r(" We will participate in PS2 using HSN"))
    b += p(mark("wont", wont), r(" We will not participate in PS2 using HSN"))
    b += ptext("Services to be verified (please tick all that apply):", BOLD)
    for code, name in CODES:
        b += p(mark(code, code in services), r(" %s – %s" % (code, name)))
    return b + sign_para + date_para


# ---------------------------------------------------------------- Word 2016 content controls
def sdt_text(tag, alias, value, placeholder=False):
    pr = '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>' % (alias, tag, zlib.crc32(tag.encode()) % 90000000 + 1000)
    if placeholder:
        pr += '<w:showingPlcHdr/>'
        content = '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>%s</w:r>' % t("Click or tap here to enter text.")
    else:
        content = r(value)
    return '<w:sdt><w:sdtPr>%s<w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (pr, content)


def sdt_check(checked, n):
    glyph = "☒" if checked else "☐"
    return ('<w:sdt><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
            'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>%s</w:r></w:sdtContent></w:sdt>') % (
        1200 + n, 1 if checked else 0, t(glyph))


def sdt_date(iso, shown, placeholder=False):
    pr = '<w:id w:val="-1893"/>'
    if placeholder:
        pr += '<w:showingPlcHdr/>'
        pr += '<w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-HK"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
        content = '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>%s</w:r>' % t("Click or tap to enter a date.")
    else:
        pr += ('<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-HK"/>'
               '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>') % iso
        content = r(shown)
    return '<w:sdt><w:sdtPr>%s</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (pr, content)


TAGS = [("CompanyName", "Company Name"), ("SubscriberID", "Subscriber ID"), ("ContactPerson", "Contact Person"),
        ("ContactTel", "Tel"), ("ContactEmail", "Email")]


def sdt_form(out, values, will, wont, services, signatory, date_iso, date_shown, blank=False):
    counter = iter(range(100))
    body = intention_body(
        values, lambda key, on: sdt_check(on, next(counter)), will, wont, services,
        p(r("Name of Authorised Signatory: "), sdt_text("Signatory", "Signatory", signatory, blank)),
        p(r("Date: "), sdt_date(date_iso, date_shown, blank)),
        value_cell=lambda i, v: p(sdt_text(TAGS[i][0], TAGS[i][1], v, blank)))
    docx(out, body, "word2016")


# ---------------------------------------------------------------- legacy form fields
def formtext(value, n):
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text%d"/><w:enabled/><w:calcOnExit w:val="0"/>'
            '<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>') % (n, r(value))


def formcheck(checked, n):
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/><w:calcOnExit w:val="0"/>'
            '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            ) % (n, "<w:checked/>" if checked else "")


# ---------------------------------------------------------------- text boxes (wps + VML fallback)
def textbox(value, n):
    inner = p(r(value))
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" '
            'distR="114300" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>1905000</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-38100</wp:posOffset></wp:positionV><wp:extent cx="3200400" cy="228600"/>'
            '<wp:effectExtent l="0" t="0" r="19050" b="19050"/><wp:wrapNone/><wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3200400" cy="228600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:schemeClr val="lt1"/></a:solidFill></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box %d" o:spid="_x0000_s10%d" type="#_x0000_t202" '
            'style="position:absolute;margin-left:150pt;margin-top:-3pt;width:252pt;height:18pt;z-index:%d" fillcolor="white [3201]" strokeweight=".5pt">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
            ) % (251659264 + n, n + 1, n, inner, n, 25 + n, n + 1, inner)


def make_word():
    # 1 Word 2016 content controls
    sdt_form(path("word", "intention-w2016-sdt-checkboxes-pokfulam.docx"),
             ["Pok Fu Lam Securities Limited", "HSN0582", "Cheung Ka Yan", "2856 3301", "ky.cheung@pokfulamsec.com.hk"],
             True, False, {"OTP-C", "OMD-C"}, "Lau Chi Keung", "2023-11-21", "21/11/2023")
    # blank template (look-alike folder)
    sdt_form(path("lookalikes", "blank-intention-template.docx"), [""] * 5, False, False, set(), "", "", "", blank=True)

    # 2 legacy form fields, spaced id
    vals = ["Ap Lei Chau Capital Limited", "HSN 0619", "Wong Siu Ming", "+852 2553 7788 ext. 215", "sm.wong@alccapital.hk"]
    n = iter(range(1, 100))
    body = intention_body(vals, lambda k, on: formcheck(on, next(n)), True, False, {c for c, _ in CODES},
                          p(r("Name of Authorised Signatory: "), formtext("Ng Pui Shan", 20)),
                          p(r("Date: "), formtext("23-11-2023", 21)),
                          value_cell=lambda i, v: p(formtext(v, i + 1)))
    docx(path("word", "intention-w2016-formfields-spaced-id-aplichau.docx"), body)

    # 4 text boxes over underscore lines
    vals = ["Sai Ying Pun Investments Limited", "HSN0801", "Ho Man Kit", "(852) 2540 1188", "mk.ho@sypinv.com"]
    body = head("intention")
    for i, lab in enumerate(LABELS):
        body += p(r(lab + ": "), textbox(vals[i], i + 1), r("_" * 40))
    body += ptext("Participation in PS2 (please tick one box):", BOLD)
    body += ptext("☒ We will participate in PS2 using HSN") + ptext("☐ We will not participate in PS2 using HSN")
    body += ptext("Services to be verified (please tick all that apply):", BOLD)
    for code, name in CODES:
        body += ptext("%s %s – %s" % ("☒" if code in ("OMD-C", "OMD-CC") else "☐", code, name))
    body += p(r("Name of Authorised Signatory: "), textbox("Yeung Wai Lun", 6), r("_" * 30))
    body += p(r("Date: "), textbox("2023/11/22", 7), r("_" * 20))
    docx(path("word", "intention-w2016-textboxes-saiyingpun.docx"), body)

    # 9 Wingdings typed as text
    wd = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/><w:sz w:val="24"/>'
    vals = ["Shau Kei Wan Finance Limited", "HSN1215", "Lam Tsz Ching", "2567-8899", "tc.lam@skwfin.com.hk"]
    body = intention_body(vals, lambda k, on: r("þ" if on else "¨", wd), True, False, {"OTP-C", "OMD-C", "OMD-CC"},
                          ptext("Name of Authorised Signatory: Fung Ho Yin"), ptext("Date: 22nd Nov 2023"))
    docx(path("word", "intention-w2016-wingdings-text-shaukeiwan.docx"), body)

    # 12 result with drop-down content controls
    def dropdown(value, n):
        items = "".join('<w:listItem w:displayText="%s" w:value="%s"/>' % (x, x)
                        for x in ("Successful", "Unsuccessful", "Not tested"))
        return ('<w:sdt><w:sdtPr><w:alias w:val="Result"/><w:tag w:val="Result%d"/><w:id w:val="%d"/><w:dropDownList>'
                '<w:listItem w:value="Choose an item."/>%s</w:dropDownList></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                ) % (n, 3300 + n, items, r(value))
    vals = ["Yau Tong Capital Markets Limited", "HSN1506", "Leung Chun Hei", "2348 9000 ext 88", "ch.leung@ytcm.com.hk"]
    res = {"OTP-C": "Successful", "OTP-CSC": "Successful", "OMD-C": "Not tested", "OMD-CC": "Successful"}
    body = head("result") + details(vals, lambda i, v: ptext(v))
    body += p(r("Practice Session Date: "), sdt_date("2023-11-25", "25/11/2023"))
    rows = [[tc("Service", 4500), tc("Result (please choose)", 4500)]]
    for i, (code, name) in enumerate(CODES):
        rows.append([tc("%s – %s" % (code, name), 4500), tc(p(dropdown(res[code], i)), 4500)])
    body += tbl(rows, [4500, 4500])
    body += ptext("Issues Encountered / Remarks:")
    body += ptext("Name of Authorised Signatory: Leung Chun Hei") + ptext("Date: 27 Nov 2023")
    docx(path("word", "result-w2016-dropdowns-yautong.docx"), body)

    # 5 Google Docs: explicit widths, gridSpan, emoji, bilingual
    gd = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:rtl w:val="0"/>'
    gpp = '<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/><w:rPr/>'

    def gp(text, bold=False):
        return p(r(text, ("<w:b/>" if bold else "") + gd), ppr=gpp)
    vals = [("公司名稱 Subscriber Name", "Happy Valley Futures Company Limited"), ("用戶編號 HSN Subscriber ID", "HSN0927"),
            ("聯絡人 Contact Person", "Tam Wing Yee"), ("電話 Telephone", "+852 9012 3456"),
            ("電郵 Email", "joyce.tam@happyvalleyfut.com")]
    grid = [1872] * 5
    body = gp("Appendix A", True) + gp(INT_TITLE, True) + gp("編號 Ref. No.: HDS/23/1109") + gp(TO_DESK)
    body += tbl([[tc(gp(a), 3744, 2), tc(gp(b), 5616, 3)] for a, b in vals], grid, width_total=9360)
    body += gp("參與 Participation in PS2 (please tick one box):", True)
    body += gp("✅ We will participate in PS2 using HSN") + gp("⬜ We will not participate in PS2 using HSN")
    body += gp("Services to be verified (please tick all that apply):", True)
    rows = []
    for code, name in CODES:
        rows.append([tc(gp("✅" if code != "OMD-CC" else "⬜"), 1872), tc(gp("%s – %s" % (code, name)), 7488, 4)])
    body += tbl(rows, grid, width_total=9360)
    body += tbl([[tc(gp("授權人姓名 Name of Authorised Signatory"), 3744, 2), tc(gp("Chow Kin Fai"), 5616, 3)],
                 [tc(gp("日期 Date"), 3744, 2), tc(gp("21 November 2023"), 5616, 3)]], grid, width_total=9360)
    docx(path("word", "intention-gdocs-emoji-bilingual-happyvalley.docx"), body, "gdocs")

    # 6 WPS, simplified Chinese, √ / □
    ws = '<w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'

    def wp(text):
        return p(r(text, ws))
    vals = [("公司名称 Subscriber Name：", "石硖尾证券有限公司"), ("用户编号 HSN Subscriber ID：", "HSN1014"),
            ("联络人 Contact Person：", "李明"), ("电话 Telephone：", "2778 6600"), ("电邮 Email：", "liming@skmsec.cn")]
    body = wp("附件A Appendix A") + wp(INT_TITLE) + wp("编号 Ref. No.：HDS/23/1109") + wp(TO_DESK)
    body += tbl([[tc(wp(a), 3600), tc(wp(b), 5400)] for a, b in vals], [3600, 5400])
    body += wp("参与 Participation in PS2（请选择一项）：")
    body += wp("√ We will participate in PS2 using HSN 本公司将参与") + wp("□ We will not participate in PS2 using HSN 本公司不参与")
    body += wp("测试服务 Services to be verified：")
    for code, name in CODES:
        body += wp("%s %s – %s" % ("√" if code in ("OTP-CSC", "OMD-CC") else "□", code, name))
    body += wp("授权人姓名 Name of Authorised Signatory：王小红") + wp("日期 Date：2023年11月22日")
    docx(path("word", "intention-wps-simplified-sqrt-shekkipmei.docx"), body, "wps")

    # 10 Apple Pages: result with per-service remarks
    pg = '<w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue" w:eastAsia="Helvetica Neue" w:cs="Helvetica Neue"/><w:color w:val="000000"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:u w:color="000000"/>'
    ppp = '<w:pStyle w:val="Body"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'

    def pp(text):
        return p(r(text, pg), ppr=ppp)
    vals = ["Tsing Yi Trading Limited", "HSN1320", "Siu Kwok Wah", "2431 5566", "kw.siu@tsingyitrading.com"]
    body = pp("Appendix B") + pp(RES_TITLE) + pp("Ref. No.: HDS/23/1109") + pp(TO_DESK)
    body += tbl([[tc(pp(LABELS[i]), 3000), tc(pp(vals[i]), 6000)] for i in range(5)], [3000, 6000])
    body += pp("Practice Session Date: 25 November 2023")
    rem = {"OTP-C": ("Successful", "Login OK at 09:12"), "OTP-CSC": ("Not tested", "Not subscribed"),
           "OMD-C": ("Successful", "Feed recovered in 40 s"), "OMD-CC": ("Unsuccessful", "No multicast on backup line B")}
    rows = [[tc(pp("Service"), 3000), tc(pp("Result"), 2000), tc(pp("Remarks"), 4000)]]
    for code, _ in CODES:
        rows.append([tc(pp(code), 3000), tc(pp(rem[code][0]), 2000), tc(pp(rem[code][1]), 4000)])
    body += tbl(rows, [3000, 2000, 4000])
    body += pp("Issues Encountered: OMD-CC backup feed not received; ticket raised with HKEX at 10:05.")
    body += pp("Name of Authorised Signatory: Man Chi Ho") + pp("Date: 27/11/2023")
    docx(path("word", "result-pages-remarks-tsingyi.docx"), body, "pages")

    # look-alike: fax cover (Word 2016)
    body = ptext("FAX", BOLD) + tbl([[tc(a, 2500), tc(b, 6500)] for a, b in [
        ("To:", "HKEX Hosting Services – Service Desk"), ("Fax:", "(852) 2462 0722"), ("From:", "Chan Siu Ming"),
        ("Company:", "Peak Road Securities Limited"), ("Tel:", "2111 3434"), ("Email:", "sm.chan@peakroadsec.com.hk"),
        ("Date:", "22/11/2023"), ("Pages:", "2 (including this page)"),
        ("Re:", "HDS/23/1109 – Intention Form for PS2 (Appendix A)")]], [2500, 6500])
    body += ptext("Please find our Intention Form on the following page. Kindly confirm receipt by phone.")
    body += ptext("CONFIDENTIALITY: this fax is intended only for the addressee.")
    docx(path("lookalikes", "fax-cover.docx"), body)

    # look-alike: Apple Pages runbook
    body = pp("PS2 Failover Weekend – Runbook (25 Nov 2023)") + pp("Scope: OTP-C, OTP-CSC, OMD-C and OMD-CC failover to the backup site.")
    body += pp("1. 08:30 log in to the OTP-C and OTP-CSC gateways; confirm sessions.")
    body += pp("2. 09:00 HKEX starts failover; watch OMD-C and OMD-CC feeds on lines A and B.")
    body += pp("3. Record outcome of every step in the test log; call the HKEX service desk on (852) 2211 6080 if a feed is lost.")
    rows = [[tc(pp("Name"), 3000), tc(pp("Role"), 2000), tc(pp("Phone"), 2000), tc(pp("Email"), 3000)]]
    for a, b, c, d in [("Wong Ka Lok", "Lead", "9123 0001", "kl.wong@shekosec.com"),
                       ("Lee Mei Yee", "Network", "9123 0002", "my.lee@shekosec.com"),
                       ("Cheng Hon Wai", "Trading desk", "9123 0003", "hw.cheng@shekosec.com")]:
        rows.append([tc(pp(a), 3000), tc(pp(b), 2000), tc(pp(c), 2000), tc(pp(d), 3000)])
    body += tbl(rows, [3000, 2000, 2000, 3000])
    docx(path("lookalikes", "failover-runbook.docx"), body, "pages")


def make_excel():
    # 17 Google Sheets, booleans, bilingual, inline strings
    rows = [["Appendix A – Intention Form (Ref. No. 編號: HDS/23/1109)"],
            [INT_TITLE],
            ["公司名稱 Company Name", "Wong Tai Sin Wealth Management Limited"],
            ["用戶編號 HSN Subscriber ID", "HSN1940"],
            ["聯絡人 Contact Person", "Ngai Chi Wing"],
            ["電話 Telephone", "+852 2321-8008 ext. 12"],
            ["電郵 Email", "cw.ngai@wtswm.com"],
            [],
            ["參與 Participation (tick one)"],
            ["We will participate in PS2 using HSN", True],
            ["We will not participate in PS2 using HSN", False],
            ["Services to be verified"],
            ["OTP-C", False], ["OTP-CSC", False], ["OMD-C", True], ["OMD-CC", True],
            [],
            ["日期 Date", 45253]]
    xlsx(path("excel", "intention-gsheets-booleans-bilingual-wongtaisin.xlsx"), [("Intention Form", rows)],
         "gsheets", date_style_cells={(0, "B18")})

    # 24 Google Sheets result, booleans grid
    rows = [["Appendix B – Result Form for Using HSN to participate Practice Session"],
            ["Ref. No.", "HDS/23/1109"],
            ["Subscriber Name", "Tin Hau Securities Limited"], ["HSN Subscriber ID", "HSN2617"],
            ["Contact Person", "Wu Ka Man"], ["Telephone", "2807 1199"], ["Email", "km.wu@tinhausec.com.hk"],
            ["Practice Session Date", 45255], [],
            ["Service", "Successful", "Unsuccessful", "Not tested"],
            ["OTP-C", True, False, False], ["OTP-CSC", True, False, False],
            ["OMD-C", False, False, False], ["OMD-CC", False, False, True]]
    xlsx(path("excel", "result-gsheets-booleans-tinhau.xlsx"), [("Result Form", rows)], "gsheets",
         date_style_cells={(0, "B8")})

    # look-alike: Google Sheets contact update form
    rows = [["HKEX Hosting Services – Subscriber Contact Update Form"],
            ["Use this form to change the registered contacts of your HSN subscription."],
            ["Subscriber Name", "Stanley Bay Securities Limited"], ["HSN Subscriber ID", "HSN3011"],
            ["New Contact Person", "Au Yeung Chi Hang"], ["Telephone", "2813 9090"],
            ["Email", "ch.auyeung@stanleybaysec.com"], ["Effective Date", "01/12/2023"],
            ["Contact to be removed", "Lai Wing Sum"], ["Authorised Signatory", "Lai Wing Sum"]]
    xlsx(path("lookalikes", "contact-update-form.xlsx"), [("Form", rows)], "gsheets")

    # 18 Apple Numbers intention
    rows = [["Table 1"],
            ["Appendix A – Intention Form for Using HSN to participate Practice Session"],
            ["Ref. No.", "HDS/23/1109"],
            ["Subscriber Name", "LOHAS Park Securities Limited"], ["HSN Subscriber ID", "HSN2051"],
            ["Contact Person", "Yip Sze Wan"], ["Telephone", "2702 9911"], ["Email", "sw.yip@lohaspark-sec.com"],
            ["Participation", "Yes"],
            ["Services to be verified", "", "✓ = verify"],
            ["OTP-C", "✓"], ["OTP-CSC", ""], ["OMD-C", "✓"], ["OMD-CC", ""],
            ["Date", "23.11.2023"]]
    rows = [[None if v == "" else v for v in row] for row in rows]
    xlsx(path("excel", "intention-numbers-styles-dotdate-lohas.xlsx"), [("Sheet 1", rows)], "numbers", styles_count=29)

    # look-alike: Apple Numbers timesheet
    rows = [["Table 1"], ["Overtime Timesheet – Saturday 25 Nov 2023 (PS2)"],
            ["Staff", "Team", "From", "To", "Hours", "System watched"],
            ["Chan Tai Man", "Trading IT", "08:00", "13:00", 5, "OTP-C"],
            ["Ho Ka Yee", "Market Data", "08:00", "12:30", 4.5, "OMD-C / OMD-CC"],
            ["Lau Chun Kit", "Network", "07:30", "13:30", 6, "OTP-CSC"],
            ["Approved by", "Yeung Siu Wai", None, None, None, None]]
    xlsx(path("lookalikes", "overtime-timesheet.xlsx"), [("Sheet 1", rows)], "numbers", styles_count=17)

    # bad: .xlsm with a VBA project
    rows = [["Appendix B – Result Form", None], ["Ref. No.", "HDS/23/1109"], ["Subscriber Name", "Ngau Tau Kok Securities Ltd"],
            ["HSN Subscriber ID", "HSN3122"], ["OTP-C", "Successful"]]
    xlsx(path("bad", "result-macro.xlsm"), [("Sheet1", rows)], "numbers", styles_count=3, macro=True)


if __name__ == "__main__":
    make_word()
    make_excel()
