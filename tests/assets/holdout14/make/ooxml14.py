"""Small OOXML writers used by the hand-written producers of holdout14 (Word 2016, Google Docs, WPS, Apple
Pages; Google Sheets, Apple Numbers, an .xlsm). Each flavour imitates the XML idioms of its program."""
import zipfile
from xml.sax.saxutils import escape

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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

APPS = {"word2016": "Microsoft Office Word", "gdocs": None, "wps": "WPS Office_11.2.0.11537_F1E327BC-269C-435d-A152-05C5408002CA",
        "pages": None}


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(text)


def r(text, rpr=""):
    return "<w:r>%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", t(text))


def p(*runs, ppr=""):
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", "".join(runs))


def ptext(text, rpr="", ppr=""):
    return p(r(text, rpr), ppr=ppr)


def tc(content, width=None, span=1, tcpr_extra=""):
    pr = ""
    if width:
        pr += '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span > 1:
        pr += '<w:gridSpan w:val="%d"/>' % span
    pr += tcpr_extra
    if not content.startswith("<w:p"):
        content = ptext(content)
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, content)


def tbl(rows, grid, style=True, width_total=None):
    borders = ('<w:tblBorders>' + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b
                                          for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
               + '</w:tblBorders>')
    tw = '<w:tblW w:w="%d" w:type="dxa"/>' % (width_total or sum(grid))
    return ("<w:tbl><w:tblPr>%s%s<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" "
            "w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
            "<w:tblGrid>%s</w:tblGrid>%s</w:tbl>") % (
        tw, borders, "".join('<w:gridCol w:w="%d"/>' % g for g in grid),
        "".join("<w:tr>%s</w:tr>" % "".join(row) for row in rows))


def docx(path, body, flavour="word2016", extra_parts=None):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '%s</Types>') % ('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
                           if flavour == "wps" else "")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '%s</Relationships>') % ('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
                                     if flavour == "wps" else "")
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
               '</Relationships>')
    font = {"word2016": "Calibri", "gdocs": "Arial", "wps": "Calibri", "pages": "Helvetica Neue"}[flavour]
    ea = {"wps": "宋体", "gdocs": "Arial"}.get(flavour, "新細明體")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="%s"/>'
              '<w:sz w:val="22"/><w:lang w:val="en-HK" w:eastAsia="zh-HK"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
              '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>'
              '</w:styles>') % (font, ea, font, font)
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '</w:settings>')
    app_name = APPS[flavour]
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '%s<DocSecurity>0</DocSecurity></Properties>') % ("<Application>%s</Application>" % app_name if app_name else "")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>user</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-20T02:00:00Z</dcterms:created></cp:coreProperties>')
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
           % (W_NS, body, sect))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", docrels)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/settings.xml", settings)
        z.writestr("docProps/app.xml", app)
        z.writestr("docProps/core.xml", core)
        if flavour == "wps":
            z.writestr("docProps/custom.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
                       '<vt:lpwstr>2052-11.1.0.14309</vt:lpwstr></property></Properties>')
        for name, data in (extra_parts or {}).items():
            z.writestr(name, data)


# ------------------------------------------------------------------ xlsx
def col_letter(i):
    s = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        s = chr(65 + rem) + s
    return s


