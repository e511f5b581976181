"""Hand-written WordprocessingML imitating Microsoft 365 Word and WPS Office: python3 make_wordxml.py

Writes ../wordxml/*.docx from cases.json. Word 365 imitation: rsid attributes on every paragraph
and run, w14:paraId/textId, the full mc:Ignorable namespace list, a settings part with w:rsids,
text boxes (mc:AlternateContent: wps:txbx + VML v:textbox fallback), nested tables, content
controls at run, cell, row (w15 repeating section) and block level, w:fldSimple, smart tags,
mailto: hyperlinks, w:noBreakHyphen and w:softHyphen. WPS imitation: wpsCustomData namespace,
KSOProductBuildVer custom property, w:hint="eastAsia" fonts, no rsids, full-width colons.
Standard library only.
"""
import json
import os
import random
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
HOLDOUT = os.path.normpath(os.path.join(HERE, ".."))
DATA = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
SERVICES = DATA["services"]
NAMES = DATA["service_names"]
TITLES = DATA["titles"]
SUBTITLE = DATA["subtitle"]

rng = random.Random(1109)


def hexid(n=8):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def sdt_id():
    return str(rng.randint(-2147483647, 2147483647))


# ============================================================================ Word 365 flavour
NS365 = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
    'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
    'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
    'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:oel="http://schemas.microsoft.com/office/2019/extlst" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
    'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
    'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
    'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du wp14"')


