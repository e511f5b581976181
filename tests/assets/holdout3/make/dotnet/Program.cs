// Generator for the .NET-written files of tests/assets/holdout3: ClosedXML 0.95.4, EPPlus 4.5.3.3,
// MiniExcel 1.46 (filling our own blank intention.xlsx) and SpreadCheetah 1.28.
// Values come from ../cases.json (written by cases.py), so the files and the oracle cannot drift apart.
// Run from this folder: dotnet run -- ../..   (the argument is tests/assets)
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using OfficeOpenXml;
using SpreadCheetah;
using SpreadCheetah.Styling;

var assets = Path.GetFullPath(args.Length > 0 ? args[0] : "../../..");
var make = Path.Combine(assets, "holdout3", "make");
using var casesDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(make, "cases.json")));
var root = casesDoc.RootElement;
var services = root.GetProperty("services").EnumerateArray().Select(e => e.GetString()).ToArray();
var names = root.GetProperty("service_names");
string Ref = root.GetProperty("ref").GetString();
string IntentionTitle = root.GetProperty("intention_title").GetString();
string ResultTitle = root.GetProperty("result_title").GetString();

JsonElement Raw(string file) => root.GetProperty("cases").EnumerateArray().First(c => c.GetProperty("file").GetString() == file).GetProperty("raw");
string S(JsonElement raw, string key) => raw.GetProperty(key).ValueKind == JsonValueKind.Null ? null : raw.GetProperty(key).GetString();
DateTime D(JsonElement raw, string key) { var a = raw.GetProperty(key).EnumerateArray().Select(e => e.GetInt32()).ToArray(); return new DateTime(a[0], a[1], a[2]); }
string Out(string file) { var p = Path.Combine(assets, file); Directory.CreateDirectory(Path.GetDirectoryName(p)); return p; }
string SvcName(string code) => names.GetProperty(code).GetString();

ClosedXmlTungChung();
ClosedXmlShaTin();
ClosedXmlTaiPo();
ClosedXmlTracker();
EpplusFanling();
EpplusSheungShui();
MiniExcelTuenMun();
await SpreadCheetahYuenLong();
Console.WriteLine("dotnet generators done");

// ------------------------------------------------------------------------------------------ ClosedXML
void ClosedXmlTungChung()
{
    const string file = "holdout3/closedxml/intention-cover-sheet-tungchung.xlsx";
    var r = Raw(file);
    using var wb = new XLWorkbook();
    var cover = wb.Worksheets.Add("Instructions");
    cover.Cell("A1").SetValue("HKEX Hosting Services – Circular " + Ref).Style.Font.SetBold();
    cover.Cell("A3").SetValue("How to complete this form");
    cover.Cell("A4").SetValue("1. Fill in Subscriber Name, HSN Subscriber ID, Contact Person, Telephone and Email on the sheet 'Form'.");
    cover.Cell("A5").SetValue("2. Choose Yes or No for participation and tick (✔) each service to be verified.");
    cover.Cell("A6").SetValue("3. Return the form to HKEX Hosting Services – Service Desk (hsservicedesk@hkex.com.hk, Tel: (852) 2211 6080) on or before 24 Nov 2023.");
    cover.Column(1).Width = 110;

    var ws = wb.Worksheets.Add("Form");
    ws.Cell("A1").SetValue(IntentionTitle).Style.Font.SetBold().Font.SetFontSize(14);
    ws.Range("A1:C1").Merge();
    int row = 3;
    void Label(string en, string zh)
    {
        var cell = ws.Cell(row, 1);
        cell.RichText.AddText(en).SetBold();
        cell.RichText.AddText(" " + zh).SetFontColor(XLColor.Gray);
        ws.Range(row, 1, row, 2).Merge();
    }
    void Text(string en, string zh, string value)
    {
        Label(en, zh);
        ws.Cell(row, 3).SetValue(value).SetDataType(XLDataType.Text);
        ws.Cell(row, 3).Style.Border.SetBottomBorder(XLBorderStyleValues.Thin);
        row++;
    }
    Text("Ref. No.", "編號", Ref);
    Text("Subscriber Name", "公司名稱", S(r, "name"));
    Text("HSN Subscriber ID", "用戶編號", S(r, "id"));
    Text("Contact Person", "聯絡人", S(r, "contact"));
    Text("Telephone", "電話", S(r, "phone"));
    Text("Email", "電郵", S(r, "email"));
    row++;
    Label("We will / will not participate in PS2 using HSN", "參與");
    ws.Cell(row, 3).SetValue(S(r, "participate"));
    ws.Cell(row, 3).DataValidation.List("$C$25:$D$25");
    row += 2;
    ws.Cell(row, 1).SetValue("Services to be verified (✔)").Style.Font.SetBold();
    row++;
    foreach (var code in services)
    {
        ws.Cell(row, 1).SetValue(code);
        ws.Cell(row, 2).SetValue(SvcName(code));
        var tick = r.GetProperty("ticks").GetProperty(code).GetString();
        if (tick.Length > 0) ws.Cell(row, 3).SetValue(tick);
        ws.Cell(row, 3).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        row++;
    }
    row++;
    Text("Name of Authorised Signatory", "授權人姓名", S(r, "signatory"));
    Label("Date", "日期");
    ws.Cell(row, 3).SetValue(D(r, "signed"));
    ws.Cell(row, 3).Style.NumberFormat.Format = "dd-mmm-yyyy";
    // the drop-down's list, in a hidden helper row
    ws.Cell(25, 2).SetValue("Drop-down list");
    ws.Cell(25, 3).SetValue("Yes");
    ws.Cell(25, 4).SetValue("No");
    ws.Row(25).Hide();
    ws.Column(1).Width = 28; ws.Column(2).Width = 44; ws.Column(3).Width = 36;
    wb.Worksheet("Form").SetTabActive();
    wb.SaveAs(Out(file));
}

