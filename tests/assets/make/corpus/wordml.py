"""A small WordprocessingML writer that lays a document out the way Word 365 saves it: rsids on
paragraphs and runs, w14:paraId/textId, proofErr around names, bookmarks, a styles part with
Normal/Table Grid/Hyperlink/List Paragraph, settings with an rsids list, fontTable, webSettings,
theme-less docProps. Only the standard library is used."""
import random
import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 w15 wp14"')
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
RNG = random.Random(5)
RSIDS = ["00A1%04X" % RNG.randrange(0x10000) for _ in range(6)]
_ids = iter(range(10, 100000))


def rsid():
    return RNG.choice(RSIDS)


def hexid():
    return "%08X" % RNG.randrange(0x10000000, 0x7FFFFFFF)


def R(text, rpr="", ea=False):
    """one run; text may hold \t (w:tab) and \n (w:br)"""
    fonts = '<w:rFonts w:ascii="Calibri" w:eastAsia="PMingLiU" w:hAnsi="Calibri" w:hint="eastAsia"/>' if ea else ""
    pr = f"<w:rPr>{fonts}{rpr}</w:rPr>" if (rpr or fonts) else ""
    parts = []
    for i, chunk in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, t in enumerate(chunk.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if t:
                sp = ' xml:space="preserve"' if t != t.strip() or "  " in t else ""
                parts.append(f"<w:t{sp}>{escape(t)}</w:t>")
    return f'<w:r w:rsidRPr="{rsid()}">{pr}{"".join(parts)}</w:r>'


def Rs(text, rpr=""):
    """text split over two runs mid-word, with a proofErr pair round the second half, as Word leaves it"""
    if len(text) < 6:
        return R(text, rpr)
    k = len(text) // 2
    return (R(text[:k], rpr) + '<w:proofErr w:type="spellStart"/>' + R(text[k:], rpr) +
            '<w:proofErr w:type="spellEnd"/>')


def BM(name, inner):
    i = next(_ids)
    return f'<w:bookmarkStart w:id="{i}" w:name="{name}"/>{inner}<w:bookmarkEnd w:id="{i}"/>'


def P(*runs, ppr="", style=None):
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    pp = f"<w:pPr>{st}{ppr}</w:pPr>" if (st or ppr) else ""
    r = rsid()
    return (f'<w:p w14:paraId="{hexid()}" w14:textId="{hexid()}" w:rsidR="{r}" w:rsidRDefault="{r}" '
            f'w:rsidP="{rsid()}">{pp}{"".join(runs)}</w:p>')


def T(text, bold=False, size=None, center=False, ea=False):
    rpr = ("<w:b/><w:bCs/>" if bold else "") + (f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else "")
    return P(R(text, rpr, ea), ppr='<w:jc w:val="center"/>' if center else "")


def cell(content, width, span=1, shade=False):
    """content: a string (one paragraph of one run), or ready paragraph XML (starting with <w:p or <w:tbl)"""
    if isinstance(content, str) and not content.startswith("<w:"):
        content = P(R(content)) if content else P()
    elif isinstance(content, (list, tuple)):
        content = "".join(content)
    gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    sh = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{gs}{sh}</w:tcPr>{content}</w:tc>'


def table(rows, widths):
    """rows: lists of cell contents (or ready <w:tc> strings); widths: grid column widths"""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = []
    for row in rows:
        tcs = []
        ci = 0
        for c in row:
            if isinstance(c, str) and c.startswith("<w:tc>"):
                tcs.append(c)
                ci += 1
            else:
                tcs.append(cell(c, widths[min(ci, len(widths) - 1)]))
                ci += 1
        out.append(f'<w:tr w:rsidR="{rsid()}" w:rsidTr="{rsid()}" w14:paraId="{hexid()}" w14:textId="{hexid()}">'
                   f'{"".join(tcs)}</w:tr>')
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(out)}</w:tbl>')


