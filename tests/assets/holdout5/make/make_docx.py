#!/usr/bin/env python3
"""Writes the .docx files of tests/assets/holdout5: forms as people fill them in Word 365 (see ../README.md).
The values typed here are the raw text; the oracle (cases.py) was written separately, by hand."""
import os
from xml.sax.saxutils import escape
import os as _os, sys as _sys
_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "..", "make", "corpus"))  # the shared wordml.py
from wordml import P, R, Rs, T, BM, cell, table, save, rsid, hexid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
W2 = [3800, 5200]
NAMES = {"OTP-C": "Orion Trading Platform – Securities Market", "OTP-CSC": "Orion Trading Platform – China Stock Connect",
         "OMD-C": "Orion Market Data – Securities Market", "OMD-CC": "Orion Market Data – China Connect"}
CODES = list(NAMES)
INT_TITLE = "Appendix A – Intention Form for Using HSN to participate Practice Session"
RES_TITLE = "Appendix B – Result Form for Using HSN to participate Practice Session"
SUB = "Practice Session for Firmware Upgrade of HKEX Backbone Network for Securities Market Systems"
SYM = '<w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol" w:cs="Segoe UI Symbol"/>'


def out(group, name):
    d = os.path.join(ROOT, group)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)


def head(title, ref=True, due="24 Nov 2023"):
    b = T(title, bold=True, size=26, center=True) + T(SUB, center=True)
    if ref:
        b += P(R("Ref. No.: "), BM("_Hlk151203311", R("HDS/23/1109")))
    b += P(R("Please complete and return this form to HKEX Hosting Services – Service Desk "
             f"(hsservicedesk@hkex.com.hk) on or before {due}."))
    return b


def box(mark):
    return R(mark, SYM)


def tickline(*opts):
    """('☒','Yes'), ('☐','No') -> one paragraph '☒ Yes    ☐ No'"""
    runs = []
    for i, (m, label) in enumerate(opts):
        if i:
            runs.append(R("    "))
        runs += [box(m), R(" " + label)]
    return P(*runs)


def services_table(marks, header="Services to be verified (please tick)"):
    rows = [[cell(P(R(header, "<w:b/>")), 9000, span=3, shade=True)], ["", P(R("Service", "<w:b/>")), P(R("System", "<w:b/>"))]]
    for c in CODES:
        m = marks[c]
        rows.append([m if m.startswith("<w:") else P(box(m)), c, NAMES[c]])
    return table(rows, [900, 1800, 6300])


def sign_table(signatory, date):
    return table([["Name of Authorised Signatory", signatory], ["Date", date]], W2)


def details(rows):
    return table(rows, W2)


def result_grid(marks, tick="☒", empty="☐"):
    rows = [[P(R("Service", "<w:b/>")), P(R("Successful", "<w:b/>")), P(R("Unsuccessful", "<w:b/>")), P(R("Not tested", "<w:b/>"))]]
    for c in CODES:
        m = marks.get(c)
        rows.append([c] + [P(box(tick if m == k else empty)) for k in ("s", "u", "n")])
    return table(rows, [3000, 2000, 2000, 2000])