void ClosedXmlShaTin()
{
    const string file = "holdout3/closedxml/result-merged-grid-shatin.xlsx";
    var r = Raw(file);
    using var wb = new XLWorkbook();
    var ws = wb.Worksheets.Add("Result Form");
    ws.Cell("A1").SetValue(ResultTitle).Style.Font.SetBold();
    ws.Range("A1:D1").Merge();
    ws.Cell("A2").SetValue("Ref. No. 編號: " + Ref);
    int row = 4;
    void Text(string label, string value, bool wrap = false)
    {
        ws.Cell(row, 1).SetValue(label).Style.Font.SetBold();
        ws.Range(row, 2, row, 4).Merge();
        var c = ws.Cell(row, 2);
        c.SetValue(value).SetDataType(XLDataType.Text);
        if (wrap) { c.Style.Alignment.SetWrapText(); ws.Row(row).Height = 32; }
        row++;
    }
    Text("Subscriber Name 公司名稱", S(r, "name"));
    Text("HSN Subscriber ID 用戶編號", S(r, "id"));
    Text("Contact Person 聯絡人", S(r, "contact"));
    Text("Telephone 電話", S(r, "phone"));
    Text("Email 電郵", S(r, "email"));
    Text("Practice Session Date 演習日期", S(r, "session"));
    row++;
    ws.Cell(row, 1).SetValue("Service 服務").Style.Font.SetBold();
    ws.Cell(row, 2).SetValue("Result 結果").Style.Font.SetBold();
    ws.Range(row, 2, row, 4).Merge().Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
    ws.Range(row, 1, row + 1, 1).Merge();
    row++;
    ws.Cell(row, 2).SetValue("Successful");
    ws.Cell(row, 3).SetValue("Unsuccessful");
    ws.Cell(row, 4).SetValue("Not tested");
    row++;
    var col = new Dictionary<string, int> { ["successful"] = 2, ["unsuccessful"] = 3, ["not_tested"] = 4 };
    foreach (var code in services)
    {
        ws.Cell(row, 1).SetValue($"{code} – {SvcName(code)}");
        var v = r.GetProperty("grid").GetProperty(code).GetString();
        if (v.Length > 0) ws.Cell(row, col[v]).SetValue("✓");
        row++;
    }
    row++;
    Text("Issues Encountered 備註", S(r, "issues"), wrap: true);
    Text("Name of Authorised Signatory 授權人姓名", S(r, "signatory"));
    ws.Cell(row, 1).SetValue("Date 日期").Style.Font.SetBold();
    ws.Cell(row, 2).SetValue(D(r, "signed"));
    ws.Cell(row, 2).Style.NumberFormat.Format = "d/m/yyyy";
    ws.Column(1).Width = 52; ws.Columns(2, 4).Width = 16;
    wb.SaveAs(Out(file));
}

