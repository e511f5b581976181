"""holdout7: a small SpreadsheetML writer laid out the way Excel 365 (zh-HK) saves a workbook, written with the
standard library so that package and cell idioms can be placed exactly: shared strings with rich runs and phonetic
runs (rPh), t="d" cells, shared formulas with cached values, custom number formats, hidden / very hidden sheets,
defined names, tables (ListObjects), conditional formatting, data validation, and parts under any name."""
import zipfile
from xml.sax.saxutils import escape

HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml."


def col_num(ref):
    n = 0
    for ch in ref:
        if ch.isalpha():
            n = n * 26 + ord(ch.upper()) - 64
    return n


def split(ref):
    i = next(k for k, ch in enumerate(ref) if ch.isdigit())
    return ref[:i], int(ref[i:])


class Book:
    def __init__(self, creator="Chan Siu Ming"):
        self.sheets = []
        self.names = []          # (name, ref, sheet_local_id or None, hidden)
        self.strings, self.sidx = [], {}
        self.fmts = {}           # code -> id
        self.xfs = [(0, False, False)]  # (numFmtId, bold, wrap)
        self.creator = creator

    # ---- styles
    def style(self, fmt=None, bold=False, wrap=False):
        if fmt is None:
            fid = 0
        elif isinstance(fmt, int):
            fid = fmt
        else:
            fid = self.fmts.setdefault(fmt, 164 + len(self.fmts))
        key = (fid, bold, wrap)
        if key not in self.xfs:
            self.xfs.append(key)
        return self.xfs.index(key)

    def sst(self, item):
        """item: a string, or ('rich', [(text, rpr_xml)], rph_xml)"""
        key = repr(item)
        if key not in self.sidx:
            self.sidx[key] = len(self.strings)
            self.strings.append(item)
        return self.sidx[key]

    def sheet(self, name, state=None):
        s = Sheet(self, name, state)
        self.sheets.append(s)
        return s

    # ---- writing
    def save(self, path, sheet_paths=None, sst_path="xl/sharedStrings.xml", styles_path="xl/styles.xml",
             wb_path="xl/workbook.xml", active=None):
        parts, ct, wrels = {}, [], []
        sheet_paths = sheet_paths or [f"xl/worksheets/sheet{i + 1}.xml" for i in range(len(self.sheets))]
        wdir = wb_path.rsplit("/", 1)[0]
        tgt = lambda p: p[len(wdir) + 1:] if p.startswith(wdir + "/") else "/" + p
        sheets_xml = ""
        tcount = 0
        for i, (s, p) in enumerate(zip(self.sheets, sheet_paths)):
            rid = f"rId{i + 1}"
            wrels.append((rid, "worksheet", tgt(p)))
            st = f' state="{s.state}"' if s.state else ""
            sheets_xml += f'<sheet name="{escape(s.name)}" sheetId="{i + 1}"{st} r:id="{rid}"/>'
            srels = []
            for t in s.tables:
                tcount += 1
                tp = f"xl/tables/table{tcount}.xml"
                parts[tp] = HDR + t(tcount)
                ct.append(f'<Override PartName="/{tp}" ContentType="{CT}table+xml"/>')
                srels.append((f"rId{len(srels) + 1}", "table", f"../tables/table{tcount}.xml" if p.count("/") == 2 else "/" + tp))
            parts[p] = HDR + s.xml(selected=(i == (active if active is not None else next(
                k for k, x in enumerate(self.sheets) if not x.state))), table_rids=[r for r, _, _ in srels])
            ct.append(f'<Override PartName="/{p}" ContentType="{CT}worksheet+xml"/>')
            if srels:
                d, f = p.rsplit("/", 1)
                parts[f"{d}/_rels/{f}.rels"] = HDR + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + \
                    "".join(f'<Relationship Id="{r}" Type="{REL}{t}" Target="{g}"/>' for r, t, g in srels) + "</Relationships>"
        n = len(self.sheets)
        wrels += [(f"rId{n + 1}", "theme", tgt("xl/theme/theme1.xml")), (f"rId{n + 2}", "styles", tgt(styles_path)),
                  (f"rId{n + 3}", "sharedStrings", tgt(sst_path))]
        dn = "".join(f'<definedName name="{escape(nm)}"{f" localSheetId={chr(34)}{lid}{chr(34)}" if lid is not None else ""}'
                     f'{" hidden=" + chr(34) + "1" + chr(34) if hid else ""}>{escape(ref)}</definedName>'
                     for nm, ref, lid, hid in self.names)
        act = active if active is not None else next(k for k, x in enumerate(self.sheets) if not x.state)
        parts[wb_path] = HDR + (f'<workbook xmlns="{MAIN}" xmlns:r="{RNS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                                'mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
                                '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="202300"/>'
                                f'<bookViews><workbookView xWindow="-110" yWindow="-110" windowWidth="25820" windowHeight="15500" activeTab="{act}"/></bookViews>'
                                f'<sheets>{sheets_xml}</sheets>' + (f"<definedNames>{dn}</definedNames>" if dn else "") +
                                '<calcPr calcId="191029"/></workbook>')
        ct.insert(0, f'<Override PartName="/{wb_path}" ContentType="{CT}sheet.main+xml"/>')
        parts[wb_path.rsplit("/", 1)[0] + "/_rels/" + wb_path.rsplit("/", 1)[1] + ".rels"] = HDR + \
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + \
            "".join(f'<Relationship Id="{r}" Type="{REL}{t}" Target="{g}"/>' for r, t, g in wrels) + "</Relationships>"
        parts["xl/theme/theme1.xml"] = HDR + THEME
        ct.append('<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>')
        parts[styles_path] = HDR + self.styles_xml()
        ct.append(f'<Override PartName="/{styles_path}" ContentType="{CT}styles+xml"/>')
        parts[sst_path] = HDR + self.sst_xml()
        ct.append(f'<Override PartName="/{sst_path}" ContentType="{CT}sharedStrings+xml"/>')
        parts["docProps/core.xml"] = HDR + ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                                            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                                            f'<dc:creator>{escape(self.creator)}</dc:creator><cp:lastModifiedBy>{escape(self.creator)}</cp:lastModifiedBy>'
                                            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-20T01:02:03Z</dcterms:created>'
                                            '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-22T08:09:10Z</dcterms:modified></cp:coreProperties>')
        parts["docProps/app.xml"] = HDR + ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                                           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                                           '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>')
        ct += ['<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
               '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
        parts["[Content_Types].xml"] = HDR + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                              '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>")
        parts["_rels/.rels"] = HDR + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      f'<Relationship Id="rId3" Type="{REL}extended-properties" Target="docProps/app.xml"/>'
                                      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                                      f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="{wb_path}"/></Relationships>')
        order = ["[Content_Types].xml", "_rels/.rels"]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for nme in order + sorted(k for k in parts if k not in order):
                z.writestr(nme, parts[nme])

    def styles_xml(self):
        nf = "".join(f'<numFmt numFmtId="{i}" formatCode="{escape(c, {chr(34): "&quot;"})}"/>' for c, i in self.fmts.items())
        xfs = "".join(f'<xf numFmtId="{f}" fontId="{1 if b else 0}" fillId="0" borderId="0" xfId="0"'
                      f'{" applyNumberFormat=" + chr(34) + "1" + chr(34) if f else ""}{" applyFont=" + chr(34) + "1" + chr(34) if b else ""}'
                      f'{" applyAlignment=" + chr(34) + "1" + chr(34) + "><alignment wrapText=" + chr(34) + "1" + chr(34) + "/></xf>" if w else "/>"}'
                      for f, b, w in self.xfs)
        return (f'<styleSheet xmlns="{MAIN}">' + (f'<numFmts count="{len(self.fmts)}">{nf}</numFmts>' if nf else "") +
                '<fonts count="2"><font><sz val="12"/><color theme="1"/><name val="新細明體"/><family val="2"/><charset val="136"/><scheme val="minor"/></font>'
                '<font><b/><sz val="12"/><color theme="1"/><name val="新細明體"/><family val="2"/><charset val="136"/><scheme val="minor"/></font></fonts>'
                '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                f'<cellXfs count="{len(self.xfs)}">{xfs}</cellXfs>'
                '<cellStyles count="1"><cellStyle name="一般" xfId="0" builtinId="0"/></cellStyles>'
                '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>'
                '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>')

    def sst_xml(self):
        out = []
        for s in self.strings:
            if isinstance(s, tuple):
                runs = "".join(f'<r>{("<rPr>" + rp + "</rPr>") if rp else ""}<t xml:space="preserve">{escape(t)}</t></r>' for t, rp in s[1])
                out.append(f"<si>{runs}{s[2] or ''}</si>")
            else:
                sp = ' xml:space="preserve"' if s != s.strip() or "\n" in s else ""
                out.append(f"<si><t{sp}>{escape(s)}</t></si>")
        return f'<sst xmlns="{MAIN}" count="{len(out)}" uniqueCount="{len(out)}">{"".join(out)}</sst>'


class Sheet:
    def __init__(self, book, name, state):
        self.book, self.name, self.state = book, name, state
        self.cells = {}        # ref -> xml of <c>
        self.merges, self.tables, self.extra, self.cols = [], [], "", ""
        self.hidden_rows = set()

    def s(self, ref, text, bold=False, wrap=False):
        self.cells[ref] = f'<c r="{ref}" s="{self.book.style(None, bold, wrap)}" t="s"><v>{self.book.sst(text)}</v></c>'

    def n(self, ref, num, fmt=None):
        self.cells[ref] = f'<c r="{ref}" s="{self.book.style(fmt)}"><v>{num}</v></c>'

    def d(self, ref, iso, fmt):
        self.cells[ref] = f'<c r="{ref}" s="{self.book.style(fmt)}" t="d"><v>{iso}</v></c>'

    def b(self, ref, val):
        self.cells[ref] = f'<c r="{ref}" t="b"><v>{1 if val else 0}</v></c>'

    def f(self, ref, formula, cached, t=None, fmt=None, shared=None):
        """shared: None, ('master', si, range) or ('child', si)"""
        if shared and shared[0] == "master":
            fx = f'<f t="shared" ref="{shared[2]}" si="{shared[1]}">{escape(formula)}</f>'
        elif shared:
            fx = f'<f t="shared" si="{shared[1]}"/>'
        else:
            fx = f"<f>{escape(formula)}</f>"
        ta = f' t="{t}"' if t else ""
        self.cells[ref] = f'<c r="{ref}" s="{self.book.style(fmt)}"{ta}>{fx}<v>{escape(str(cached))}</v></c>'

    def xml(self, selected=False, table_rids=()):
        rows = {}
        for ref, c in self.cells.items():
            col, row = split(ref)
            rows.setdefault(row, []).append((col_num(col), c))
        sd = "".join(f'<row r="{r}"{" hidden=" + chr(34) + "1" + chr(34) if r in self.hidden_rows else ""}>'
                     f'{"".join(c for _, c in sorted(rows[r]))}</row>' for r in sorted(rows))
        mg = (f'<mergeCells count="{len(self.merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in self.merges) +
              "</mergeCells>") if self.merges else ""
        tp = (f'<tableParts count="{len(table_rids)}">' + "".join(f'<tablePart r:id="{r}"/>' for r in table_rids) +
              "</tableParts>") if table_rids else ""
        sel = ' tabSelected="1"' if selected else ""
        return (f'<worksheet xmlns="{MAIN}" xmlns:r="{RNS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                'mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
                f'<sheetPr/><sheetViews><sheetView{sel} workbookViewId="0"/></sheetViews>'
                '<sheetFormatPr defaultRowHeight="16.5" x14ac:dyDescent="0.25"/>'
                f'{self.cols or "<cols><col min=" + chr(34) + "1" + chr(34) + " max=" + chr(34) + "1" + chr(34) + " width=" + chr(34) + "42" + chr(34) + " customWidth=" + chr(34) + "1" + chr(34) + "/><col min=" + chr(34) + "2" + chr(34) + " max=" + chr(34) + "3" + chr(34) + " width=" + chr(34) + "38" + chr(34) + " customWidth=" + chr(34) + "1" + chr(34) + "/></cols>"}'
                f'<sheetData>{sd}</sheetData>{mg}{self.extra}'
                '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                f'<pageSetup paperSize="9" orientation="portrait"/>{tp}</worksheet>')


THEME = ('<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>'
         '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
         '<a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1>'
         '<a:accent2><a:srgbClr val="E97132"/></a:accent2><a:accent3><a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4>'
         '<a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/></a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink>'
         '<a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display"/>'
         '<a:ea typeface=""/><a:cs typeface=""/><a:font script="Hant" typeface="新細明體"/></a:majorFont><a:minorFont><a:latin typeface="Aptos Narrow"/>'
         '<a:ea typeface=""/><a:cs typeface=""/><a:font script="Hant" typeface="新細明體"/></a:minorFont></a:fontScheme><a:fmtScheme name="Office">'
         '<a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
         '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
         '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
         '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
