using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HsnForms.Intake;
using HsnForms.Intake.Compliance;
using HsnForms.Intake.Storage;
using HsnForms.Intake.Text;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace HsnForms.Reporting;

/// <summary>
/// The tracker workbook the service desk opens instead of its hand-kept one: a row per subscriber with
/// each form's status, time received (HKT) and answers; a summary with a native bar chart; and the
/// review list. Every value is written as a string or number cell, never a formula, and text that a
/// spreadsheet would take for a formula (=, +, -, @, tab, CR) carries quotePrefix.
/// </summary>
public static class TrackerWorkbook
{
    internal const string TrackerSheet = "Tracker";
    internal const string SummarySheet = "Summary";
    internal const string ReviewSheet = "Review";

    /// <summary>Excel keeps at most this many characters in a cell.</summary>
    private const int MaxCellText = 32_767;

    public static void Write(Stream output, ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);

        // Packaging wants a seekable, readable stream; build in memory and copy, so any stream will do.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook, autoSave: true))
        {
            document.PackageProperties.Title = $"{report.Circular.Ref} forms tracker";
            document.PackageProperties.Subject = report.Circular.Title;
            document.PackageProperties.Creator = "HsnForms";

            var workbookPart = document.AddWorkbookPart();
            var styles = new StyleRegistry();
            var strings = new SharedStrings();

            var tracker = workbookPart.AddNewPart<WorksheetPart>();
            var summary = workbookPart.AddNewPart<WorksheetPart>();
            var reviewPart = workbookPart.AddNewPart<WorksheetPart>();

            var trackerRange = WriteTracker(tracker, report, styles, strings);
            WriteSummary(summary, report, styles, strings);
            var reviewRange = WriteReview(reviewPart, report, styles, strings);

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                new Sheets(
                    new Sheet { Name = TrackerSheet, SheetId = 1, Id = workbookPart.GetIdOfPart(tracker) },
                    new Sheet { Name = SummarySheet, SheetId = 2, Id = workbookPart.GetIdOfPart(summary) },
                    new Sheet { Name = ReviewSheet, SheetId = 3, Id = workbookPart.GetIdOfPart(reviewPart) }),
                new DefinedNames(
                    new DefinedName { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true, Text = $"{TrackerSheet}!{Absolute(trackerRange)}" },
                    new DefinedName { Name = "_xlnm._FilterDatabase", LocalSheetId = 2, Hidden = true, Text = $"{ReviewSheet}!{Absolute(reviewRange)}" },
                    new DefinedName { Name = "_xlnm.Print_Titles", LocalSheetId = 0, Text = $"{TrackerSheet}!$A:$B,{TrackerSheet}!$1:$1" },
                    new DefinedName { Name = "_xlnm.Print_Titles", LocalSheetId = 2, Text = $"{ReviewSheet}!$1:$1" }));
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static string WriteTracker(WorksheetPart part, ComplianceReport report, StyleRegistry styles, SharedStrings strings)
    {
        var sheet = new SheetBuilder(styles, strings);
        var circular = report.Circular;

        var header = new List<string> { "Subscriber ID", "Subscriber Name" };
        foreach (var form in circular.Forms)
        {
            var name = ReportText.FormName(form.Form);
            header.Add($"{name} status");
            header.Add($"{name} received (HKT)");
            if (form.Form == "intention")
            {
                header.Add("Participation");
                header.Add("Services");
            }
            else if (form.Form == "result")
            {
                header.AddRange(circular.Services.Select(s => $"Result {s}"));
            }
        }

        header.AddRange(["Contact person", "Telephone", "E-mail", "Problems", "Service desk", "Reminders", "Notes"]);
        sheet.HeaderRow(header);

        foreach (var standing in report.Subscribers)
        {
            var row = sheet.NewRow();
            row.Text(standing.Subscriber.Id);
            row.Text(standing.Subscriber.Name, wrapAt: 40);
            foreach (var form in circular.Forms)
            {
                var f = standing[form.Form];
                if (f is null)
                {
                    row.Blank();
                    row.Blank();
                }
                else
                {
                    row.Status(f.Status);
                    row.DateTime(f.ReceivedAt);
                }

                var shown = f?.Shown;
                if (form.Form == "intention")
                {
                    var fields = shown?.Fields;
                    row.Text(fields is null ? "" : ReportText.Desk(ReportText.YesNo(fields.Participate), shown!, "participate"));
                    row.Text(fields is null ? "" : ReportText.Desk(string.Join(", ", fields.Services), shown!, "services"), wrapAt: 18);
                }
                else if (form.Form == "result")
                {
                    var results = shown is null ? new Dictionary<string, string>() : shown.Fields.Results;
                    foreach (var service in circular.Services)
                    {
                        row.Result(results.TryGetValue(service, out var result) ? ReportText.Desk(ReportText.ResultWord(result), shown!, "results") : "");
                    }
                }
            }

            var contact = ReportText.ContactOf(standing);
            row.Text(contact.Name);
            row.Text(contact.Phone);
            row.Text(contact.Email);
            row.Text(ReportText.ProblemsOf(standing), wrapAt: 44);
            row.Text(ReportText.DeskOf(standing), wrapAt: 36);
            row.Text(ReportText.RemindersOf(standing));
            row.Text(ReportText.NotesOf(standing), wrapAt: 44);
        }

        // Printed at 80 %, across as many pages as it needs: the ID and name columns and the
        // header row repeat on each page (the Print_Titles name), so every page reads on its own.
        var range = sheet.TableRange;
        var worksheet = new Worksheet(
            new SheetDimension { Reference = range },
            FrozenView(columns: 2, rows: 1),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            sheet.Columns(),
            sheet.Data,
            new AutoFilter { Reference = range });
        worksheet.Append(sheet.ConditionalFormats());
        worksheet.Append(
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, Scale = 80, PageOrder = PageOrderValues.OverThenDown },
            Footer($"{report.Circular.Ref} forms tracker as of {HongKongTime.Readable(report.AsOf)}"),
            TextIsText(range));
        part.Worksheet = worksheet;
        return range;
    }

    private static void WriteSummary(WorksheetPart part, ComplianceReport report, StyleRegistry styles, SharedStrings strings)
    {
        var sheet = new SheetBuilder(styles, strings);
        var circular = report.Circular;
        var forms = circular.Forms.Select(f => f.Form).ToList();

        // The title lines run across the empty cells to their right, so they set no column width.
        sheet.NewRow().Text(circular.Ref, StyleRegistry.Title, measure: false);
        sheet.NewRow().Text(circular.Title, StyleRegistry.Subtitle, measure: false);
        var asOf = sheet.NewRow();
        asOf.Text("As of (HKT)", StyleRegistry.Label);
        asOf.DateTime(report.AsOf, StyleRegistry.WhenHkt);
        if (circular.SessionDate is { } session)
        {
            var row = sheet.NewRow();
            row.Text("Practice session", StyleRegistry.Label);
            row.Date(session);
        }

        foreach (var form in circular.Forms)
        {
            var row = sheet.NewRow();
            row.Text($"{ReportText.FormName(form.Form)} form due on or before", StyleRegistry.Label);
            row.Date(form.Due);
        }

        sheet.NewRow();
        var tableTop = sheet.HeaderRow(["Status", .. forms.Select(ReportText.FormName)]);
        var summaries = forms.Select(report.Summary).ToList();
        var firstStatusRow = tableTop + 1;
        foreach (var status in FormStatuses.All)
        {
            var row = sheet.NewRow();
            row.Status(status);
            foreach (var counts in summaries)
            {
                if (counts.TryGetValue(status, out var count))
                {
                    row.Number(count);
                }
                else
                {
                    row.Blank();
                }
            }
        }

        var lastStatusRow = firstStatusRow + (uint)FormStatuses.All.Length - 1;
        var total = sheet.NewRow();
        total.Text("Subscribers", StyleRegistry.TotalLabel);
        foreach (var counts in summaries)
        {
            total.Number(counts.Values.Sum(), StyleRegistry.TotalNumber);
        }

        sheet.NewRow();
        var review = sheet.NewRow();
        review.Text("Waiting for review (Review sheet)", StyleRegistry.Label);
        review.Number(report.Review.Count, StyleRegistry.PlainNumber);

        sheet.MinimumWidth(0, 32);
        for (var i = 1; i <= forms.Count; i++)
        {
            sheet.MinimumWidth(i, 14);
        }

        var drawings = part.AddNewPart<DrawingsPart>();
        var chart = drawings.AddNewPart<ChartPart>();
        chart.ChartSpace = Chart(report, forms, summaries, firstStatusRow, lastStatusRow, tableTop);
        drawings.WorksheetDrawing = ChartAnchor(drawings.GetIdOfPart(chart), column: 0, row: (int)sheet.RowCount + 1);

        part.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = sheet.UsedRange },
            new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = false }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            sheet.Columns(),
            sheet.Data);
        part.Worksheet.Append(sheet.ConditionalFormats());
        part.Worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 1 },
            new Drawing { Id = part.GetIdOfPart(drawings) });
    }

    private static string WriteReview(WorksheetPart part, ComplianceReport report, StyleRegistry styles, SharedStrings strings)
    {
        var sheet = new SheetBuilder(styles, strings);
        sheet.HeaderRow(["Received (HKT)", "From", "Subject", "File", "Reason", "Reason code", "Detail", "Review id"]);
        foreach (var item in report.Review)
        {
            var row = sheet.NewRow();
            // Every column wraps within a narrow cap, so the sheet fits a landscape page at about 90 %
            // and prints as readably as the tracker, not shrunk to fit one long detail or id.
            row.DateTime(item.ReceivedAt);
            row.Text(item.From, wrapAt: 22);
            row.Text(item.Subject, wrapAt: 20);
            row.Text(item.AttachmentName ?? "", wrapAt: 18);
            row.Text(ReportText.ReasonWords(item.Reason), wrapAt: 20);
            row.Text(item.Reason, wrapAt: 14);
            row.Text(item.Detail, wrapAt: 30);
            row.Text(item.Id, wrapAt: 18);
        }

        var range = sheet.TableRange;
        part.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = range },
            FrozenView(columns: 0, rows: 1),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            sheet.Columns(),
            sheet.Data,
            new AutoFilter { Reference = range },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            Footer($"{report.Circular.Ref} review list as of {HongKongTime.Readable(report.AsOf)}"),
            TextIsText(range));
        return range;
    }

    private static SheetViews FrozenView(int columns, int rows)
    {
        var topLeft = Reference(columns, (uint)rows + 1);
        var pane = new Pane
        {
            TopLeftCell = topLeft,
            State = PaneStateValues.Frozen,
            ActivePane = columns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft,
        };

        // HorizontalSplit is xSplit (the columns left of the split), VerticalSplit is ySplit (the rows above it).
        if (columns > 0)
        {
            pane.HorizontalSplit = columns;
        }

        pane.VerticalSplit = rows;
        return new SheetViews(new SheetView(pane, new Selection { Pane = pane.ActivePane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue>([new StringValue(topLeft)]) })
        {
            WorkbookViewId = 0,
        });
    }

    /// <summary>Telephone numbers and IDs are text on purpose: no "number stored as text" warnings on them.</summary>
    private static IgnoredErrors TextIsText(string range) =>
        new(new IgnoredError { SequenceOfReferences = new ListValue<StringValue>([new StringValue(range)]), NumberStoredAsText = true });

    private static HeaderFooter Footer(string text) =>
        new(new OddFooter($"&L{text.Replace("&", "&&", StringComparison.Ordinal)}&RPage &P of &N"));

    private static C.ChartSpace Chart(ComplianceReport report, List<string> forms, List<IReadOnlyDictionary<string, int>> summaries, uint firstRow, uint lastRow, uint headerRow)
    {
        const uint CategoryAxis = 48_650_112;
        const uint ValueAxis = 48_672_768;
        string[] colours = ["2F5597", "C55A11", "548235", "7030A0", "BF9000"];

        var categories = $"{SummarySheet}!$A${firstRow}:$A${lastRow}";
        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });

        var max = 0;
        for (var i = 0; i < forms.Count; i++)
        {
            var column = ColumnName(i + 1);
            var statusCache = new C.StringCache(new C.PointCount { Val = (uint)FormStatuses.All.Length });
            var valueCache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)FormStatuses.All.Length });
            for (var s = 0; s < FormStatuses.All.Length; s++)
            {
                statusCache.Append(new C.StringPoint(new C.NumericValue(ReportText.StatusWord(FormStatuses.All[s]))) { Index = (uint)s });
                if (summaries[i].TryGetValue(FormStatuses.All[s], out var count))
                {
                    max = Math.Max(max, count);
                    valueCache.Append(new C.NumericPoint(new C.NumericValue(count.ToString(CultureInfo.InvariantCulture))) { Index = (uint)s });
                }
            }

            barChart.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                new C.SeriesText(new C.StringReference(
                    new C.Formula($"{SummarySheet}!${column}${headerRow}"),
                    new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(ReportText.FormName(forms[i]))) { Index = 0 }))),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colours[i % colours.Length] })),
                new C.InvertIfNegative { Val = false },
                new C.CategoryAxisData(new C.StringReference(new C.Formula(categories), statusCache)),
                new C.Values(new C.NumberReference(new C.Formula($"{SummarySheet}!${column}${firstRow}:${column}${lastRow}"), valueCache))));
        }

        barChart.Append(
            new C.DataLabels(
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }),
            new C.GapWidth { Val = 60 },
            new C.AxisId { Val = CategoryAxis },
            new C.AxisId { Val = ValueAxis });

        var plot = new C.PlotArea(
            new C.Layout(),
            barChart,
            new C.CategoryAxis(
                new C.AxisId { Val = CategoryAxis },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = ValueAxis },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 }),
            new C.ValueAxis(
                new C.AxisId { Val = ValueAxis },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })))),
                new C.Title(Rich("Subscribers", 1000, bold: false), new C.Overlay { Val = false }),
                new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = CategoryAxis },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between },
                new C.MajorUnit { Val = Math.Max(1, Math.Ceiling(max / 8.0)) }));

        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "en-GB" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(Rich($"{report.Circular.Ref}: forms by status", 1400, bold: true), new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                plot,
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.ChartText Rich(string text, int size, bool bold) => new(new C.RichText(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(
            new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = bold }),
            new A.Run(new A.RunProperties { Language = "en-GB", FontSize = size, Bold = bold }, new A.Text(ReportText.Clean(text))))));

    /// <summary>The chart at a fixed size (16 x 8.5 cm), its top-left corner at a cell (0-based column and row).</summary>
    private static Xdr.WorksheetDrawing ChartAnchor(string chartId, int column, int row)
    {
        const long Cx = 16 * 360_000L;
        const long Cy = 85 * 36_000L;
        var drawing = new Xdr.WorksheetDrawing(new Xdr.OneCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"), new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
            new Xdr.Extent { Cx = Cx, Cy = Cy },
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = 2, Name = "Forms by status", Description = "Bar chart: number of subscribers in each status, one bar per form" },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = Cx, Cy = Cy }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            { Macro = "" },
            new Xdr.ClientData()));
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        return drawing;
    }

    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    internal static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(r =>
        {
            var digits = r.IndexOfAny("0123456789".ToCharArray());
            return $"${r[..digits]}${r[digits..]}";
        }));

    /// <summary>Cell formats, interned by what they combine, so every cell gets the one it needs.</summary>
    private sealed class StyleRegistry
    {
        // Fonts
        private const uint Normal = 0;
        private const uint Bold = 1;
        private const uint Large = 2;
        private const uint Medium = 3;

        // Fills (0 and 1 are the two Excel reserves)
        private const uint NoFill = 0;
        private const uint HeaderFill = 2;
        private const uint TotalFill = 3;

        // Number formats
        internal const uint WhenFormat = 164;
        internal const uint DateFormat = 165;
        internal const uint WhenHktFormat = 166;

        public static readonly Xf Header = new(Bold, HeaderFill, 0, Border: true, Wrap: true);
        public static readonly Xf Cell = new(Normal, NoFill, 0, Border: true, Wrap: false);
        public static readonly Xf WideCell = Cell with { Wrap = true };
        public static readonly Xf When = Cell with { NumFmt = WhenFormat };
        public static readonly Xf WhenHkt = new(Normal, NoFill, WhenHktFormat, Border: false, Wrap: false, Left: true);
        public static readonly Xf Day = new(Normal, NoFill, DateFormat, Border: false, Wrap: false, Left: true);
        public static readonly Xf Number = Cell;
        public static readonly Xf PlainNumber = new(Normal, NoFill, 0, Border: false, Wrap: false, Left: true);
        public static readonly Xf Title = new(Large, NoFill, 0, Border: false, Wrap: false);
        public static readonly Xf Subtitle = new(Medium, NoFill, 0, Border: false, Wrap: false);
        public static readonly Xf Label = new(Bold, NoFill, 0, Border: false, Wrap: false);
        public static readonly Xf TotalLabel = new(Bold, TotalFill, 0, Border: true, Wrap: false);
        public static readonly Xf TotalNumber = TotalLabel;

        private readonly Dictionary<Xf, uint> _index = [];
        private readonly List<Xf> _formats = [];

        public StyleRegistry() => Get(new Xf(Normal, NoFill, 0, Border: false, Wrap: false));

        public uint Get(Xf xf)
        {
            if (!_index.TryGetValue(xf, out var id))
            {
                id = (uint)_formats.Count;
                _formats.Add(xf);
                _index[xf] = id;
            }

            return id;
        }

        /// <summary>
        /// How each status word and result word looks, as conditional formats (differential formats,
        /// in this order): the colour follows the value, so a status typed over or sorted keeps its colour.
        /// </summary>
        public static readonly (string Word, string Text, string? Fill, bool Bold)[] Highlights =
        [
            (ReportText.StatusWord(FormStatuses.OnTime), "006100", "C6EFCE", false),
            (ReportText.StatusWord(FormStatuses.Late), "9C5700", "FFEB9C", false),
            (ReportText.StatusWord(FormStatuses.Incomplete), "9C5700", "FFEB9C", false),
            (ReportText.StatusWord(FormStatuses.Pending), "3F3F3F", "D9D9D9", false),
            (ReportText.StatusWord(FormStatuses.NotRequired), "3F3F3F", "EDEDED", false),
            (ReportText.StatusWord(FormStatuses.Missing), "9C0006", "FFC7CE", true),
            (ReportText.ResultWord("unsuccessful"), "9C0006", "FFC7CE", true),
            (ReportText.ResultWord("not_tested"), "595959", null, false),
        ];

        /// <summary>The highlights of status words: the first six.</summary>
        public const int StatusHighlights = 6;

        private static DifferentialFormats Highlighting()
        {
            var formats = new DifferentialFormats();
            foreach (var (_, text, fill, bold) in Highlights)
            {
                var font = new Font();
                if (bold)
                {
                    font.Append(new Bold());
                }

                font.Append(new Color { Rgb = "FF" + text });
                var format = new DifferentialFormat(font);
                if (fill is not null)
                {
                    // A differential fill takes its colour from bgColor; fgColor is given too for readers that look there.
                    format.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + fill }, new BackgroundColor { Rgb = "FF" + fill }) { PatternType = PatternValues.Solid }));
                }

                formats.Append(format);
            }

            formats.Count = (uint)formats.ChildElements.Count;
            return formats;
        }

        public Stylesheet Build()
        {
            static Font Font(double size, string? colour = null, bool bold = false)
            {
                var font = new Font();
                if (bold)
                {
                    font.Append(new Bold());
                }

                font.Append(new FontSize { Val = size });
                if (colour is not null)
                {
                    font.Append(new Color { Rgb = "FF" + colour });
                }

                font.Append(new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
                return font;
            }

            static Fill Solid(string colour) =>
                new(new PatternFill(new ForegroundColor { Rgb = "FF" + colour }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

            static Border Thin(Border border, params BorderPropertiesType[] sides)
            {
                foreach (var side in sides)
                {
                    side.Style = BorderStyleValues.Thin;
                    side.Append(new Color { Rgb = "FFBFBFBF" });
                    border.Append(side);
                }

                border.Append(new DiagonalBorder());
                return border;
            }

            var cellFormats = new CellFormats();
            foreach (var xf in _formats)
            {
                var format = new CellFormat
                {
                    NumberFormatId = xf.NumFmt,
                    FontId = xf.Font,
                    FillId = xf.Fill,
                    BorderId = xf.Border ? 1u : 0u,
                    FormatId = 0,
                    ApplyNumberFormat = xf.NumFmt != 0,
                    ApplyFont = xf.Font != Normal,
                    ApplyFill = xf.Fill != NoFill,
                    ApplyBorder = xf.Border,
                    ApplyAlignment = true,
                };
                if (xf.Quote)
                {
                    format.QuotePrefix = true;
                }

                format.Append(new Alignment
                {
                    Vertical = VerticalAlignmentValues.Top,
                    WrapText = xf.Wrap,
                    Horizontal = xf.Left ? HorizontalAlignmentValues.Left : HorizontalAlignmentValues.General,
                });
                cellFormats.Append(format);
            }

            cellFormats.Count = (uint)_formats.Count;
            return new Stylesheet(
                new NumberingFormats(
                    new NumberingFormat { NumberFormatId = WhenFormat, FormatCode = "yyyy-mm-dd hh:mm" },
                    new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" },
                    new NumberingFormat { NumberFormatId = WhenHktFormat, FormatCode = "yyyy-mm-dd hh:mm \"HKT\"" })
                { Count = 3 },
                new Fonts(
                    Font(11),
                    Font(11, bold: true),
                    Font(14, bold: true),
                    Font(12))
                { Count = 4 },
                new Fills(
                    new Fill(new PatternFill { PatternType = PatternValues.None }),
                    new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                    Solid("DDEBF7"),
                    Solid("F2F2F2"))
                { Count = 4 },
                new Borders(
                    new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                    Thin(new Border(), new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder()))
                { Count = 2 },
                new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
                cellFormats,
                new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
                Highlighting());
        }
    }

    private readonly record struct Xf(uint Font, uint Fill, uint NumFmt, bool Border, bool Wrap, bool Quote = false, bool Left = false);

    /// <summary>The shared string table, each distinct text once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _items = [];

        public int Add(string text)
        {
            if (!_index.TryGetValue(text, out var id))
            {
                id = _items.Count;
                _items.Add(text);
                _index[text] = id;
            }

            return id;
        }

        public SharedStringTable Build()
        {
            var table = new SharedStringTable { Count = (uint)_items.Count, UniqueCount = (uint)_items.Count };
            foreach (var item in _items)
            {
                var text = new Text(item);
                if (item.Length > 0 && (char.IsWhiteSpace(item[0]) || char.IsWhiteSpace(item[^1])))
                {
                    text.Space = SpaceProcessingModeValues.Preserve;
                }

                table.Append(new SharedStringItem(text));
            }

            return table;
        }
    }

    /// <summary>Rows of one sheet, with the column widths their contents need.</summary>
    private sealed class SheetBuilder(StyleRegistry styles, SharedStrings strings)
    {
        private const double LineHeight = 15;

        private readonly Dictionary<int, double> _widths = [];
        private readonly Dictionary<int, int> _caps = [];
        private readonly List<(Row Row, int Column, string Text, bool Bold)> _wrapped = [];
        private readonly List<(int Column, uint Row, bool Status)> _highlighted = [];
        private int _lastColumn;
        private uint _headerRow;

        public SheetData Data { get; } = new();

        public uint RowCount { get; private set; }

        /// <summary>The header row and every row below it, for the AutoFilter.</summary>
        public string TableRange => $"{Reference(0, _headerRow)}:{Reference(_lastColumn, Math.Max(RowCount, _headerRow))}";

        public string UsedRange => $"A1:{Reference(_lastColumn, Math.Max(RowCount, 1))}";

        public uint HeaderRow(IEnumerable<string> titles)
        {
            var row = NewRow();
            _headerRow = RowCount;
            foreach (var title in titles)
            {
                // Headers wrap, so a column needs the longest word, and a short header fits on one line.
                row.Text(title, StyleRegistry.Header, measure: false);
                Measure(row.Column - 1, Math.Max(title.Split(' ').Max(w => w.Length) + 1, Math.Min(title.Length, 12)));
                _wrapped.Add((row.Row, row.Column - 1, title, true));
            }

            return _headerRow;
        }

        public RowBuilder NewRow()
        {
            RowCount++;
            var row = new Row { RowIndex = RowCount };
            Data.Append(row);
            return new RowBuilder(this, row, RowCount);
        }

        public void MinimumWidth(int column, double width) => _widths[column] = Math.Max(_widths.GetValueOrDefault(column), width);

        /// <summary>
        /// Conditional formats over the status and result cells, one block per kind of column: each
        /// status word (and a failed or untested result) gets its colours from the value it holds.
        /// </summary>
        public IEnumerable<ConditionalFormatting> ConditionalFormats()
        {
            var priority = 1;
            foreach (var group in _highlighted.GroupBy(h => h.Status).OrderByDescending(g => g.Key))
            {
                var ranges = group.GroupBy(h => h.Column).OrderBy(c => c.Key)
                    .Select(c => $"{Reference(c.Key, c.Min(h => h.Row))}:{Reference(c.Key, c.Max(h => h.Row))}");
                var formatting = new ConditionalFormatting { SequenceOfReferences = new ListValue<StringValue>(ranges.Select(r => new StringValue(r))) };
                var (first, count) = group.Key ? (0, StyleRegistry.StatusHighlights) : (StyleRegistry.StatusHighlights, StyleRegistry.Highlights.Length - StyleRegistry.StatusHighlights);
                for (var i = first; i < first + count; i++)
                {
                    formatting.Append(new ConditionalFormattingRule(new Formula($"\"{StyleRegistry.Highlights[i].Word}\""))
                    {
                        Type = ConditionalFormatValues.CellIs,
                        Operator = ConditionalFormattingOperatorValues.Equal,
                        FormatId = (uint)i,
                        Priority = priority++,
                    });
                }

                yield return formatting;
            }
        }

        /// <summary>
        /// The column widths the contents need (wrapping columns up to their cap), and the height of each
        /// row with wrapped text: spreadsheet programs do not all size rows to wrapped text on opening.
        /// </summary>
        public Columns Columns()
        {
            var columns = new Columns();
            var widths = new double[_lastColumn + 1];
            for (var i = 0; i <= _lastColumn; i++)
            {
                widths[i] = Math.Round(Math.Clamp(_widths.GetValueOrDefault(i, 8) + 2, 8, _caps.GetValueOrDefault(i, 40)), 1);
                columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
            }

            foreach (var row in _wrapped.GroupBy(w => w.Row))
            {
                // Widths count the digit '0'; text averages a little narrower, bold text a little wider.
                var lines = row.Max(w => Lines(w.Text, (widths[w.Column] - 1) / (w.Bold ? 1.0 : 0.9)));
                if (lines > 1)
                {
                    row.Key.Height = lines * LineHeight;
                    row.Key.CustomHeight = true;
                }
            }

            return columns;
        }

        /// <summary>How many lines text takes when wrapped at word breaks to a width in characters.</summary>
        private static int Lines(string text, double width)
        {
            var lines = 0;
            foreach (var paragraph in text.Split('\n'))
            {
                lines++;
                double used = 0;
                foreach (var word in paragraph.Split(' '))
                {
                    var length = DisplayLength(word);
                    if (used > 0 && used + 1 + length > width)
                    {
                        lines++;
                        used = 0;
                    }

                    used += (used > 0 ? 1 : 0) + length;
                    for (; used > width; used -= width)
                    {
                        lines++;
                    }
                }
            }

            return lines;
        }

        private void Measure(int column, params int[] lengths)
        {
            _lastColumn = Math.Max(_lastColumn, column);
            _widths[column] = Math.Max(_widths.GetValueOrDefault(column), lengths.Max());
        }

        private static int DisplayLength(string line) => line.Sum(c => c >= 0x1100 ? 2 : 1);

        public sealed class RowBuilder(SheetBuilder sheet, Row row, uint index)
        {
            public int Column { get; private set; }

            public Row Row => row;

            /// <summary>A text cell; with <paramref name="wrapAt"/>, the column is at most that wide and the text wraps.</summary>
            public RowBuilder Text(string? value, int? wrapAt = null) => Text(value, wrapAt is null ? StyleRegistry.Cell : StyleRegistry.WideCell, wrapAt: wrapAt);

            public RowBuilder Text(string? value, Xf style, bool measure = true, int? wrapAt = null)
            {
                var text = ReportText.Clean(value ?? "");
                if (text.Length > MaxCellText)
                {
                    text = string.Concat(text.AsSpan(0, MaxCellText - 1), "…");
                }

                if (ReportText.LooksLikeFormula(text))
                {
                    style = style with { Quote = true };
                }

                if (measure)
                {
                    sheet.Measure(Column, text.Split('\n').Select(DisplayLength).DefaultIfEmpty(0).Max());
                }

                if (wrapAt is { } cap)
                {
                    sheet._caps[Column] = cap;
                    sheet._wrapped.Add((row, Column, text, false));
                }

                return Add(text.Length == 0
                    ? new Cell { StyleIndex = sheet._styles.Get(style) }
                    : new Cell(new CellValue(sheet._strings.Add(text))) { DataType = CellValues.SharedString, StyleIndex = sheet._styles.Get(style) });
            }

            /// <summary>A status in words; its colour comes from the sheet's conditional formats.</summary>
            public RowBuilder Status(string status)
            {
                var words = ReportText.StatusWord(status);
                sheet.Measure(Column, words.Length);
                sheet._highlighted.Add((Column, index, true));
                return Add(new Cell(new CellValue(sheet._strings.Add(words))) { DataType = CellValues.SharedString, StyleIndex = sheet._styles.Get(StyleRegistry.Cell) });
            }

            /// <summary>A verification result in words; a failed one stands out by the sheet's conditional formats.</summary>
            public RowBuilder Result(string words)
            {
                sheet._highlighted.Add((Column, index, false));
                return Text(words);
            }

            public RowBuilder DateTime(DateTimeOffset? instant) => DateTime(instant, StyleRegistry.When);

            public RowBuilder DateTime(DateTimeOffset? instant, Xf style)
            {
                if (instant is not { } value)
                {
                    return Blank();
                }

                sheet.Measure(Column, style.NumFmt == StyleRegistry.WhenHktFormat ? 21 : 16);
                return Add(new Cell(new CellValue(HongKongTime.ToHongKong(value).DateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture))) { StyleIndex = sheet._styles.Get(style) });
            }

            public RowBuilder Date(DateOnly day)
            {
                sheet.Measure(Column, 10);
                return Add(new Cell(new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture))) { StyleIndex = sheet._styles.Get(StyleRegistry.Day) });
            }

            public RowBuilder Number(int value) => Number(value, StyleRegistry.Number);

            public RowBuilder Number(int value, Xf style)
            {
                sheet.Measure(Column, 6);
                return Add(new Cell(new CellValue(value.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = sheet._styles.Get(style) });
            }

            public RowBuilder Blank() => Add(new Cell { StyleIndex = sheet._styles.Get(StyleRegistry.Cell) });

            private RowBuilder Add(Cell cell)
            {
                cell.CellReference = Reference(Column, index);
                row.Append(cell);
                sheet.Measure(Column, 0);
                Column++;
                return this;
            }
        }

        private readonly StyleRegistry _styles = styles;
        private readonly SharedStrings _strings = strings;
    }
}

