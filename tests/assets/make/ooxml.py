"""Small helpers to write WordprocessingML by hand, the way Word itself lays it out.

Only the standard library is used.  Timestamps inside the zip are fixed so the output is
byte-for-byte reproducible.
"""
import itertools
import zipfile
from xml.sax.saxutils import escape

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'mc:Ignorable="w14 w15"')

FIXED_TIME = (2023, 11, 20, 9, 30, 0)

_rsids = itertools.cycle(["00A31F2C", "00B7D41E", "003C5E90", "00F2A6B1", "0061D8C7", "00E4097A"])
_ids = itertools.count(100)


def nid():
    return next(_ids)


def x(text):
    return escape(text)


def rpr(bold=False, italic=False, strike=False, dstrike=False, font=None, ea_font=None, size=None,
        lang=None, style=None, underline=False):
    p = []
    if style:
        p.append(f'<w:rStyle w:val="{style}"/>')
    if font or ea_font:
        a = ""
        if font:
            a += f' w:ascii="{font}" w:hAnsi="{font}"'
        if ea_font:
            a += f' w:eastAsia="{ea_font}" w:hint="eastAsia"'
        p.append(f"<w:rFonts{a}/>")
    if bold:
        p.append("<w:b/><w:bCs/>")
    if italic:
        p.append("<w:i/><w:iCs/>")
    if strike:
        p.append("<w:strike/>")
    if dstrike:
        p.append("<w:dstrike/>")
    if underline:
        p.append('<w:u w:val="single"/>')
    if size:
        p.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if lang:
        p.append(f'<w:lang w:val="{lang}"/>')
    return f"<w:rPr>{''.join(p)}</w:rPr>" if p else ""


def r(text, **fmt):
    """One run.  Text with leading/trailing spaces keeps them (xml:space)."""
    rsid = next(_rsids)
    return (f'<w:r w:rsidR="{rsid}">{rpr(**fmt)}'
            f'<w:t xml:space="preserve">{x(text)}</w:t></w:r>')


def runs(*pieces, **fmt):
    """Text split over several runs exactly at the given pieces (mid-word splits welcome)."""
    return "".join(r(p, **fmt) for p in pieces)


def tab():
    return "<w:r><w:tab/></w:r>"


def br():
    return "<w:r><w:br/></w:r>"


def sym(char, font="Wingdings"):
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def proof(kind):  # spellStart / spellEnd / gramStart / gramEnd
    return f'<w:proofErr w:type="{kind}"/>'


def bookmark(name, inner):
    i = nid()
    return (f'<w:bookmarkStart w:id="{i}" w:name="{name}"/>{inner}'
            f'<w:bookmarkEnd w:id="{i}"/>')


def ins(inner, author="Chow Ka Yan", date="2023-11-23T10:12:00Z"):
    return f'<w:ins w:id="{nid()}" w:author="{author}" w:date="{date}">{inner}</w:ins>'


def dele(text, author="Chow Ka Yan", date="2023-11-23T10:12:00Z", **fmt):
    return (f'<w:del w:id="{nid()}" w:author="{author}" w:date="{date}">'
            f'<w:r>{rpr(**fmt)}<w:delText xml:space="preserve">{x(text)}</w:delText></w:r></w:del>')


def p(*inner, style=None, jc=None, keep=False):
    ppr = ""
    parts = []
    if style:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        parts.append("<w:keepNext/>")
    if jc:
        parts.append(f'<w:jc w:val="{jc}"/>')
    if parts:
        ppr = f"<w:pPr>{''.join(parts)}</w:pPr>"
    rsid = next(_rsids)
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">{ppr}{"".join(inner)}</w:p>'


def tc(*content, width=2400, span=None, vmerge=None, shade=None):
    """A cell.  content is block XML (paragraphs); a plain string becomes one paragraph."""
    props = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
    if span:
        props.append(f'<w:gridSpan w:val="{span}"/>')
    if vmerge == "restart":
        props.append('<w:vMerge w:val="restart"/>')
    elif vmerge == "continue":
        props.append("<w:vMerge/>")
    if shade:
        props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    blocks = []
    for c in content:
        if c.startswith("<w:p ") or c.startswith("<w:p>") or c.startswith("<w:sdt>") \
                or c.startswith("<w:tbl>"):
            blocks.append(c)
        else:
            blocks.append(p(r(c)) if c else p())
    if not blocks:
        blocks = [p()]
    return f"<w:tc><w:tcPr>{''.join(props)}</w:tcPr>{''.join(blocks)}</w:tc>"


def tr(*cells):
    return f'<w:tr w:rsidR="{next(_rsids)}">{"".join(cells)}</w:tr>'


def tbl(rows, grid):
    g = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{g}</w:tblGrid>{''.join(rows)}</w:tbl>")


