"""Forms saved by LibreOffice (producer `libreoffice`): python3 make_libreoffice.py

Writes a source document (HTML, flat ODF text .fodt or flat ODF spreadsheet .fods) to a build
folder and lets `soffice --headless --convert-to docx|xlsx` save it, so the OOXML in the committed
file is LibreOffice's own.  Needs Debian packages libreoffice-writer-nogui libreoffice-calc-nogui.
"""
import datetime
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, ".."))
SV = C.SERVICES
NAMES = C.SERVICE_NAMES
BOX, BALLOT_X, HEAVY = "\u2610", "\u2612", "\u2714"


def w(c, k):
    return C.written(c, k)


def e(t):
    return html.escape(str(t), quote=True)


def serial_to_iso(n, date1904=False):
    base = datetime.date(1904, 1, 1) if date1904 else datetime.date(1899, 12, 30)
    return (base + datetime.timedelta(days=n)).isoformat()


# ================================================================== HTML sources (Writer import)
HTML_HEAD = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title>'
             '<style>td{{padding:3px 6px}} table{{border-collapse:collapse}}</style>'
             '</head><body>\n')


def html_header(form):
    return (f'<p align="center"><b>HKEX Hosting Services Limited</b></p>\n'
            f'<h2 align="center">{e(C.TITLES[form])}</h2>\n'
            f'<p align="center">{e(C.SUBTITLE)}</p>\n<p>Ref. No.: {C.REF}</p>\n')


def html_rows(rows):
    return ('<table border="1" cellspacing="0" width="100%">\n' +
            "".join(f"<tr><td width=\"35%\">{e(a)}</td><td>{b}</td></tr>\n" for a, b in rows) +
            "</table>\n")


def lo_html_intention(c):
    f = c["fields"]
    part = f["participate"]
    svc = "<br>".join(f"{BALLOT_X if s in f['services'] else BOX} {s} \u2013 {e(NAMES[s])}"
                      for s in SV)
    rows = [("Subscriber Name", e(f["subscriber_name"])),
            ("HSN Subscriber ID", e(f["subscriber_id"])),
            ("Contact Person", e(f["contact_name"])),
            ("Telephone", e(f["contact_phone"])),
            ("Email", e(f["contact_email"])),
            ("Participation in PS2 using HSN",
             f"{BALLOT_X if part else BOX} Yes &nbsp;&nbsp; {BOX if part else BALLOT_X} No"),
            ("Services to be verified", svc),
            ("Name of Authorised Signatory", e(f["signatory_name"])),
            ("Date", e(w(c, "signed_date")))]
    return HTML_HEAD.format(title="Intention Form") + html_header("intention") + \
        "<p><i>Please return to HKEX Hosting Services \u2013 Service Desk on or before " \
        "24 Nov 2023.</i></p>\n" + html_rows(rows) + "</body></html>\n"


def lo_html_decline(c):
    f = c["fields"]
    assert f["participate"] is False and "services" not in f
    rows = [("Subscriber Name", e(f["subscriber_name"])),
            ("Subscriber ID", e(f["subscriber_id"])),
            ("Contact Person", e(f["contact_name"])),
            ("Phone", e(f["contact_phone"])),
            ("E-mail Address", e(f["contact_email"]))]
    body = html_rows(rows)
    body += "<p><b>Participation</b></p>\n<p>We <s>will</s> / will not participate in PS2 " \
            "using HSN.</p>\n<p><b>Services to be verified</b> (if participating)</p>\n<p>" + \
            "<br>".join(f"{BOX} {s} \u2013 {e(NAMES[s])}" for s in SV) + "</p>\n"
    body += html_rows([("Name of Authorised Signatory", e(f["signatory_name"])),
                       ("Date", e(w(c, "signed_date")))])
    return HTML_HEAD.format(title="Intention Form") + html_header("intention") + body + \
        "</body></html>\n"


def lo_html_result(c):
    f = c["fields"]
    rows = [("Subscriber Name", e(f["subscriber_name"])),
            ("HSN Subscriber ID", e(f["subscriber_id"])),
            ("Contact Person", e(f["contact_name"])),
            ("Telephone", e(f["contact_phone"])),
            ("Email", e(f["contact_email"])),
            ("Practice Session Date", e(w(c, "session_date")))]
    res = f["results"]
    t = ('<p><b>Result of verification</b></p>\n<table border="1" cellspacing="0" width="100%">'
         "<tr><th>Service</th><th>Successful</th><th>Unsuccessful</th><th>Not tested</th></tr>\n")
    for s in SV:
        t += f"<tr><td>{s} \u2013 {e(NAMES[s])}</td>" + "".join(
            f"<td align=\"center\">{BALLOT_X if res.get(s) == k else BOX}</td>"
            for k in ("successful", "unsuccessful", "not_tested")) + "</tr>\n"
    t += "</table>\n"
    tail = html_rows([("Issues Encountered", e(f["issues"])),
                      ("Name of Authorised Signatory", e(f["signatory_name"])),
                      ("Date", e(w(c, "signed_date")))])
    return HTML_HEAD.format(title="Result Form") + html_header("result") + html_rows(rows) + \
        t + tail + "</body></html>\n"


