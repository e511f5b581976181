using System.IO.Compression;
using System.Text;
using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Ways outsiders answer a form that the project's templates never use: services chosen in numbered
/// drop-down slots, result codes (OK / NG), a record exported as a heading row over a row of values, a
/// reference that must look like one, and a workbook holding both forms with only one filled in.
/// </summary>
public sealed class AnswerIdiomTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    private static string[][] Details(string title, params string[][] more) =>
    [
        [title],
        ["Subscriber Name", "Acme Securities Ltd"],
        ["HSN Subscriber ID", "HSN0427"],
        ["Contact Person", "Chan Tai Man"],
        ["Telephone", "2211 6080"],
        ["Email", "tm.chan@acme.com.hk"],
        .. more,
    ];

    private const string IntentionTitle = "Appendix A – Intention Form for Using HSN to participate Practice Session";
    private const string ResultTitle = "Appendix B – Result Form for Using HSN to participate Practice Session";

    [Theory]
    [MemberData(nameof(Producers))]
    public void Services_chosen_in_numbered_slots_are_the_services(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format, Details(IntentionTitle,
            ["Participation (Yes/No)", "Yes"], ["Service 1", "OTP-C"], ["Service 2", "OMD-C"], ["Service 3", ""], ["Service 4", ""])));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(["OTP-C", "OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Numbered_service_slots_on_a_result_form_keep_their_results(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format, Details(ResultTitle,
            ["Service 1", "OTP-C", "Successful"], ["Service 2", "OMD-C", "Unsuccessful"])));

        Assert.Equal(new Dictionary<string, string> { ["OTP-C"] = "successful", ["OMD-C"] = "unsuccessful" }, (IReadOnlyDictionary<string, string>)result["results"]!);
    }

    [Fact]
    public void A_hidden_list_of_every_code_behind_the_slots_is_no_answer()
    {
        var workbook = TwoSheets(
            Details(IntentionTitle, ["Participation (Yes/No)", "Yes"], ["Service 1", "OMD-CC"], ["Service 2", ""]),
            [["Services"], ["OTP-C"], ["OTP-CSC"], ["OMD-C"], ["OMD-CC"]], secondHidden: true);

        var result = s_reader.Read("a.xlsx", workbook);

        Assert.Equal(["OMD-CC"], result["services"] as IEnumerable<string>);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void OK_and_NG_are_results(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format, Details(ResultTitle,
            ["System", "Result (OK/NG)", "Time checked"], ["OTP-C", "OK", "09:30"], ["OMD-C", "NG", "10:05"], ["OMD-CC", "No good", "10:10"])));

        Assert.Equal(new Dictionary<string, string> { ["OTP-C"] = "successful", ["OMD-C"] = "unsuccessful", ["OMD-CC"] = "unsuccessful" },
            (IReadOnlyDictionary<string, string>)result["results"]!);
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Ng_the_surname_in_a_remark_is_no_result(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format, Details(ResultTitle,
            ["Service", "Result", "Checked by"], ["OTP-C", "Pass", "Ng Siu Ming"], ["OMD-C", "Pass", "NG SIU MING"])));

        Assert.Equal(new Dictionary<string, string> { ["OTP-C"] = "successful", ["OMD-C"] = "successful" }, (IReadOnlyDictionary<string, string>)result["results"]!);
        Assert.DoesNotContain(result.Problems, p => p.Field == "results");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Prose_beside_the_reference_label_is_no_reference(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format, Details(IntentionTitle, ["Ref:", "PS2 on 25/11/2023"], ["Participation", "☒ Yes ☐ No"], ["Services to be verified", "☒ OTP-C"])));

        Assert.Null(result["circular_ref"]);
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_reference_written_inside_words_is_taken_out_of_them(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format, Details(IntentionTitle, ["Circular Ref", "(HDS/23/1109) dated 16 Nov 2023"], ["Participation", "☒ Yes ☐ No"], ["Services to be verified", "☒ OTP-C"])));

        Assert.Equal("HDS/23/1109", result["circular_ref"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_heading_row_of_labels_over_one_row_of_values_is_read_as_one_record(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format,
            [IntentionTitle],
            ["Subscriber Name", "Subscriber ID", "Contact Person", "Telephone", "Email", "Participate (Yes/No)", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC", "Date"],
            ["Acme Securities Ltd", "HSN0427", "Chan Tai Man", "2211 6080", "tm.chan@acme.com.hk", "Yes", "X", "", "X", "", "23/11/2023"]));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(true, result["participate"]);
        Assert.Equal("HSN0427", result["subscriber_id"]);
        Assert.Equal(["OTP-C", "OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_workbook_with_both_forms_is_the_one_filled_in(bool intentionFirst)
    {
        string[][] filled = Details(IntentionTitle, ["Participation", "Yes"], ["Services to be verified", "☒ OTP-C"], ["Authorised Signatory", ""], ["Date", "21/11/2023"]);
        string[][] blank = [[ResultTitle], ["Subscriber Name"], ["Subscriber ID"], ["Contact Person"], ["Telephone"], ["Email"], ["Practice Session Date"],
            ["Service", "Result (Successful / Unsuccessful / Not tested)"], ["OTP-C"], ["OTP-CSC"], ["Issues Encountered"], ["Authorised Signatory"], ["Date"]];

        var result = s_reader.Read("a.xlsx", intentionFirst ? TwoSheets(filled, blank) : TwoSheets(blank, filled));

        Assert.Equal("intention", result.Form);
        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(new DateOnly(2023, 11, 21), result["signed_date"]);
    }

    /// <summary>A workbook of two sheets written with shared strings, as Excel saves one.</summary>
    private static byte[] TwoSheets(string?[][] first, string?[][] second, bool secondHidden = false)
    {
        var strings = new List<string>();
        string Sheet(string?[][] rows)
        {
            var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            for (var r = 0; r < rows.Length; r++)
            {
                xml.Append($"<row r=\"{r + 1}\">");
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is { Length: > 0 } text)
                    {
                        var index = strings.IndexOf(text);
                        if (index < 0)
                        {
                            index = strings.Count;
                            strings.Add(text);
                        }

                        xml.Append($"<c r=\"{(char)('A' + c)}{r + 1}\" t=\"s\"><v>{index}</v></c>");
                    }
                }

                xml.Append("</row>");
            }

            return xml.Append("</sheetData></worksheet>").ToString();
        }

        var parts = new Dictionary<string, string>
        {
            ["xl/worksheets/sheet1.xml"] = Sheet(first),
            ["xl/worksheets/sheet2.xml"] = Sheet(second),
        };
        parts["xl/sharedStrings.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{strings.Count}" uniqueCount="{strings.Count}">{string.Concat(strings.Select(s => $"<si><t xml:space=\"preserve\">{E(s)}</t></si>"))}</sst>""";
        parts["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""";
        parts["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";
        parts["xl/workbook.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Appendix" sheetId="1" r:id="rId1"/><sheet name="Second" sheetId="2" r:id="rId2"{(secondHidden ? " state=\"hidden\"" : "")}/></sheets></workbook>""";
        parts["xl/_rels/workbook.xml.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""";

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