class Word365:
    """Builds runs/paragraphs with rsids the way Word 365 writes them."""

    def __init__(self):
        self.rsids = [hexid() for _ in range(6)]
        self.rsid_root = self.rsids[0]
        self.rels = []  # (id, type, target, external)

    def rsid(self):
        return rng.choice(self.rsids)

    def r(self, text="", bold=False, font=None, extra_rpr="", inner=None, rstyle=None):
        rpr = ""
        if rstyle:
            rpr += f'<w:rStyle w:val="{rstyle}"/>'
        if font:
            rpr += f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
        if bold:
            rpr += "<w:b/><w:bCs/>"
        rpr += extra_rpr
        rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        if inner is None:
            sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
            inner = f"<w:t{sp}>{escape(text)}</w:t>"
        return f'<w:r w:rsidR="{self.rsid()}" w:rsidRPr="{self.rsid()}">{rpr}{inner}</w:r>'

    def p(self, *content, jc=None, style=None, spacing_after=None, keep=False):
        ppr = ""
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if keep:
            ppr += "<w:keepNext/>"
        if spacing_after is not None:
            ppr += f'<w:spacing w:after="{spacing_after}"/>'
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
        return (f'<w:p w14:paraId="{hexid()}" w14:textId="{hexid()}" w:rsidR="{self.rsid()}" '
                f'w:rsidRDefault="{self.rsid()}" w:rsidP="{self.rsid()}">{ppr}{"".join(content)}</w:p>')

    def tc(self, content, width, fill=None, span=None):
        pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if span:
            pr += f'<w:gridSpan w:val="{span}"/>'
        if fill:
            pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
        if not content.rstrip().endswith("</w:p>"):
            content += self.p()
        return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"

    def tr(self, *cells):
        return (f'<w:tr w:rsidR="{self.rsid()}" w:rsidRPr="{self.rsid()}" w:rsidTr="{self.rsid()}" '
                f'w14:paraId="{hexid()}" w14:textId="{hexid()}">{"".join(cells)}</w:tr>')

    def tbl(self, widths, rows, style="TableGrid", look="04A0"):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        return (f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="0" w:type="auto"/>'
                f'<w:tblLook w:val="{look}" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
                f'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
                + "".join(rows) + "</w:tbl>")

    # -------------------------------------------------------------------- content controls
    def checkbox(self, checked):
        ch = "\u2612" if checked else "\u2610"
        font = ('<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
                'w:hint="eastAsia"/>')
        return (f'<w:sdt><w:sdtPr><w:rPr>{font}</w:rPr><w:id w:val="{sdt_id()}"/>'
                f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                f'<w:sdtEndPr/><w:sdtContent>{self.r(inner=f"<w:t>{ch}</w:t>", extra_rpr=font)}'
                "</w:sdtContent></w:sdt>")

    def date_control(self, iso, shown, fmt):
        return (f'<w:sdt><w:sdtPr><w:id w:val="{sdt_id()}"/><w:placeholder><w:docPart w:val="'
                f'{hexid(32)}"/></w:placeholder><w:date w:fullDate="{iso}T00:00:00Z">'
                f'<w:dateFormat w:val="{fmt}"/><w:lid w:val="en-HK"/><w:storeMappedDataAs w:val="dateTime"/>'
                '<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtEndPr/>'
                f"<w:sdtContent>{self.r(shown)}</w:sdtContent></w:sdt>")

    def dropdown(self, shown, items):
        li = "".join(f'<w:listItem w:displayText={quoteattr(i)} w:value={quoteattr(i)}/>' for i in items)
        return (f'<w:sdt><w:sdtPr><w:alias w:val="Answer"/><w:tag w:val="ddlAnswer"/>'
                f'<w:id w:val="{sdt_id()}"/><w:dropDownList w:lastValue={quoteattr(shown)}>'
                f'<w:listItem w:displayText="Choose an item." w:value=""/>{li}</w:dropDownList>'
                f"</w:sdtPr><w:sdtEndPr/><w:sdtContent>{self.r(shown)}</w:sdtContent></w:sdt>")

    def sdt_cell(self, tc_xml, alias, tag, rich=False):
        kind = "" if rich else "<w:text/>"  # a rich-text control has no type element
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                f'<w:id w:val="{sdt_id()}"/><w15:appearance w15:val="hidden"/>{kind}</w:sdtPr>'
                f"<w:sdtEndPr/><w:sdtContent>{tc_xml}</w:sdtContent></w:sdt>")

    def hyperlink(self, address):
        rid = f"rId{100 + len(self.rels)}"
        self.rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                          "mailto:" + address, True))
        return (f'<w:hyperlink r:id="{rid}" w:history="1">'
                f'{self.r(address, rstyle="Hyperlink")}</w:hyperlink>')

    # ------------------------------------------------------------------------------ parts
    def document(self, body):
        sect = ('<w:sectPr w:rsidR="{0}" w:rsidSect="{0}"><w:pgSz w:w="11906" w:h="16838" w:code="9"/>'
                '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
                'w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
                '</w:sectPr>').format(self.rsid_root)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                f'<w:document {NS365}><w:body>{body}{sect}</w:body></w:document>')

    def settings(self):
        rs = "".join(f'<w:rsid w:val="{r}"/>' for r in sorted(self.rsids))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                'xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
                'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
                'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
                'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
                'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
                'mc:Ignorable="w14 w15">'
                '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
                '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" w:uri="http://schemas.microsoft.com/office/word" w:val="0"/>'
                f'</w:compat><w:rsids><w:rsidRoot w:val="{self.rsid_root}"/>{rs}</w:rsids>'
                '<m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr>'
                '<w:themeFontLang w:val="en-HK" w:eastAsia="zh-TW"/>'
                '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
                f'<w14:docId w14:val="{hexid()}"/><w15:chartTrackingRefBased/>'
                f'<w15:docId w15:val="{{{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}}}"/>'
                '</w:settings>')


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
          'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/>'
          '<w:szCs w:val="22"/><w:lang w:val="en-HK" w:eastAsia="zh-TW" w:bidi="ar-SA"/>'
          '<w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
          '<w:spacing w:after="160" w:line="278" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
          '<w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
          '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
          '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
          '<w:rPr><w:color w:val="467886" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
          '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
          '<w:rPr><w:color w:val="666666"/></w:rPr></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
          '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
          '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
          '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
          '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
          '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
          '</w:styles>')

FONT_TABLE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:font w:name="Aptos"><w:panose1 w:val="020B0004020202020204"/><w:charset w:val="00"/>'
              '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
              '<w:font w:name="MS Gothic"><w:altName w:val="ＭＳ ゴシック"/><w:panose1 w:val="020B0609070205080204"/>'
              '<w:charset w:val="80"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
              '<w:font w:name="PMingLiU"><w:altName w:val="新細明體"/><w:charset w:val="88"/>'
              '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>')

WEB_SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>')


def core_xml(title, creator, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>'
            f'<cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')


def app_xml(application, version):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Template>Normal.dotm</Template><TotalTime>12</TotalTime><Pages>1</Pages>'
            f'<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity>'
            + (f'<AppVersion>{version}</AppVersion>' if version else "") + '</Properties>')


