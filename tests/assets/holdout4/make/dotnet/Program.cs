// Generator for the Open XML SDK files of tests/assets/holdout4: the SDK (3.3.0) used low-level, the way a
// C# developer writes a document by hand (element by element, no template, no styles part in the docx).
// Values come from ../cases.json (written by cases.py), so the files and the oracle cannot drift apart.
// Run from this folder: dotnet run -- ../../..   (the argument is tests/assets)
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

var assets = Path.GetFullPath(args.Length > 0 ? args[0] : "../../..");
var make = Path.Combine(assets, "holdout4", "make");
using var casesDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(make, "cases.json")));
var root = casesDoc.RootElement;
var services = root.GetProperty("services").EnumerateArray().Select(e => e.GetString()).ToArray();
var names = root.GetProperty("service_names");
string Ref = root.GetProperty("ref").GetString();
string IntentionTitle = root.GetProperty("intention_title").GetString();
string ResultTitle = root.GetProperty("result_title").GetString();

JsonElement Raw(string file) => root.GetProperty("cases").EnumerateArray()
    .First(c => c.GetProperty("file").GetString() == "holdout4/" + file).GetProperty("raw");
string S(JsonElement raw, string key) => raw.GetProperty(key).GetString();
DateTime D(JsonElement raw, string key) { var a = raw.GetProperty(key).EnumerateArray().Select(e => e.GetInt32()).ToArray(); return new DateTime(a[0], a[1], a[2]); }
string Out(string file) { var p = Path.Combine(assets, "holdout4", file); Directory.CreateDirectory(Path.GetDirectoryName(p)); return p; }
string SvcLabel(string code) => code + " – " + names.GetProperty(code).GetString();

WingdingsTabs();
SheetStrCells();
TableYesNoWords();
Console.WriteLine("dotnet generators done");

// ------------------------------------------------------------------ Word: tabs and Wingdings 2 symbols
W.Paragraph P(params OpenXmlElement[] runs) => new W.Paragraph(runs);
W.Run T(string text, bool bold = false)
{
    var r = new W.Run();
    if (bold) r.Append(new W.RunProperties(new W.Bold()));
    r.Append(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    return r;
}
W.Run Tab() => new W.Run(new W.TabChar());
W.Run Box(bool ticked) => new W.Run(new W.SymbolChar { Font = "Wingdings 2", Char = ticked ? "F054" : "F0A3" });

void WingdingsTabs()
{
    const string file = "openxmlsdk/intention-wingdings2-tabs-tsinglungtau.docx";
    var r = Raw(file);
    using var doc = W_Create(Out(file));
    var body = doc.MainDocumentPart.Document.Body;
    body.Append(P(T(IntentionTitle, bold: true)));
    body.Append(P(T("Ref. No.:"), Tab(), T(Ref)));
    foreach (var (label, key) in new[] { ("Subscriber Name:", "name"), ("Subscriber ID:", "id"), ("Contact Person:", "contact"),
                                         ("Telephone:", "phone"), ("Email:", "email") })
        body.Append(P(T(label), Tab(), T(S(r, key))));
    var yes = r.GetProperty("participate").GetBoolean();
    body.Append(P(T("Participation:"), Tab(), Box(yes), T(" Yes"), Tab(), Box(!yes), T(" No")));
    body.Append(P(T("Services to be verified:")));
    foreach (var s in services)
        body.Append(P(Tab(), Box(r.GetProperty("ticks").GetProperty(s).GetBoolean()), T(" " + SvcLabel(s))));
    body.Append(P(T("Name of Authorised Signatory:"), Tab(), T(S(r, "signatory"))));
    body.Append(P(T("Date:"), Tab(), T(S(r, "signed"))));
    body.Append(new W.SectionProperties(new W.PageSize { Width = 11906, Height = 16838 },
        new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 708, Footer = 708, Gutter = 0 }));
    doc.MainDocumentPart.Document.Save();
}

WordprocessingDocument W_Create(string path)
{
    var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
    var main = doc.AddMainDocumentPart();
    main.Document = new W.Document(new W.Body());
    return doc;
}

// ------------------------------------------------------------------ Word: a table, Yes/No per service
W.TableCell Cell(string text) => new W.TableCell(
    new W.TableCellProperties(new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = "4500" }),
    new W.Paragraph(T(text)));