# ------------------------------------------------------------------ legacy form fields (Word 97+)
def formtext(name, value, date_format=None):
    """A legacy FORMTEXT field.  Empty value -> Word's default result of five en-spaces."""
    ti = "<w:textInput/>"
    if date_format:
        ti = f'<w:textInput><w:type w:val="date"/><w:format w:val="{date_format}"/></w:textInput>'
    shown = value if value else "\u2002" * 5
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>{ti}'
            '</w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{x(shown)}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def formcheckbox(name, checked=None, default=0):
    """Legacy FORMCHECKBOX.  checked=None -> no <w:checked> element (state = default);
    checked=True -> <w:checked/>; checked=False -> <w:checked w:val="0"/>."""
    c = ""
    if checked is True:
        c = "<w:checked/>"
    elif checked is False:
        c = '<w:checked w:val="0"/>'
    elif checked == "1":
        c = '<w:checked w:val="1"/>'
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="{default}"/>{c}</w:checkBox>'
            '</w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


# ------------------------------------------------------------------ content controls (SDT)
def _sdtpr(alias=None, tag=None, extra="", placeholder=False):
    a = f'<w:alias w:val="{x(alias)}"/>' if alias else ""
    t = f'<w:tag w:val="{x(tag)}"/>' if tag else ""
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return f'<w:sdtPr>{a}{t}<w:id w:val="{nid() * 7919}"/>{ph}{extra}</w:sdtPr>'


def sdt_text(value, alias=None, tag=None, placeholder_text=None):
    """Run-level plain-text content control. value None -> shows placeholder (not filled)."""
    if value is None:
        extra = ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
                 '</w:placeholder>')
        content = r(placeholder_text or "Click or tap here to enter text.", style="PlaceholderText")
        return (f"<w:sdt>{_sdtpr(alias, tag, extra, placeholder=True)}"
                f"<w:sdtContent>{content}</w:sdtContent></w:sdt>")
    return (f"<w:sdt>{_sdtpr(alias, tag, '<w:text/>')}"
            f"<w:sdtContent>{r(value)}</w:sdtContent></w:sdt>")


def sdt_block(paragraph_xml, alias=None, tag=None):
    """Block-level content control wrapping a whole paragraph."""
    return (f"<w:sdt>{_sdtpr(alias, tag, '<w:text/>')}"
            f"<w:sdtContent>{paragraph_xml}</w:sdtContent></w:sdt>")


def sdt_date(iso, shown, alias="Date", tag=None, fmt="d MMMM yyyy"):
    """Date picker content control; iso None -> placeholder showing."""
    if iso is None:
        extra = ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013437"/>'
                 f'</w:placeholder><w:date><w:dateFormat w:val="{fmt}"/><w:lid w:val="en-HK"/>'
                 '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        return (f"<w:sdt>{_sdtpr(alias, tag, extra, placeholder=True)}<w:sdtContent>"
                f"{r('Click or tap to enter a date.', style='PlaceholderText')}"
                "</w:sdtContent></w:sdt>")
    extra = (f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{fmt}"/>'
             '<w:lid w:val="en-HK"/><w:storeMappedDataAs w:val="dateTime"/>'
             '<w:calendar w:val="gregorian"/></w:date>')
    return (f"<w:sdt>{_sdtpr(alias, tag, extra)}"
            f"<w:sdtContent>{r(shown)}</w:sdtContent></w:sdt>")


def sdt_checkbox(checked, alias=None, tag=None):
    """Word 2010+ checkbox content control (w14:checkbox)."""
    extra = (f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
             '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
             '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
    glyph = "\u2612" if checked else "\u2610"
    return (f"<w:sdt>{_sdtpr(alias, tag, extra)}<w:sdtContent>"
            f"{r(glyph, font='MS Gothic', ea_font='MS Gothic')}</w:sdtContent></w:sdt>")


# ------------------------------------------------------------------ package
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="PMingLiU" w:hAnsi="Calibri" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-HK" w:eastAsia="zh-HK" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style><w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>"""


def settings(track=False):
    t = "<w:trackRevisions/>" if track else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:zoom w:percent="100"/>{t}<w:defaultTabStop w:val="720"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat><w:themeFontLang w:val="en-HK" w:eastAsia="zh-HK"/></w:settings>')


def content_types(main="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                  vba=False):
    extra = ""
    if vba:
        extra = ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + extra +
            f'<Override PartName="/word/document.xml" ContentType="{main}"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
            '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            '</Types>')


ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '</Relationships>')


def doc_rels(vba=False):
    v = ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
         if vba else "")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            + v + '</Relationships>')


def core(title, author):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{x(title)}</dc:title><dc:creator>{x(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{x(author)}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-15T02:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-20T09:30:00Z</dcterms:modified>'
            '</cp:coreProperties>')


APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>4</TotalTime><Pages>1</Pages>'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<AppVersion>16.0000</AppVersion></Properties>')


def document(body):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {W_NS}><w:body>{body}'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" '
            'w:footer="709" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
            '</w:sectPr></w:body></w:document>')


def write_docx(path, body, title="Form", author="Subscriber", track=False, vba_bin=None,
               main_ct=None):
    parts = [
        ("[Content_Types].xml", content_types(main_ct or
                                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                              vba=vba_bin is not None)),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document(body)),
        ("word/_rels/document.xml.rels", doc_rels(vba=vba_bin is not None)),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", settings(track)),
        ("docProps/core.xml", core(title, author)),
        ("docProps/app.xml", APP),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        if vba_bin is not None:
            zi = zipfile.ZipInfo("word/vbaProject.bin", FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, vba_bin)