def custom_xml(props):
    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name={quoteattr(k)}>'
        f"<vt:lpwstr>{escape(v)}</vt:lpwstr></property>" for i, (k, v) in enumerate(props))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{items}</Properties>')


def write_package(rel, document, settings, rels_extra, app, core, custom=None):
    path = os.path.join(HOLDOUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
          '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          + ('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
             if custom else "") + "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 + ('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
                    if custom else "") + "</Relationships>")
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    doc_rels = [("rId1", base + "styles", "styles.xml", False), ("rId2", base + "settings", "settings.xml", False),
                ("rId3", base + "webSettings", "webSettings.xml", False),
                ("rId4", base + "fontTable", "fontTable.xml", False)] + rels_extra
    dr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          + "".join(f'<Relationship Id="{i}" Type="{t}" Target={quoteattr(g)}'
                    + (' TargetMode="External"' if ext else "") + "/>" for i, t, g, ext in doc_rels)
          + "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", dr)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", settings)
        z.writestr("word/webSettings.xml", WEB_SETTINGS)
        z.writestr("word/fontTable.xml", FONT_TABLE)
        z.writestr("docProps/core.xml", core)
        z.writestr("docProps/app.xml", app)
        if custom:
            z.writestr("docProps/custom.xml", custom)
    print("wrote", rel)


def save365(rel, w, body, title, creator, created, custom=None):
    write_package(rel, w.document(body), w.settings(), w.rels,
                  app_xml("Microsoft Office Word", "16.0000"), core_xml(title, creator, created), custom)


def heading365(w, form):
    return (w.p(w.r("HKEX Hosting Services Limited"), style="Title")
            + w.p(w.r(TITLES[form], bold=True), jc="center")
            + w.p(w.r(SUBTITLE), jc="center"))