/// <summary>The words the tracker and the report page show for statuses, answers and review reasons.</summary>
internal static class ReportText
{
    public static string StatusWord(string status) => status switch
    {
        FormStatuses.OnTime => "On time",
        FormStatuses.Late => "Late",
        FormStatuses.Incomplete => "Incomplete",
        FormStatuses.Pending => "Pending",
        FormStatuses.Missing => "Missing",
        FormStatuses.NotRequired => "Not required",
        _ => status,
    };

    public static string ResultWord(string result) => result switch
    {
        "successful" => "Successful",
        "unsuccessful" => "Unsuccessful",
        "not_tested" => "Not tested",
        _ => result,
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => "",
    };

    public static string FormName(string form) => form.Length == 0 ? form : char.ToUpperInvariant(form[0]) + form[1..].Replace('_', ' ');

    public static string ReasonWords(string reason) => reason switch
    {
        ReviewReasons.UnknownSender => "Sender not in the subscriber register",
        ReviewReasons.SubscriberMismatch => "Form names a different subscriber than its sender",
        ReviewReasons.NotAForm => "Not a known form",
        ReviewReasons.AmbiguousCircular => "Cannot tell which circular it answers",
        ReviewReasons.CloudLink => "Form sent as a cloud link, not attached",
        ReviewReasons.NoForm => "No form attached",
        ReviewReasons.Unavailable => "Attached file could not be fetched from the mailbox",
        _ when reason.StartsWith("rejected:", StringComparison.Ordinal) => "File not read: " + reason["rejected:".Length..].Replace('_', ' '),
        _ => reason.Replace('_', ' '),
    };

