using System.IO.Compression;
using System.Text;
using HsnForms.Forms.Reading;

namespace HsnForms.UnitTests;

/// <summary>
/// Check boxes and option buttons drawn over a sheet (Excel's Developer tab) hold their state in the
/// sheet's VML drawing, in no cell. Excel writes that drawing as almost-XML; the EPPlus-made forms of
/// the corpus cover state kept only in xl/ctrlProps.
/// </summary>
public sealed class FormControlTests
{
    [Fact]
    public void Ticks_in_Excel_s_own_check_boxes_are_read_from_the_drawing()
    {
        var workbook = Workbook(
            Shape(1025, "Checkbox", "OTP-C", anchorColumn: 1, anchorRow: 9, ticked: true)
            + Shape(1026, "Checkbox", "OTP-CSC", anchorColumn: 1, anchorRow: 10, ticked: false)
            + Shape(1027, "Checkbox", "OMD-C<br>Orion Market Data", anchorColumn: 1, anchorRow: 11, ticked: true)
            + Shape(1028, "Radio", "We will participate", anchorColumn: 1, anchorRow: 7, ticked: true)
            + Shape(1029, "Radio", "We will not participate", anchorColumn: 1, anchorRow: 8, ticked: false)
            + Note(anchorColumn: 1, anchorRow: 3, "Checked by ops: OMD-CC not needed"));

        var result = new FormReader().Read("intention.xlsx", workbook);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(true, result["participate"]);
        Assert.Equal(["OTP-C", "OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Fact]
    public void A_drawing_that_is_not_even_XML_costs_its_controls_not_the_form()
    {
        var workbook = Workbook(Shape(1025, "Checkbox", "OTP-C", anchorColumn: 1, anchorRow: 9, ticked: true) + "<v:shape><x:ClientData ObjectType=\"Checkbox\"><x:Anchor>");

        var result = new FormReader().Read("intention.xlsx", workbook);

        Assert.Equal("intention", result.Form);
        Assert.Null(result["services"]);
        Assert.Contains(result.Problems, p => p.Field == "participate");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_boxes_whose_drawing_names_no_shape_take_their_state_from_the_control_properties(bool withNote)
    {
        // LibreOffice re-saves form-control check boxes with every VML shape called "shape_0" and no
        // x:Checked: the state is only in xl/ctrlProps, reached through the sheet's <controls> list.
        // With one shape per control they pair in order; with a note drawn too, by caption and name.
        (int Id, string Caption, int Row, bool Ticked)[] boxes =
            [(1001, "Yes", 7, true), (1002, "No", 7, false), (1003, "OTP-C", 9, false), (1004, "OTP-CSC", 10, true), (1005, "OMD-C", 11, false), (1006, "OMD-CC", 12, true)];
        var shapes = string.Concat(boxes.Select(b => UnnamedShape(b.Caption, anchorColumn: b.Caption == "No" ? 2 : 1, anchorRow: b.Row)));
        if (withNote)
        {
            shapes = Note(anchorColumn: 1, anchorRow: 3, "Checked by ops") + shapes;
        }

        var workbook = Workbook(shapes, [.. boxes.Select(b => (b.Id, b.Caption, b.Ticked))]);

        var result = new FormReader().Read("intention.xlsx", workbook);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(true, result["participate"]);
        Assert.Equal(["OTP-CSC", "OMD-CC"], result["services"] as IEnumerable<string>);
    }

    [Fact]
    public void A_drawing_shape_that_matches_no_control_stays_unticked()
    {
        // Two shapes for three controls, none named as a shape's caption: which state is whose is unknown.
        var workbook = Workbook(UnnamedShape("OTP-C", 1, 9) + UnnamedShape("OTP-CSC", 1, 10), [(1001, "Check Box 1", true), (1002, "Check Box 2", true), (1003, "Check Box 3", false)]);

        var result = new FormReader().Read("intention.xlsx", workbook);

        Assert.Null(result["services"]);
    }

    private static string UnnamedShape(string caption, int anchorColumn, int anchorRow) => $"""
        <v:shape id="shape_0" type="#_x0000_t201" o:allowincell="f" style="position:absolute;margin-left:202.05pt;margin-top:157.5pt;width:241.9pt;height:13.45pt"><v:textbox><div>{caption}</div></v:textbox><x:ClientData ObjectType="Checkbox"><x:Anchor>{anchorColumn}, 3, {anchorRow}, 2, {anchorColumn + 1}, 0, {anchorRow + 1}, 0</x:Anchor><x:TextVAlign>Center</x:TextVAlign></x:ClientData></v:shape>
        """;

    private static string Shape(int id, string kind, string caption, int anchorColumn, int anchorRow, bool ticked) => $"""
         <v:shape id="_x0000_s{id}" type="#_x0000_t201" style='position:absolute;margin-left:123pt;margin-top:42pt;width:69pt;height:18pt;z-index:1' filled="f" stroked="f" o:insetmode="auto">
          <v:path shadowok="t" strokeok="t" fillok="t"/>
          <o:lock v:ext="edit" rotation="t"/>
          <v:textbox style='mso-direction-alt:auto' o:singleclick="f">
           <div style='text-align:left'><font face="Tahoma" size="160" color="auto">{caption}</font></div>
          </v:textbox>
          <x:ClientData ObjectType="{kind}">
           <x:Anchor>
            {anchorColumn}, 4, {anchorRow}, 2, {anchorColumn + 1}, 28, {anchorRow + 1}, 6</x:Anchor>
           <x:AutoFill>False</x:AutoFill>
           <x:AutoLine>False</x:AutoLine>
           <x:TextVAlign>Center</x:TextVAlign>
           {(ticked ? "<x:Checked>1</x:Checked>" : "")}
           <x:NoThreeD/>
          </x:ClientData>
         </v:shape>
        """;

    private static string Note(int anchorColumn, int anchorRow, string text) => $"""
         <v:shape id="_x0000_s1100" type="#_x0000_t202" style='position:absolute;visibility:hidden' fillcolor="#ffffe1" o:insetmode="auto">
          <v:textbox style='mso-direction-alt:auto'><div style='text-align:left'>{text}</div></v:textbox>
          <x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>
           <x:Anchor>{anchorColumn}, 15, {anchorRow}, 10, {anchorColumn + 2}, 15, {anchorRow + 4}, 4</x:Anchor>
           <x:AutoFill>False</x:AutoFill><x:Row>{anchorRow}</x:Row><x:Column>{anchorColumn}</x:Column>
          </x:ClientData>
         </v:shape>
        """;

    /// <summary>The sheet's list of form controls, each pointing at its control-properties part.</summary>
    private static string Controls((int ShapeId, string Name, bool Checked)[] controls) => controls.Length == 0 ? "" :
        "<controls>" + string.Concat(controls.Select((c, i) => $"<control shapeId=\"{c.ShapeId}\" r:id=\"rId{i + 2}\" name=\"{c.Name}\"/>")) + "</controls>";

    /// <summary>An intention form as Excel saves one: labels in A, answers in B, the choices drawn as form controls over column B.</summary>
    private static byte[] Workbook(string shapes, (int ShapeId, string Name, bool Checked)[]? controls = null)
    {
        controls ??= [];
        string[] labels = ["Appendix A – Intention Form for Using HSN to participate Practice Session", "Subscriber Name", "HSN Subscriber ID", "Contact Person", "Telephone", "Email", "", "Participation", "", "Services to be verified"];
        string[] answers = ["", "Sai Kung Securities Limited", "HSN0911", "Chow Man Kit", "2792 1180", "mk.chow@saikungsec.hk", "", "", "", ""];
        var rows = new StringBuilder();
        for (var i = 0; i < labels.Length; i++)
        {
            rows.Append($"<row r=\"{i + 1}\">");
            if (labels[i].Length > 0)
            {
                rows.Append($"<c r=\"A{i + 1}\" t=\"inlineStr\"><is><t>{labels[i]}</t></is></c>");
            }

            if (answers[i].Length > 0)
            {
                rows.Append($"<c r=\"B{i + 1}\" t=\"inlineStr\"><is><t>{answers[i]}</t></is></c>");
            }

            rows.Append("</row>");
        }

        var files = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""",
            ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Form" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""",
            ["xl/worksheets/sheet1.xml"] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>{rows}</sheetData><legacyDrawing r:id="rId1"/>{Controls(controls)}</worksheet>""",
            ["xl/worksheets/_rels/sheet1.xml.rels"] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>{string.Concat(controls.Select((c, i) => $"<Relationship Id=\"rId{i + 2}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp\" Target=\"../ctrlProps/ctrlProps{i + 1}.xml\"/>"))}</Relationships>""",
            ["xl/drawings/vmlDrawing1.vml"] = $"""
                <xml xmlns:v="urn:schemas-microsoft-com:vml"
                 xmlns:o="urn:schemas-microsoft-com:office:office"
                 xmlns:x="urn:schemas-microsoft-com:office:excel">
                 <o:shapelayout v:ext="edit">
                  <o:idmap v:ext="edit" data="1"/>
                 </o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201"
                  path="m,l,21600r21600,l21600,xe">
                  <v:stroke joinstyle="miter"/>
                  <v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/>
                  <o:lock v:ext="edit" shapetype="t"/>
                 </v:shapetype>
                {shapes}</xml>
                """,
        };

        for (var i = 0; i < controls.Length; i++)
        {
            files[$"xl/ctrlProps/ctrlProps{i + 1}.xml"] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox"{(controls[i].Checked ? " checked=\"Checked\"" : "")} autoLine="false" print="true" lockText="1" noThreeD="1"/>""";
            files["[Content_Types].xml"] = files["[Content_Types].xml"].Replace("</Types>", $"<Override PartName=\"/xl/ctrlProps/ctrlProps{i + 1}.xml\" ContentType=\"application/vnd.ms-excel.controlproperties+xml\"/></Types>", StringComparison.Ordinal);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
