using System.Diagnostics;
using System.Text;
using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// The layout's budgets count the text the reader makes, not only the bytes a zip inflates to: a
/// short workbook whose strings are shown thousands of times is refused before it costs gigabytes, and
/// a large readable sheet is found to be no form without being read to its end.
/// </summary>
public sealed class WorkbookBudgetTests
{
    private static readonly FormReader s_reader = new();

    // Not a timing test: the benchmark and the robustness run time the reader. This only stops a hang.
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(30);

    private static (FormReadResult Result, long Allocated, TimeSpan Took) Measure(byte[] workbook)
    {
        s_reader.Read("warm-up.xlsx", Assets.Bytes("forms/exceljs/result-table.xlsx"));
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = s_reader.Read("big.xlsx", workbook);
        return (result, GC.GetAllocatedBytesForCurrentThread() - allocated, clock.Elapsed);
    }

    private static string Sheet(int rows, Func<int, string> cells)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 1; r <= rows; r++)
        {
            xml.Append($"<row r=\"{r}\">").Append(cells(r)).Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    [Fact]
    public void One_long_shared_string_shown_in_thousands_of_cells_is_too_large_without_costing_gigabytes()
    {
        // 1 MB of text once in the shared strings, referenced by 12,000 cells: 12 billion characters shown.
        var strings = $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>{new string('x', 1024 * 1024)}</t></si></sst>""";
        var sheet = Sheet(1000, r => string.Concat(Enumerable.Range(0, 12).Select(c => $"<c r=\"{(char)('A' + c)}{r}\" t=\"s\"><v>0</v></c>")));

        var (result, allocated, took) = Measure(Workbook(sheet, sharedStrings: strings));

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Equal("too_large", Assert.Single(result.Problems).Code);
        Assert.True(allocated < 200L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
        Assert.True(took < s_hangGuard, $"took {took}");
    }

    [Fact]
    public void A_styles_part_of_a_million_formats_is_too_large()
    {
        var styles = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1000000">""")
            .Insert(0, "").Append(string.Concat(Enumerable.Repeat("<xf numFmtId=\"0\"/>", 1_000_000))).Append("</cellXfs></styleSheet>").ToString();

        var (result, allocated, _) = Measure(Workbook(Sheet(3, r => $"<c r=\"A{r}\" t=\"inlineStr\"><is><t>row {r}</t></is></c>"), styles: styles));

        Assert.Equal("too_large", Assert.Single(result.Problems).Code);
        Assert.True(allocated < 200L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void A_large_readable_sheet_of_data_is_found_no_form_without_reading_it_to_its_end()
    {
        // About 11 MB of sheet XML: 70,000 rows of an export (more cells than a workbook may hold, were it read to its end).
        var sheet = Sheet(70_000, r => $"<c r=\"A{r}\" t=\"inlineStr\"><is><t>Trade {r}</t></is></c><c r=\"B{r}\"><v>{r * 7}</v></c><c r=\"C{r}\" t=\"inlineStr\"><is><t>Settled</t></is></c>");
        Assert.True(sheet.Length > 10_000_000, $"the sheet is {sheet.Length:N0} characters");

        var (result, allocated, took) = Measure(Workbook(sheet));

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.True(allocated < 200L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
        Assert.True(took < s_hangGuard, $"took {took}");
    }

    [Fact]
    public void A_form_at_the_top_of_a_long_sheet_is_still_read()
    {
        var form = new[]
        {
            "Appendix B – Result Form for Using HSN to participate Practice Session", "HSN Subscriber ID|HSN0427",
            "Subscriber Name|Acme Securities Ltd", "Contact Person|Chan Tai Man", "Telephone|2211 6080",
            "Email|tm.chan@acme.com.hk", "OTP-C|Successful",
        };
        var sheet = Sheet(10_000, r => r <= form.Length
            ? string.Concat(form[r - 1].Split('|').Select((text, c) => $"<c r=\"{(char)('A' + c)}{r}\" t=\"inlineStr\"><is><t>{E(text)}</t></is></c>"))
            : $"<c r=\"A{r}\" t=\"inlineStr\"><is><t>log line {r}</t></is></c>");

        var result = s_reader.Read("long.xlsx", Workbook(sheet));

        Assert.Equal("result", result.Form);
        Assert.Equal(FormStatus.Complete, result.Status);
    }
    // A small cell budget, so that a sheet past it is built in a moment.
    private static readonly FormReader s_fewCells = new(Forms.Catalog.FormCatalog.Default, new FormReaderOptions { MaxCells = 5_000 });

    private static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    public static TheoryData<string> DataShapes => ["inline strings", "shared strings", "numbers"];

    /// <summary>
    /// A wide table of data (pivot source data: 60 rows of 200 columns), as three producers write its
    /// cells: inline strings (SheetJS, hand-written), shared strings (Excel, openpyxl, EPPlus), numbers.
    /// </summary>
    private static byte[] WideData(string shape, int rows = 60, int columns = 200, string[][]? top = null)
    {
        var first = top?.Length ?? 0;
        var strings = new List<string>();
        var sheet = Sheet(first + rows, r =>
        {
            if (r <= first)
            {
                return string.Concat(top![r - 1].Select((text, c) => $"<c r=\"{Column(c)}{r}\" t=\"inlineStr\"><is><t>{E(text)}</t></is></c>"));
            }

            var cells = new StringBuilder();
            for (var c = 0; c < columns; c++)
            {
                var at = $"{Column(c)}{r}";
                switch (shape)
                {
                    case "inline strings":
                        cells.Append($"<c r=\"{at}\" t=\"inlineStr\"><is><t>Region {r} {c}</t></is></c>");
                        break;
                    case "shared strings":
                        strings.Add($"Region {r} {c}");
                        cells.Append($"<c r=\"{at}\" t=\"s\"><v>{strings.Count - 1}</v></c>");
                        break;
                    default:
                        cells.Append($"<c r=\"{at}\" s=\"0\"><v>{r * c}.5</v></c>");
                        break;
                }
            }

            return cells.ToString();
        });
        var sst = shape == "shared strings"
            ? $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{strings.Count}" uniqueCount="{strings.Count}">{string.Concat(strings.Select(t => $"<si><t>{t}</t></si>"))}</sst>"""
            : null;
        return Workbook(sheet, sharedStrings: sst);
    }

    [Theory]
    [MemberData(nameof(DataShapes))]
    public void A_readable_workbook_past_the_cell_budget_is_no_form_not_too_large(string shape)
    {
        var result = s_fewCells.Read("pivot-source.xlsx", WideData(shape));

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Equal("not_a_form", Assert.Single(result.Problems).Code);
    }

    [Theory]
    [MemberData(nameof(DataShapes))]
    public void A_form_cut_short_by_the_cell_budget_is_too_large(string shape)
    {
        // What was read is a form, but not all of it was read: it cannot be counted as the sender's form.
        string[][] form =
        [
            ["Result Form for Using HSN to participate Practice Session"], ["HSN Subscriber ID", "HSN0427"],
            ["Subscriber Name", "Acme Securities Ltd"], ["OTP-C", "Successful"],
        ];

        var result = s_fewCells.Read("form.xlsx", WideData(shape, top: form));

        Assert.Equal(FormStatus.Rejected, result.Status);
        Assert.Equal("too_large", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_shared_string_list_longer_than_the_cell_budget_is_no_form_when_no_form_is_in_it()
    {
        // 8,000 distinct strings (an export's text), the sheet showing a few of them.
        var strings = $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{string.Concat(Enumerable.Range(0, 8_000).Select(i => $"<si><t>Customer {i}</t></si>"))}</sst>""";
        var sheet = Sheet(20, r => $"<c r=\"A{r}\" t=\"s\"><v>{r}</v></c>");

        var result = s_fewCells.Read("export.xlsx", Workbook(sheet, sharedStrings: strings));

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Equal("not_a_form", Assert.Single(result.Problems).Code);
    }
    public static TheoryData<string> FarPastAFormShapes => ["filled data", "empty formatted cells"];

    [Theory]
    [MemberData(nameof(FarPastAFormShapes))]
    public void A_workbook_that_shows_nothing_of_a_form_far_past_any_form_s_size_is_not_read_to_its_end(string shape)
    {
        // 100 rows (well under the rows a form fits in) of data or formatting, then one cell with more
        // text than the budget allows: read to the end, the workbook would be too large.
        var reader = new FormReader(Forms.Catalog.FormCatalog.Default, new FormReaderOptions { MaxTextCharacters = 512 * 1024 });
        var columns = shape == "filled data" ? 120 : 600;
        var sheet = Sheet(101, r => r == 101
            ? $"<c r=\"A{r}\" t=\"inlineStr\"><is><t>{new string('x', 600 * 1024)}</t></is></c>"
            : string.Concat(Enumerable.Range(0, columns).Select(c => shape == "filled data"
                ? $"<c r=\"{Column(c)}{r}\"><v>{r * c}</v></c>"
                : $"<c r=\"{Column(c)}{r}\" s=\"1\"/>")));

        var result = reader.Read("data.xlsx", Workbook(sheet));

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Equal("not_a_form", Assert.Single(result.Problems).Code);
    }
}
