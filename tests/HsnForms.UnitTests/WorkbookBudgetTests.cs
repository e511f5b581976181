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
}
