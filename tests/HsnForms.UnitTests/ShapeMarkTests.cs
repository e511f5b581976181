using System.Text;
using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Filled geometric shapes typed as the ticked box and their hollow counterparts as the empty one: ■ and □,
/// ◼ and ◻, ▪ and ▫, ● or ◉ and ○ or ◯, ◆ and ◇. A filled shape is a tick where its hollow counterpart stands
/// as an empty box in the same block of choices (rows with shapes close together in one table, sheet or run
/// of paragraphs); alone, or far from any such box, it is a bullet.
/// </summary>
public sealed class ShapeMarkTests
{
    private static readonly FormReader s_reader = new();

    private static readonly string[] s_head =
    [
        "Appendix A – Intention Form for Using HSN to participate Practice Session",
        "Ref. No.: HDS/23/1109",
        "Subscriber Name: Acme Securities Limited",
        "HSN Subscriber ID: HSN0427",
        "Contact Person: Chan Tai Man",
        "Telephone: 2211 6080",
        "Email: tm.chan@acme.com.hk",
    ];

    private static readonly string[] s_foot = ["Name of Authorised Signatory: Wong Siu Ming", "Date: 22/11/2023"];

    /// <summary>The form's lines as paragraphs (python-docx, Word) or as rows of a sheet's first column.</summary>
    private static byte[] Lines(string format, params string[] choices)
    {
        string[] lines = [.. s_head, .. choices, .. s_foot];
        return format == "docx" ? Docx([.. lines.Select(P)]) : Xlsx([.. lines.Select(l => new string?[] { l })]);
    }

    public static TheoryData<string, string, string> ShapePairs => new()
    {
        { "docx", "■", "□" },
        { "xlsx", "■", "□" },
        { "docx", "◼", "◻" },
        { "xlsx", "▪", "▫" },
        { "docx", "●", "○" },
        { "xlsx", "◉", "◯" },
        { "docx", "◆", "◇" },
    };

    [Theory]
    [MemberData(nameof(ShapePairs))]
    public void A_filled_shape_is_the_tick_where_its_hollow_counterpart_is_the_empty_box_on_other_lines(string format, string filled, string hollow)
    {
        var document = Lines(
            format,
            "Participation in PS2 (please tick one box):",
            $"{hollow} We will participate in PS2 using HSN",
            $"{filled} We will not participate in PS2 using HSN",
            "Services to be verified (please tick all that apply):",
            $"{hollow} OTP-C – Orion Trading Platform – Securities Market",
            $"{hollow} OMD-C – Orion Market Data – Securities Market");

        var result = s_reader.Read("a." + format, document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(false, result["participate"]);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void A_filled_square_typed_over_printed_ballot_boxes_is_a_tick(string format)
    {
        var document = Lines(
            format,
            "Participation in PS2 (please tick one box):",
            "■ We will participate in PS2 using HSN",
            "☐ We will not participate in PS2 using HSN",
            "Services to be verified (please tick all that apply):",
            "☐ OTP-C – Orion Trading Platform – Securities Market",
            "■ OMD-C – Orion Market Data – Securities Market");

        var result = s_reader.Read("a." + format, document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(true, result["participate"]);
        Assert.Equal(["OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Fact]
    public void Filled_and_hollow_shapes_in_the_cells_of_a_Word_table_are_ticks_and_empty_boxes()
    {
        var document = Docx(
            P(s_head[0]),
            Table(
                ["Ref. No.", "HDS/23/1109"],
                ["Subscriber Name", "Acme Securities Limited"],
                ["HSN Subscriber ID", "HSN0427"],
                ["Contact Person", "Chan Tai Man"],
                ["Telephone", "2211 6080"],
                ["Email", "tm.chan@acme.com.hk"],
                ["We will participate in PS2 using HSN", "●"],
                ["We will not participate in PS2 using HSN", "○"],
                ["Services to be verified", "○ OTP-C"],
                ["", "● OMD-C"],
                ["Name of Authorised Signatory", "Wong Siu Ming"],
                ["Date", "22/11/2023"]));

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(true, result["participate"]);
        Assert.Equal(["OMD-C"], result["services"] as IEnumerable<string>);
    }

    /// <summary>openpyxl's idiom: a label merged over the rows of its choices, one choice a row in the next column.</summary>
    [Fact]
    public void Services_marked_with_filled_squares_under_a_label_merged_over_their_rows_are_read()
    {
        string?[][] rows =
        [
            ["附件A 意向表格", null],
            ["編號", "HDS/23/1109"],
            ["公司名稱", "上水證券有限公司"],
            ["用戶編號", "HSN2162"],
            ["聯絡人", "馬志強"],
            ["電話", "2670 1111"],
            ["電郵", "cheungma@sssec.com.hk"],
            ["參與", "■ 是 □ 否"],
            ["測試服務", "■ OTP-C"],
            [null, "□ OTP-CSC"],
            [null, "■ OMD-C"],
            [null, "□ OMD-CC"],
            ["授權人姓名", "周美玲"],
            ["日期", "2023年11月21日"],
        ];
        var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < rows.Length; r++)
        {
            sheet.Append($"<row r=\"{r + 1}\">");
            for (var c = 0; c < 2; c++)
            {
                if (rows[r][c] is { } text)
                {
                    var column = c == 0 ? 'A' : 'C';
                    sheet.Append($"<c r=\"{column}{r + 1}\" t=\"inlineStr\"><is><t>{E(text)}</t></is></c>");
                }
            }

            sheet.Append("</row>");
        }

        sheet.Append("""</sheetData><mergeCells count="3"><mergeCell ref="A9:B12"/><mergeCell ref="A8:B8"/><mergeCell ref="C2:F2"/></mergeCells></worksheet>""");

        var result = s_reader.Read("a.xlsx", Workbook(sheet.ToString()));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(true, result["participate"]);
        Assert.Equal(["OTP-C", "OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void A_filled_shape_beside_a_hollow_shape_of_another_family_is_a_bullet_not_a_tick(string format)
    {
        var document = Lines(
            format,
            "Participation in PS2 (please tick one box):",
            "■ We will participate in PS2 using HSN",
            "○ We will not participate in PS2 using HSN");

        var result = s_reader.Read("a." + format, document);

        Assert.Null(result["participate"]);
        Assert.Equal(FormStatus.Incomplete, result.Status);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Filled_bullets_far_above_the_form_s_empty_boxes_are_not_ticks(string format)
    {
        string[] lines =
        [
            "Appendix A – Intention Form for Using HSN to participate Practice Session",
            "The Practice Session covers these services:",
            "■ OTP-C – Orion Trading Platform – Securities Market",
            "■ OMD-C – Orion Market Data – Securities Market",
            "Ref. No.: HDS/23/1109",
            "Subscriber Name: Acme Securities Limited",
            "HSN Subscriber ID: HSN0427",
            "Contact Person: Chan Tai Man",
            "Telephone: 2211 6080",
            "Email: tm.chan@acme.com.hk",
            "Participation in PS2 (please tick one box):",
            "☒ We will participate in PS2 using HSN",
            "☐ We will not participate in PS2 using HSN",
            "Services to be verified (please tick all that apply):",
            "☐ OTP-C – Orion Trading Platform – Securities Market",
            "☒ OMD-CC – Orion Market Data – China Connect",
            .. s_foot,
        ];
        var document = format == "docx" ? Docx([.. lines.Select(P)]) : Xlsx([.. lines.Select(l => new string?[] { l })]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal(["OMD-CC"], result["services"] as IEnumerable<string>);
    }
}