void ClosedXmlTaiPo()
{
    const string file = "holdout3/closedxml/intention-missing-id-taipo.xlsx";
    var r = Raw(file);
    using var wb = new XLWorkbook();
    var ws = wb.Worksheets.Add("INTENTION FORM");
    ws.Cell("A1").SetValue("APPENDIX A – INTENTION FORM FOR USING HSN TO PARTICIPATE PRACTICE SESSION");
    ws.Cell("A2").SetValue("REF. NO.");
    ws.Cell("B2").SetValue(Ref);
    int row = 4;
    void Text(string label, string value)
    {
        ws.Cell(row, 1).SetValue(label);
        var c = ws.Cell(row, 2);
        if (value.Length > 0) c.SetValue(value).SetDataType(XLDataType.Text);
        c.Style.Fill.SetBackgroundColor(XLColor.LightYellow).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        row++;
    }
    Text("COMPANY NAME", S(r, "name"));
    Text("SUBSCRIBER CODE", S(r, "id"));
    Text("CONTACT PERSON", S(r, "contact"));
    Text("TEL. NO.", S(r, "phone"));
    Text("E-MAIL ADDRESS", S(r, "email"));
    Text("PARTICIPATION", S(r, "participate"));
    ws.Cell(row, 1).SetValue("SERVICES TO BE VERIFIED (YES / NO)");
    row++;
    foreach (var code in services)
        Text(code, r.GetProperty("svc").GetProperty(code).GetString());
    Text("AUTHORISED PERSON", S(r, "signatory"));
    Text("DATE", S(r, "signed"));
    ws.Column(1).Width = 40; ws.Column(2).Width = 40;
    wb.SaveAs(Out(file));
}

void ClosedXmlTracker()
{
    const string file = "holdout3/bad/tracker-hds-23-1109.xlsx";
    using var wb = new XLWorkbook();
    var ws = wb.Worksheets.Add("Tracker");
    ws.Cell("A1").SetValue("HDS/23/1109 – Intention and Result Forms – tracker").Style.Font.SetBold();
    string[] header = ["Subscriber ID", "Subscriber Name", "Contact Person", "Email", "Tel", "Intention", "Participate", "Services", "Result"];
    for (int i = 0; i < header.Length; i++) ws.Cell(3, i + 1).SetValue(header[i]).Style.Font.SetBold();
    string[] places = ["Lung Cheung", "Tai Hang", "Braemar Hill", "Jardine's Lookout", "Happy Hill", "Lei Tung", "Cyberport", "Yau Tong",
        "Lam Tin", "Ngau Tau Kok", "Kowloon City", "San Po Kong", "Tsz Wan Shan", "Shun Lee", "Choi Hung", "Hang Hau", "Po Lam", "Tiu Keng Leng",
        "Sheung Tak", "Kwai Fong", "Lai King", "Sunny Bay", "Tai O", "Mui Wo", "Discovery Park", "Siu Lek Yuen", "Kwong Fuk", "Tolo Harbour",
        "Luk Yeung", "Wu Kai Sha"];
    string[] status = ["on_time", "late", "pending", "incomplete", "on_time"];
    var rnd = new Random(1109);
    for (int i = 0; i < places.Length; i++)
    {
        int rr = 4 + i;
        var firm = places[i] + " Securities Limited";
        var slug = new string(places[i].ToLowerInvariant().Where(char.IsLetter).ToArray());
        ws.Cell(rr, 1).SetValue($"HSN{2000 + i * 7:D4}");
        ws.Cell(rr, 2).SetValue(firm);
        ws.Cell(rr, 3).SetValue($"Contact {i + 1}");
        ws.Cell(rr, 4).SetValue($"ops@{slug}sec.com.hk");
        ws.Cell(rr, 5).SetValue($"+852 2{rnd.Next(100, 999)} {rnd.Next(1000, 9999)}").SetDataType(XLDataType.Text);
        ws.Cell(rr, 6).SetValue(status[i % status.Length]);
        ws.Cell(rr, 7).SetValue(i % 4 == 3 ? "No" : "Yes");
        ws.Cell(rr, 8).SetValue(i % 4 == 3 ? "" : string.Join(", ", services.Where((_, k) => (i + k) % 3 != 0)));
        ws.Cell(rr, 9).SetValue(i % 4 == 3 ? "not_required" : status[(i + 2) % status.Length]);
    }
    ws.Range(3, 1, 3 + places.Length, header.Length).SetAutoFilter();
    ws.SheetView.FreezeRows(3);
    for (int i = 1; i <= header.Length; i++) ws.Column(i).Width = 22;
    wb.SaveAs(Out(file));
}

