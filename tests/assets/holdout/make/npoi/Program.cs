// Writes the holdout files produced by NPOI 2.4.1 (XWPF for .docx, XSSF for .xlsx, HSSF for the
// legacy workbook in bad/). Reads ../cases.json (python3 ../cases.py); writes under ../../npoi and ../../bad.
// Usage: dotnet run --project tests/assets/holdout/make/npoi
using System.Text.Json;
using NPOI.HSSF.UserModel;
using NPOI.OpenXmlFormats.Wordprocessing;
using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;
using NPOI.XWPF.UserModel;
using ICell = NPOI.SS.UserModel.ICell;

static class Program
{
    static string Holdout = "";
    static JsonElement Root;
    static string[] Services = [];

    static int Main()
    {
        var make = FindMake();
        Holdout = Path.GetFullPath(Path.Combine(make, ".."));
        Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(make, "cases.json"))).RootElement;
        Services = Root.GetProperty("services").EnumerateArray().Select(e => e.GetString()!).ToArray();
        foreach (var c in Root.GetProperty("cases").EnumerateArray())
        {
            var layout = c.GetProperty("layout").GetString();
            var file = c.GetProperty("file").GetString()!;
            var raw = c.GetProperty("raw");
            switch (layout)
            {
                case "np_docx_twocol": DocxTwoCol(file, raw); break;
                case "np_docx_nested": DocxNested(file, raw); break;
                case "np_docx_paragraphs": DocxParagraphs(file, raw); break;
                case "np_xlsx_intention":
                    XlsxIntention(new XSSFWorkbook(), file, raw);
                    XlsxIntention(new HSSFWorkbook(), "bad/hssf-workbook.xlsx", raw);
                    break;
                case "np_xlsx_result": XlsxResult(file, raw); break;
                default: continue;
            }
        }
        return 0;
    }

    static string FindMake()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d != null && !File.Exists(Path.Combine(d.FullName, "cases.json"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("cases.json not found: run python3 cases.py first");
    }

    static string S(JsonElement raw, string key) => raw.GetProperty(key).GetString() ?? "";
    static string Title(string form) => Root.GetProperty("titles").GetProperty(form).GetString()!;
    static string Subtitle => Root.GetProperty("subtitle").GetString()!;
    static string SvcName(string code) => Root.GetProperty("service_names").GetProperty(code).GetString()!;

    static double Serial(string iso)
    {
        var d = DateTime.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return (d - new DateTime(1899, 12, 30)).TotalDays;
    }

    static string Out(string rel)
    {
        var p = Path.Combine(Holdout, rel);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        Console.WriteLine("wrote " + rel);
        return p;
    }

    // ------------------------------------------------------------------------------------- XWPF
    static XWPFDocument NewDoc(string form, string author)
    {
        var doc = new XWPFDocument();
        doc.GetProperties().CoreProperties.Creator = author;
        doc.GetProperties().CoreProperties.Title = Title(form);
        Para(doc, "HKEX Hosting Services Limited", bold: true, size: 14, center: true);
        Para(doc, Title(form), bold: true, center: true);
        Para(doc, Subtitle, center: true);
        Para(doc, "");
        return doc;
    }

    static XWPFParagraph Para(XWPFDocument doc, string text, bool bold = false, int size = 10, bool center = false)
    {
        var p = doc.CreateParagraph();
        if (center) p.Alignment = ParagraphAlignment.CENTER;
        if (text.Length > 0)
        {
            var r = p.CreateRun();
            r.SetText(text);
            r.IsBold = bold;
            r.FontSize = size;
            r.FontFamily = "Calibri";
        }
        return p;
    }

    static void LabelValue(XWPFParagraph p, string label, string value)
    {
        var r = p.CreateRun();
        r.SetText(label);
        r.IsBold = true;
        if (value.Length > 0)
        {
            var v = p.CreateRun();
            v.SetText(value);
        }
    }

    static void CellText(XWPFTableCell cell, string text, bool bold = false, string? fill = null)
    {
        var p = cell.Paragraphs.Count > 0 ? cell.Paragraphs[0] : cell.AddParagraph();
        if (text.Length > 0)
        {
            var r = p.CreateRun();
            r.SetText(text);
            r.IsBold = bold;
        }
        if (fill != null) cell.SetColor(fill);
    }

    static XWPFTable Table(XWPFDocument doc, int rows, int cols)
    {
        var t = doc.CreateTable(rows, cols);
        t.Width = 5000;
        for (var i = 0; i < cols; i++) t.SetColumnWidth(i, (ulong)(9000 / cols));
        return t;
    }

    static void Save(XWPFDocument doc, string rel)
    {
        using var fs = File.Create(Out(rel));
        doc.Write(fs);
    }

    // N1: two-column label/value table, "Participate (Y/N): Y" paragraph, service table with a tick column
    static void DocxTwoCol(string file, JsonElement r)
    {
        var doc = NewDoc("intention", "Law Hoi Yee");
        string[][] rows =
        [
            ["Ref. No.", S(r, "circular_ref")],
            ["Name of HSN Subscriber *", S(r, "subscriber_name")],
            ["HSN Subscriber Code *", S(r, "subscriber_id")],
            ["Contact Person *", S(r, "contact_name")],
            ["Contact Tel *", S(r, "contact_phone")],
            ["Email address of contact person *", S(r, "contact_email")],
        ];
        var t = Table(doc, rows.Length, 2);
        for (var i = 0; i < rows.Length; i++)
        {
            CellText(t.GetRow(i).GetCell(0), rows[i][0], bold: true, fill: "F2F2F2");
            CellText(t.GetRow(i).GetCell(1), rows[i][1]);
        }
        Para(doc, "");
        Para(doc, S(r, "participate"), bold: false);
        Para(doc, "Services to be verified (put \u2713 against each service):", bold: true);
        var st = Table(doc, Services.Length + 1, 3);
        CellText(st.GetRow(0).GetCell(0), "Service", bold: true, fill: "F2F2F2");
        CellText(st.GetRow(0).GetCell(1), "System", bold: true, fill: "F2F2F2");
        CellText(st.GetRow(0).GetCell(2), "\u2713", bold: true, fill: "F2F2F2");
        var svc = r.GetProperty("services");
        for (var i = 0; i < Services.Length; i++)
        {
            CellText(st.GetRow(i + 1).GetCell(0), Services[i]);
            CellText(st.GetRow(i + 1).GetCell(1), SvcName(Services[i]));
            CellText(st.GetRow(i + 1).GetCell(2), svc.GetProperty(Services[i]).GetString()!);
        }
        Para(doc, "");
        var sg = Table(doc, 2, 2);
        CellText(sg.GetRow(0).GetCell(0), "Authorised Signature & Name", bold: true, fill: "F2F2F2");
        CellText(sg.GetRow(0).GetCell(1), S(r, "signatory_name"));
        CellText(sg.GetRow(1).GetCell(0), "Date of signature", bold: true, fill: "F2F2F2");
        CellText(sg.GetRow(1).GetCell(1), S(r, "signed_date"));
        Para(doc, "* required. Please return on or before 24 Nov 2023.", size: 8);
        Save(doc, file);
    }

    // A table nested in a cell: the cell keeps a (first) empty paragraph, then the table, then a
    // closing paragraph, as Word requires a cell to end with a paragraph.
    static XWPFTable Nested(XWPFTableCell cell, int rows, int cols)
    {
        var ctTc = cell.GetCTTc();
        var ctTbl = new CT_Tbl();
        ctTc.Items.Add(ctTbl);
        ctTc.ItemsElementName.Add(ItemsChoiceTableCellType.tbl);
        var nested = new XWPFTable(ctTbl, cell, rows, cols);
        var borders = ctTbl.tblPr.AddNewTblBorders();
        foreach (var b in new[] { borders.AddNewTop(), borders.AddNewBottom(), borders.AddNewLeft(), borders.AddNewRight(), borders.AddNewInsideH(), borders.AddNewInsideV() })
        {
            b.val = ST_Border.single;
            b.sz = 4;
            b.color = "808080";
        }
        foreach (var gc in ctTbl.tblGrid.gridCol) gc.w = (ulong)(5600 / cols);
        cell.InsertTable(cell.Tables.Count, nested);
        ctTc.AddNewP();
        return nested;
    }

    // N2: every value in a 1x1 table nested in the value cell; the results in a nested table
    static void DocxNested(string file, JsonElement r)
    {
        var doc = NewDoc("result", "Yiu Chun Hei");
        string[][] rows =
        [
            ["Ref. No.", S(r, "circular_ref")],
            ["Subscriber Name", S(r, "subscriber_name")],
            ["Subscriber ID", S(r, "subscriber_id")],
            ["Contact Person", S(r, "contact_name")],
            ["Telephone", S(r, "contact_phone")],
            ["E-mail Address", S(r, "contact_email")],
            ["Practice Session Date", S(r, "session_date")],
        ];
        var t = Table(doc, rows.Length + 4, 2);
        for (var i = 0; i < rows.Length; i++)
        {
            CellText(t.GetRow(i).GetCell(0), rows[i][0], bold: true, fill: "DEEAF6");
            var inner = Nested(t.GetRow(i).GetCell(1), 1, 1);
            CellText(inner.GetRow(0).GetCell(0), rows[i][1]);
        }
        var k = rows.Length;
        CellText(t.GetRow(k).GetCell(0), "Result of verification", bold: true, fill: "DEEAF6");
        var res = Nested(t.GetRow(k).GetCell(1), Services.Length + 1, 2);
        CellText(res.GetRow(0).GetCell(0), "Service", bold: true);
        CellText(res.GetRow(0).GetCell(1), "Result (Successful / Unsuccessful / Not Tested)", bold: true);
        var results = r.GetProperty("results");
        for (var i = 0; i < Services.Length; i++)
        {
            CellText(res.GetRow(i + 1).GetCell(0), Services[i]);
            CellText(res.GetRow(i + 1).GetCell(1), results.GetProperty(Services[i]).GetString()!);
        }
        string[][] tail =
        [
            ["Issues Encountered", S(r, "issues")],
            ["Name of Authorised Signatory", S(r, "signatory_name")],
            ["Date", S(r, "signed_date")],
        ];
        for (var i = 0; i < tail.Length; i++)
        {
            CellText(t.GetRow(k + 1 + i).GetCell(0), tail[i][0], bold: true, fill: "DEEAF6");
            var inner = Nested(t.GetRow(k + 1 + i).GetCell(1), 1, 1);
            CellText(inner.GetRow(0).GetCell(0), tail[i][1]);
        }
        Para(doc, "Please return on or before 27 Nov 2023 to hsservicedesk@hkex.com.hk.", size: 8);
        Save(doc, file);
    }

    // N3: "中文 English: value" paragraphs; the contact person left blank
    static void DocxParagraphs(string file, JsonElement r)
    {
        var doc = NewDoc("intention", "Lamma Island Securities");
        LabelValue(doc.CreateParagraph(), "編號 Ref. No.: ", S(r, "circular_ref"));
        LabelValue(doc.CreateParagraph(), "公司名稱 Subscriber Name: ", S(r, "subscriber_name"));
        LabelValue(doc.CreateParagraph(), "用戶編號 Subscriber ID: ", S(r, "subscriber_id"));
        LabelValue(doc.CreateParagraph(), "聯絡人 Contact Person: ", S(r, "contact_name"));
        LabelValue(doc.CreateParagraph(), "電話 Telephone: ", S(r, "contact_phone"));
        LabelValue(doc.CreateParagraph(), "電郵 Email: ", S(r, "contact_email"));
        Para(doc, "");
        LabelValue(doc.CreateParagraph(), "參與 Participation in PS2 using HSN: ", S(r, "participate"));
        LabelValue(doc.CreateParagraph(), "服務 Services to be verified: ", S(r, "services"));
        Para(doc, "");
        LabelValue(doc.CreateParagraph(), "授權人姓名 Name of Authorised Signatory: ", S(r, "signatory_name"));
        LabelValue(doc.CreateParagraph(), "日期 Date: ", S(r, "signed_date"));
        Save(doc, file);
    }

    // ------------------------------------------------------------------------------- XSSF / HSSF
    sealed class Styles
    {
        public required ICellStyle Label, Value, Date, Center;
        public static Styles Of(IWorkbook wb, string dateFormat)
        {
            var bold = wb.CreateFont();
            bold.IsBold = true;
            ICellStyle Boxed()
            {
                var s = wb.CreateCellStyle();
                s.BorderBottom = s.BorderTop = s.BorderLeft = s.BorderRight = BorderStyle.Thin;
                s.VerticalAlignment = VerticalAlignment.Top;
                return s;
            }
            var label = Boxed();
            label.SetFont(bold);
            label.WrapText = true;
            var date = Boxed();
            date.DataFormat = wb.CreateDataFormat().GetFormat(dateFormat);
            date.Alignment = HorizontalAlignment.Left;
            var center = Boxed();
            center.Alignment = HorizontalAlignment.Center;
            return new Styles { Label = label, Value = Boxed(), Date = date, Center = center };
        }
    }

    static ICell Put(ISheet sh, int row, int col, string text, ICellStyle? style = null)
    {
        var r = sh.GetRow(row) ?? sh.CreateRow(row);
        var c = r.GetCell(col) ?? r.CreateCell(col);
        if (text.Length > 0) c.SetCellValue(text);
        if (style != null) c.CellStyle = style;
        return c;
    }

    static void XlsxIntention(IWorkbook wb, string file, JsonElement r)
    {
        var date = r.GetProperty("signed_date");
        var st = Styles.Of(wb, date.GetProperty("format").GetString()!);
        var sh = wb.CreateSheet("Appendix A");
        Put(sh, 0, 0, Title("intention"));
        Put(sh, 1, 0, Subtitle);
        string[][] rows =
        [
            ["Ref. No.", S(r, "circular_ref")],
            ["Name of HSN Subscriber", S(r, "subscriber_name")],
            ["HSN Subscriber Code", S(r, "subscriber_id")],
            ["Contact Person", S(r, "contact_name")],
            ["Contact Tel", S(r, "contact_phone")],
            ["Email address of contact person", S(r, "contact_email")],
            ["Will you participate?", S(r, "participate")],
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            Put(sh, 3 + i, 0, rows[i][0], st.Label);
            Put(sh, 3 + i, 1, rows[i][1], st.Value);
        }
        var k = 3 + rows.Length + 1;
        Put(sh, k, 0, "Service", st.Label);
        Put(sh, k, 1, "System", st.Label);
        Put(sh, k, 2, "Tick (\u2713)", st.Label);
        var svc = r.GetProperty("services");
        for (var i = 0; i < Services.Length; i++)
        {
            Put(sh, k + 1 + i, 0, Services[i], st.Value);
            Put(sh, k + 1 + i, 1, SvcName(Services[i]), st.Value);
            Put(sh, k + 1 + i, 2, svc.GetProperty(Services[i]).GetString()!, st.Center);
        }
        k += Services.Length + 2;
        Put(sh, k, 0, "Authorised Signature & Name", st.Label);
        Put(sh, k, 1, S(r, "signatory_name"), st.Value);
        Put(sh, k + 1, 0, "Date of signature", st.Label);
        Put(sh, k + 1, 1, "", st.Date).SetCellValue(Serial(date.GetProperty("serial").GetString()!));
        sh.SetColumnWidth(0, 34 * 256);
        sh.SetColumnWidth(1, 46 * 256);
        sh.SetColumnWidth(2, 12 * 256);
        using var fs = File.Create(Out(file));
        wb.Write(fs);
    }

    static void XlsxResult(string file, JsonElement r)
    {
        var wb = new XSSFWorkbook();
        var sdate = r.GetProperty("session_date");
        var st = Styles.Of(wb, sdate.GetProperty("format").GetString()!);
        var sh = wb.CreateSheet("Appendix B");
        Put(sh, 0, 0, Title("result"));
        Put(sh, 1, 0, Subtitle);
        string[][] rows =
        [
            ["Ref. No.", S(r, "circular_ref")],
            ["Name of HSN Subscriber", S(r, "subscriber_name")],
            ["HSN Subscriber Code", S(r, "subscriber_id")],
            ["Contact Person", S(r, "contact_name")],
            ["Contact Tel", S(r, "contact_phone")],
            ["Email address of contact person", S(r, "contact_email")],
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            Put(sh, 3 + i, 0, rows[i][0], st.Label);
            Put(sh, 3 + i, 1, rows[i][1], st.Value);
        }
        var k = 3 + rows.Length;
        Put(sh, k, 0, "Practice Session Date", st.Label);
        Put(sh, k, 1, "", st.Date).SetCellValue(Serial(sdate.GetProperty("serial").GetString()!));
        k += 2;
        string[] heads = ["Service", "Successful", "Unsuccessful", "Not Tested"];
        string[] keys = ["successful", "unsuccessful", "not_tested"];
        for (var j = 0; j < heads.Length; j++) Put(sh, k, j, heads[j], st.Label);
        var results = r.GetProperty("results");
        var mark = S(r, "mark");
        for (var i = 0; i < Services.Length; i++)
        {
            Put(sh, k + 1 + i, 0, Services[i], st.Value);
            var got = results.TryGetProperty(Services[i], out var v) ? v.GetString() : null;
            for (var j = 0; j < keys.Length; j++)
                Put(sh, k + 1 + i, 1 + j, got == keys[j] ? mark : "", st.Center);
        }
        k += Services.Length + 2;
        Put(sh, k, 0, "Remarks / Issues", st.Label);
        Put(sh, k, 1, S(r, "issues"), st.Value);
        Put(sh, k + 1, 0, "Authorised Signature & Name", st.Label);
        Put(sh, k + 1, 1, S(r, "signatory_name"), st.Value);
        Put(sh, k + 2, 0, "Date of signature", st.Label);
        Put(sh, k + 2, 1, S(r, "signed_date"), st.Value);
        sh.SetColumnWidth(0, 34 * 256);
        sh.SetColumnWidth(1, 40 * 256);
        sh.SetColumnWidth(2, 14 * 256);
        sh.SetColumnWidth(3, 14 * 256);
        using var fs = File.Create(Out(file));
        wb.Write(fs);
    }
}