# ---------------------------------------------------------------------------------- W1 textbox
def wx_textbox(c):
    r = c["raw"]
    w = Word365()
    L, V = 3000, 5800
    lab = lambda t: w.tc(w.p(w.r(t, bold=True)), L, fill="D9E2F3")
    val = lambda t: w.tc(w.p(w.r(t)), V)
    rows = [w.tr(lab(a), val(b)) for a, b in [
        ("Circular Ref", r["circular_ref"]), ("Subscriber Name", r["subscriber_name"]),
        ("Subscriber ID", r["subscriber_id"]), ("Contact Person", r["contact_name"]),
        ("Telephone", r["contact_phone"]), ("Email", r["contact_email"])]]
    part = (w.p(w.checkbox(r["participate"]["yes"]), w.r(" Yes, we will participate in PS2 using HSN"))
            + w.p(w.checkbox(r["participate"]["no"]), w.r(" No, we will not participate")))
    rows.append(w.tr(lab("Participation"), w.tc(part, V)))
    svc = "".join(w.p(w.checkbox(r["services"][s]), w.r(f" {s} \u2013 {NAMES[s]}")) for s in SERVICES)
    rows.append(w.tr(lab("Services to be verified"), w.tc(svc, V)))
    rows += [w.tr(lab("Name of Authorised Signatory"), val(r["signatory_name"])),
             w.tr(lab("Date"), val(r["signed_date"]))]
    content = (w.p(w.r("Please complete and return on or before 24 Nov 2023", bold=True))
               + w.tbl([L, V], rows) + w.p())
    cx, cy = 5943600, 5200000
    anchor = (
        '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
        f'wp14:anchorId="{hexid()}" wp14:editId="{hexid()}"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>182880</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="217" name="Text Box 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        f'<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/>'
        '<a:headEnd/><a:tailEnd/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing>')
    fallback = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 2" o:spid="_x0000_s1026" '
        'type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:14.4pt;width:468pt;'
        'height:409.45pt;z-index:251659264;visibility:visible;mso-wrap-style:square;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text;v-text-anchor:top"><v:textbox style="mso-fit-shape-to-text:t">'
        f'<w:txbxContent>{content}</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict>')
    box = w.r(inner=f'<mc:AlternateContent><mc:Choice Requires="wps">{anchor}</mc:Choice>'
                    f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>', extra_rpr="<w:noProof/>")
    body = heading365(w, "intention") + w.p(box) + w.p()
    save365(c["file"], w, body, TITLES["intention"], "Yeung Chi Fai", "2023-11-22T02:14:00Z")


# ------------------------------------------------------------------------------ W2 sdt fields
def wx_sdt_fields(c):
    r = c["raw"]
    w = Word365()
    L, V = 3200, 5600
    lab = lambda t: w.tc(w.p(w.r(t, bold=True)), L, fill="E2EFD9")
    # subscriber name with a soft hyphen inside "Securities" and a proofErr around it
    name_a, name_b = r["subscriber_name"].split("\u00ad")
    first, rest = name_a.split(" ", 1)
    name_runs = (f'<w:proofErr w:type="spellStart"/>{w.r(first)}<w:proofErr w:type="spellEnd"/>'
                 + w.r(" " + rest) + w.r(inner="<w:softHyphen/>") + w.r(name_b))
    tel_a, tel_b = r["contact_phone"].split("\u2011")
    tel_run = w.r(inner=f'<w:t xml:space="preserve">{escape(tel_a)}</w:t><w:noBreakHyphen/><w:t>{escape(tel_b)}</w:t>')
    person = (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
              f'<w:smartTagPr><w:attr w:name="ProductID" w:val={quoteattr(r["contact_name"])}/></w:smartTagPr>'
              f'{w.r(r["contact_name"])}</w:smartTag>')
    ref = (f'<w:fldSimple w:instr=" DOCPROPERTY  CircularRef  \\* MERGEFORMAT ">'
           f'{w.r(r["circular_ref"])}</w:fldSimple>')
    sid = r["subscriber_id"]
    id_runs = w.r(sid[:3]) + w.r(sid[3:])
    d = r["signed_date"]

    def row(label, inner, alias, tag, rich=False):
        return w.tr(lab(label), w.sdt_cell(w.tc(w.p(inner), V), alias, tag, rich))

    rows = [
        w.tr(lab("Circular Ref"), w.tc(w.p(ref), V)),
        row("Subscriber Name", name_runs, "Company", "txtCompany"),
        row("Subscriber ID", id_runs, "HSN code", "txtCode"),
        row("Contact Person", person, "Contact", "txtContact"),
        row("Telephone", tel_run, "Tel", "txtTel"),
        # the e-mail cell is a plain cell: LibreOffice 7.4 shows a hyperlink inside a cell-level
        # content control as its field code
        w.tr(lab("Email"), w.tc(w.p(w.hyperlink(r["contact_email"])), V)),
        w.tr(lab("Will you participate?"), w.tc(w.p(w.dropdown(r["participate"], ["Yes", "No"])), V)),
        row("Services to be verified", w.r(r["services"]), "Services", "txtSvc"),
        row("Name of Authorised Signatory", w.r(r["signatory_name"]), "Signatory", "txtSign"),
        w.tr(lab("Date"), w.tc(w.p(w.date_control(d["control"], d["shown"], d["format"])), V)),
    ]
    block = (f'<w:sdt><w:sdtPr><w:alias w:val="Subscriber reply"/><w:tag w:val="grpReply"/>'
             f'<w:id w:val="{sdt_id()}"/><w:lock w:val="sdtLocked"/><w:group/></w:sdtPr><w:sdtEndPr/>'
             f"<w:sdtContent>{w.tbl([L, V], rows)}</w:sdtContent></w:sdt>")
    body = (heading365(w, "intention") + block + w.p()
            + w.p(w.r("Please list in the table the services you will verify in PS2."))
            + w.p(w.r("Return to hsservicedesk@hkex.com.hk on or before 24 Nov 2023.")))
    save365(c["file"], w, body, TITLES["intention"], "Lui Ka Yan", "2023-11-22T06:40:00Z",
            custom=custom_xml([("CircularRef", r["circular_ref"]), ("ContentTypeId", "0x0101")]))


# ---------------------------------------------------------------------- W3 nested + checkboxes
def wx_nested_result(c):
    r = c["raw"]
    w = Word365()
    L, V = 2300, 7300
    lab = lambda t: w.tc(w.p(w.r(t, bold=True)), L, fill="FBE4D5")
    # contact details: a table nested in the outer value cell
    inner_rows = [w.tr(w.tc(w.p(w.r(a)), 2200), w.tc(w.p(b), 3900)) for a, b in [
        ("Circular Ref", w.r(r["circular_ref"])), ("Subscriber Name", w.r(r["subscriber_name"])),
        ("Subscriber ID", w.r(r["subscriber_id"])), ("Contact Person", w.r(r["contact_name"])),
        ("Telephone", w.r(r["contact_phone"])), ("Email", w.hyperlink(r["contact_email"]))]]
    details = w.tbl([2200, 3900], inner_rows)
    # result grid: nested table; the service rows form a w15 repeating section
    cols = ["successful", "unsuccessful", "not_tested"]
    head = w.tr(*[w.tc(w.p(w.r(t, bold=True)), x) for t, x in
                  [("Service", 1500), ("Successful", 1800), ("Unsuccessful", 1900), ("Not Tested", 1700)]])
    items = ""
    for s in SERVICES:
        got = r["results"].get(s)
        cells = [w.tc(w.p(w.r(s)), 1500)] + [w.tc(w.p(w.checkbox(got == k), jc="center"), x)
                                             for k, x in zip(cols, (1800, 1900, 1700))]
        items += (f'<w:sdt><w:sdtPr><w:id w:val="{sdt_id()}"/><w15:repeatingSectionItem/></w:sdtPr>'
                  f'<w:sdtEndPr/><w:sdtContent>{w.tr(*cells)}</w:sdtContent></w:sdt>')
    section = (f'<w:sdt><w:sdtPr><w:alias w:val="Results"/><w:tag w:val="rptResults"/>'
               f'<w:id w:val="{sdt_id()}"/><w15:repeatingSection/></w:sdtPr><w:sdtEndPr/>'
               f"<w:sdtContent>{items}</w:sdtContent></w:sdt>")
    grid = w.tbl([1500, 1800, 1900, 1700], [head, section])
    sd = r["session_date"]
    rows = [
        w.tr(lab("Subscriber details"), w.tc(w.p() + details + w.p(), V)),
        w.tr(lab("Practice Session Date"), w.tc(w.p(w.date_control(sd["control"], sd["shown"], sd["format"])), V)),
        w.tr(lab("Result of verification"), w.tc(w.p() + grid + w.p(), V)),
        w.tr(lab("Issues Encountered"), w.tc(w.p(w.r(r["issues"])), V)),
        w.tr(lab("Name of Authorised Signatory"), w.tc(w.p(w.r(r["signatory_name"])), V)),
        w.tr(lab("Date"), w.tc(w.p(w.r(r["signed_date"])), V)),
    ]
    body = (heading365(w, "result") + w.tbl([L, V], rows) + w.p()
            + w.p(w.r("Return to hsservicedesk@hkex.com.hk on or before 27 Nov 2023.")))
    save365(c["file"], w, body, TITLES["result"], "Yeung Chi Fai", "2023-11-27T01:05:00Z")


# ================================================================================ WPS flavour
NSWPS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
    'mc:Ignorable="w14 w15 wp14"')