    /// <summary>The contact details of the latest form whose values are shown.</summary>
    public static (string Name, string Phone, string Email) ContactOf(SubscriberStanding standing)
    {
        var latest = standing.Forms.Select(f => f.Shown).OfType<Submission>().OrderBy(s => s.ReceivedAt).LastOrDefault();
        if (latest is null)
        {
            return ("", "", "");
        }

        var fields = latest.Fields;
        return (Desk(fields.ContactName ?? "", latest, "contact_name"), Desk(fields.ContactPhone ?? "", latest, "contact_phone"), Desk(fields.ContactEmail ?? "", latest, "contact_email"));
    }

    /// <summary>The marker on a value the service desk supplied: entered by hand, or corrected.</summary>
    public const string DeskMarker = " [desk]";

    /// <summary>A value with the desk marker when a person entered or corrected it, so nobody takes it for what the form said.</summary>
    public static string Desk(string value, Submission shown, string key) =>
        value.Length > 0 && FromDesk(shown, key) ? value + DeskMarker : value;

    public static bool FromDesk(Submission shown, string key) =>
        shown.Source == SubmissionSources.Desk || shown.Fields.SourceOf(key) == Forms.Values.FieldSource.Desk
        || shown.Corrections.Any(c => c.Keys.Contains(key, StringComparer.Ordinal));

