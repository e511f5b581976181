"""Tiny hand-written OOXML writers (python zipfile) for holdout15: WordprocessingML and SpreadsheetML the way
Word 2016 / Excel 2016 lay them out, so idioms libraries cannot produce can be written exactly."""
import zipfile
from xml.sax.saxutils import escape

WNS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')
FIXED_TIME = (2023, 11, 22, 9, 0, 0)


def _write(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)


# ------------------------------------------------------------------ Word
class Doc:
    def __init__(self):
        self.body, self.rels, self.comments, self._id = [], [], [], 100
        self.company = None

    def nid(self):
        self._id += 1
        return self._id

    def p(self, *inner, style=None):
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        self.body.append(f"<w:p>{ppr}{''.join(inner)}</w:p>")

    def table(self, rows):
        """rows: list of lists of cell inner xml (each one paragraph's content)."""
        n = max(len(r) for r in rows)
        grid = "".join('<w:gridCol w:w="2400"/>' for _ in range(n))
        xml = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
               f"<w:tblGrid>{grid}</w:tblGrid>"]
        for r in rows:
            xml.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr><w:p>{c}</w:p></w:tc>'
                                          for c in r) + "</w:tr>")
        xml.append("</w:tbl>")
        self.body.append("".join(xml))

    def hyperlink(self, target, inner):
        rid = f"rIdH{len(self.rels) + 1}"
        self.rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         f'relationships/hyperlink" Target="{escape(target)}" TargetMode="External"/>')
        return f'<w:hyperlink r:id="{rid}" w:history="1">{inner}</w:hyperlink>'

    def comment(self, inner, text):
        cid = len(self.comments)
        self.comments.append(f'<w:comment w:id="{cid}" w:author="Reviewer" w:date="2023-11-21T10:00:00Z" w:initials="RV">'
                             f'<w:p>{R(text)}</w:p></w:comment>')
        return (f'<w:commentRangeStart w:id="{cid}"/>{inner}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    def save(self, path):
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {WNS}><w:body>'
               + "".join(self.body) +
               '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
               'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
        ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>',
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.styles+xml"/>',
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'extended-properties+xml"/>']
        rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'styles" Target="styles.xml"/>'] + self.rels
        parts = {}
        if self.comments:
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-'
                      'officedocument.wordprocessingml.comments+xml"/>')
            rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/comments" Target="comments.xml"/>')
            parts["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {WNS}>'
                                          + "".join(self.comments) + "</w:comments>")
        parts = {"[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
                 'schemas.openxmlformats.org/package/2006/content-types">' + "".join(ct) + "</Types>",
                 "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
                 'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                 'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'extended-properties" Target="docProps/app.xml"/></Relationships>',
                 "word/document.xml": doc,
                 "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>",
                 "word/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {WNS}>'
                 '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                 '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
                 '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
                 '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/></w:style>'
                 '</w:styles>',
                 "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
                 'schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word'
                 '</Application>' + (f"<Company>{escape(self.company)}</Company>" if self.company else "") +
                 "<AppVersion>16.0000</AppVersion></Properties>", **parts}
        _write(path, parts)


def R(text, rpr=""):
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def split_runs(text, cuts, rsids=("00A1B2C3", "00D4E5F6", "0012AB34")):
    """text split at the given character offsets into runs with rsid noise and a proofErr pair."""
    pieces, last = [], 0
    for c in list(cuts) + [len(text)]:
        pieces.append(text[last:c])
        last = c
    out = ['<w:proofErr w:type="spellStart"/>']
    for i, s in enumerate(pieces):
        out.append(f'<w:r w:rsidR="{rsids[i % len(rsids)]}" w:rsidRPr="{rsids[(i + 1) % len(rsids)]}">'
                   f'<w:rPr><w:lang w:val="en-HK"/></w:rPr><w:t xml:space="preserve">{escape(s)}</w:t></w:r>')
    out.append('<w:proofErr w:type="spellEnd"/>')
    return "".join(out)