def has_cjk(s):
    return any(ord(ch) > 0x2E80 for ch in s)


def wr(text, bold=False):
    """A WPS run: eastAsia hint and zh-CN language on CJK text, 'default' hint otherwise."""
    hint = "eastAsia" if has_cjk(text) else "default"
    rpr = f'<w:rFonts w:hint="{hint}"/>' + ("<w:b/><w:bCs/>" if bold else "")
    rpr += '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:r><w:rPr>{rpr}</w:rPr><w:t{sp}>{escape(text)}</w:t></w:r>"


def wbr():
    return '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:br/></w:r>'


def wp(*runs, jc=None):
    ppr = '<w:pPr><w:rPr><w:rFonts w:hint="default"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:pPr>'
    if jc:
        ppr = ppr.replace("<w:pPr>", f'<w:pPr><w:jc w:val="{jc}"/>')
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def wtbl(widths, rows):
    grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
            f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join("<w:tr>" + "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/></w:tcPr>{cell}</w:tc>'
                for i, cell in enumerate(row)) + "</w:tr>" for row in rows) + "</w:tbl>")


def save_wps(rel, body, title, creator, created):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document {NSWPS}><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" '
           'w:footer="992" w:gutter="0"/><w:cols w:space="425" w:num="1"/>'
           '<w:docGrid w:type="lines" w:linePitch="312" w:charSpace="0"/></w:sectPr></w:body></w:document>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
                'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
                '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader w:val="1"/>'
                '<w:bordersDoNotSurroundFooter w:val="1"/><w:documentProtection w:enforcement="0"/>'
                '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
                '<w:displayHorizontalDrawingGridEvery w:val="1"/><w:displayVerticalDrawingGridEvery w:val="1"/>'
                '<w:characterSpacingControl w:val="compressPunctuation"/>'
                '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
                '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>'
                '<w:useFELayout/><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat>'
                '<w:docVars><w:docVar w:name="commondata" w:val="eyJoZGlkIjoiMzQ1NjcifQ=="/></w:docVars>'
                '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')
    custom = custom_xml([("KSOProductBuildVer", "2052-12.1.0.16250"),
                         ("ICV", "7F2C1A3E5B8D4E0F9A6C2D1B3E4F5A6B_12")])
    write_package(rel, doc, settings, [], app_xml("WPS Office_12.1.0.16250_F1E327BC-269C-435d-A152-05C5408002CA", ""),
                  core_xml(title, creator, created), custom)