def xlsx(path, sheets, flavour="gsheets", merges=None, styles_count=1, date_style_cells=(), macro=False, hidden=()):
    """sheets: list of (name, rows) where rows is a list of lists of values (str, bool, int/float, None).
    gsheets: inline strings (t="inlineStr"); numbers: shared strings and a distinct style per cell.
    date_style_cells: set of (sheet_index, 'B7') cells given a date number format."""
    shared, sidx = [], {}
    sheet_xml = []
    style_no = [0]
    for si, (name, rows) in enumerate(sheets):
        out = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, v in enumerate(row):
                if v is None:
                    continue
                ref = "%s%d" % (col_letter(ci), ri + 1)
                if flavour == "numbers":
                    style_no[0] = style_no[0] % (styles_count - 1) + 1
                    s = ' s="%d"' % style_no[0]
                else:
                    s = ' s="1"' if (si, ref) in date_style_cells else ""
                if (si, ref) in date_style_cells:
                    s = ' s="%d"' % (styles_count if flavour == "numbers" else 1)
                if isinstance(v, bool):
                    cells.append('<c r="%s"%s t="b"><v>%d</v></c>' % (ref, s, int(v)))
                elif isinstance(v, (int, float)):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, s, v))
                elif flavour == "gsheets":
                    cells.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, s, escape(v)))
                else:
                    if v not in sidx:
                        sidx[v] = len(shared)
                        shared.append(v)
                    cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, s, sidx[v]))
            out.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
        mg = (merges or {}).get(si, [])
        mxml = ('<mergeCells count="%d">%s</mergeCells>' % (len(mg), "".join('<mergeCell ref="%s"/>' % m for m in mg))) if mg else ""
        cols = '<cols><col min="1" max="1" width="38" customWidth="1"/><col min="2" max="6" width="22" customWidth="1"/></cols>'
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         '<sheetViews><sheetView workbookViewId="0"%s/></sheetViews><sheetFormatPr defaultRowHeight="15"/>%s<sheetData>%s</sheetData>%s</worksheet>'
                         % (' tabSelected="1"' if si == 0 else "", cols, "".join(out), mxml))
    ns = len(sheets)
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + '<Override PartName="/xl/workbook.xml" ContentType="%s"/>' % main_ct
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(ns))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else "")
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
          + "".join('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (escape(n), i + 1, ' state="hidden"' if i in hidden else "", i + 1)
                    for i, (n, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(ns))
             + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (ns + 1)
             + ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (ns + 2) if shared else "")
             + ('<Relationship Id="rId%d" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' % (ns + 3) if macro else "")
             + '</Relationships>')
    if flavour == "numbers":
        n = styles_count
        fonts = '<fonts count="3"><font><sz val="10"/><name val="Helvetica Neue"/></font><font><b/><sz val="10"/><name val="Helvetica Neue"/></font><font><sz val="12"/><color rgb="FF000000"/><name val="Helvetica Neue"/></font></fonts>'
        xfs = "".join('<xf numFmtId="%d" fontId="%d" fillId="%d" borderId="%d" applyNumberFormat="%d" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
                      % (164 if i == n else 49 if i % 3 == 0 else 0, i % 3, i % 2, i % 2, 1) for i in range(n + 1))
        st = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts>%s'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color rgb="FFA5A5A5"/></left><right style="thin"><color rgb="FFA5A5A5"/></right><top style="thin"><color rgb="FFA5A5A5"/></top><bottom style="thin"><color rgb="FFA5A5A5"/></bottom><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" applyNumberFormat="0" applyFont="1" applyFill="0" applyBorder="0" applyAlignment="1" applyProtection="0"/></cellStyleXfs>'
              '<cellXfs count="%d">%s</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '<dxfs count="0"/><tableStyles count="0"/></styleSheet>') % (fonts, n + 1, xfs)
    else:
        st = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="1"><font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs>'
              '<cellXfs count="2"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/></xf>'
              '<xf borderId="0" fillId="0" fontId="0" numFmtId="164" xfId="0" applyAlignment="1" applyFont="1" applyNumberFormat="1"><alignment readingOrder="0"/></xf></cellXfs>'
              '<cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wrels)
        z.writestr("xl/styles.xml", st)
        for i, x in enumerate(sheet_xml):
            z.writestr("xl/worksheets/sheet%d.xml" % (i + 1), x)
        if shared:
            z.writestr("xl/sharedStrings.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
                       % (len(shared), len(shared), "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in shared)))
        if macro:
            # an OLE compound file header followed by filler: the part's presence and type are what matter
            z.writestr("xl/vbaProject.bin", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504 + b"Attribute VB_Name = \"Module1\"\r\n" * 8)