_ff = [0]
PH = '<w:rStyle w:val="PlaceholderText"/>'
GOTHIC = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
HID = ' hidden="1"'
TAB = ' tabSelected="1"'
D1904 = ' date1904="1"'


def formtext(value, name=None):
    _ff[0] += 1
    name = name or f"Text{_ff[0]}"
    return (f'<w:bookmarkStart w:id="{_ff[0]}" w:name="{name}"/><w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
            f'</w:r>{R(value) if value else R(chr(0x2002) * 5)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            f'<w:bookmarkEnd w:id="{_ff[0]}"/>')


def formcheck(checked=None, default=0):
    _ff[0] += 1
    c = "" if checked is None else f'<w:checked w:val="{1 if checked else 0}"/>'
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{_ff[0]}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{default}"/>{c}</w:checkBox>'
            '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def sdt_text(value, tag, placeholder="Click or tap here to enter text."):
    _ff[0] += 1
    if value is None:
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{9000 + _ff[0]}"/>'
                '<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
                f'{R(placeholder, PH)}</w:sdtContent></w:sdt>')
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{9000 + _ff[0]}"/><w:text/>'
            f'</w:sdtPr><w:sdtContent>{R(value)}</w:sdtContent></w:sdt>')


def sdt_check(checked):
    _ff[0] += 1
    return (f'<w:sdt><w:sdtPr><w:id w:val="{9000 + _ff[0]}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent>{R("☒" if checked else "☐", GOTHIC)}'
            '</w:sdtContent></w:sdt>')


def sdt_date(iso, shown, tag="Date", fmt="dd/MM/yyyy"):
    _ff[0] += 1
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{9000 + _ff[0]}"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{fmt}"/><w:lid w:val="en-HK"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent>{R(shown)}</w:sdtContent></w:sdt>')


def sdt_dropdown(items, chosen, tag):
    _ff[0] += 1
    li = "".join(f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items)
    if chosen is None:
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{9000 + _ff[0]}"/>'
                f'<w:showingPlcHdr/><w:dropDownList><w:listItem w:value=""/>{li}</w:dropDownList></w:sdtPr><w:sdtContent>'
                f'{R("Choose an item.", PH)}</w:sdtContent></w:sdt>')
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{9000 + _ff[0]}"/>'
            f'<w:dropDownList w:lastValue="{escape(chosen)}">{li}</w:dropDownList></w:sdtPr><w:sdtContent>{R(chosen)}'
            '</w:sdtContent></w:sdt>')


def sym(checked):
    return f'<w:r><w:sym w:font="Wingdings" w:char="{"F0FE" if checked else "F0A8"}"/></w:r>'


def ins(inner, i=[500]):
    i[0] += 1
    return f'<w:ins w:id="{i[0]}" w:author="Subscriber" w:date="2023-11-22T09:00:00Z">{inner}</w:ins>'


