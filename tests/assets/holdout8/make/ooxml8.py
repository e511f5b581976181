"""Small hand-written OOXML writers for holdout8: a Word form body (table layout, ☒/☐), package assembly with any
content types / relationships, and helpers for odd packaging."""
import io
import zipfile
from xml.sax.saxutils import escape

from people import P, SERVICES, SYSTEMS, WORD

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DOC_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
X, O = "\u2612", "\u2610"


def p(text="", bold=False, br_page=False):
    if br_page:
        return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def tc(text, w=4500):
    return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{p(text)}</w:tc>'


def table(rows, widths=None):
    n = len(rows[0])
    widths = widths or [9000 // n] * n
    grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    body = "".join("<w:tr>" + "".join(tc(c, widths[i]) for i, c in enumerate(r)) + "</w:tr>" for r in rows)
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def details(who):
    q = P[who]
    return table([["Subscriber Name", q["name"]], ["HSN Subscriber ID", q["sid"]], ["Contact Person", q["contact"]],
                  ["Telephone", q["phone"]], ["Email", q["email"]]], [3500, 5500])


def signature(who):
    q = P[who]
    return table([["Name of Authorised Signatory", q["sign"]], ["Date", dmy(q["date"])]], [3500, 5500])


def intention_body(who, participate, services):
    out = [p("Ref. No.: HDS/23/1109"), p("Appendix A", True),
           p("Intention Form for Using HSN to participate Practice Session", True), details(who),
           p(""), p(f"We will participate in PS2 using HSN:  {X if participate else O} Yes   {O if participate else X} No"),
           p("Services to be verified:"),
           table([["Service", "System", "Tick"]] + [[s, SYSTEMS[s], X if s in (services or []) else O] for s in SERVICES],
                 [1800, 5700, 1500]),
           p(""), signature(who)]
    return "".join(out)


def result_body(who, results, issues, session):
    rows = [["Service", "Successful", "Unsuccessful", "Not tested"]]
    for s in SERVICES:
        v = results.get(s)
        rows.append([s] + [X if v == k else O for k in ("successful", "unsuccessful", "not_tested")])
    out = [p("Ref. No.: HDS/23/1109"), p("Appendix B", True),
           p("Result Form for Using HSN to participate Practice Session", True), details(who),
           table([["Practice Session Date", dmy(session)]], [3500, 5500]), p(""), table(rows, [2400, 2200, 2200, 2200]),
           p(""), table([["Issues Encountered", issues or ""]], [3500, 5500]), p(""), signature(who)]
    return "".join(out)


def document(body, extra_ns=""):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}{extra_ns}><w:body>{body}'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
            'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')


def content_types(overrides, defaults=None):
    d = {"rels": "application/vnd.openxmlformats-package.relationships+xml", "xml": "application/xml"}
    d.update(defaults or {})
    s = "".join(f'<Default Extension="{k}" ContentType="{v}"/>' for k, v in d.items())
    s += "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{s}</Types>')


def rels(items):
    s = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{s}</Relationships>')


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ' + W + '><w:docDefaults><w:rPrDefault><w:rPr>'
          '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="PMingLiU"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>'
          '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
        'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>HSN form</dc:title><dc:creator>HSN subscriber</dc:creator>'
        '{extra}<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-20T02:00:00Z</dcterms:created></cp:coreProperties>')


def docx_parts(body, main_ct=DOC_CT, settings=None, core_extra="", extra_ct=None, extra_root_rels=(), extra_doc_rels=(),
               extra_parts=None, defaults=None, document_xml=None):
    """The parts of a Word package as {name: bytes}."""
    ov = {"/word/document.xml": main_ct, "/word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
          "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml"}
    drels = [("rId1", RT + "/styles", "styles.xml")]
    if settings:
        ov["/word/settings.xml"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
        drels.append(("rId2", RT + "/settings", "settings.xml"))
    ov.update(extra_ct or {})
    parts = {"[Content_Types].xml": content_types(ov, defaults),
             "_rels/.rels": rels([("rId1", RT + "/officeDocument", "word/document.xml"),
                                  ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")]
                                 + list(extra_root_rels)),
             "word/document.xml": document_xml if document_xml is not None else document(body),
             "word/_rels/document.xml.rels": rels(drels + list(extra_doc_rels)),
             "word/styles.xml": STYLES, "docProps/core.xml": CORE.format(extra=core_extra)}
    if settings:
        parts["word/settings.xml"] = settings
    parts.update(extra_parts or {})
    return {k: (v.encode("utf-8") if isinstance(v, str) else v) for k, v in parts.items()}


def zip_bytes(parts, method=zipfile.ZIP_DEFLATED):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", method) as z:
        for k, v in parts.items():
            zi = zipfile.ZipInfo(k, (2023, 11, 20, 10, 0, 0))
            zi.compress_type = method
            z.writestr(zi, v)
    return b.getvalue()


def settings_xml(inner=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ' + W + f'>{inner}<w:defaultTabStop w:val="720"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>')