    /// <summary>What the service desk did to each form: entered it (and how), corrected it (which fields, by whom).</summary>
    public static string DeskOf(SubscriberStanding standing)
    {
        var lines = new List<string>();
        foreach (var f in standing.Forms)
        {
            foreach (var s in new[] { f.Decided, f.Shown }.OfType<Submission>().DistinctBy(s => s.Id))
            {
                if (s.Source == SubmissionSources.Desk)
                {
                    lines.Add($"{FormName(f.Form)} entered by {s.EnteredBy}: {s.EntryNote}");
                }

                foreach (var c in s.Corrections)
                {
                    lines.Add($"{FormName(f.Form)} {string.Join(", ", c.Keys)} corrected by {c.By} {HongKongTime.Readable(c.At)}: {c.Note}");
                }
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>"Paused" (or which forms are) when the service desk paused this subscriber's reminders.</summary>
    public static string RemindersOf(SubscriberStanding standing)
    {
        var paused = standing.Forms.Where(f => f.RemindersPaused).Select(f => FormName(f.Form)).ToList();
        return paused.Count == 0 ? "" : paused.Count == standing.Forms.Count ? "Paused" : "Paused: " + string.Join(", ", paused);
    }

    /// <summary>The desk's notes, oldest first, each with when and who.</summary>
    public static string NotesOf(SubscriberStanding standing) =>
        string.Join("\n", standing.Notes.Select(n => $"{HongKongTime.Readable(n.At)} {n.By}: {n.Text}"));

    /// <summary>What is wrong with each incomplete form, one line per form.</summary>
    public static string ProblemsOf(SubscriberStanding standing) =>
        string.Join("\n", standing.Forms
            .Where(f => f.Status == FormStatuses.Incomplete)
            .Select(f => $"{FormName(f.Form)}: {FindingsLine(f)}")
            .Concat(standing.Bouncing.Select(Bounces)));

    /// <summary>An incomplete form's findings on one line, each said once.</summary>
    public static string FindingsLine(FormStanding form) =>
        form.Problems.Count > 0 ? string.Join(" ", form.Problems.Distinct(StringComparer.Ordinal)) : "Not complete.";

    /// <summary>A registered address our mail no longer reaches, as the desk reads it.</summary>
    public static string Bounces(BouncingAddress bounce) =>
        $"Mail to {bounce.Address} bounces{(bounce.Status is { } status ? $" ({status})" : "")} since {HongKongTime.Readable(bounce.Since)}";

    /// <summary>True for text a spreadsheet would run as a formula when typed or imported.</summary>
    public static bool LooksLikeFormula(string text)
    {
        static bool Trigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠';
        if (text.Length == 0)
        {
            return false;
        }

        if (Trigger(text[0]))
        {
            return true;
        }

        var first = text.TrimStart();
        return first.Length > 0 && Trigger(first[0]);
    }

    /// <summary>Text as a person may read it, and XML can carry: bidi and other control characters shown as [U+XXXX] (the one sanitiser, <see cref="ReadableText"/>).</summary>
    public static string Clean(string text) => ReadableText.Clean(text);
}
