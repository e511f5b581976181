#!/usr/bin/env python3
"""SpreadsheetML written by hand with zipfile, laid out the way Excel itself saves a workbook: inline or shared
strings, merges, frozen panes, a hidden helper sheet, a custom Chinese date format, and Developer-tab form-control
check boxes (the sheet's <controls>, xl/ctrlProps/ctrlPropN.xml and the legacy VML drawing Excel keeps beside
them). The oracle is make/cases.py."""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import REF, SERVICES, SYSTEMS, TITLE_A, TITLE_B, person  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "spreadsheetml"))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
BOLD, DMY, ZHDATE, TITLE = 1, 2, 3, 4   # cellXfs indexes in STYLES

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
<numFmt numFmtId="165" formatCode="[$-zh-HK]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>
<font><b/><sz val="13"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left"/></xf>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf>
</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""


def col_letter(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def split_ref(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return c, int(m.group(2))


class Sheet:
    def __init__(self, name, state=None):
        self.name, self.state = name, state
        self.cells = {}           # ref -> (value, style)
        self.merges, self.cols, self.controls = [], [], []
        self.freeze = None
        self.heights = {}

    def set(self, ref, value, style=0):
        self.cells[ref] = (value, style)
        return self


class Book:
    def __init__(self, inline=False):
        self.sheets, self.inline, self.sst = [], inline, []

    def add(self, sheet):
        self.sheets.append(sheet)
        return sheet

    def _str(self, s):
        if s not in self.sst:
            self.sst.append(s)
        return self.sst.index(s)

    def _cell(self, ref, value, style):
        st = f' s="{style}"' if style else ""
        if isinstance(value, bool):
            return f'<c r="{ref}"{st} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, (int, float)):
            return f'<c r="{ref}"{st}><v>{value}</v></c>'
        sp = ' xml:space="preserve"' if value != value.strip() or "\n" in value else ""
        if self.inline:
            return f'<c r="{ref}"{st} t="inlineStr"><is><t{sp}>{escape(value)}</t></is></c>'
        return f'<c r="{ref}"{st} t="s"><v>{self._str(value)}</v></c>'

    def _sheet_xml(self, sh, rels):
        rows = {}
        for ref, (v, s) in sh.cells.items():
            c, r = split_ref(ref)
            rows.setdefault(r, []).append((c, self._cell(ref, v, s)))
        views = '<sheetView workbookViewId="0"'
        if sh is self.sheets[self.active]:
            views += ' tabSelected="1"'
        if sh.freeze:
            c, r = split_ref(sh.freeze)
            views += (f'><pane ySplit="{r - 1}" topLeftCell="{sh.freeze}" activePane="bottomLeft" state="frozen"/>'
                      f'<selection pane="bottomLeft" activeCell="{sh.freeze}" sqref="{sh.freeze}"/></sheetView>')
        else:
            views += "/>"
        hidden = ' hidden="1"'
        cols = "".join(f'<col min="{a}" max="{b}" width="{w}" customWidth="1"{hidden if h else ""}/>'
                       for a, b, w, h in sh.cols)
        body = []
        for r in sorted(rows):
            ht = f' ht="{sh.heights[r]}" customHeight="1"' if r in sh.heights else ""
            body.append(f'<row r="{r}"{ht}>' + "".join(x for _, x in sorted(rows[r])) + "</row>")
        merges = (f'<mergeCells count="{len(sh.merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in sh.merges)
                  + "</mergeCells>") if sh.merges else ""
        extra = ""
        if sh.controls:
            rels.append(("vml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
                         f"../drawings/vmlDrawing{self._vml_index}.vml"))
            ctrl = []
            for i, cb in enumerate(sh.controls):
                rid = f"rIdC{i + 1}"
                rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp",
                             f"../ctrlProps/ctrlProp{cb['n']}.xml"))
                (c1, r1), (c2, r2) = cb["from"], cb["to"]
                ctrl.append(
                    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                    f'<mc:Choice Requires="x14"><control shapeId="{cb["shape"]}" r:id="{rid}" name="Check Box {i + 1}">'
                    '<controlPr defaultSize="0" autoFill="0" autoLine="0" autoPict="0"><anchor moveWithCells="1">'
                    f'<from><xdr:col>{c1}</xdr:col><xdr:colOff>38100</xdr:colOff><xdr:row>{r1}</xdr:row><xdr:rowOff>0</xdr:rowOff></from>'
                    f'<to><xdr:col>{c2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r2}</xdr:row><xdr:rowOff>0</xdr:rowOff></to>'
                    '</anchor></controlPr></control></mc:Choice></mc:AlternateContent>')
            extra = ('<legacyDrawing r:id="vml"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
                     'markup-compatibility/2006"><mc:Choice Requires="x14"><controls>' + "".join(ctrl)
                     + "</controls></mc:Choice></mc:AlternateContent>")
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{REL}" '
                'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
                'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
                'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
                'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
                f'<sheetViews>{views}</sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                + (f"<cols>{cols}</cols>" if cols else "") + f'<sheetData>{"".join(body)}</sheetData>{merges}'
                '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                '<pageSetup paperSize="9" orientation="portrait"/>' + extra + "</worksheet>")

    @staticmethod
    def _vml(controls):
        shapes = []
        for cb in controls:
            (c1, r1), (c2, r2) = cb["from"], cb["to"]
            caption = f'<v:textbox style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:left">' \
                      f'<font face="Segoe UI" size="160" color="auto">{escape(cb["caption"])}</font></div></v:textbox>' \
                if cb["caption"] else ""
            link = f"<x:FmlaLink>{cb['link']}</x:FmlaLink>" if cb.get("link") else ""
            checked = "<x:Checked>1</x:Checked>" if cb["checked"] else ""
            shapes.append(
                f'<v:shape id="_x0000_s{cb["shape"]}" type="#_x0000_t201" style="position:absolute;z-index:{cb["n"]}" '
                'filled="f" fillcolor="window [65]" stroked="f" strokecolor="windowText [64]" o:insetmode="auto">'
                f'{caption}<x:ClientData ObjectType="Checkbox"><x:Anchor>{c1}, 3, {r1}, 2, {c2}, 0, {r2}, 0</x:Anchor>'
                f'<x:AutoFill>False</x:AutoFill><x:AutoLine>False</x:AutoLine><x:TextVAlign>Center</x:TextVAlign>'
                f'{checked}{link}<x:NoThreeD/></x:ClientData></v:shape>')
        return ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" '
                'data="1"/></o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" '
                'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path shadowok="f" o:extrusionok="f" '
                'strokeok="f" fillok="f" o:connecttype="rect"/><o:lock v:ext="edit" shapetype="t"/></v:shapetype>'
                + "".join(shapes) + "</xml>")

    def save(self, name, active=0, folder=OUT):
        self.active = active
        os.makedirs(folder, exist_ok=True)
        parts, overrides = {}, []
        ctrl_n = 0
        for i, sh in enumerate(self.sheets, 1):
            rels = []
            for cb in sh.controls:
                ctrl_n += 1
                cb["n"] = ctrl_n
                cb["shape"] = 1024 + ctrl_n
            self._vml_index = i
            parts[f"xl/worksheets/sheet{i}.xml"] = self._sheet_xml(sh, rels)
            overrides.append((f"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
            if sh.controls:
                parts[f"xl/drawings/vmlDrawing{i}.vml"] = self._vml(sh.controls)
                for cb in sh.controls:
                    link = f' fmlaLink="${cb["link"][0]}${cb["link"][1:]}"' if cb.get("link") else ""
                    chk = ' checked="Checked"' if cb["checked"] else ""
                    parts[f"xl/ctrlProps/ctrlProp{cb['n']}.xml"] = (
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<formControlPr xmlns="http://schemas.'
                        f'microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox"{chk}{link} lockText="1" noThreeD="1"/>')
                    overrides.append((f"/xl/ctrlProps/ctrlProp{cb['n']}.xml", "application/vnd.ms-excel.controlproperties+xml"))
            if rels:
                parts[f"xl/worksheets/_rels/sheet{i}.xml.rels"] = (
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
                    + "".join(f'<Relationship Id="{a}" Type="{b}" Target="{c}"/>' for a, b, c in rels) + "</Relationships>")
        state = lambda sh: f' state="{sh.state}"' if sh.state else ""  # noqa: E731
        sheets = "".join(f'<sheet name="{escape(sh.name)}" sheetId="{i}"{state(sh)} r:id="rId{i}"/>'
                         for i, sh in enumerate(self.sheets, 1))
        parts["xl/workbook.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
            '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>'
            f'<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="{active}"/></bookViews>'
            f'<sheets>{sheets}</sheets><calcPr calcId="191029"/></workbook>')
        n = len(self.sheets)
        wrels = [f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1)]
        wrels.append(f'<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/>')
        parts["xl/styles.xml"] = STYLES
        overrides.append(("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"))
        if self.sst:
            keep = ' xml:space="preserve"'
            items = "".join(f'<si><t{keep if s != s.strip() else ""}>{escape(s)}</t></si>' for s in self.sst)
            parts["xl/sharedStrings.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
                                             f'count="{len(self.sst)}" uniqueCount="{len(self.sst)}">{items}</sst>')
            wrels.append(f'<Relationship Id="rId{n + 2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
            overrides.append(("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"))
        parts["xl/_rels/workbook.xml.rels"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                               f'<Relationships xmlns="{PKG}">{"".join(wrels)}</Relationships>')
        parts["_rels/.rels"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
                                f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                                f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                                '</Relationships>')
        parts["docProps/core.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Operations</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-20T02:00:00Z</dcterms:created></cp:coreProperties>')
        overrides.append(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        overrides.append(("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"))
        ct = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
              + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides) + "</Types>")
        with zipfile.ZipFile(os.path.join(folder, name), "w", zipfile.ZIP_DEFLATED) as z:
            def put(k, data):  # a fixed time stamp, so a rebuild gives the same bytes
                z.writestr(zipfile.ZipInfo(k, date_time=(2023, 11, 20, 10, 0, 0)), data, zipfile.ZIP_DEFLATED)
            put("[Content_Types].xml", ct)
            put("_rels/.rels", parts.pop("_rels/.rels"))
            for k in sorted(parts, key=lambda k: (not k.startswith("xl/workbook"), k)):
                put(k, parts[k])
        if folder == OUT:
            print(f"spreadsheetml/{name}")


def details(sh, row, p, phone="Telephone", email="Email"):
    for i, (k, v) in enumerate([("Subscriber Name", p["subscriber_name"]), ("HSN Subscriber ID", p["subscriber_id"]),
                                ("Contact Person", p["contact_name"]), (phone, p["contact_phone"]), (email, p["contact_email"])]):
        sh.set(f"A{row + i}", k, BOLD).set(f"B{row + i}", v)


def head(sh, title, width_a=36, width_b=44):
    sh.cols += [(1, 1, width_a, False), (2, 2, width_b, False)]
    sh.set("A1", title, TITLE)
    sh.merges.append("A1:D1")
    sh.heights[1] = 36


def intention_inline_chinese_date():
    p = person("P32")
    b = Book(inline=True)
    sh = b.add(Sheet("Intention Form"))
    head(sh, TITLE_A)
    sh.set("A2", "Ref. No.", BOLD).set("B2", REF)
    details(sh, 4, p)
    sh.set("A10", "Participation", BOLD).set("B10", "Yes")
    sh.set("A12", "Services to be verified", BOLD).set("C12", "X", BOLD)
    for i, s in enumerate(SERVICES):
        sh.set(f"A{13 + i}", s).set(f"B{13 + i}", SYSTEMS[s])
        if s in ("OTP-C", "OMD-C"):
            sh.set(f"C{13 + i}", "X")
    sh.set("A18", "Name of Authorised Signatory", BOLD).set("B18", p["signatory_name"])
    sh.set("A19", "日期 Date", BOLD).set("B19", 45252, ZHDATE)
    b.save("intention-inline-strings-chinese-date.xlsx")


def result_shared_merged():
    p = person("P33")
    b = Book()
    sh = b.add(Sheet("Result Form"))
    head(sh, TITLE_B)
    sh.set("A2", "Ref. No.", BOLD).set("B2", REF)
    details(sh, 4, p)
    sh.set("A9", "Practice Session Date", BOLD).set("B9", 45255, DMY)
    for c, h in zip("ABCD", ("Service", "Successful", "Unsuccessful", "Not Tested")):
        sh.set(f"{c}11", h, BOLD)
    res = {"OTP-C": "B", "OTP-CSC": "D", "OMD-C": "B", "OMD-CC": "B"}
    for i, s in enumerate(SERVICES):
        sh.set(f"A{12 + i}", s).set(f"{res[s]}{12 + i}", "✓")
    sh.set("A17", "Name of Authorised Signatory", BOLD).set("B17", p["signatory_name"])
    sh.set("A18", "Date", BOLD).set("B18", 45257, DMY)
    sh.freeze = "A3"
    calc = b.add(Sheet("calc", state="hidden"))
    for i, s in enumerate(SERVICES):
        calc.set(f"A{1 + i}", s)
    for i, w in enumerate(("Successful", "Unsuccessful", "Not Tested")):
        calc.set(f"B{1 + i}", w)
    b.save("result-shared-strings-merged.xlsx")


def box(col, row, caption, checked, link=None, width=1):
    # anchors are zero-based (col, row) like the xdr:from / x:Anchor Excel writes
    return {"from": (col, row), "to": (col + width, row + 1), "caption": caption, "checked": checked, "link": link}


def intention_form_checkboxes(key="P34", yes=True, ticked=("OTP-C", "OMD-C"), signed=45251,
                               name="intention-form-checkboxes.xlsx", folder=OUT):
    p = person(key)
    b = Book()
    sh = b.add(Sheet("Intention Form"))
    head(sh, TITLE_A)
    sh.cols.append((3, 3, 44, False))
    sh.set("A2", "Ref. No.", BOLD).set("B2", REF)
    details(sh, 4, p)
    sh.set("A10", "Participation", BOLD)
    sh.controls += [box(1, 9, "Yes", yes), box(2, 9, "No", not yes)]
    sh.set("A12", "Services to be verified", BOLD)
    for i, s in enumerate(SERVICES):
        sh.set(f"C{12 + i}", SYSTEMS[s])
        sh.controls.append(box(1, 11 + i, s, s in ticked))
    sh.set("A17", "Name of Authorised Signatory", BOLD).set("B17", p["signatory_name"])
    sh.set("A18", "Date", BOLD).set("B18", signed, DMY)
    b.save(name, folder=folder)


def result_form_checkboxes_linked():
    p = person("P35")
    b = Book()
    sh = b.add(Sheet("Result Form"))
    head(sh, TITLE_B)
    sh.cols += [(3, 4, 14, False), (8, 10, 9, True)]
    sh.set("A2", "Ref. No.", BOLD).set("B2", REF)
    details(sh, 4, p)
    sh.set("A9", "Practice Session Date", BOLD).set("B9", 45255, DMY)
    for c, h in zip("ABCD", ("Service", "Successful", "Unsuccessful", "Not Tested")):
        sh.set(f"{c}11", h, BOLD)
    res = {"OTP-C": 0, "OTP-CSC": 0, "OMD-C": 2, "OMD-CC": 1}
    for i, s in enumerate(SERVICES):
        r = 12 + i
        sh.set(f"A{r}", s)
        for k, link_col in enumerate("HIJ"):
            on = res[s] == k
            sh.set(f"{link_col}{r}", on)
            sh.controls.append(box(1 + k, r - 1, None, on, link=f"{link_col}{r}"))
    sh.set("A17", "Name of Authorised Signatory", BOLD).set("B17", p["signatory_name"])
    sh.set("A18", "Date", BOLD).set("B18", 45257, DMY)
    b.save("result-form-checkboxes-linked.xlsx")


def intention_label_space_value():
    p = person("P36")
    b = Book()
    sh = b.add(Sheet("Sheet1"))
    head(sh, TITLE_A)
    sh.set("A2", "Ref. No. 編號 " + REF)
    sh.set("A3", "Subscriber code " + p["subscriber_id"])
    for i, (k, v) in enumerate([("Subscriber Name", p["subscriber_name"]), ("Contact Person", p["contact_name"]),
                                ("Telephone", p["contact_phone"]), ("Email", p["contact_email"]), ("Participation", "Yes")]):
        sh.set(f"A{5 + i}", k, BOLD).set(f"B{5 + i}", v)
    sh.set("A11", "Services to be verified", BOLD)
    for i, s in enumerate(SERVICES):
        sh.set(f"A{12 + i}", s).set(f"B{12 + i}", "✓")
    sh.set("A17", "Name of Authorised Signatory", BOLD).set("B17", p["signatory_name"])
    sh.set("A18", "Date", BOLD).set("B18", 45254, DMY)
    b.save("intention-label-space-value.xlsx")


def doubt_service_yes_and_no():
    p = person("P37")
    b = Book()
    sh = b.add(Sheet("Intention Form"))
    head(sh, TITLE_A)
    sh.set("A2", "Ref. No.", BOLD).set("B2", REF)
    details(sh, 4, p)
    sh.set("A10", "Participation", BOLD).set("B10", "Yes")
    sh.set("A12", "Service", BOLD).set("B12", "Yes", BOLD).set("C12", "No", BOLD)
    marks = {"OTP-C": "B", "OTP-CSC": "C", "OMD-C": "BC", "OMD-CC": "C"}
    for i, s in enumerate(SERVICES):
        sh.set(f"A{13 + i}", s)
        for c in marks[s]:
            sh.set(f"{c}{13 + i}", "✓")
    sh.set("A18", "Name of Authorised Signatory", BOLD).set("B18", p["signatory_name"])
    sh.set("A19", "Date", BOLD).set("B19", 45252, DMY)
    b.save("doubt-intention-service-yes-and-no.xlsx")


if __name__ == "__main__":
    intention_inline_chinese_date()
    result_shared_merged()
    intention_form_checkboxes()
    result_form_checkboxes_linked()
    intention_label_space_value()
    doubt_service_yes_and_no()