STYLES = HDR + f'''<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-HK" w:eastAsia="zh-TW" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''

NUMBERING = HDR + f'''<w:numbering {NS}><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="3A5F1C22"/><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:nsid w:val="1B2C3D4E"/><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'''


def settings(track=False):
    rs = "".join(f'<w:rsid w:val="{r}"/>' for r in sorted(RSIDS))
    tr = "<w:trackRevisions/>" if track else ""
    return HDR + (f'<w:settings {NS}><w:zoom w:percent="100"/>{tr}<w:proofState w:spelling="clean" w:grammar="clean"/>'
                  '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                  f'<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                  f'<w:rsids><w:rsidRoot w:val="{RSIDS[0]}"/>{rs}</w:rsids>'
                  '<w:themeFontLang w:val="en-HK" w:eastAsia="zh-TW"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
                  '<w14:docId w14:val="5A1C33F1"/><w15:docId w15:val="{7D3B2E61-0A4C-4E4B-9A55-1F2C3D4E5F60}"/></w:settings>')


FONTS = HDR + f'<w:fonts {NS}><w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="PMingLiU"><w:altName w:val="新細明體"/><w:charset w:val="88"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="Symbol"><w:charset w:val="02"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="Segoe UI Symbol"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>'
WEB = HDR + '<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'


def save(path, body, header=None, footer=None, comments=None, links=None, track=False, numbering=False,
         creator="Chan Siu Ming"):
    """body: paragraph/table XML. header/footer: paragraph XML. comments: list of (id, author, paragraph XML).
    links: {rId: target} external hyperlinks (mailto:)."""
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
            ("rId3", "webSettings", "webSettings.xml"), ("rId4", "fontTable", "fontTable.xml")]
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
          '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>',
          '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    parts = {}
    sect_refs = ""
    if header is not None:
        rels.append(("rId7", "header", "header1.xml"))
        parts["word/header1.xml"] = HDR + f"<w:hdr {NS}>{header}</w:hdr>"
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect_refs += '<w:headerReference w:type="default" r:id="rId7"/>'
    if footer is not None:
        rels.append(("rId8", "footer", "footer1.xml"))
        parts["word/footer1.xml"] = HDR + f"<w:ftr {NS}>{footer}</w:ftr>"
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect_refs += '<w:footerReference w:type="default" r:id="rId8"/>'
    if comments:
        rels.append(("rId9", "comments", "comments.xml"))
        cs = "".join(f'<w:comment w:id="{i}" w:author="{a}" w:date="2023-11-21T10:12:00Z" w:initials="{a[:1]}">{p}</w:comment>'
                     for i, a, p in comments)
        parts["word/comments.xml"] = HDR + f"<w:comments {NS}>{cs}</w:comments>"
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    if numbering:
        rels.append(("rId10", "numbering", "numbering.xml"))
        parts["word/numbering.xml"] = NUMBERING
        ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    rx = "".join(f'<Relationship Id="{i}" Type="{base}{t}" Target="{g}"/>' for i, t, g in rels)
    for i, target in (links or {}).items():
        rx += f'<Relationship Id="{i}" Type="{base}hyperlink" Target="{escape(target)}" TargetMode="External"/>'
    sect = (f'<w:sectPr w:rsidR="{RSIDS[0]}">{sect_refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
            'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')
    parts.update({
        "[Content_Types].xml": HDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>",
        "_rels/.rels": HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": HDR + f"<w:document {NS}><w:body>{body}{sect}</w:body></w:document>",
        "word/_rels/document.xml.rels": HDR + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rx}</Relationships>',
        "word/styles.xml": STYLES, "word/settings.xml": settings(track), "word/fontTable.xml": FONTS,
        "word/webSettings.xml": WEB,
        "docProps/core.xml": HDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>{escape(creator)}</dc:creator>'
        f'<cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-20T02:11:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-22T06:40:00Z</dcterms:modified></cp:coreProperties>',
        "docProps/app.xml": HDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
        '<TotalTime>14</TotalTime><Pages>1</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<AppVersion>16.0000</AppVersion></Properties>',
    })
    order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order + sorted(k for k in parts if k not in order):
            z.writestr(n, parts[n])
