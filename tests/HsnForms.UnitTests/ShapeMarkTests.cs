using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Filled geometric shapes typed as the ticked box and their hollow counterparts as the empty one: ■ and □,
/// ◼ and ◻, ▪ and ▫, ● or ◉ and ○ or ◯, ◆ and ◇. A filled shape is a tick where its hollow counterpart stands
/// as an empty box in the same table, sheet or run of paragraphs; alone it is a bullet.
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
}