// ------------------------------------------------------------------------------------------ EPPlus
void EpplusFanling()
{
    const string file = "holdout3/epplus/result-wingdings2-tick-fanling.xlsx";
    var r = Raw(file);
    using var p = new ExcelPackage();
    var ws = p.Workbook.Worksheets.Add("Appendix B");
    ws.Cells["A1"].Value = ResultTitle;
    ws.Cells["A1"].Style.Font.Bold = true;
    ws.Cells["A2"].Value = "Circular Ref: " + Ref;
    int row = 4;
    void Text(string label, object value, string fmt = null)
    {
        ws.Cells[row, 1].Value = label;
        ws.Cells[row, 2].Value = value;
        if (fmt != null) ws.Cells[row, 2].Style.Numberformat.Format = fmt;
        row++;
    }
    Text("Subscriber Name", S(r, "name"));
    Text("HSN Subscriber ID", S(r, "id"));
    Text("Contact Person", S(r, "contact"));
    Text("Tel. No.", S(r, "phone"));
    Text("E-mail Address", S(r, "email"));
    Text("Practice Session Date", D(r, "session"), "d mmmm yyyy");
    row++;
    ws.Cells[row, 1].Value = "Service";
    ws.Cells[row, 2].Value = "Successful";
    ws.Cells[row, 3].Value = "Unsuccessful";
    ws.Cells[row, 4].Value = "Not tested";
    ws.Cells[row, 1, row, 4].Style.Font.Bold = true;
    row++;
    var col = new Dictionary<string, int> { ["successful"] = 2, ["unsuccessful"] = 3, ["not_tested"] = 4 };
    foreach (var code in services)
    {
        ws.Cells[row, 1].Value = $"{code} ({SvcName(code)})";
        for (int c = 2; c <= 4; c++)
        {
            ws.Cells[row, c].Style.Font.Name = "Wingdings 2";
            ws.Cells[row, c].Style.HorizontalAlignment = OfficeOpenXml.Style.ExcelHorizontalAlignment.Center;
            ws.Cells[row, c].Style.Border.BorderAround(OfficeOpenXml.Style.ExcelBorderStyle.Thin);
        }
        var v = r.GetProperty("grid").GetProperty(code).GetString();
        if (v.Length > 0) ws.Cells[row, col[v]].Value = "P";
        row++;
    }
    row++;
    Text("Name of Authorised Signatory", S(r, "signatory"));
    Text("Date", D(r, "signed"), "d mmmm yyyy");
    ws.Column(1).Width = 52; ws.Column(2).Width = 22; ws.Column(3).Width = 14; ws.Column(4).Width = 14;
    p.SaveAs(new FileInfo(Out(file)));
}

void EpplusSheungShui()
{
    const string file = "holdout3/epplus/intention-formulas-sheungshui.xlsx";
    var r = Raw(file);
    using var p = new ExcelPackage();
    var ws = p.Workbook.Worksheets.Add("Form");
    var data = p.Workbook.Worksheets.Add("Data");
    string[][] rows =
    [
        ["Company", S(r, "name")], ["Code", S(r, "id")], ["Contact", S(r, "contact")], ["Phone", S(r, "phone")],
        ["Mail", S(r, "email")], ["Signatory", S(r, "signatory")],
    ];
    for (int i = 0; i < rows.Length; i++) { data.Cells[i + 2, 1].Value = rows[i][0]; data.Cells[i + 2, 2].Value = rows[i][1]; }
    data.Cells["A1"].Value = "Firm master data";
    data.Hidden = eWorkSheetHidden.Hidden;

    ws.Cells["A1"].Value = IntentionTitle;
    ws.Cells["A1"].Style.Font.Bold = true;
    ws.Cells["A2"].Value = "Ref. No.";
    ws.Cells["B2"].Value = Ref;
    int row = 4;
    void F(string label, string formula, string fmt = null)
    {
        ws.Cells[row, 1].Value = label;
        ws.Cells[row, 2].Formula = formula;
        if (fmt != null) ws.Cells[row, 2].Style.Numberformat.Format = fmt;
        row++;
    }
    F("Subscriber Name", "Data!B2");
    F("HSN Subscriber ID", "UPPER(Data!B3)");
    F("Contact Person", "Data!B4");
    F("Telephone", "Data!B5");
    F("Email", "Data!B6");
    ws.Cells[row, 1].Value = "Will you participate in PS2 using HSN?";
    ws.Cells[row, 2].Value = S(r, "participate");
    row += 2;
    ws.Cells[row, 1].Value = "Services to be verified";
    ws.Cells[row, 2].Value = "Tick (✓)";
    row++;
    foreach (var code in services)
    {
        ws.Cells[row, 1].Value = $"{code} – {SvcName(code)}";
        var t = r.GetProperty("ticks").GetProperty(code).GetString();
        if (t.Length > 0) ws.Cells[row, 2].Value = t;
        row++;
    }
    row++;
    F("Name of Authorised Signatory", "Data!B7");
    var d = D(r, "signed");
    F("Date", $"DATE({d.Year},{d.Month},{d.Day})", "dd/mm/yyyy");
    ws.Column(1).Width = 52; ws.Column(2).Width = 40;
    p.Workbook.Calculate();
    p.SaveAs(new FileInfo(Out(file)));
}