# ================================================================== flat ODF text (.fodt)
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
</office:automatic-styles>
<office:body><office:text>
"""
FODT_TAIL = "</office:text></office:body></office:document>\n"


def t(s):
    """ODF text with runs of spaces preserved (<text:s/>)."""
    s = html.escape(str(s), quote=False)

    def sp(m):
        n = len(m.group(0))
        return " " + (f'<text:s text:c="{n - 1}"/>' if n > 2 else "<text:s/>")
    s = re.sub(r"^ +", lambda m: f'<text:s text:c="{len(m.group(0))}"/>'
               if len(m.group(0)) > 1 else "<text:s/>", s)
    s = re.sub(r"  +", sp, s)
    s = re.sub(r" $", "<text:s/>", s)
    return s


def fodt_header(form):
    return (f'<text:p text:style-name="C"><text:span text:style-name="B">HKEX Hosting Services '
            f'Limited</text:span></text:p>\n<text:p text:style-name="Title">{t(C.TITLES[form])}'
            f'</text:p>\n<text:p text:style-name="C">{t(C.SUBTITLE)}</text:p>\n'
            f'<text:p>Ref. No.: {C.REF}</text:p>\n')


_fm = iter(range(1, 100))


def fm_check(on):
    return (f'<field:fieldmark text:name="Check{next(_fm)}" '
            'field:type="vnd.oasis.opendocument.field.FORMCHECKBOX">'
            f'<field:param field:name="Checkbox_Checked" field:value="{"true" if on else "false"}"/>'
            "</field:fieldmark>")


def fm_text(name, value):
    return (f'<field:fieldmark-start text:name="{name}" '
            f'field:type="vnd.oasis.opendocument.field.FORMTEXT"/>{t(value)}<field:fieldmark-end/>')


def fodt_table(rows, cols=("TblA", "TblB")):
    out = '<table:table table:name="T%d" table:style-name="Tbl">' % next(_fm)
    out += "".join(f'<table:table-column table:style-name="{c}"/>' for c in cols)
    for row in rows:
        out += "<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="Cell" office:value-type="string">'
            f"<text:p>{cell}</text:p></table:table-cell>" for cell in row) + "</table:table-row>"
    return out + "</table:table>\n"


def lo_fodt_intention(c):
    f = c["fields"]
    part = f["participate"]
    b = fodt_header("intention")
    b += "<text:p>Please return this form to HKEX Hosting Services \u2013 Service Desk on or " \
         "before 24 Nov 2023.</text:p>\n"
    b += '<text:p text:style-name="Heading">Subscriber Information</text:p>\n'
    for lab, key, name in [("Name of Subscriber", "subscriber_name", "SubscriberName"),
                           ("HSN Subscriber ID", "subscriber_id", "SubscriberID"),
                           ("Contact Person", "contact_name", "ContactPerson"),
                           ("Contact Number", "contact_phone", "ContactNumber"),
                           ("E-mail Address", "contact_email", "Email")]:
        b += f"<text:p>{lab}: {fm_text(name, w(c, key))}</text:p>\n"
    b += '<text:p text:style-name="Heading">Participation</text:p>\n'
    b += f"<text:p>{fm_check(part)} Yes, we will participate in PS2 using HSN</text:p>\n"
    b += f"<text:p>{fm_check(not part)} No, we will not participate</text:p>\n"
    b += '<text:p text:style-name="Heading">Services to be verified</text:p>\n'
    for s in SV:
        b += f"<text:p>{fm_check(s in f['services'])} {s} \u2013 {t(NAMES[s])}</text:p>\n"
    b += f"<text:p>Name of Authorised Signatory: {t(f['signatory_name'])}</text:p>\n"
    b += f"<text:p>Date: {t(w(c, 'signed_date'))}</text:p>\n"
    return FODT_HEAD + b + FODT_TAIL


def lo_fodt_table_intention(c):
    f = c["fields"]
    part = f["participate"]
    rows = [("Subscriber Name", t(f["subscriber_name"])),
            ("Subscriber ID", t(f["subscriber_id"])),
            ("Contact Person", t(f["contact_name"])),
            ("Tel. No.", t(f["contact_phone"])),
            ("Email", t(f.get("contact_email", ""))),
            ("Participate in PS2 using HSN",
             f"{HEAVY if part else BOX} Yes<text:tab/>{BOX if part else HEAVY} No")]
    for i, s in enumerate(SV):
        rows.append(("Services to be verified" if i == 0 else "",
                     f"{HEAVY if s in f['services'] else BOX} {s} \u2013 {t(NAMES[s])}"))
    rows.append(("Date", t(w(c, "signed_date"))))
    b = fodt_header("intention") + fodt_table(rows)
    return FODT_HEAD + b + FODT_TAIL


def lo_fodt_result_words(c):
    f = c["fields"]
    raw = c["raw"]["results"]
    head = [("Subscriber Name", t(f["subscriber_name"])),
            ("HSN Subscriber ID", t(f["subscriber_id"])),
            ("Contact Person", t(f["contact_name"])),
            ("Telephone", t(f["contact_phone"])),
            ("Email", t(f["contact_email"])),
            ("Practice Session Date", t(w(c, "session_date")))]
    res = [('<text:span text:style-name="B">Service</text:span>',
            '<text:span text:style-name="B">Result (Pass / Failed / N/A)</text:span>')]
    res += [(f"{s} \u2013 {t(NAMES[s])}", t(raw[s])) for s in SV]
    tail = [("Issues Encountered", t(w(c, "issues"))),
            ("Date", t(w(c, "signed_date")))]
    b = fodt_header("result") + fodt_table(head) + \
        '<text:p text:style-name="Heading">Result of verification</text:p>\n' + \
        fodt_table(res) + "<text:p/>" + fodt_table(tail)
    return FODT_HEAD + b + FODT_TAIL


# ================================================================== flat ODF spreadsheet (.fods)
FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="Ndmy"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:boolean-style style:name="Nbool"><number:boolean/></number:boolean-style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="7cm"/></style:style>
 <style:style style:name="ceDate" style:family="table-cell" style:data-style-name="Ndmy"/>
 <style:style style:name="ceBool" style:family="table-cell" style:data-style-name="Nbool"/>
 <style:style style:name="ceBold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
FODS_TAIL = "</office:spreadsheet></office:body></office:document>\n"


def cell(v, kind=None, iso=None, span=None, bold=False):
    attrs = ""
    if span:
        attrs += f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"'
    if v is None or v == "":
        return f"<table:table-cell{attrs}/>" + (
            f'<table:covered-table-cell table:number-columns-repeated="{span - 1}"/>'
            if span else "")
    if kind == "date":
        out = (f'<table:table-cell{attrs} table:style-name="ceDate" office:value-type="date" '
               f'office:date-value="{iso}"><text:p>{e(v)}</text:p></table:table-cell>')
    elif kind == "bool":
        out = (f'<table:table-cell{attrs} table:style-name="ceBool" office:value-type="boolean" '
               f'office:boolean-value="{"true" if v else "false"}"><text:p>'
               f'{"TRUE" if v else "FALSE"}</text:p></table:table-cell>')
    else:
        st = ' table:style-name="ceBold"' if bold else ""
        out = (f'<table:table-cell{attrs}{st} office:value-type="string"><text:p>{e(v)}</text:p>'
               "</table:table-cell>")
    if span:
        out += f'<table:covered-table-cell table:number-columns-repeated="{span - 1}"/>'
    return out


def sheet(name, rows, ncols=4):
    out = f'<table:table table:name="{name}">'
    out += '<table:table-column table:style-name="co1"/>'
    out += f'<table:table-column table:style-name="co2" table:number-columns-repeated="{ncols - 1}"/>'
    for row in rows:
        out += "<table:table-row>" + "".join(row) + "</table:table-row>"
    return out + "</table:table>\n"


def date_cell(c, key):
    v = w(c, key)
    if isinstance(v, int):
        iso = serial_to_iso(v)
        assert iso == c["fields"][key], (c["file"], key)
        d = datetime.date.fromisoformat(iso)
        return cell(d.strftime("%d/%m/%Y"), kind="date", iso=iso)
    return cell(v)


def fods_title(form):
    return [[cell("HKEX Hosting Services Limited", bold=True)],
            [cell(C.TITLES[form], span=4, bold=True)],
            [cell(C.SUBTITLE)],
            [cell("Ref. No."), cell(C.REF)],
            []]


def lo_fods_intention(c):
    f = c["fields"]
    rows = fods_title("intention")
    for lab, k in [("Subscriber Name", "subscriber_name"), ("HSN Subscriber ID", "subscriber_id"),
                   ("Contact Person", "contact_name"), ("Telephone", "contact_phone"),
                   ("Email", "contact_email")]:
        rows.append([cell(lab), cell(w(c, k))])
    rows.append([cell("Participate in PS2 using HSN (Yes/No)"),
                 cell("Yes" if f["participate"] else "No")])
    rows.append([])
    rows.append([cell("Services to be verified (mark X)", bold=True)])
    for s in SV:
        rows.append([cell("X" if s in f["services"] else ""), cell(s), cell(NAMES[s])])
    rows.append([])
    rows.append([cell("Name of Authorised Signatory"), cell(f["signatory_name"])])
    rows.append([cell("Date"), date_cell(c, "signed_date")])
    return FODS_HEAD + sheet("Intention Form", rows) + FODS_TAIL


def lo_fods_intention_bool(c):
    f = c["fields"]
    rows = fods_title("intention")
    for lab, k in [("Subscriber Name", "subscriber_name"), ("Subscriber ID", "subscriber_id"),
                   ("Contact Person", "contact_name"), ("Phone", "contact_phone"),
                   ("Email", "contact_email")]:
        rows.append([cell(lab), cell(w(c, k))])
    rows.append([cell("We will participate in PS2 using HSN"), cell(f["participate"], "bool")])
    rows.append([])
    rows.append([cell("Service", bold=True), cell("System", bold=True),
                 cell("To be verified", bold=True)])
    for s in SV:
        rows.append([cell(s), cell(NAMES[s]), cell(s in f["services"], "bool")])
    rows.append([])
    rows.append([cell("Date"), date_cell(c, "signed_date")])
    return FODS_HEAD + sheet("Form", rows) + FODS_TAIL


def lo_fods_result(c):
    f = c["fields"]
    rows = fods_title("result")
    for lab, k in [("Subscriber Name", "subscriber_name"), ("HSN Subscriber ID", "subscriber_id"),
                   ("Contact Person", "contact_name"), ("Telephone", "contact_phone"),
                   ("Email", "contact_email")]:
        rows.append([cell(lab), cell(w(c, k) or "")])
    rows.append([cell("Practice Session Date"), date_cell(c, "session_date")])
    rows.append([])
    rows.append([cell("Service", bold=True), cell("Successful", bold=True),
                 cell("Unsuccessful", bold=True), cell("Not tested", bold=True)])
    res = f["results"]
    for s in SV:
        rows.append([cell(s)] + [cell("X" if res.get(s) == k else "")
                                 for k in ("successful", "unsuccessful", "not_tested")])
    rows.append([])
    if f.get("issues"):
        rows.append([cell("Issues Encountered"), cell(f["issues"])])
    rows.append([cell("Date"), date_cell(c, "signed_date")])
    return FODS_HEAD + sheet("Result Form", rows) + FODS_TAIL


LAYOUTS = {
    "lo_html_intention": ("html", lo_html_intention),
    "lo_html_decline": ("html", lo_html_decline),
    "lo_html_result": ("html", lo_html_result),
    "lo_fodt_intention": ("fodt", lo_fodt_intention),
    "lo_fodt_table_intention": ("fodt", lo_fodt_table_intention),
    "lo_fodt_result_words": ("fodt", lo_fodt_result_words),
    "lo_fods_intention": ("fods", lo_fods_intention),
    "lo_fods_intention_bool": ("fods", lo_fods_intention_bool),
    "lo_fods_result": ("fods", lo_fods_result),
}


def soffice(args, cwd):
    env = dict(os.environ, HOME=cwd)  # private LibreOffice profile
    subprocess.run(["soffice", "--headless", "--norestore"] + args, cwd=cwd, check=True,
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert(src, fmt, outdir, work, infilter=None):
    args = []
    if infilter:
        args.append(f"--infilter={infilter}")
    soffice(args + ["--convert-to", fmt, "--outdir", outdir, src], work)


def main():
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui")
    work = tempfile.mkdtemp(prefix="hsn-lo-")
    n = 0
    for c in C.CASES:
        if c["producer"] != "libreoffice":
            continue
        kind, fn = LAYOUTS[c["layout"]]
        target = os.path.join(ASSETS, c["file"])
        stem = os.path.splitext(os.path.basename(target))[0]
        src = os.path.join(work, f"{stem}.{kind}")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(fn(c))
        fmt = os.path.splitext(target)[1][1:]
        convert(src, fmt, work, work, infilter="HTML (StarWriter)" if kind == "html" else None)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(work, f"{stem}.{fmt}"), target)
        n += 1
    # legacy binary copies (bad/): Word 97-2003 .doc and Excel 97-2003 .xls
    bad = os.path.join(ASSETS, "bad")
    os.makedirs(bad, exist_ok=True)
    for rel, fmt in [("forms/libreoffice/intention-acme.docx", "doc"),
                     ("forms/libreoffice/result-lotus.xlsx", "xls")]:
        convert(os.path.join(ASSETS, rel), fmt, work, work)
        stem = os.path.splitext(os.path.basename(rel))[0]
        shutil.copyfile(os.path.join(work, f"{stem}.{fmt}"), os.path.join(bad, f"{stem}.{fmt}"))
    shutil.rmtree(work, ignore_errors=True)
    print("libreoffice:", n, "forms + 2 legacy copies")


if __name__ == "__main__":
    main()
