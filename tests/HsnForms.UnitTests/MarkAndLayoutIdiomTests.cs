using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Idioms of forms made by people who never saw the template (holdout12's families): tick glyphs and
/// letters, checklists in list numbering, tables nested in cells, two pairs on a line, print headers,
/// blank templates and placeholders, compact dates, a typed answer against a tick, and look-alikes
/// that quote the form or answer another circular. Each on more than one producer shape.
/// </summary>
public sealed class MarkAndLayoutIdiomTests
{
    private static readonly FormReader s_reader = new();

    private const string IntentionTitle = "Appendix A – Intention Form for Using HSN to participate Practice Session";
    private const string ResultTitle = "Appendix B – Result Form for Using HSN to participate Practice Session";

    public static TheoryData<string> Producers => Formats;

    public static TheoryData<string, string> GlyphsByProducer()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "docx", "xlsx" })
        {
            foreach (var glyph in new[] { "✅", "🗹", "✔️", "✓\uFE0F", "V", "v" })
            {
                data.Add(format, glyph);
            }
        }

        return data;
    }

    private static byte[] ResultGrid(string format, string mark, bool twiceForOmdC) => Rows(format,
        [ResultTitle],
        ["Ref. No.", "HDS/23/1109"],
        ["Subscriber Name", "Acme Securities Ltd"],
        ["HSN Subscriber ID", "HSN0427"],
        ["Contact Person", "Chan Tai Man"],
        ["Telephone", "2211 6080"],
        ["Email", "tm.chan@acme.com.hk"],
        ["Service", "Successful", "Unsuccessful", "Not tested"],
        ["OTP-C", mark, "", ""],
        ["OTP-CSC", "", "", mark],
        ["OMD-C", mark, twiceForOmdC ? mark : "", ""],
        ["OMD-CC", "", mark, ""]);

    [Theory]
    [MemberData(nameof(GlyphsByProducer))]
    public void A_tick_glyph_or_the_letter_V_under_a_result_word_is_that_result(string format, string glyph)
    {
        var result = s_reader.Read("a." + format, ResultGrid(format, glyph, twiceForOmdC: false));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(
            new Dictionary<string, string> { ["OTP-C"] = "successful", ["OTP-CSC"] = "not_tested", ["OMD-C"] = "successful", ["OMD-CC"] = "unsuccessful" },
            (IReadOnlyDictionary<string, string>)result["results"]!);
    }

    [Theory]
    [MemberData(nameof(GlyphsByProducer))]
    public void Two_marks_in_one_services_result_row_are_doubt_not_verified(string format, string glyph)
    {
        var result = s_reader.Read("a." + format, ResultGrid(format, glyph, twiceForOmdC: true));

        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p.Code == "ambiguous" && p.Field == "results");
        Assert.DoesNotContain(result.Problems, p => p.Code == "missing" && p.Field == "results");
        Assert.Equal("successful", ((IReadOnlyDictionary<string, string>)result["results"]!)["OTP-C"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void The_letter_V_where_no_mark_is_expected_stays_a_letter(string format)
    {
        var document = Rows(format,
            [IntentionTitle],
            ["HSN Subscriber ID", "HSN0427"],
            ["Subscriber Name", "V"],
            ["We will participate in PS2 using HSN", "☒ Yes ☐ No"],
            ["Services to be verified", "Tick"],
            ["OTP-C", "V"],
            ["OTP-CSC", ""],
            ["OMD-C", "🗹"],
            ["OMD-CC", "☐"]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal("V", result["subscriber_name"]);
        Assert.Equal(["OTP-C", "OMD-C"], (IEnumerable<string>)result["services"]!);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Yes_and_no_printed_as_captions_beside_empty_tick_cells_are_no_answer(string format)
    {
        var document = Rows(format,
            [IntentionTitle],
            ["Ref. No.", "HDS/23/1109"],
            ["Subscriber Name", ""],
            ["HSN Subscriber ID", ""],
            ["We will participate in PS2 using HSN", "Yes", "", "No", ""],
            ["Services to be verified", "Tick"],
            ["OTP-C", ""],
            ["OMD-C", ""]);

        var result = s_reader.Read("a." + format, document);

        Assert.Null(result["participate"]);
        Assert.Contains(result.Problems, p => p.Code == "missing" && p.Field == "participate");
    }

    [Theory]
    [InlineData("docx", "[Company Name]")]
    [InlineData("xlsx", "[Company Name]")]
    [InlineData("docx", "<name of company>")]
    [InlineData("xlsx", "{Subscriber Name}")]
    public void A_placeholder_left_as_plain_text_is_no_value(string format, string placeholder)
    {
        // A Word cell of text starting with '<' is written as its paragraph (the helper reads '<' as raw XML).
        string Cell(string text) => format == "docx" ? P(text) : text;
        var document = Rows(format,
            [IntentionTitle],
            ["Ref. No.", "HDS/23/1109"],
            ["Subscriber Name", Cell(placeholder)],
            ["HSN Subscriber ID", "HSN________"],
            ["Email", Cell("<tm.chan@acme.com.hk>")],
            ["We will participate in PS2 using HSN", "☐ Yes ☐ No"]);

        var result = s_reader.Read("a." + format, document);

        Assert.Null(result["subscriber_name"]);
        Assert.Null(result["subscriber_id"]);
        Assert.Contains(result.Problems, p => p.Code == "missing" && p.Field == "subscriber_name");
        Assert.Contains(result.Problems, p => p.Code == "missing" && p.Field == "subscriber_id");
        Assert.DoesNotContain(result.Problems, p => p.Code == "invalid" && p.Field == "subscriber_id");
        Assert.Equal("tm.chan@acme.com.hk", result["contact_email"]);
    }

    [Theory]
    [InlineData("docx", "20231121", "2023-11-21")]
    [InlineData("xlsx", "20231121", "2023-11-21")]
    [InlineData("docx", "20231131", null)]
    public void A_compact_date_is_a_date_when_it_is_a_real_day(string format, string written, string? expected)
    {
        var document = Rows(format,
            [IntentionTitle],
            ["HSN Subscriber ID", "HSN0427"],
            ["We will participate in PS2 using HSN", "☒ Yes ☐ No"],
            ["Date", written]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result["signed_date"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Two_label_value_pairs_on_one_line_are_two_pairs(string format)
    {
        string[] lines =
        [
            ResultTitle,
            "Ref. No.: HDS/23/1109",
            "Subscriber Name: Sha Tin Capital Limited HSN Subscriber ID: HSN0522",
            "Contact Person: Chan Tai Man\tTelephone: 2211 6080",
            "Practice Session Date: 25/11/2023",
            "OTP-C: Successful",
        ];
        var document = format == "docx" ? Docx([.. lines.Select(P)]) : Xlsx([.. lines.Select(l => new string?[] { l })]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal("Sha Tin Capital Limited", result["subscriber_name"]);
        Assert.Equal("HSN0522", result["subscriber_id"]);
        Assert.Equal("Chan Tai Man", result["contact_name"]);
        Assert.Equal("2211 6080", result["contact_phone"]);
    }

    [Theory]
    [InlineData("&amp;C&amp;BAppendix A – Intention Form for Using HSN to participate Practice Session&amp;RRef. No.: HDS/23/1109", "&amp;LAcme Securities Ltd&amp;RPage &amp;P of &amp;N")]
    [InlineData("&amp;L&amp;\"Calibri,Bold\"&amp;14Appendix A – Intention Form for Using HSN to participate Practice Session&amp;R&amp;KFF0000Ref. No.: HDS/23/1109", "&amp;C&amp;D &amp;T")]
    public void A_sheets_print_header_is_read_as_a_header(string header, string footer)
    {
        var sheet = $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>HSN Subscriber ID</t></is></c><c r="B1" t="inlineStr"><is><t>HSN0427</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Subscriber Name</t></is></c><c r="B2" t="inlineStr"><is><t>Acme Securities Ltd</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>We will participate in PS2 using HSN</t></is></c><c r="B3" t="inlineStr"><is><t>☒ Yes ☐ No</t></is></c></row></sheetData><headerFooter><oddHeader>{header}</oddHeader><oddFooter>{footer}</oddFooter></headerFooter></worksheet>""";

        var result = s_reader.Read("a.xlsx", Workbook(sheet));

        Assert.Equal("intention", result.Form);
        Assert.Equal("HDS/23/1109", result["circular_ref"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_typed_answer_that_disagrees_with_the_ticked_choice_is_doubt(string format)
    {
        var document = Rows(format,
            [IntentionTitle],
            ["HSN Subscriber ID", "HSN0427"],
            ["Subscriber Name", "Acme Securities Ltd"],
            ["Participation (Yes/No)", "Yes"],
            ["☐ We will participate in PS2 using HSN"],
            ["☒ We will not participate in PS2 using HSN"]);

        var result = s_reader.Read("a." + format, document);

        Assert.Null(result["participate"]);
        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p.Code == "ambiguous" && p.Field == "participate");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_typed_answer_that_agrees_with_the_ticked_choice_is_no_doubt(string format)
    {
        var document = Rows(format,
            [IntentionTitle],
            ["HSN Subscriber ID", "HSN0427"],
            ["Participation (Yes/No)", "No"],
            ["☐ We will participate in PS2 using HSN"],
            ["☒ We will not participate in PS2 using HSN"]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal(false, result["participate"]);
        Assert.DoesNotContain(result.Problems, p => p.Code == "ambiguous");
    }

    private static string ListItem(int list, string text) =>
        $"""<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{list}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">{E(text)}</w:t></w:r></w:p>""";

    private static string BulletList(int id, string glyph, string? font) =>
        $"""<w:abstractNum w:abstractNumId="{id}"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="{glyph}"/>{(font is null ? "" : $"<w:rPr><w:rFonts w:ascii=\"{font}\" w:hAnsi=\"{font}\"/></w:rPr>")}</w:lvl></w:abstractNum>""";

    [Theory]
    [InlineData("☑", "☐", null)] // a Google Docs checklist
    [InlineData("\u00FE", "\u00A8", "Wingdings")] // Word's bullet library: a box with a tick, an empty box
    public void A_tick_box_in_list_numbering_is_a_mark(string ticked, string empty, string? font)
    {
        var numbering = BulletList(0, empty, font) + BulletList(1, ticked, font)
            + """<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>""";
        var document = DocxWithNumbering(numbering,
            P(IntentionTitle),
            P("HSN Subscriber ID: HSN0427"),
            P("Subscriber Name: Acme Securities Ltd"),
            P("Participation:"),
            ListItem(2, "We will participate in PS2 using HSN"),
            ListItem(1, "We will not participate in PS2 using HSN"),
            P("Services to be verified:"),
            ListItem(2, "OTP-C"),
            ListItem(1, "OTP-CSC"),
            ListItem(2, "OMD-C"),
            ListItem(1, "OMD-CC"));

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(true, result["participate"]);
        Assert.Equal(["OTP-C", "OMD-C"], (IEnumerable<string>)result["services"]!);
    }

    [Fact]
    public void A_tick_or_a_dot_as_a_list_bullet_is_decoration()
    {
        var numbering = BulletList(0, "\u00FC", "Wingdings") + BulletList(1, "•", null)
            + """<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>""";
        var document = DocxWithNumbering(numbering,
            P(IntentionTitle),
            P("HSN Subscriber ID: HSN0427"),
            P("We will participate in PS2 using HSN: ☒ Yes ☐ No"),
            P("Services to be verified:"),
            ListItem(1, "OTP-C"),
            ListItem(1, "OTP-CSC"),
            ListItem(2, "OMD-C"),
            ListItem(2, "OMD-CC"));

        var result = s_reader.Read("a.docx", document);

        // Every service listed with the same bullets: the printed options, none of them ticked.
        Assert.Null(result["services"]);
    }

    [Fact]
    public void A_services_table_nested_in_the_label_cell_chooses_only_its_ticked_rows()
    {
        var services = Table(["Service", "Tick"], ["OTP-C", "√"], ["OTP-CSC", ""], ["OMD-C", "√"], ["OMD-CC", ""]);
        var document = Docx(
            P(IntentionTitle),
            Table(
                ["HSN Subscriber ID", "HSN0427"],
                ["We will participate in PS2 using HSN", "■ Yes □ No"],
                [$"{P("Services to be verified")}{services}<w:p/>", ""]));

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(["OTP-C", "OMD-C"], (IEnumerable<string>)result["services"]!);
    }

    [Fact]
    public void A_results_grid_nested_in_the_value_cell_is_read()
    {
        var grid = Table(["Service", "Successful", "Unsuccessful", "Not tested"], ["OTP-C", "✅", "", ""], ["OMD-C", "", "✅", ""]);
        var document = Docx(
            P(ResultTitle),
            Table(
                ["HSN Subscriber ID", "HSN0427"],
                ["Practice Session Date", "25/11/2023"],
                ["Test Results", $"<w:p/>{grid}<w:p/>"]));

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(new Dictionary<string, string> { ["OTP-C"] = "successful", ["OMD-C"] = "unsuccessful" }, (IReadOnlyDictionary<string, string>)result["results"]!);
    }

    [Theory]
    [InlineData("docx", "Re: HDS/23/1109 – Appendix A Intention Form for Using HSN to participate Practice Session")]
    [InlineData("xlsx", "Re: HDS/23/1109 – Appendix A Intention Form for Using HSN to participate Practice Session")]
    [InlineData("docx", "Please find attached our completed Intention Form for Using HSN to participate Practice Session, duly signed.")]
    public void A_letter_that_quotes_the_forms_title_is_not_the_form(string format, string line)
    {
        string[] lines =
        [
            "Dear Sirs,",
            line,
            "HSN Subscriber ID: HSN0940",
            "Should you have any questions, please contact our Mr Yeung at 2897 3018.",
            "Yours faithfully,",
        ];
        var document = format == "docx" ? Docx([.. lines.Select(P)]) : Xlsx([.. lines.Select(l => new string?[] { l })]);

        var result = s_reader.Read("a." + format, document);

        Assert.Null(result.Form);
        Assert.Contains(result.Problems, p => p.Code == "not_a_form");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_letter_that_quotes_the_title_and_answers_in_prose_is_the_form(string format)
    {
        string[] lines =
        [
            "Dear Sirs,",
            "Re: Appendix A – Intention Form for Using HSN to participate Practice Session (Ref. No. HDS/23/1109)",
            "We confirm that we will participate in the Practice Session using HSN for the following systems: OTP-C and OMD-C.",
            "HSN Subscriber ID: HSN1152",
            "Yours faithfully,",
        ];
        var document = format == "docx" ? Docx([.. lines.Select(P)]) : Xlsx([.. lines.Select(l => new string?[] { l })]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal("intention", result.Form);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Another_circulars_form_with_our_labels_and_services_is_not_our_form(string format)
    {
        var document = Rows(format,
            ["Appendix 1 – Registration Form for Market Data Line Relocation"],
            ["Ref. No.", "HDS/24/0107"],
            ["Subscriber Name", "Lantau Securities Limited"],
            ["HSN Subscriber ID", "HSN0915"],
            ["Contact Person", "Chiu Ka Fai"],
            ["Lines to relocate", "Tick"],
            ["OMD-C", "✓"],
            ["OMD-CC", "✓"],
            ["Date", "05/01/2024"]);

        var result = s_reader.Read("a." + format, document);

        Assert.Null(result.Form);
        Assert.Contains(result.Problems, p => p.Code == "not_a_form");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Another_forms_heading_without_our_reference_is_not_our_form(string format)
    {
        var document = Rows(format,
            ["Appendix 1 – Registration Form for Market Data Line Relocation"],
            ["Subscriber Name", "Lantau Securities Limited"],
            ["HSN Subscriber ID", "HSN0915"],
            ["Lines to relocate", "Tick"],
            ["OMD-C", "✓"],
            ["OMD-CC", "✓"]);

        var result = s_reader.Read("a." + format, document);

        Assert.Null(result.Form);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_heading_of_our_own_words_with_our_reference_is_still_our_form(string format)
    {
        var document = Rows(format,
            ["HSN Practice Session Reply Form"],
            ["Ref. No.", "HDS/23/1109"],
            ["Subscriber Name", "Lantau Securities Limited"],
            ["HSN Subscriber ID", "HSN0915"],
            ["Services to be verified", "Tick"],
            ["OMD-C", "✓"],
            ["OMD-CC", "✓"]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal("intention", result.Form);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Our_form_with_our_reference_is_still_our_form_without_its_title(string format)
    {
        var document = Rows(format,
            ["Ref. No.", "HDS/23/1109"],
            ["Subscriber Name", "Lantau Securities Limited"],
            ["HSN Subscriber ID", "HSN0915"],
            ["Services to be verified", "Tick"],
            ["OMD-C", "✓"],
            ["OMD-CC", "✓"]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal("intention", result.Form);
    }
}
