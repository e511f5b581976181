using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Intake.Compliance;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace HsnForms.UnitTests;

/// <summary>The tracker workbook and the report page: valid, faithful to the report, and inert whatever subscribers wrote.</summary>
public sealed partial class ReportOutputTests
{
    private const string FormulaName = "=HYPERLINK(\"http://evil\",\"x\")";
    private const string ScriptName = "<script>alert(1)</script>";
    private const string Both = """["OTP-C","OMD-C"]""";

    private static DateTimeOffset Hkt(int day, int hour, int minute) => new(2023, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static readonly ComplianceReport s_report = BuildReport();

    private static ComplianceReport BuildReport()
    {
        Subscriber Register(string id, string name) => new(id, name, [$"desk@{id.ToLowerInvariant()}.example"], [], ["OTP-C", "OMD-C"]);
        var register = new List<Subscriber>
        {
            Register("HSN0101", FormulaName),
            Register("HSN0102", ScriptName),
            Register("HSN0103", "Acme Securities Ltd"),
            Register("HSN0104", "Dragon Gate Brokerage Ltd"),
            Register("HSN0105", "Harbourfront\u0007 Asset Management Ltd"),
            Register("HSN0106", "Kowloon Bay Trading Ltd"),
        };

        var n = 0;
        Submission Form(string id, string form, DateTimeOffset received, string fields, bool complete = true) => new()
        {
            CircularRef = "HDS/23/1109",
            SubscriberId = id,
            Form = form,
            Complete = complete,
            ReceivedAt = received,
            MessageKey = "m" + (++n).ToString(CultureInfo.InvariantCulture),
            From = $"desk@{id.ToLowerInvariant()}.example",
            AttachmentName = form + ".docx",
            AttachmentBlob = "",
            ContentHash = Guid.NewGuid().ToString("N"),
            FieldsJson = fields,
            Problems = complete ? [] : [new FormProblem("contact_phone", "missing", "Telephone is missing.")],
        };

        const string Contact = """ "contact_name":"-2+3","contact_phone":"+852 2211 6080","contact_email":"@evil.example" """;
        var submissions = new List<Submission>
        {
            // on time, and an on-time result
            Form("HSN0101", "intention", Hkt(20, 10, 15), $$"""{"participate":true,"services":{{Both}},{{Contact}}}"""),
            Form("HSN0101", "result", Hkt(25, 17, 40), $$"""{"results":{"OTP-C":"successful","OMD-C":"unsuccessful"},{{Contact}}}"""),

            // late (received the morning after the due day), the result still pending
            Form("HSN0102", "intention", Hkt(25, 8, 12), $$"""{"participate":true,"services":["OTP-C"]}"""),

            // incomplete
            Form("HSN0103", "intention", Hkt(23, 16, 45), """{"participate":true}""", complete: false),

            // declines, so no result form is required
            Form("HSN0104", "intention", Hkt(22, 14, 30), """{"participate":false}"""),

            // HSN0105 sends nothing: missing, and its result pending

            // on time, then a result lacking a service it said it would verify
            Form("HSN0106", "intention", Hkt(21, 15, 0), $$"""{"participate":true,"services":{{Both}}}"""),
            Form("HSN0106", "result", Hkt(26, 11, 20), """{"results":{"OTP-C":"successful"}}"""),
        };

        var review = new[]
        {
            new ReviewItem
            {
                MessageKey = "r1", Reason = ReviewReasons.UnknownSender, From = "ops@newbroker.example", ReceivedAt = Hkt(23, 10, 2),
                Subject = "@SUM(1+1)*cmd|' /C calc'!A0", Detail = "<img src=x onerror=alert(1)>", AttachmentName = "=1+1.docx",
            },
        };

        return ComplianceReport.Build(Circular.Default, Hkt(27, 12, 0), register, submissions, review);
    }

    private static MemoryStream Workbook()
    {
        var stream = new MemoryStream();
        TrackerWorkbook.Write(stream, s_report);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void The_report_covers_every_status_so_the_outputs_are_tested_on_each()
    {
        var seen = s_report.Subscribers.SelectMany(s => s.Forms).Select(f => f.Status).ToHashSet();
        Assert.Equal(FormStatuses.All.Order(), seen.Order());
    }

    [Fact]
    public void The_workbook_passes_the_Open_XML_validator_without_errors()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);

        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
        {
            var errors = new OpenXmlValidator(version).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void The_workbook_has_the_tracker_summary_and_review_sheets()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);

        Assert.Equal(["Tracker", "Summary", "Review"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name?.Value));
    }