W.Table Table(IEnumerable<(string, string)> rows)
{
    var t = new W.Table(new W.TableProperties(
        new W.TableBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                           new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                           new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 },
                           new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 }),
        new W.TableWidth { Type = W.TableWidthUnitValues.Dxa, Width = "9000" }),
        new W.TableGrid(new W.GridColumn { Width = "4500" }, new W.GridColumn { Width = "4500" }));
    foreach (var (a, b) in rows) t.Append(new W.TableRow(Cell(a), Cell(b)));
    return t;
}

void TableYesNoWords()
{
    const string file = "openxmlsdk/intention-sdk-table-yes-no-words-kowloontsai.docx";
    var r = Raw(file);
    using var doc = W_Create(Out(file));
    var body = doc.MainDocumentPart.Document.Body;
    body.Append(P(T(IntentionTitle, bold: true)));
    body.Append(P(T("Ref. No.: " + Ref)));
    body.Append(Table(new[] { ("Subscriber Name", S(r, "name")), ("Subscriber ID", S(r, "id")), ("Contact Person", S(r, "contact")),
                              ("Telephone", S(r, "phone")), ("Email", S(r, "email")), ("Participation", S(r, "participate")) }));
    body.Append(P(T("Services to be verified (Yes/No):")));
    body.Append(Table(services.Select(s => (SvcLabel(s), r.GetProperty("svc").GetProperty(s).GetString()))));
    body.Append(P());
    body.Append(Table(new[] { ("Name of Authorised Signatory", S(r, "signatory")), ("Date", S(r, "signed")) }));
    doc.MainDocumentPart.Document.Save();
}

// ------------------------------------------------------------------ Excel: t="str" cells, booleans, format 14
void SheetStrCells()
{
    const string file = "openxmlsdk/result-sdk-cells-str-castlepeakroad.xlsx";
    var r = Raw(file);
    using var doc = SpreadsheetDocument.Create(Out(file), SpreadsheetDocumentType.Workbook);
    var wbPart = doc.AddWorkbookPart();
    wbPart.Workbook = new Workbook();
    var styles = wbPart.AddNewPart<WorkbookStylesPart>();
    styles.Stylesheet = new Stylesheet(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                  new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
    var wsPart = wbPart.AddNewPart<WorksheetPart>();
    var data = new SheetData();
    uint row = 0;
    Row NewRow() { var x = new Row { RowIndex = ++row }; data.Append(x); return x; }
    string Ref_(int col) => $"{(char)('A' + col)}{row}";
    Cell Str(int col, string v) => new Cell { CellReference = Ref_(col), DataType = CellValues.String, CellValue = new CellValue(v) };
    Cell Bool(int col, bool v) => new Cell { CellReference = Ref_(col), DataType = CellValues.Boolean, CellValue = new CellValue(v ? "1" : "0") };
    Cell Date(int col, DateTime v) => new Cell { CellReference = Ref_(col), StyleIndex = 1, CellValue = new CellValue(v.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    var x1 = NewRow(); x1.Append(Str(0, ResultTitle));
    var x2 = NewRow(); x2.Append(Str(0, "Ref. No."), Str(1, Ref));
    foreach (var (label, key) in new[] { ("Subscriber Name", "name"), ("Subscriber ID", "id"), ("Contact Person", "contact"),
                                         ("Telephone", "phone"), ("Email", "email") })
    { var x = NewRow(); x.Append(Str(0, label), Str(1, S(r, key))); }
    var xs = NewRow(); xs.Append(Str(0, "Practice Session Date"), Date(1, D(r, "session")));
    NewRow();
    var xh = NewRow(); xh.Append(Str(0, "Service"), Str(1, "Successful"), Str(2, "Unsuccessful"), Str(3, "Not tested"));
    var cols = new[] { "successful", "unsuccessful", "not_tested" };
    foreach (var s in services)
    {
        var x = NewRow();
        x.Append(Str(0, SvcLabel(s)));
        var g = r.GetProperty("grid").GetProperty(s).GetString();
        for (int i = 0; i < 3; i++) x.Append(Bool(1 + i, g == cols[i]));
    }
    NewRow();
    var xg = NewRow(); xg.Append(Str(0, "Name of Authorised Signatory"), Str(1, S(r, "signatory")));
    var xd = NewRow(); xd.Append(Str(0, "Date"), Date(1, D(r, "signed")));
    wsPart.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 50, CustomWidth = true },
                                                 new Column { Min = 2, Max = 4, Width = 30, CustomWidth = true }), data);
    wbPart.Workbook.AppendChild(new Sheets(new Sheet { Id = wbPart.GetIdOfPart(wsPart), SheetId = 1, Name = "Result Form" }));
    wbPart.Workbook.Save();
}