def dele(text, i=[700]):
    i[0] += 1
    return (f'<w:del w:id="{i[0]}" w:author="Subscriber" w:date="2023-11-22T09:00:00Z"><w:r>'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def smarttag(inner, element="PersonName"):
    return f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{element}">{inner}</w:smartTag>'


def customxml(inner, element="value"):
    return f'<w:customXml w:uri="http://www.example.com/hsn-answers" w:element="{element}">{inner}</w:customXml>'


def fldsimple(instr, shown):
    return f'<w:fldSimple w:instr="{escape(instr)}">{R(shown)}</w:fldSimple>'


# ------------------------------------------------------------------ Excel
def col_letter(c):
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(r, c):
    return f"{col_letter(c)}{r}"


class Book:
    """cells: {(row, col): spec}; spec is a str (shared string), or a tuple:
    ('s', text) shared; ('rich', [(text, bold)], phonetic or None) shared rich; ('inl', text) inline string;
    ('n', number, style) ; ('b', bool); ('f', formula, cached, kind 'str'|'n'|'b', style, shared(si, ref|None))"""
    def __init__(self, date1904=False):
        self.sheets, self.sst, self.sst_idx, self.names, self.date1904 = [], [], {}, [], date1904

    def sheet(self, name, cells, state=None, merges=(), hidden_rows=(), hidden_cols=(), validations=(), comments=None):
        self.sheets.append(dict(name=name, cells=cells, state=state, merges=merges, hidden_rows=set(hidden_rows),
                                hidden_cols=set(hidden_cols), validations=validations, comments=comments or {}))

    def define(self, name, target):
        self.names.append((name, target))

    def _si(self, key, xml):
        if key not in self.sst_idx:
            self.sst_idx[key] = len(self.sst)
            self.sst.append(xml)
        return self.sst_idx[key]

    def _cell(self, r, c, spec):
        a = ref(r, c)
        if isinstance(spec, str):
            spec = ("s", spec)
        k = spec[0]
        if k == "s":
            si = '<si><t xml:space="preserve">' + escape(spec[1]) + '</t></si>'
            return f'<c r="{a}" t="s"><v>{self._si(("s", spec[1]), si)}</v></c>'
        if k == "rich":
            runs = "".join(f'<r><rPr>{"<b/>" if b else ""}<sz val="11"/><rFont val="Calibri"/><family val="2"/></rPr>'
                           f'<t xml:space="preserve">{escape(t)}</t></r>' for t, b in spec[1])
            ph = spec[2] if len(spec) > 2 else None
            if ph:
                runs += (f'<rPh sb="0" eb="{len("".join(t for t, _ in spec[1]))}"><t>{escape(ph)}</t></rPh>'
                         '<phoneticPr fontId="1" type="noConversion"/>')
            si = "<si>" + runs + "</si>"
            return f'<c r="{a}" t="s"><v>{self._si(("rich", repr(spec)), si)}</v></c>'
        if k == "inl":
            return f'<c r="{a}" t="inlineStr"><is><t xml:space="preserve">{escape(spec[1])}</t></is></c>'
        if k == "n":
            st = f' s="{spec[2]}"' if len(spec) > 2 and spec[2] else ""
            return f'<c r="{a}"{st}><v>{spec[1]}</v></c>'
        if k == "b":
            return f'<c r="{a}" t="b"><v>{1 if spec[1] else 0}</v></c>'
        if k == "f":
            _, formula, cached, kind, style, shared = spec
            st = f' s="{style}"' if style else ""
            t = {"str": ' t="str"', "b": ' t="b"', "n": ""}[kind]
            if shared:
                si, rng = shared
                f = (f'<f t="shared" ref="{rng}" si="{si}">{escape(formula)}</f>' if rng
                     else f'<f t="shared" si="{si}"/>')
            else:
                f = f"<f>{escape(formula)}</f>"
            v = (1 if cached else 0) if kind == "b" else escape(str(cached))
            return f'<c r="{a}"{st}{t}>{f}<v>{v}</v></c>'
        raise ValueError(spec)

    def save(self, path):
        parts, ct, wb_rels, sheets_xml = {}, [], [], []
        for i, sh in enumerate(self.sheets, 1):
            rows = {}
            for (r, c), spec in sorted(sh["cells"].items()):
                rows.setdefault(r, []).append(self._cell(r, c, spec))
            allrows = sorted(set(rows) | sh["hidden_rows"])
            rx = "".join(f'<row r="{r}"{HID if r in sh["hidden_rows"] else ""}>{"".join(rows.get(r, []))}</row>'
                         for r in allrows)
            cols = ""
            if sh["hidden_cols"]:
                cols = "<cols>" + "".join(f'<col min="{c}" max="{c}" width="9" hidden="1" customWidth="1"/>'
                                          for c in sorted(sh["hidden_cols"])) + "</cols>"
            merges = (f'<mergeCells count="{len(sh["merges"])}">' + "".join(f'<mergeCell ref="{m}"/>' for m in sh["merges"])
                      + "</mergeCells>") if sh["merges"] else ""
            dv = ""
            if sh["validations"]:
                dv = (f'<dataValidations count="{len(sh["validations"])}">' +
                      "".join(f'<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" '
                              f'sqref="{sq}"><formula1>{escape(f1)}</formula1></dataValidation>' for sq, f1 in sh["validations"])
                      + "</dataValidations>")
            srels = []
            legacy = ""
            if sh["comments"]:
                srels.append(f'<Relationship Id="rIdCm" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                             f'relationships/comments" Target="../comments{i}.xml"/>')
                parts[f"xl/comments{i}.xml"] = (
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.'
                    'openxmlformats.org/spreadsheetml/2006/main"><authors><author>Reviewer</author></authors><commentList>'
                    + "".join(f'<comment ref="{a}" authorId="0"><text><r><rPr><b/><sz val="9"/></rPr><t>Reviewer:</t></r>'
                              f'<r><rPr><sz val="9"/></rPr><t xml:space="preserve">\n{escape(t)}</t></r></text></comment>'
                              for a, t in sh["comments"].items()) + "</commentList></comments>")
                ct.append(f'<Override PartName="/xl/comments{i}.xml" ContentType="application/vnd.openxmlformats-'
                          'officedocument.spreadsheetml.comments+xml"/>')
            parts[f"xl/worksheets/sheet{i}.xml"] = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.'
                'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<sheetViews><sheetView workbookViewId="0"{TAB if i == 1 else ""}/></sheetViews>'
                f'<sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>{rx}</sheetData>{merges}{dv}'
                f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>{legacy}</worksheet>')
            if srels:
                parts[f"xl/worksheets/_rels/sheet{i}.xml.rels"] = (
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/relationships">' + "".join(srels) + "</Relationships>")
            ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
                      'officedocument.spreadsheetml.worksheet+xml"/>')
            wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                           f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
            st = f' state="{sh["state"]}"' if sh["state"] else ""
            sheets_xml.append(f'<sheet name="{escape(sh["name"])}" sheetId="{i}"{st} r:id="rId{i}"/>')
        names = ""
        if self.names:
            names = "<definedNames>" + "".join(f'<definedName name="{n}">{escape(t)}</definedName>' for n, t in self.names) \
                    + "</definedNames>"
        first_visible = next(i for i, s in enumerate(self.sheets) if not s["state"])
        parts["xl/workbook.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<workbookPr{D1904 if self.date1904 else ""} defaultThemeVersion="164011"/>'
            f'<bookViews><workbookView activeTab="{first_visible}"/></bookViews>'
            f'<sheets>{"".join(sheets_xml)}</sheets>{names}<calcPr calcId="191029"/></workbook>')
        n = len(self.sheets)
        wb_rels.append(f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       'relationships/styles" Target="styles.xml"/>')
        wb_rels.append(f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       'relationships/sharedStrings" Target="sharedStrings.xml"/>')
        parts["xl/_rels/workbook.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                                               'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                               + "".join(wb_rels) + "</Relationships>")
        parts["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://'
                                         f'schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(self.sst)}" '
                                         f'uniqueCount="{len(self.sst)}">' + "".join(self.sst) + "</sst>")
        # styles: 0 general, 1 dd/mm/yyyy, 2 d mmm yyyy, 3 "HSN"0000, 4 yyyy-mm-dd
        parts["xl/styles.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main"><numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
            '<numFmt numFmtId="165" formatCode="d mmm yyyy"/><numFmt numFmtId="166" formatCode="&quot;HSN&quot;0000"/>'
            '<numFmt numFmtId="167" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            '<font><sz val="9"/><name val="MS PGothic"/><family val="3"/><charset val="128"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
            '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
        parts["[Content_Types].xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
            'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/>' + "".join(ct) + "</Types>")
        parts["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
                                'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                                'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/'
                                'workbook.xml"/></Relationships>')
        _write(path, parts)