    [Fact]
    public void Every_status_and_received_time_lands_in_its_cell()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);
        var tracker = Sheet(document, "Tracker");
        var header = tracker.Rows[0];

        foreach (var standing in s_report.Subscribers)
        {
            var row = tracker.Rows.Single(r => r.GetValueOrDefault("A")?.Text == standing.Subscriber.Id);
            // A control character is shown, never passed on raw (XML cannot carry it, and a person should see it is there).
            Assert.Equal(standing.Subscriber.Name.Replace("\u0007", "[U+0007]", StringComparison.Ordinal), row[Column(header, "Subscriber Name")].Text);
            foreach (var form in standing.Forms)
            {
                var name = form.Form == "intention" ? "Intention" : "Result";
                var status = row[Column(header, $"{name} status")];
                Assert.Equal(Words(form.Status), status.Text);

                var received = row.GetValueOrDefault(Column(header, $"{name} received (HKT)"));
                if (form.ReceivedAt is { } at)
                {
                    Assert.NotNull(received);
                    Assert.Null(received.Cell.DataType);
                    Assert.Equal("yyyy-mm-dd hh:mm", tracker.NumberFormat(received.Cell));
                    var shown = DateTime.FromOADate(double.Parse(received.Cell.CellValue!.Text, CultureInfo.InvariantCulture));
                    Assert.Equal(at.ToOffset(TimeSpan.FromHours(8)).DateTime, shown, TimeSpan.FromSeconds(1));
                }
                else
                {
                    Assert.True(received is null || string.IsNullOrEmpty(received.Cell.CellValue?.Text));
                }
            }
        }

        // Spot checks against the hand-kept tracker: HKT wall-clock times and answers.
        var late = tracker.Rows.Single(r => r["A"].Text == "HSN0102");
        Assert.Equal("Late", late[Column(header, "Intention status")].Text);
        Assert.Equal(new DateTime(2023, 11, 25, 8, 12, 0), DateTime.FromOADate(double.Parse(late[Column(header, "Intention received (HKT)")].Cell.CellValue!.Text, CultureInfo.InvariantCulture)));
        var first = tracker.Rows.Single(r => r["A"].Text == "HSN0101");
        Assert.Equal("Yes", first[Column(header, "Participation")].Text);
        Assert.Equal("OTP-C, OMD-C", first[Column(header, "Services")].Text);
        Assert.Equal("Unsuccessful", first[Column(header, "Result OMD-C")].Text);
        Assert.Equal("+852 2211 6080", first[Column(header, "Telephone")].Text);
        var incomplete = tracker.Rows.Single(r => r["A"].Text == "HSN0106");
        Assert.Contains("OMD-C", incomplete[Column(header, "Problems")].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tracker_header_is_frozen_filtered_and_its_status_cells_coloured()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);
        var tracker = Sheet(document, "Tracker");
        var worksheet = tracker.Part.Worksheet;

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(2, pane.HorizontalSplit!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
        Assert.Equal("C2", pane.TopLeftCell!.Value);
        Assert.StartsWith("A1:", worksheet.Elements<AutoFilter>().Single().Reference!.Value, StringComparison.Ordinal);

        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var fonts = styles.Fonts!.Elements<Font>().ToList();
        Assert.All(tracker.Rows[0].Values, c => Assert.NotNull(fonts[(int)tracker.Format(c.Cell).FontId!.Value].Bold));

        // The colour follows the value: a conditional format on the status columns, no fixed fill on the cell.
        var rules = worksheet.Elements<ConditionalFormatting>()
            .SelectMany(f => f.Elements<ConditionalFormattingRule>().Select(r => (Ranges: f.SequenceOfReferences!.Items.Select(i => i.Value!).ToList(), Rule: r)))
            .ToList();
        var highlights = styles.DifferentialFormats!.Elements<DifferentialFormat>().ToList();
        string Fill(string status)
        {
            var cell = tracker.Rows.Skip(1).SelectMany(r => r.Values).First(c => c.Text == Words(status));
            Assert.Equal(0u, tracker.Format(cell.Cell).FillId?.Value ?? 0u);
            var (_, rule) = rules.Single(r => r.Rule.GetFirstChild<Formula>()!.Text == $"\"{Words(status)}\"" && r.Ranges.Any(range => Covers(range, cell.Cell.CellReference!.Value!)));
            Assert.Equal(ConditionalFormatValues.CellIs, rule.Type!.Value);
            Assert.Equal(ConditionalFormattingOperatorValues.Equal, rule.Operator!.Value);
            return highlights[(int)rule.FormatId!.Value].Fill!.PatternFill!.BackgroundColor!.Rgb!.Value!;
        }

        Assert.Equal("FFC6EFCE", Fill(FormStatuses.OnTime));
        Assert.Equal("FFFFEB9C", Fill(FormStatuses.Late));
        Assert.Equal("FFFFEB9C", Fill(FormStatuses.Incomplete));
        Assert.Equal("FFFFC7CE", Fill(FormStatuses.Missing));
        Assert.StartsWith("FFD9", Fill(FormStatuses.Pending), StringComparison.Ordinal);
        Assert.DoesNotContain(styles.Fills!.Elements<Fill>(), f => f.PatternFill?.ForegroundColor?.Rgb?.Value is "FFC6EFCE" or "FFFFC7CE");

        // A failed result is marked the same way, by its value.
        var failed = tracker.Rows.Skip(1).SelectMany(r => r.Values).First(c => c.Text == "Unsuccessful");
        Assert.Contains(rules, r => r.Rule.GetFirstChild<Formula>()!.Text == "\"Unsuccessful\"" && r.Ranges.Any(range => Covers(range, failed.Cell.CellReference!.Value!)));
    }

    /// <summary>Whether an A1 range ("C2:C13") holds a cell ("C5").</summary>
    private static bool Covers(string range, string cell)
    {
        static (string Column, int Row) Split(string reference)
        {
            var digits = reference.IndexOfAny("0123456789".ToCharArray());
            return (reference[..digits], int.Parse(reference[digits..], CultureInfo.InvariantCulture));
        }

        var corners = range.Split(':');
        var (fromColumn, fromRow) = Split(corners[0]);
        var (toColumn, toRow) = Split(corners[^1]);
        var (column, row) = Split(cell);
        static int Number(string column) => column.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
        return Number(column) >= Number(fromColumn) && Number(column) <= Number(toColumn) && row >= fromRow && row <= toRow;
    }

    [Fact]
    public void The_review_sheet_prints_one_page_wide_at_a_readable_size()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);
        var review = Sheet(document, "Review").Part.Worksheet;

        var setup = review.Elements<PageSetup>().Single();
        var margins = review.Elements<PageMargins>().Single();
        var widths = review.Elements<Columns>().Single().Elements<Column>().Select(c => c.Width!.Value).ToList();

        // Fit to one page wide: the scale the printer uses is the page's width over the columns' (7 pixels a character, 5 of padding).
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        var page = ((297 / 25.4) - margins.Left!.Value - margins.Right!.Value) * 96;
        var scale = Math.Min(1, page / widths.Sum(w => (w * 7) + 5));
        Assert.True(scale >= 0.85, $"the Review sheet prints at {scale:P0}");
    }

    [Fact]
    public void Formula_looking_text_is_a_quoted_string_cell_and_nothing_in_the_workbook_is_a_formula()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);

        var dangerous = new List<SheetCell>();
        foreach (var name in new[] { "Tracker", "Review" })
        {
            var sheet = Sheet(document, name);
            foreach (var cell in sheet.Rows.SelectMany(r => r.Values).Where(c => c.Text.Length > 0 && "=+-@\t\r".Contains(c.Text[0], StringComparison.Ordinal)))
            {
                Assert.True(cell.Cell.DataType?.Value == CellValues.SharedString || cell.Cell.DataType?.Value == CellValues.InlineString, $"{name}!{cell.Cell.CellReference}");
                Assert.True(sheet.Format(cell.Cell).QuotePrefix?.Value == true, $"{name}!{cell.Cell.CellReference} '{cell.Text}' has no quotePrefix");
                dangerous.Add(cell);
            }
        }

        Assert.Contains(dangerous, c => c.Text == FormulaName);
        Assert.Contains(dangerous, c => c.Text == "-2+3");
        Assert.Contains(dangerous, c => c.Text == "@SUM(1+1)*cmd|' /C calc'!A0");
        Assert.Contains(dangerous, c => c.Text == "=1+1.docx");

        // No cell formula anywhere: no <f> of SpreadsheetML in any part of the package.
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        foreach (var part in AllParts(document.WorkbookPart!).Where(p => p.ContentType.EndsWith("+xml", StringComparison.Ordinal)))
        {
            using var partStream = part.GetStream(FileMode.Open, FileAccess.Read);
            var xml = XDocument.Load(partStream);
            Assert.Empty(xml.Descendants(main + "f"));
        }

        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        Assert.Null(document.WorkbookPart.CalculationChainPart);
    }

    [Fact]
    public void The_summary_sheet_carries_a_native_clustered_bar_chart_of_the_counts()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);
        var summary = Sheet(document, "Summary");

        var chartPart = summary.Part.DrawingsPart?.ChartParts.SingleOrDefault();
        Assert.NotNull(chartPart);
        var bar = chartPart.ChartSpace.Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarGroupingValues.Clustered, bar.GetFirstChild<C.BarGrouping>()!.Val!.Value);
        var series = bar.Elements<C.BarChartSeries>().ToList();
        Assert.Equal(s_report.Circular.Forms.Count, series.Count);
        foreach (var (form, s) in s_report.Circular.Forms.Zip(series))
        {
            var categories = s.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.StringPoint>().Select(p => p.NumericValue!.Text).ToList();
            Assert.Equal(FormStatuses.All.Select(Words), categories);
            var values = s.GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>()
                .ToDictionary(p => FormStatuses.All[(int)p.Index!.Value], p => int.Parse(p.NumericValue!.Text, CultureInfo.InvariantCulture));
            Assert.Equal(s_report.Summary(form.Form).OrderBy(p => p.Key), values.OrderBy(p => p.Key));
        }

        // The counts table beside it holds the same numbers.
        Assert.Contains(summary.Rows, r => r.GetValueOrDefault("A")?.Text == "HDS/23/1109");
        var onTime = summary.Rows.Single(r => r.GetValueOrDefault("A")?.Text == "On time");
        Assert.Equal(s_report.Summary("intention")[FormStatuses.OnTime].ToString(CultureInfo.InvariantCulture), onTime["B"].Cell.CellValue!.Text);
        Assert.Equal(s_report.Summary("result")[FormStatuses.OnTime].ToString(CultureInfo.InvariantCulture), onTime["C"].Cell.CellValue!.Text);
    }

    [Fact]
    public void The_review_sheet_lists_each_item_with_its_reason_and_the_id_to_settle_it_by()
    {
        using var stream = Workbook();
        using var document = SpreadsheetDocument.Open(stream, false);
        var review = Sheet(document, "Review");

        Assert.Equal(["Received (HKT)", "From", "Subject", "File", "Reason", "Reason code", "Detail", "Review id"], review.Rows[0].Values.Select(c => c.Text));
        var item = Assert.Single(review.Rows.Skip(1));
        Assert.Equal("ops@newbroker.example", item["B"].Text);
        Assert.Equal("unknown_sender", item["F"].Text);
        Assert.Equal("<img src=x onerror=alert(1)>", item["G"].Text);
        Assert.Equal(s_report.Review[0].Id, item["H"].Text);
    }

    [Fact]
    public void The_workbook_can_be_written_to_a_stream_that_cannot_seek()
    {
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
        {
            TrackerWorkbook.Write(forwardOnly, s_report);
        }

        target.Position = 0;
        using var document = SpreadsheetDocument.Open(target, false);
        Assert.Equal(3, document.WorkbookPart!.WorksheetParts.Count());
    }

    [Fact]
    public void An_empty_report_still_makes_a_valid_workbook_and_page()
    {
        var empty = ComplianceReport.Build(Circular.Default, Hkt(20, 9, 0), [], [], []);
        using var stream = new MemoryStream();
        TrackerWorkbook.Write(stream, empty);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));

        var page = ReportPage.Render(empty);
        Assert.Contains("No subscribers are registered.", page, StringComparison.Ordinal);
        Assert.Contains("Nothing waits for review.", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_encodes_every_stored_value_and_loads_nothing_from_outside()
    {
        var page = ReportPage.Render(s_report);

        Assert.DoesNotContain("<script>alert", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", page, StringComparison.Ordinal);

        // One script, the page's own; no external script, style sheet, image, font or link.
        Assert.Single(Regex.Matches(page, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotMatch(ExternalReference(), page);
        Assert.DoesNotContain("@import", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_summary_counts_match_the_report()
    {
        var page = ReportPage.Render(s_report);

        foreach (var form in s_report.Circular.Forms)
        {
            var shown = SummaryCell().Matches(page)
                .Where(m => m.Groups["form"].Value == form.Form)
                .ToDictionary(m => m.Groups["status"].Value, m => int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture));
            Assert.Equal(s_report.Summary(form.Form).OrderBy(p => p.Key), shown.OrderBy(p => p.Key));

            // The chart's text alternative says the same.
            foreach (var (status, count) in s_report.Summary(form.Form))
            {
                Assert.Contains($"{Words(status)} {count.ToString(CultureInfo.InvariantCulture)}", page, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_page_is_accessible_markup_with_a_sortable_table()
    {
        var page = ReportPage.Render(s_report);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<title>HDS/23/1109 forms compliance report as of 27 Nov 2023 12:00 HKT</title>", page, StringComparison.Ordinal);
        Assert.Contains("<caption>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" aria-sort=\"ascending\"><button type=\"button\">Subscriber ID", page, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\" role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("<desc id=", page, StringComparison.Ordinal);
        Assert.Contains("@media print", page, StringComparison.Ordinal);

        // Every header cell of the subscriber table is a column header with a sort button.
        var table = page[page.IndexOf("<table class=\"data\" id=\"subscribers\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</thead>", StringComparison.Ordinal)];
        var heads = Regex.Matches(table, "<th[ >]").Count;
        Assert.True(heads > 10);
        Assert.Equal(heads, Regex.Matches(table, "<th scope=\"col\"").Count);
        Assert.Equal(heads, Regex.Matches(table, "<button type=\"button\">").Count);

        // Statuses read as words as well as colours, one row per subscriber.
        Assert.Equal(s_report.Subscribers.Count, Regex.Matches(page[page.IndexOf("id=\"subscribers\"", StringComparison.Ordinal)..page.IndexOf("id=\"review-heading\"", StringComparison.Ordinal)], "<tr>").Count - 1);
        Assert.Contains("<span class=\"status s-missing\">Missing</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status s-not_required\">Not required</span>", page, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2023-11-25T08:12:00+08:00\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void On_the_page_a_failed_result_is_a_tag_not_a_spelling_mark_and_each_incomplete_form_has_one_line()
    {
        var page = ReportPage.Render(s_report);

        Assert.DoesNotContain("underline wavy", page, StringComparison.Ordinal);
        Assert.DoesNotContain("text-decoration: underline", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"r-unsuccessful\"><span>Unsuccessful</span></td>", page, StringComparison.Ordinal);
        var row = page[page.IndexOf("HSN0106", page.IndexOf("id=\"subscribers\"", StringComparison.Ordinal), StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Single(Regex.Matches(row, "class=\"problem\""));
        Assert.Contains("No result for OMD-C, which the intention form said would be verified.", row, StringComparison.Ordinal);
    }

    private static string Words(string status) => status switch
    {
        FormStatuses.OnTime => "On time",
        FormStatuses.Late => "Late",
        FormStatuses.Incomplete => "Incomplete",
        FormStatuses.Pending => "Pending",
        FormStatuses.Missing => "Missing",
        FormStatuses.NotRequired => "Not required",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    [GeneratedRegex("<td data-form=\"(?<form>[a-z_]+)\" data-status=\"(?<status>[a-z_]+)\">(?<count>[0-9]+)</td>")]
    private static partial Regex SummaryCell();

    [GeneratedRegex(@"(src|href|action|srcset|poster|data)\s*=\s*[""']?\s*(https?:)?//|url\(\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    private static string Column(Dictionary<string, SheetCell> header, string title) => header.Single(h => h.Value.Text == title).Key;

    private static IEnumerable<OpenXmlPart> AllParts(OpenXmlPart root)
    {
        var seen = new HashSet<OpenXmlPart>();
        var queue = new Queue<OpenXmlPart>([root]);
        while (queue.TryDequeue(out var part))
        {
            if (seen.Add(part))
            {
                yield return part;
                foreach (var child in part.Parts)
                {
                    queue.Enqueue(child.OpenXmlPart);
                }
            }
        }
    }

    private static SheetReader Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().ToDictionary(
            c => Regex.Replace(c.CellReference!.Value!, "[0-9]", ""),
            c => new SheetCell(c, c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)]
                : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText
                : c.CellValue?.Text ?? ""))).ToList();
        return new SheetReader(part, workbook.WorkbookStylesPart!.Stylesheet, rows);
    }

    private sealed record SheetCell(Cell Cell, string Text);

    private sealed record SheetReader(WorksheetPart Part, Stylesheet Styles, List<Dictionary<string, SheetCell>> Rows)
    {
        public CellFormat Format(Cell cell) => Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

        public string? NumberFormat(Cell cell)
        {
            var id = Format(cell).NumberFormatId?.Value ?? 0;
            return Styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
        }
    }

    /// <summary>A stream that only goes forward, like an HTTP response body.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