def wx_wps_intention(c):
    r = c["raw"]
    line = lambda label, value: wp(wr(label, bold=True), wr(value))
    body = [wp(wr("HKEX Hosting Services Limited", bold=True), jc="center"),
            wp(wr(TITLES["intention"], bold=True), jc="center"),
            wp(wr(SUBTITLE), jc="center"), wp(),
            line("編號 Ref. No.：", r["circular_ref"]),
            line("公司名稱 Subscriber Name：", r["subscriber_name"]),
            line("用戶編號 Subscriber ID：", r["subscriber_id"]),
            line("聯絡人 Contact Person：", r["contact_name"]),
            line("電話 Tel. No.：", r["contact_phone"]),
            line("電郵 E-mail：", r["contact_email"]), wp(),
            line("參與 Participation：", r["participate"]), wp(),
            wp(wr("服務 Services to be verified：", bold=True))]
    for s in SERVICES:
        body.append(wp(wr(r["services"][s]), wr(f" {s}  {NAMES[s]}")))
    body += [wp(), line("授權人姓名 Name of Authorised Signatory：", r["signatory_name"]),
             line("日期 Date：", r["signed_date"])]
    save_wps(c["file"], "".join(body), TITLES["intention"], "Cheung Hoi Ying", "2023-11-23T03:12:00Z")


def wx_wps_result(c):
    r = c["raw"]
    two = lambda zh, en: wp(wr(zh, bold=True), wbr(), wr(en, bold=True))
    rows = [[two(zh, en), wp(wr(v))] for zh, en, v in [
        ("編號", "Ref. No.", r["circular_ref"]), ("公司名稱", "Subscriber Name", r["subscriber_name"]),
        ("用戶編號", "Subscriber ID", r["subscriber_id"]), ("聯絡人", "Contact Person", r["contact_name"]),
        ("電話", "Telephone", r["contact_phone"]), ("電郵", "E-mail", r["contact_email"]),
        ("演習日期", "Practice Session Date", r["session_date"])]]
    res = [[two("服務", "Service"), two("結果", "Result")]] + [[wp(wr(s)), wp(wr(r["results"][s]))] for s in SERVICES]
    tail = [[two(zh, en), wp(wr(v))] for zh, en, v in [
        ("備註", "Issues Encountered", r["issues"]),
        ("授權人姓名", "Name of Authorised Signatory", r["signatory_name"]),
        ("日期", "Date", r["signed_date"])]]
    body = [wp(wr("HKEX Hosting Services Limited", bold=True), jc="center"),
            wp(wr(TITLES["result"], bold=True), jc="center"), wp(wr(SUBTITLE), jc="center"), wp(),
            wtbl([2900, 5400], rows), wp(), wtbl([2900, 5400], res), wp(), wtbl([2900, 5400], tail), wp()]
    save_wps(c["file"], "".join(body), TITLES["result"], "Cheung Hoi Ying", "2023-11-27T02:30:00Z")


LAYOUTS = {"wx_textbox": wx_textbox, "wx_sdt_fields": wx_sdt_fields, "wx_nested_result": wx_nested_result,
           "wx_wps_intention": wx_wps_intention, "wx_wps_result": wx_wps_result}


def main():
    for c in DATA["cases"]:
        fn = LAYOUTS.get(c["layout"])
        if fn:
            fn(c)


if __name__ == "__main__":
    main()
