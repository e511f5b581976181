"""holdout7: holdout6's WordprocessingML writer, with a save() that also writes unusual package idioms
(main part under another name, footnotes, glossary, custom properties, a customXml data store, stored entries with
data descriptors). A small WordprocessingML writer that lays a document out the way Word 365 saves it: rsids on
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


class _Unseekable:
    """a write-only stream without seek/tell, so zipfile sets bit 3 and writes data descriptors"""
    def __init__(self, fh):
        self.fh = fh

    def write(self, b):
        return self.fh.write(b)

    def flush(self):
        self.fh.flush()


CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def save(path, body, header=None, footer=None, comments=None, links=None, track=False, numbering=False,
         creator="Chan Siu Ming", main="word/document.xml", names=None, footnotes=None, glossary=None,
         custom=None, datastore=None, sect_extra="", zipmode="deflate", fonts_extra="", settings_extra="",
         ext_upper=False, title=""):
    """body: paragraph/table XML. header/footer: paragraph XML. comments: list of (id, author, paragraph XML).
    links: {rId: target}. main: the main part's name (any folder/name the relationship points at).
    names: {"styles": "word/Styles.XML", ...} other part names. footnotes: [(id, paragraph XML)].
    glossary: docPart XML of a glossary document part. custom: {name: value} docProps/custom.xml.
    datastore: XML of a customXml data store item (customXml/item1.xml + itemProps1.xml, id {...}).
    sect_extra: XML replacing <w:cols/> (e.g. two columns). zipmode: "deflate" or "stored-dd" (stored entries
    with data descriptors)."""
    nm = {"styles": "word/styles.xml", "settings": "word/settings.xml", "webSettings": "word/webSettings.xml",
          "fontTable": "word/fontTable.xml", "header": "word/header1.xml", "footer": "word/footer1.xml",
          "comments": "word/comments.xml", "numbering": "word/numbering.xml", "footnotes": "word/footnotes.xml",
          "endnotes": "word/endnotes.xml", "glossary": "word/glossary/document.xml"}
    nm.update(names or {})
    mdir = main.rsplit("/", 1)[0]

    def rel_target(p):
        return p[len(mdir) + 1:] if p.startswith(mdir + "/") else "/" + p

    parts = {}
    ct = []
    rels = []

    def add(key, rtype, ctype, content, rid):
        p = nm[key]
        parts[p] = content
        ct.append(f'<Override PartName="/{p}" ContentType="{ctype}"/>')
        rels.append((rid, rtype, rel_target(p)))

    ct.append(f'<Override PartName="/{main}" ContentType="{CT}document.main+xml"/>')
    add("styles", "styles", CT + "styles+xml", STYLES, "rId1")
    add("settings", "settings", CT + "settings+xml", settings(track).replace("</w:settings>", settings_extra + "</w:settings>")
        .replace('<w:defaultTabStop', ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' if footnotes else "") + '<w:defaultTabStop'), "rId2")
    add("webSettings", "webSettings", CT + "webSettings+xml", WEB, "rId3")
    add("fontTable", "fontTable", CT + "fontTable+xml", FONTS.replace("</w:fonts>", fonts_extra + "</w:fonts>"), "rId4")
    sect_refs = ""
    if header is not None:
        add("header", "header", CT + "header+xml", HDR + f"<w:hdr {NS}>{header}</w:hdr>", "rId7")
        sect_refs += '<w:headerReference w:type="default" r:id="rId7"/>'
    if footer is not None:
        add("footer", "footer", CT + "footer+xml", HDR + f"<w:ftr {NS}>{footer}</w:ftr>", "rId8")
        sect_refs += '<w:footerReference w:type="default" r:id="rId8"/>'
    if comments:
        cs = "".join(f'<w:comment w:id="{i}" w:author="{a}" w:date="2023-11-21T10:12:00Z" w:initials="{a[:1]}">{p}</w:comment>'
                     for i, a, p in comments)
        add("comments", "comments", CT + "comments+xml", HDR + f"<w:comments {NS}>{cs}</w:comments>", "rId9")
    if numbering:
        add("numbering", "numbering", CT + "numbering+xml", NUMBERING, "rId10")
    if footnotes:
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        fs = "".join(f'<w:footnote w:id="{i}">{p}</w:footnote>' for i, p in footnotes)
        add("footnotes", "footnotes", CT + "footnotes+xml", HDR + f"<w:footnotes {NS}>{sep}{fs}</w:footnotes>", "rId11")
        esep = sep.replace("footnote", "endnote")
        add("endnotes", "endnotes", CT + "endnotes+xml", HDR + f"<w:endnotes {NS}>{esep}</w:endnotes>", "rId12")
    if glossary:
        add("glossary", "glossaryDocument", CT + "document.glossary+xml",
            HDR + f"<w:glossaryDocument {NS}><w:docParts>{glossary}</w:docParts></w:glossaryDocument>", "rId13")
        gdir = nm["glossary"].rsplit("/", 1)
        gst = gdir[0] + "/styles.xml"
        parts[gst] = STYLES
        ct.append(f'<Override PartName="/{gst}" ContentType="{CT}styles+xml"/>')
        parts[gdir[0] + "/_rels/" + gdir[1] + ".rels"] = (HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                                        f'<Relationship Id="rId1" Type="{REL}styles" Target="styles.xml"/></Relationships>')
    if datastore:
        parts["customXml/item1.xml"] = datastore[1]
        parts["customXml/itemProps1.xml"] = (HDR + f'<ds:datastoreItem ds:itemID="{datastore[0]}" '
                                             'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
                                             f'<ds:schemaRefs><ds:schemaRef ds:uri="{datastore[2]}"/></ds:schemaRefs></ds:datastoreItem>')
        parts["customXml/_rels/item1.xml.rels"] = (HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                                   f'<Relationship Id="rId1" Type="{REL}customXmlProps" Target="itemProps1.xml"/></Relationships>')
        ct.append('<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>')
        rels.append(("rId14", "customXml", rel_target("customXml/item1.xml") if mdir == "customXml" else "../customXml/item1.xml"))
    root_rels = [("rId3", REL + "extended-properties", "docProps/app.xml"),
                 ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                 ("rId1", REL + "officeDocument", main)]
    ct += ['<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    if custom:
        props = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{escape(k)}">'
                        f'<vt:lpwstr>{escape(v)}</vt:lpwstr></property>' for i, (k, v) in enumerate(custom.items()))
        parts["docProps/custom.xml"] = (HDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                                        f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}</Properties>')
        ct.append('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>')
        root_rels.append(("rId4", REL + "custom-properties", "docProps/custom.xml"))
    rx = "".join(f'<Relationship Id="{i}" Type="{REL}{t}" Target="{g}"/>' for i, t, g in rels)
    for i, target in (links or {}).items():
        rx += f'<Relationship Id="{i}" Type="{REL}hyperlink" Target="{escape(target)}" TargetMode="External"/>'
    cols = sect_extra or '<w:cols w:space="708"/>'
    sect = (f'<w:sectPr w:rsidR="{RSIDS[0]}">{sect_refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
            f'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>{cols}'
            '<w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>')
    dflt = ('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>')
    mrels = mdir + "/_rels/" + main.rsplit("/", 1)[1] + ".rels"
    parts.update({
        "[Content_Types].xml": HDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' + dflt + "".join(ct) + "</Types>",
        "_rels/.rels": HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in root_rels) + '</Relationships>',
        main: HDR + f"<w:document {NS}><w:body>{body}{sect}</w:body></w:document>",
        mrels: HDR + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rx}</Relationships>',
        "docProps/core.xml": HDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>'
        f'<cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-20T02:11:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-22T06:40:00Z</dcterms:modified></cp:coreProperties>',
        "docProps/app.xml": HDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
        '<TotalTime>14</TotalTime><Pages>1</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<AppVersion>16.0000</AppVersion></Properties>',
    })
    order = ["[Content_Types].xml", "_rels/.rels", main, mrels]
    names_sorted = order + sorted(k for k in parts if k not in order)
    if zipmode == "stored-dd":
        with open(path, "wb") as fh:
            with zipfile.ZipFile(_Unseekable(fh), "w", zipfile.ZIP_STORED) as z:
                for n in names_sorted:
                    z.writestr(n, parts[n])
    else:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n in names_sorted:
                z.writestr(n, parts[n])