// ------------------------------------------------------------------------------------------ MiniExcel
void MiniExcelTuenMun()
{
    const string file = "holdout3/miniexcel/intention-template-tuenmun.xlsx";
    var r = Raw(file);
    // The firm's template: our blank intention.xlsx with {{tags}} typed into the value cells.
    var template = Path.Combine(Path.GetTempPath(), "holdout3-miniexcel-template.xlsx");
    File.Copy(Path.Combine(make, "templates", "intention.xlsx"), template, true);
    using (var zip = ZipFile.Open(template, ZipArchiveMode.Update))
    {
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml");
        string xml;
        using (var s = new StreamReader(entry.Open())) xml = s.ReadToEnd();
        var tags = new Dictionary<string, string>
        {
            ["B5"] = "name", ["B6"] = "id", ["B7"] = "contact", ["B8"] = "phone", ["B9"] = "email", ["B10"] = "signatory",
            ["B11"] = "signed", ["B12"] = "participate", ["B14"] = "OTP_C", ["B15"] = "OTP_CSC", ["B16"] = "OMD_C", ["B17"] = "OMD_CC",
        };
        foreach (var (cell, tag) in tags)
        {
            var m = System.Text.RegularExpressions.Regex.Match(xml, $"<x:c r=\"{cell}\" s=\"(\\d+)\" />");
            if (!m.Success) throw new InvalidOperationException("template cell " + cell);
            xml = xml.Replace(m.Value, $"<x:c r=\"{cell}\" s=\"{m.Groups[1].Value}\" t=\"inlineStr\"><x:is><x:t>{{{{{tag}}}}}</x:t></x:is></x:c>");
        }
        entry.Delete();
        using var w = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
        w.Write(xml);
    }
    var values = new Dictionary<string, object>
    {
        ["name"] = S(r, "name"), ["id"] = S(r, "id"), ["contact"] = S(r, "contact"), ["phone"] = S(r, "phone"),
        ["email"] = S(r, "email"), ["signatory"] = S(r, "signatory"), ["signed"] = S(r, "signed"),
        ["participate"] = S(r, "participate"),
    };
    foreach (var code in services) values[code.Replace('-', '_')] = r.GetProperty("svc").GetProperty(code).GetString();
    var path = Out(file);
    if (File.Exists(path)) File.Delete(path);
    MiniExcelLibs.MiniExcel.SaveAsByTemplate(path, template, values);
}

// ------------------------------------------------------------------------------------------ SpreadCheetah
async Task SpreadCheetahYuenLong()
{
    const string file = "holdout3/spreadcheetah/result-streaming-yuenlong.xlsx";
    var r = Raw(file);
    await using var stream = File.Create(Out(file));
    await using var sheet = await Spreadsheet.CreateNewAsync(stream);
    await sheet.StartWorksheetAsync("Result");
    var bold = sheet.AddStyle(new Style { Font = { Bold = true } });
    var date = sheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") });
    async Task Row(params Cell[] cells) => await sheet.AddRowAsync(cells);
    await Row(new Cell(ResultTitle, bold));
    await Row(new Cell("Circular Ref"), new Cell(Ref));
    await Row();
    await Row(new Cell("Company Name", bold), new Cell(S(r, "name")));
    await Row(new Cell("Subscriber Code", bold), new Cell(S(r, "id")));
    await Row(new Cell("Contact Name", bold), new Cell(S(r, "contact")));
    await Row(new Cell("Contact Number", bold), new Cell(S(r, "phone")));
    await Row(new Cell("E-mail Address", bold), new Cell(S(r, "email")));
    await Row(new Cell("Practice Session Date", bold), new Cell(D(r, "session"), date));
    await Row();
    await Row(new Cell("Service", bold), new Cell("Result (Pass / Fail / Not Tested)", bold));
    foreach (var code in services)
        await Row(new Cell(code), new Cell(r.GetProperty("words").GetProperty(code).GetString()));
    await Row();
    await Row(new Cell("Remarks", bold), new Cell(S(r, "issues")));
    await Row(new Cell("Authorised Person", bold), new Cell(S(r, "signatory")));
    await Row(new Cell("Date", bold), new Cell(D(r, "signed"), date));
    await sheet.FinishAsync();
}
