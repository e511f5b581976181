"""LibreOffice-produced holdout files: python3 make_libreoffice.py

Writes RTF, zipped .odt and zipped .ods sources into a temporary folder and converts them with
`soffice --headless --convert-to docx|xlsx` into ../libreoffice/. Also writes the bad files that
come from these sources: bad/intention-odt-renamed.docx (the .odt itself), bad/intention-rtf-renamed.docx
(an RTF form). Needs libreoffice-writer-nogui and libreoffice-calc-nogui (LibreOffice 7.4 here).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
HOLDOUT = os.path.normpath(os.path.join(HERE, ".."))
DATA = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
SERVICES = DATA["services"]
NAMES = DATA["service_names"]
TITLES = DATA["titles"]
SUBTITLE = DATA["subtitle"]
PROFILE = "file://" + os.path.join(tempfile.gettempdir(), "hsn-holdout-lo-profile")


def out(rel):
    p = os.path.join(HOLDOUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def soffice(src, fmt, dest_rel):
    """Convert src with LibreOffice into HOLDOUT/dest_rel."""
    tmp = tempfile.mkdtemp(prefix="hsn-lo-")
    cmd = ["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--norestore",
           "--convert-to", fmt, "--outdir", tmp, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    produced = [f for f in os.listdir(tmp)]
    if len(produced) != 1:
        sys.exit(f"soffice produced {produced} for {src}")
    shutil.move(os.path.join(tmp, produced[0]), out(dest_rel))
    shutil.rmtree(tmp)
    print("wrote", dest_rel)


# ------------------------------------------------------------------------------------------- RTF
def rtf_text(s):
    """RTF-escape: ASCII as is, everything else as \\uN? (signed 16-bit)."""
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ch == "\t":
            o.append("\\tab ")
        elif c < 128:
            o.append(ch)
        else:
            n = c if c < 32768 else c - 65536
            o.append(f"\\u{n}?")
    return "".join(o)


RTF_HEAD = (r"{\rtf1\ansi\ansicpg1252\deff0\deflang3081"
            r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fnil\fcharset0 Segoe UI Symbol;}"
            r"{\f2\fnil\fcharset136 PMingLiU;}}"
            r"{\colortbl;\red0\green0\blue0;\red230\green230\blue230;}"
            r"{\info{\title HSN form}{\author HSN Subscriber}}"
            r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134" "\n")


def rtf_par(text, bold=False, center=False, size=20):
    fmt = ("\\qc" if center else "") + ("\\b" if bold else "") + f"\\fs{size}"
    return "{\\pard\\plain\\f0" + fmt + " " + rtf_text(text) + "\\par}\n"


def rtf_row(cells, widths, shade_first=True):
    o = ["\\trowd\\trgaph108\\trleft0"]
    x = 0
    for i, w in enumerate(widths):
        x += w
        shade = "\\clcbpat2" if (i == 0 and shade_first) else ""
        o.append(f"\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10"
                 f"\\clbrdrr\\brdrs\\brdrw10{shade}\\cellx{x}")
    o.append("\n")
    for i, c in enumerate(cells):
        b = "\\b" if (i == 0 and shade_first) else "\\b0"
        o.append("\\pard\\plain\\intbl\\f0\\fs20" + b + " " + rtf_text(c) + "\\cell\n")
    o.append("\\row\n")
    return "".join(o)


def rtf_intention(r):
    o = [RTF_HEAD,
         rtf_par("HKEX Hosting Services Limited", bold=True, center=True, size=28),
         rtf_par(TITLES["intention"], bold=True, center=True),
         rtf_par(SUBTITLE, center=True), rtf_par("")]
    w = [3600, 6000]
    for lab, key in [("Circular Ref", "circular_ref"), ("Subscriber Name", "subscriber_name"),
                     ("HSN Subscriber ID", "subscriber_id"), ("Contact Person", "contact_name"),
                     ("Tel. No.", "contact_phone"), ("E-mail Address", "contact_email")]:
        o.append(rtf_row([lab, r[key]], w))
    o.append(rtf_row(["We will participate in PS2 using HSN", r["participate"]], w))
    o.append(rtf_par(""))
    o.append(rtf_par("Services to be verified (tick the box):", bold=True))
    o.append(rtf_row(["Service", "System", "Tick"], [1800, 6000, 1800]))
    for s in SERVICES:
        o.append(rtf_row([s, NAMES[s], r["services"][s]], [1800, 6000, 1800], shade_first=False))
    o.append(rtf_par(""))
    o.append(rtf_row(["Name of Authorised Signatory", r["signatory_name"]], w))
    o.append(rtf_row(["Date", r["signed_date"]], w))
    o.append(rtf_par("Please return to hsservicedesk@hkex.com.hk on or before 24 Nov 2023.", size=16))
    o.append("}")
    return "".join(o)


def rtf_result(r):
    def line(label, value):
        return ("{\\pard\\plain\\f0\\fs20\\tldot\\tx4800 {\\b " + rtf_text(label) + "}\\tab "
                + rtf_text(value) + "\\par}\n")
    o = [RTF_HEAD,
         rtf_par("HKEX Hosting Services Limited", bold=True, center=True, size=28),
         rtf_par(TITLES["result"], bold=True, center=True),
         rtf_par(SUBTITLE, center=True), rtf_par(""),
         line("Ref. No.:", r["circular_ref"]),
         line("Name of Subscriber:", r["subscriber_name"]),
         line("Subscriber Code:", r["subscriber_id"]),
         line("Contact Name:", r["contact_name"]),
         line("Phone:", r["contact_phone"]),
         line("Email:", r["contact_email"]),
         line("Practice Session Date:", r["session_date"]),
         rtf_par(""),
         rtf_par("Result of each service verified:", bold=True)]
    for s, word in r["results"]:
        o.append(rtf_par(f"{s} \u2013 {word}"))
    o += [rtf_par(""),
          line("Issues Encountered:", r["issues"]),
          line("Name of Authorised Signatory:", r["signatory_name"]),
          line("Date:", r["signed_date"]),
          "}"]
    return "".join(o)


# ------------------------------------------------------------------------------------------- ODF
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"')


def odf_zip(path, mimetype, content, styles, title):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta>'
            f'<dc:title>{escape(title)}</dc:title><meta:initial-creator>HSN Subscriber</meta:initial-creator>'
            '<meta:generator>hsn-holdout make_libreoffice.py</meta:generator>'
            '</office:meta></office:document-meta>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("meta.xml", meta)
        z.writestr("styles.xml", styles)
        z.writestr("content.xml", content)


ODT_STYLES = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}>'
              '<office:font-face-decls/><office:styles>'
              '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/>'
              '<style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" '
              'style:font-name-asian="Noto Sans CJK TC"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              # a Writer text frame needs a graphic style derived from "Frame"; without it LibreOffice
              # imports draw:text-box as a drawing shape and drops the tables inside it
              '<style:style style:name="Frame" style:family="graphic"><style:graphic-properties '
              'text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="parallel" '
              'style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" '
              'style:vertical-rel="paragraph-content" style:horizontal-pos="center" '
              'style:horizontal-rel="paragraph-content"/></style:style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm1">'
              '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
              'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
              '</style:page-layout></office:automatic-styles><office:master-styles>'
              '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
              '</office:master-styles></office:document-styles>')

ODT_AUTO = ('<office:automatic-styles>'
            '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
            '<style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>'
            '<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
            '<style:text-properties fo:font-style="italic"/></style:style>'
            '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" '
            'style:font-weight-asian="bold"/></style:style>'
            '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"/></style:style>'
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#fce4d6"/></style:style>'
            '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties '
            'fo:border="1pt solid #1f4e79" fo:padding="0.2cm" style:wrap="none" '
            'style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>'
            '</office:automatic-styles>')


def tp(text, style=None, bold=False):
    s = f' text:style-name="{style}"' if style else ""
    t = escape(text)
    if bold:
        t = f'<text:span text:style-name="B">{t}</text:span>'
    return f"<text:p{s}>{t}</text:p>"


def tcell(paras, head=False):
    return (f'<table:table-cell table:style-name="{"Head" if head else "Cell"}" office:value-type="string">'
            + "".join(paras) + "</table:table-cell>")


def ttable(name, ncols, rows):
    return (f'<table:table table:name="{name}" table:style-name="Tbl">'
            f'<table:table-column table:number-columns-repeated="{ncols}"/>'
            + "".join("<table:table-row>" + "".join(r) + "</table:table-row>" for r in rows)
            + "</table:table>")


def odt_doc(body):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>{ODT_AUTO}'
            f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')


def odt_intention(r):
    head1 = ["Circular Ref", "Subscriber Name", "Subscriber ID", "Contact Person", "Telephone", "E-mail"]
    val1 = [r["circular_ref"], r["subscriber_name"], r["subscriber_id"], r["contact_name"],
            r["contact_phone"], r["contact_email"]]
    head2 = ["Will you participate? (Yes/No)", "Services to be verified", "Authorised Signatory", "Date"]
    val2 = [r["participate"], r["services"], r["signatory_name"], r["signed_date"]]
    t1 = ttable("Details", 6, [[tcell([tp(h, bold=True)], head=True) for h in head1],
                               [tcell([tp(v)]) for v in val1]])
    t2 = ttable("Answer", 4, [[tcell([tp(h, bold=True)], head=True) for h in head2],
                              [tcell([tp(v)]) for v in val2]])
    frame = ('<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="FormBox" '
             'text:anchor-type="paragraph" svg:width="17cm" draw:z-index="0">'
             '<draw:text-box fo:min-height="6cm">'
             + tp("Please complete all fields", bold=True) + t1 + tp("") + t2
             + "</draw:text-box></draw:frame></text:p>")
    body = (tp("HKEX Hosting Services Limited", "Title") + tp(TITLES["intention"], "Title")
            + tp(SUBTITLE, "Sub") + tp("") + frame + tp("")
            + tp("Return to hsservicedesk@hkex.com.hk on or before 24 Nov 2023."))
    return odt_doc(body)


def odt_result(r):
    rows = [("編號", "Ref. No.", r["circular_ref"]), ("公司名稱", "Subscriber Name", r["subscriber_name"]),
            ("用戶編號", "Subscriber ID", r["subscriber_id"]), ("聯絡人", "Contact Person", r["contact_name"]),
            ("電話", "Telephone", r["contact_phone"]), ("電郵", "Email", r["contact_email"]),
            ("演習日期", "Practice Session Date", r["session_date"])]
    t1 = ttable("Details", 2, [[tcell([tp(zh, bold=True), tp(en, bold=True)], head=True), tcell([tp(v)])]
                               for zh, en, v in rows])
    t2 = ttable("Results", 2, [[tcell([tp("服務", bold=True), tp("Service", bold=True)], head=True),
                                tcell([tp("結果", bold=True), tp("Result (Pass / Fail / N/A)", bold=True)], head=True)]]
                + [[tcell([tp(s)]), tcell([tp(r["results"][s])])] for s in SERVICES])
    t3 = ttable("Sign", 2, [[tcell([tp(zh, bold=True), tp(en, bold=True)], head=True), tcell([tp(v)])]
                            for zh, en, v in [("備註", "Issues Encountered", r["issues"]),
                                              ("授權人姓名", "Name of Authorised Signatory", r["signatory_name"]),
                                              ("日期", "Date", r["signed_date"])]])
    body = (tp("香港交易所設備託管服務有限公司", "Title") + tp("HKEX Hosting Services Limited", "Title")
            + tp(TITLES["result"], "Title") + tp(SUBTITLE, "Sub") + tp("")
            + t1 + tp("") + t2 + tp("") + t3)
    return odt_doc(body)


ODS_STYLES = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}>'
              '<office:styles><style:default-style style:family="table-cell">'
              '<style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>'
              '</style:default-style></office:styles></office:document-styles>')


def ods_doc(rows, date_styles, widths):
    """rows: list of rows; a row is a list of cells (None = empty, str = string cell,
    ("date", iso, style) = date cell, ("label", str) = bold bordered label)."""
    auto = ['<office:automatic-styles>']
    for i, w in enumerate(widths):
        auto.append(f'<style:style style:name="co{i}" style:family="table-column">'
                    f'<style:table-column-properties style:column-width="{w}"/></style:style>')
    auto.append('<style:style style:name="L" style:family="table-cell"><style:table-cell-properties '
                'fo:border="0.5pt solid #000000" fo:background-color="#ddebf7" fo:wrap-option="wrap"/>'
                '<style:text-properties fo:font-weight="bold"/></style:style>')
    auto.append('<style:style style:name="V" style:family="table-cell"><style:table-cell-properties '
                'fo:border="0.5pt solid #000000"/></style:style>')
    for name, xml in date_styles.items():
        auto.append(xml)
        auto.append(f'<style:style style:name="D{name}" style:family="table-cell" '
                    f'style:data-style-name="{name}"><style:table-cell-properties fo:border="0.5pt solid #000000"/>'
                    '<style:paragraph-properties fo:text-align="start"/></style:style>')
    auto.append('</office:automatic-styles>')
    body = ['<office:body><office:spreadsheet><table:table table:name="Form">']
    for i in range(len(widths)):
        body.append(f'<table:table-column table:style-name="co{i}"/>')
    for row in rows:
        body.append("<table:table-row>")
        for c in row:
            if c is None:
                body.append("<table:table-cell/>")
            elif isinstance(c, str):
                body.append(f'<table:table-cell table:style-name="V" office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>'
                            if c else '<table:table-cell table:style-name="V"/>')
            elif c[0] == "label":
                body.append(f'<table:table-cell table:style-name="L" office:value-type="string"><text:p>{escape(c[1])}</text:p></table:table-cell>')
            elif c[0] == "title":
                body.append(f'<table:table-cell office:value-type="string"><text:p>{escape(c[1])}</text:p></table:table-cell>')
            elif c[0] == "date":
                body.append(f'<table:table-cell table:style-name="D{c[2]}" office:value-type="date" '
                            f'office:date-value="{c[1]}"><text:p>{c[1]}</text:p></table:table-cell>')
        body.append("</table:table-row>")
    body.append("</table:table></office:spreadsheet></office:body>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
            + "".join(auto) + "".join(body) + "</office:document-content>")


DATE_D_MMM_YY = ('<number:date-style style:name="N_dmy"><number:day/><number:text>-</number:text>'
                 '<number:month number:textual="true"/><number:text>-</number:text><number:year/>'
                 '</number:date-style>')
DATE_DD_MMM_YYYY = ('<number:date-style style:name="N_long"><number:day number:style="long"/><number:text> </number:text>'
                    '<number:month number:textual="true"/><number:text> </number:text>'
                    '<number:year number:style="long"/></number:date-style>')


def ods_intention(r):
    assert r["signed_date"]["format"] == "d-mmm-yy"
    rows = [[("title", TITLES["intention"])], [("title", SUBTITLE)], [None],
            [("label", "Circular Ref"), r["circular_ref"]],
            [("label", "Subscriber Name"), r["subscriber_name"]],
            [("label", "Subscriber ID"), r["subscriber_id"]],
            [("label", "Contact Person"), r["contact_name"]],
            [("label", "Telephone"), r["contact_phone"]],
            [("label", "E-mail"), r["contact_email"]],
            [None],
            [("label", "Participate (Y/N)"), r["participate"]],
            [None],
            [("label", "Services to be verified"), ("label", "Tick")]]
    for s in SERVICES:
        rows.append([s, r["services"][s]])
    rows += [[None], [("label", "Name of Authorised Signatory"), r["signatory_name"]],
             [("label", "Date"), ("date", r["signed_date"]["serial"], "N_dmy")]]
    return ods_doc(rows, {"N_dmy": DATE_D_MMM_YY}, ["6.5cm", "7.5cm"])


def ods_result(r):
    assert r["session_date"]["format"] == "dd mmm yyyy"
    rows = [[("title", TITLES["result"])], [("title", SUBTITLE)], [None],
            [("label", "Circular Ref"), r["circular_ref"]],
            [("label", "Subscriber Name"), r["subscriber_name"]],
            [("label", "Subscriber ID"), r["subscriber_id"]],
            [("label", "Contact Person"), r["contact_name"]],
            [("label", "Telephone"), r["contact_phone"]],
            [("label", "E-mail"), r["contact_email"]],
            [("label", "Practice Session Date"), ("date", r["session_date"]["serial"], "N_long")],
            [None],
            [("label", "Service"), ("label", "Successful"), ("label", "Unsuccessful"), ("label", "Not Tested")]]
    for s in SERVICES:
        got = r["results"].get(s)
        rows.append([s] + [r["mark"] if got == k else "" for k in ("successful", "unsuccessful", "not_tested")])
    rows += [[None], [("label", "Issues Encountered"), r["issues"]],
             [("label", "Name of Authorised Signatory"), ""],
             [("label", "Date"), r["signed_date"]]]
    return ods_doc(rows, {"N_long": DATE_DD_MMM_YYYY}, ["5.5cm", "5.5cm", "2.8cm", "2.8cm"])


def main():
    cases = {c["layout"]: c for c in DATA["cases"] if c["producer"] == "libreoffice"}
    tmp = tempfile.mkdtemp(prefix="hsn-holdout-src-")
    try:
        # RTF -> docx
        for layout, fn in [("lo_rtf_intention", rtf_intention), ("lo_rtf_result", rtf_result)]:
            c = cases[layout]
            src = os.path.join(tmp, os.path.basename(c["file"])[:-5] + ".rtf")
            with open(src, "w", encoding="ascii") as f:
                f.write(fn(c["raw"]))
            soffice(src, "docx:MS Word 2007 XML", c["file"])
            if layout == "lo_rtf_intention":
                shutil.copy(src, out("bad/intention-rtf-renamed.docx"))
                print("wrote bad/intention-rtf-renamed.docx")
        # ODT -> docx
        for layout, fn in [("lo_odt_intention", odt_intention), ("lo_odt_result", odt_result)]:
            c = cases[layout]
            src = os.path.join(tmp, os.path.basename(c["file"])[:-5] + ".odt")
            odf_zip(src, "application/vnd.oasis.opendocument.text", fn(c["raw"]), ODT_STYLES,
                    TITLES[c["form"]])
            soffice(src, "docx:MS Word 2007 XML", c["file"])
            if layout == "lo_odt_intention":
                shutil.copy(src, out("bad/intention-odt-renamed.docx"))
                print("wrote bad/intention-odt-renamed.docx")
        # ODS -> xlsx
        for layout, fn in [("lo_ods_intention", ods_intention), ("lo_ods_result", ods_result)]:
            c = cases[layout]
            src = os.path.join(tmp, os.path.basename(c["file"])[:-5] + ".ods")
            odf_zip(src, "application/vnd.oasis.opendocument.spreadsheet", fn(c["raw"]), ODS_STYLES,
                    TITLES[c["form"]])
            soffice(src, "xlsx:Calc MS Excel 2007 XML", c["file"])
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