def fld(instr, result, rpr=""):
    pr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (f'<w:r>{pr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{pr}<w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            f'<w:r>{pr}<w:fldChar w:fldCharType="separate"/></w:r>{R(result, rpr)}<w:r>{pr}<w:fldChar w:fldCharType="end"/></w:r>')


def formtext(name, result):
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="' + name + '"/><w:enabled/><w:calcOnExit w:val="0"/>'
            '<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + R(result, "<w:noProof/>") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


_shape = iter(range(1, 1000))


def textbox(text):
    """a floating text box as Word 365 writes it: wps shape in mc:Choice, VML v:textbox in mc:Fallback"""
    n = next(_shape)
    inner = P(R(text))
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" '
            f'distR="114300" simplePos="0" relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
            f'wp14:anchorId="{hexid()}" wp14:editId="{hexid()}"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
            '<wp:posOffset>-38100</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>-12700</wp:posOffset>'
            '</wp:positionV><wp:extent cx="2971800" cy="254000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            '<a:xfrm><a:off x="0" y="0"/><a:ext cx="2971800" cy="254000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>' + inner +
            '</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
            'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
            '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>'
            f'</v:shapetype><v:shape id="Text Box {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" style="position:absolute;'
            'margin-left:-3pt;margin-top:-1pt;width:234pt;height:20pt;z-index:251659264" filled="f" stroked="f" strokeweight=".5pt">'
            '<v:textbox><w:txbxContent>' + P(R(text)) + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def ins(xml, i):
    return f'<w:ins w:id="{i}" w:author="Lam Ka Ho" w:date="2023-11-21T09:30:00Z">{xml}</w:ins>'


def dele(text, i, rpr=""):
    pr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (f'<w:del w:id="{i}" w:author="Lam Ka Ho" w:date="2023-11-21T09:30:00Z"><w:r w:rsidDel="{rsid()}">{pr}'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


PAGEBREAK = P('<w:r><w:br w:type="page"/></w:r>')

# ------------------------------------------------------------------ word-typing: where people type the answer


def label_space_value():
    """value typed into the label cell after the label (spaces or a tab, no colon); value cells left empty"""
    b = head(INT_TITLE)
    rows = [["Subscriber Name    Ngong Ping Securities Limited", ""],
            [P(R("HSN Subscriber ID"), R("   "), R("HSN4012")), ""],
            ["Contact Person  Kwok Wing Yan", ""],
            [P(R("Telephone"), R("\t"), R("2109 4455")), ""],
            [P(R("Email   "), Rs("kwok.wingyan@ngongpingsec.com.hk")), ""],
            ["We will / will not participate in PS2 using HSN", tickline(("☒", "Yes"), ("☐", "No"))]]
    b += details(rows) + P() + services_table({"OTP-C": "☒", "OTP-CSC": "☒", "OMD-C": "☐", "OMD-CC": "☐"}) + P()
    b += table([["Name of Authorised Signatory   Lau Chi Keung", ""], ["Date   22/11/2023", ""]], W2)
    save(out("word-typing", "intention-label-space-no-colon-ngongping.docx"), b)


def text_boxes():
    """values in floating text boxes drawn over the empty value cells"""
    b = head(INT_TITLE)
    rows = [["Subscriber Name", P(textbox("Wang Tau Hom Capital Limited"))],
            ["HSN Subscriber ID", P(textbox("HSN4027"))],
            ["Contact Person", P(textbox("Mak Hoi Ling"))],
            ["Telephone", P(textbox("3106 2280"))],
            ["Email", P(textbox("hoiling.mak@wthcapital.com.hk"))],
            ["We will / will not participate in PS2 using HSN", tickline(("☒", "Yes"), ("☐", "No"))]]
    b += details(rows) + P() + services_table({"OTP-C": "☒", "OTP-CSC": "☐", "OMD-C": "☒", "OMD-CC": "☒"}) + P()
    b += table([["Name of Authorised Signatory", P(textbox("Mak Hoi Ling"))], ["Date", P(textbox("23 Nov 2023"))]], W2)
    save(out("word-typing", "intention-text-boxes-wangtauhom.docx"), b)


def pasted_twice():
    def one():
        b = head(INT_TITLE)
        rows = [["Subscriber Name", "Choi Hung Securities Limited"], ["HSN Subscriber ID", "HSN4035"],
                ["Contact Person", "Yuen Sze Wan"], ["Telephone", "+852 2751 0390"],
                ["Email", "szewan.yuen@choihungsec.com.hk"],
                ["We will / will not participate in PS2 using HSN", tickline(("☒", "Yes"), ("☐", "No"))]]
        return (b + details(rows) + P() + services_table({"OTP-C": "☒", "OTP-CSC": "☒", "OMD-C": "☒", "OMD-CC": "☒"}) +
                P() + sign_table("Yuen Sze Wan", "21/11/2023"))
    save(out("word-typing", "intention-pasted-twice-choihung.docx"), one() + PAGEBREAK + one())


def bullet_services():
    b = head(INT_TITLE)
    for lab, val in (("Subscriber Name", "Ngau Chi Wan Futures Limited"), ("HSN Subscriber ID", "HSN4041"),
                     ("Contact Person", "Ip Chun Kit"), ("Telephone", "2320 8816"),
                     ("Email", "ck.ip@ngauchiwanfut.com.hk"), ("Participation", "Yes")):
        b += P(R(lab + ": ", "<w:b/>"), R(val))
    b += P(R("Services to be verified:", "<w:b/>"))
    for c in ("OTP-C", "OMD-C"):
        b += P(R(f"{c} – {NAMES[c]}"), style="ListParagraph", ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    b += P(R("Name of Authorised Signatory: ", "<w:b/>"), R("Ip Chun Kit")) + P(R("Date: ", "<w:b/>"), R("20-11-2023"))
    save(out("word-typing", "intention-bullet-services-ngauchiwan.docx"), b, numbering=True)


def header_footer():
    b = T(INT_TITLE, bold=True, size=26, center=True) + T(SUB, center=True)
    rows = [["Subscriber Name", "So Uk Securities Limited"], ["Contact Person", "Lo Wai Kwan"],
            ["Telephone", "2386 4471"], ["Email", "waikwan.lo@souksec.com.hk"],
            ["We will / will not participate in PS2 using HSN", tickline(("☐", "Yes"), ("☒", "No"))]]
    b += details(rows) + P() + services_table({c: "☐" for c in CODES}) + P() + sign_table("Lo Wai Kwan", "2023-11-22")
    header = P(R("Ref. No.: HDS/23/1109"), R("\t"), R("Appendix A"), style="Header")
    footer = P(R("HSN Subscriber ID: HSN4058"), R("\t"), R("Page 1 of 1"), style="Footer")
    save(out("word-typing", "intention-id-in-footer-souk.docx"), b, header=header, footer=footer)


def mergefields():
    b = head(RES_TITLE, due="27 Nov 2023")
    rows = [["Subscriber Name", P(fld('MERGEFIELD "Company_Name"', "Tai Wo Hau Investment Limited"))],
            ["HSN Subscriber ID", P(fld("MERGEFIELD HSN_ID", "HSN4063"))],
            ["Contact Person", P(fld("MERGEFIELD Contact", "Chiu Ming Fai"))],
            ["Telephone", P(formtext("Text4", "2614 9057"))],
            ["Email", P(formtext("Text5", "mf.chiu@twhinvest.com.hk"))],
            ["Practice Session Date", P(fld("MERGEFIELD PS_Date \\@ \"d MMMM yyyy\"", "25 November 2023"))]]
    b += details(rows) + P()
    grid = [["Service", "Result"]] + [[c, P(fld(f"MERGEFIELD {c.replace('-', '_')}_Result", w))] for c, w in
                                      (("OTP-C", "Successful"), ("OTP-CSC", "Successful"), ("OMD-C", "Not tested"), ("OMD-CC", "Successful"))]
    b += table(grid, [3000, 6000]) + P()
    b += details([["Issues Encountered", "No issues after the failover."]]) + P() + sign_table("Chiu Ming Fai", "27/11/2023")
    save(out("word-typing", "result-mergefields-taiwohau.docx"), b)


# ------------------------------------------------------------------ word-edits: corrections and annotations

def tracked_phone():
    b = head(INT_TITLE)
    phone = P(R("2428 "), dele("1020", 1), ins(R("1026"), 2))
    rows = [["Subscriber Name", "Kwai Hing Securities Limited"], ["HSN Subscriber ID", "HSN4074"],
            ["Contact Person", P(dele("Chow Ka Yee", 3), ins(R("Lam Ka Ho"), 4))], ["Telephone", phone],
            ["Email", "kaho.lam@kwaihingsec.com.hk"],
            ["We will / will not participate in PS2 using HSN", tickline(("☒", "Yes"), ("☐", "No"))]]
    b += details(rows) + P()
    marks = {"OTP-C": "☒", "OTP-CSC": "☐", "OMD-C": P(dele("☐", 5, SYM), ins(box("☒"), 6)),
             "OMD-CC": P(dele("☒", 7, SYM), ins(box("☐"), 8))}
    b += services_table(marks) + P() + sign_table("Lam Ka Ho", P(dele("20/11/2023", 9), ins(R("21/11/2023"), 10)))
    save(out("word-edits", "intention-tracked-changes-kwaihing.docx"), b, track=True, creator="Lam Ka Ho")


def comment_hyperlink():
    b = head(RES_TITLE, due="27 Nov 2023")
    email = P('<w:commentRangeStart w:id="0"/>', '<w:hyperlink r:id="rId20" w:history="1">', R("kp.fung@lmsbrokerage.com.hk", '<w:rStyle w:val="Hyperlink"/>'),
              '</w:hyperlink>', '<w:commentRangeEnd w:id="0"/>', '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>')
    rows = [["Subscriber Name", "Lei Muk Shue Brokerage Limited"], ["HSN Subscriber ID", "HSN4086"],
            ["Contact Person", "Fung Kwok Pan"], ["Telephone", "2429 6613"], ["Email", email],
            ["Practice Session Date", "25/11/2023"]]
    b += details(rows) + P()
    grid = result_grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "s", "OMD-CC": "u"})
    b += grid.replace("<w:t>OMD-CC</w:t></w:r>", '<w:t>OMD-CC</w:t></w:r><w:commentRangeStart w:id="1"/><w:commentRangeEnd w:id="1"/>'
                      '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="1"/></w:r>', 1) + P()
    b += details([["Issues Encountered", "OMD-CC feed did not reconnect to the backup site until 10:42."]]) + P()
    b += sign_table("Fung Kwok Pan", "27/11/2023")
    comments = [(0, "Fung Kwok Pan", P(R("Please copy the old address too: desk@lmsbrokerage.com.hk"))),
                (1, "Tse Wing", P(R("Retested at 11:05, successful after restart")))]
    save(out("word-edits", "result-comment-hyperlink-leimukshue.docx"), b, comments=comments,
         links={"rId20": "mailto:kp.fung@lmsbrokerage.com.hk"})


def yes_no_struck(choice, dstrike=False):
    s = "<w:dstrike/>" if dstrike else "<w:strike/>"
    return P(R("Yes", s if choice == "No" else ""), R(" / "), R("No", s if choice == "Yes" else ""))


def struck_rows():
    b = head(INT_TITLE)
    rows = [["Subscriber Name", "Wu Kai Sha Securities Limited"], ["HSN Subscriber ID", "HSN4093"],
            ["Contact Person", "Kan Yuk Ming"], ["Telephone", "2643 0058"], ["Email", "ym.kan@wukaishasec.com.hk"],
            ["Participation", yes_no_struck("Yes", dstrike=True)]]
    b += details(rows) + P()
    srows = [[cell(P(R("Services to be verified", "<w:b/>")), 9000, span=3, shade=True)]]
    for c, ch, d in (("OTP-C", "Yes", False), ("OTP-CSC", "No", False), ("OMD-C", "Yes", True), ("OMD-CC", "No", True)):
        srows.append([c, NAMES[c], yes_no_struck(ch, d)])
    b += table(srows, [1800, 5200, 2000]) + P() + sign_table("Kan Yuk Ming", "23-11-2023")
    save(out("word-edits", "intention-struck-yes-no-wukaisha.docx"), b)


def highlight():
    b = head(INT_TITLE)
    rows = [["Subscriber Name", "Tai Shui Hang Capital Limited"], ["HSN Subscriber ID", "HSN4105"],
            ["Contact Person", "Leung Pui Shan"], ["Telephone", "2633 7120"], ["Email", "ps.leung@tshcapital.com.hk"],
            ["We will / will not participate in PS2 using HSN", P(R("Yes", '<w:highlight w:val="yellow"/>'), R(" / No"))]]
    b += details(rows) + P() + services_table({"OTP-C": "☒", "OTP-CSC": "☐", "OMD-C": "☐", "OMD-CC": "☐"}) + P()
    b += sign_table("Leung Pui Shan", "22 Nov 2023")
    save(out("word-edits", "intention-highlighted-yes-taishuihang.docx"), b)


def enclosed_circle():
    """Word's Enclose Characters (Home > Font > 字) on 是: an EQ field \\o\\ac(○,是), no field result"""
    b = head(INT_TITLE)
    ring = '<w:rFonts w:ascii="PMingLiU" w:eastAsia="PMingLiU" w:hint="eastAsia"/><w:position w:val="-4"/><w:sz w:val="33"/>'
    eq = ('<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:instrText xml:space="preserve"> eq \\o\\ac(</w:instrText></w:r>'
          f'<w:r><w:rPr>{ring}</w:rPr><w:instrText>○</w:instrText></w:r>'
          '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:instrText>,是)</w:instrText></w:r>'
          '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>')
    rows = [["公司名稱 Subscriber Name", "Luen Wo Securities Limited"], ["用戶編號 HSN Subscriber ID", "HSN4112"],
            ["聯絡人 Contact Person", "Sit Kam Wah"], ["電話 Telephone", "2679 5302"], ["電郵 Email", "kw.sit@luenwosec.com.hk"],
            ["參與 Participation", P(eq, R(" Yes        否 No", ea=True))]]
    b += details(rows) + P() + services_table({"OTP-C": "☒", "OTP-CSC": "☒", "OMD-C": "☐", "OMD-CC": "☐"}) + P()
    b += sign_table("Sit Kam Wah", "21/11/2023")
    save(out("word-edits", "intention-enclosed-circle-yes-luenwo.docx"), b)


# ------------------------------------------------------------------ word-ticks: marks people type

def black_square():
    b = head(INT_TITLE)
    rows = [["Subscriber Name", "Ta Kwu Ling Securities Limited"], ["HSN Subscriber ID", "HSN4128"],
            ["Contact Person", "Man Siu Lun"], ["Telephone", "2674 1182"], ["Email", "sl.man@tklsecurities.com.hk"],
            ["We will / will not participate in PS2 using HSN", tickline(("■", "Yes"), ("☐", "No"))]]
    b += details(rows) + P() + services_table({"OTP-C": "■", "OTP-CSC": "☐", "OMD-C": "■", "OMD-CC": "☐"}) + P()
    b += sign_table("Man Siu Lun", "20/11/2023")
    save(out("word-ticks", "intention-black-square-takwuling.docx"), b)


def sqrt_tick():
    b = head(INT_TITLE)
    rows = [["Subscriber Name", "Kam Sheung Investment Limited"], ["HSN Subscriber ID", "HSN4131"],
            ["Contact Person", "Tang Hiu Tung"], ["Telephone", "2488 3051"], ["Email", "hiutung.tang@kamsheunginv.com.hk"],
            ["We will / will not participate in PS2 using HSN", tickline(("√", "Yes"), ("☐", "No"))]]
    b += details(rows) + P() + services_table({"OTP-C": "√", "OTP-CSC": "√", "OMD-C": "√", "OMD-CC": "☐"}) + P()
    b += sign_table("Tang Hiu Tung", "24/11/2023")
    save(out("word-ticks", "intention-sqrt-tick-kamsheung.docx"), b)


def ballot_x_result():
    b = head(RES_TITLE, due="27 Nov 2023")
    rows = [["Subscriber Name", "Hung Shui Kiu Brokerage Limited"], ["HSN Subscriber ID", "HSN4146"],
            ["Contact Person", "Yiu Chi Ho"], ["Telephone", "2447 9036"], ["Email", "chiho.yiu@hskbrokerage.com.hk"],
            ["Practice Session Date", "25/11/2023"]]
    b += details(rows) + P() + result_grid({"OTP-C": "s", "OTP-CSC": "n", "OMD-C": "s", "OMD-CC": "s"}, tick="✗") + P()
    b += details([["Issues Encountered", "OTP-CSC not subscribed."]]) + P() + sign_table("Yiu Chi Ho", "26/11/2023")
    save(out("word-ticks", "result-ballot-x-hungshuikiu.docx"), b)


def yn_typed():
    b = head(INT_TITLE)
    rows = [["Subscriber Name", "Sham Tseng Securities Limited"], ["HSN Subscriber ID", "HSN4157"],
            ["Contact Person", "Koo Wai Lam"], ["Telephone", "2491 0727"], ["Email", "wailam.koo@shamtsengsec.com.hk"],
            ["Participate (Y/N)", "Y"]]
    b += details(rows) + P()
    srows = [["Service", "System", "Verify (Y/N)"]] + [[c, NAMES[c], yn] for c, yn in
                                                        (("OTP-C", "Y"), ("OTP-CSC", "Y"), ("OMD-C", "N"), ("OMD-CC", "Y"))]
    b += table(srows, [1800, 5200, 2000]) + P() + sign_table("Koo Wai Lam", "22/11/2023")
    save(out("word-ticks", "intention-yn-typed-shamtseng.docx"), b)


# ------------------------------------------------------------------ word-language: Chinese labels, dates, digits

def simplified_only():
    b = T("附件A – 使用HSN参与演习意向表", bold=True, size=26, center=True, ea=True)
    b += P(R("编号：", ea=True), R("HDS/23/1109"))
    rows = [["公司名称", "汀九证券有限公司"], ["用户编号", "HSN4162"], ["联络人", "黄志伟"], ["电话", "+852 2491 3377"],
            ["电邮", "zw.huang@tingkausec.com.hk"], ["参与", tickline(("☑", "是"), ("☐", "否"))]]
    b += details([[P(R(a, ea=True)), P(R(v, ea=True)) if not v.startswith("<w:") else v] for a, v in rows]) + P()
    b += services_table({"OTP-C": "☑", "OTP-CSC": "☐", "OMD-C": "☑", "OMD-CC": "☐"}, header="验证服务（请勾选）") + P()
    b += table([[P(R("授权人姓名", ea=True)), P(R("李秀英", ea=True))], [P(R("日期", ea=True)), P(R("2023年11月22日", ea=True))]], W2)
    save(out("word-language", "intention-simplified-labels-tingkau.docx"), b)


def simplified_weekday_result():
    b = head(RES_TITLE, due="27 Nov 2023")
    rows = [["公司名称 Company Name", "Yau Kom Tau Capital Limited"], ["用户编号 Subscriber ID", "HSN4179"],
            ["联络人 Contact Person", "Ho Ka Lok"], ["电话 Telephone", "2498 6625"], ["电邮 Email", "kalok.ho@yktcapital.com.hk"],
            ["演习日期 Practice Session Date", "Saturday, 25 November 2023"]]
    b += details([[P(R(a, ea=True)), v] for a, v in rows]) + P()
    grid = [["服务 Service", "结果 Result"]] + [[c, w] for c, w in
                                            (("OTP-C", "Successful"), ("OTP-CSC", "Unsuccessful"), ("OMD-C", "Successful"), ("OMD-CC", "Successful"))]
    b += table(grid, [3000, 6000]) + P()
    b += details([[P(R("备注 Remarks", ea=True)), "OTP-CSC order entry rejected after failover; vendor ticket 88123."]]) + P()
    b += table([[P(R("授权人姓名 Authorised Signatory", ea=True)), "Ho Ka Lok"],
                [P(R("日期 Date", ea=True)), "Monday, 27 November 2023"]], W2)
    save(out("word-language", "result-simplified-english-weekday-dates-yaukomtau.docx"), b)


def fullwidth_phone():
    b = head(INT_TITLE)
    rows = [["公司名稱 Subscriber Name", "北潭涌證券有限公司"], ["用戶編號 HSN Subscriber ID", "HSN4183"],
            ["聯絡人 Contact Person", "鄧志明"], ["電話 Telephone", "２７９２　３３１８"],
            ["電郵 Email", "cm.tang@paktamsec.com.hk"],
            ["參與 Participation", tickline(("☒", "是 Yes"), ("☐", "否 No"))]]
    b += details([[P(R(a, ea=True)), P(R(v, ea=True)) if not v.startswith("<w:") else v] for a, v in rows]) + P()
    b += services_table({"OTP-C": "☐", "OTP-CSC": "☐", "OMD-C": "☒", "OMD-CC": "☒"}) + P()
    b += table([[P(R("授權人姓名 Name of Authorised Signatory", ea=True)), P(R("鄧志明", ea=True))],
                [P(R("日期 Date", ea=True)), P(R("2023年11月21日", ea=True))]], W2)
    save(out("word-language", "intention-fullwidth-phone-chinese-date-paktam.docx"), b)


# ------------------------------------------------------------------ word-incomplete

def email_in_words():
    b = head(INT_TITLE)
    rows = [["Subscriber Name", "Hoi Ha Securities Limited"], ["HSN Subscriber ID", "HSN4191"],
            ["Contact Person", "Tsang Kin Man"], ["Telephone", "2328 1904"],
            ["Email", "tsang.km at hoihasec dot com dot hk"],
            ["We will / will not participate in PS2 using HSN", tickline(("☒", "Yes"), ("☐", "No"))]]
    b += details(rows) + P() + services_table({"OTP-C": "☒", "OTP-CSC": "☒", "OMD-C": "☒", "OMD-CC": "☒"}) + P()
    b += sign_table("Tsang Kin Man", "23/11/2023")
    save(out("word-incomplete", "intention-email-in-words-hoiha.docx"), b)


def blank_template():
    b = head(INT_TITLE)
    rows = [["Subscriber Name", ""], ["HSN Subscriber ID", ""], ["Contact Person", ""], ["Telephone", ""], ["Email", ""],
            ["We will / will not participate in PS2 using HSN", tickline(("☐", "Yes"), ("☐", "No"))]]
    b += details(rows) + P() + services_table({c: "☐" for c in CODES}) + P() + sign_table("", "")
    save(out("word-incomplete", "intention-blank-returned-unfilled.docx"), b, creator="HKEX")


def result_short_id():
    b = head(RES_TITLE, due="27 Nov 2023")
    rows = [["Subscriber Name", "Clear Water Bay Markets Limited"], ["HSN Subscriber ID", "HSN 419"],
            ["Contact Person", "Lui Hoi Yan"], ["Telephone", ""], ["Email", "hoiyan.lui@cwbmarkets.com.hk"],
            ["Practice Session Date", "25/11/2023"]]
    b += details(rows) + P() + result_grid({"OTP-C": "s", "OTP-CSC": "s", "OMD-C": "s", "OMD-CC": "s"}) + P()
    b += sign_table("Lui Hoi Yan", "27/11/2023")
    save(out("word-incomplete", "result-short-id-no-phone-clearwaterbay.docx"), b)


# ------------------------------------------------------------------ other: not forms

def covering_letter():
    b = P(R("Hoi Ha Securities Limited")) + P(R("22 November 2023"))
    b += P(R("HKEX Hosting Services – Service Desk")) + P(R("Dear Sir/Madam,"))
    b += P(R("Re: Circular HDS/23/1109 – Appendix A – Intention Form for Using HSN to participate Practice Session"))
    b += P(R("Please find attached our Intention Form. For your records, the Subscriber Name on the form is our full "
             "company name, our HSN Subscriber ID is HSN4191, and the Contact Person for the Practice Session is Mr Tsang "
             "Kin Man (Telephone 2328 1904, Email tsang.km@hoihasec.com.hk). We will participate in PS2 using HSN and "
             "the services to be verified are OTP-C, OTP-CSC, OMD-C and OMD-CC. The Name of Authorised Signatory and the "
             "Date are on the form itself."))
    b += P(R("Yours faithfully,")) + P(R("Tsang Kin Man")) + P(R("Operations Manager"))
    save(out("other", "covering-letter-hoiha.docx"), b, creator="Tsang Kin Man")


def circular_pasted():
    src = "/work/shared/seed/notice-HDS-23-1109.txt"
    b = ""
    for line in open(src, encoding="utf-8").read().splitlines():
        line = line.strip()
        if line and not set(line) <= set("-\t "):
            b += P(R(line.replace("**", "").replace("*", ""), ea=True))
    save(out("other", "circular-pasted-into-word.docx"), b, creator="Yuen Sze Wan")


if __name__ == "__main__":
    for f in (label_space_value, text_boxes, pasted_twice, bullet_services, header_footer, mergefields,
              tracked_phone, comment_hyperlink, struck_rows, highlight, enclosed_circle,
              black_square, sqrt_tick, ballot_x_result, yn_typed,
              simplified_only, simplified_weekday_result, fullwidth_phone,
              email_in_words, blank_template, result_short_id, covering_letter, circular_pasted):
        f()
    print("docx written")
