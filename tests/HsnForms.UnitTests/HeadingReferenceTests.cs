using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// The circular's reference written into the form's title or heading line rather than beside a label of
/// its own (issue 9, holdout13): "Intention Form (HDS/23/1109)", "– ref HDS/23/1109", "for circular HDS/23/1109".
/// </summary>
public sealed class HeadingReferenceTests
{
    private static readonly FormReader s_reader = new();

    private static string[][] Intention(string title, params string[][] more) =>
    [
        [title],
        ["Subscriber Name: Acme Securities Ltd"],
        ["HSN Subscriber ID: HSN1133"],
        ["Contact Person: Chan Tai Man"],
        ["Tel: 2211 6080"],
        ["E-mail: tm.chan@acme.com.hk"],
        ["We will participate: ☒ Yes ☐ No"],
        ["Services to be verified: ☒ OTP-C ☐ OMD-C"],
        .. more,
    ];

    private static byte[] Build(string format, string[][] lines) => format switch
    {
        "docx-paragraphs" => Docx([.. lines.Select(l => P(l[0]))]),
        "docx-table" => Docx(P(lines[0][0]), Table([.. lines.Skip(1).Select(l => l[0].Split(": ", 2))])),
        _ => Xlsx([.. lines.Select(l => new string?[] { l[0] })]),
    };

    public static TheoryData<string, string> Headings()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "docx-paragraphs", "docx-table", "xlsx" })
        {
            data.Add(format, "Intention Form for Using HSN to participate Practice Session (HDS/23/1109)");
            data.Add(format, "Intention Form for Using HSN to participate Practice Session – ref HDS/23/1109");
            data.Add(format, "Intention Form for Using HSN to participate Practice Session for circular HDS/23/1109");
            data.Add(format, "Intention Form for Using HSN to participate Practice Session (Ref: HDS/23/1109)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Headings))]
    public void The_reference_inside_the_title_line_is_the_circular_reference(string format, string title)
    {
        var result = s_reader.Read("a." + format[..4], Build(format, Intention(title)));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("HDS/23/1109", result["circular_ref"]);
    }

    [Theory]
    [InlineData("docx-paragraphs")]
    [InlineData("xlsx")]
    public void A_heading_line_above_the_title_may_carry_the_reference(string format)
    {
        string[][] lines = [["Practice Session 2 – circular HDS/23/1109"], .. Intention("Intention Form for Using HSN to participate Practice Session")];

        var result = s_reader.Read("a." + format[..4], Build(format, lines));

        Assert.Equal("HDS/23/1109", result["circular_ref"]);
    }

    [Theory]
    [InlineData("docx-paragraphs")]
    [InlineData("xlsx")]
    public void Two_different_references_in_the_heading_are_doubt_not_a_pick(string format)
    {
        string[][] lines = [["Circular HDS/23/1098 replaced"], .. Intention("Intention Form for Using HSN to participate Practice Session (HDS/23/1109)")];

        var result = s_reader.Read("a." + format[..4], Build(format, lines));

        Assert.Null(result["circular_ref"]);
        Assert.Contains(result.Problems, p => p.Field == "circular_ref" && p.Code == "ambiguous");
    }

    [Theory]
    [InlineData("docx-paragraphs")]
    [InlineData("xlsx")]
    public void A_reference_quoted_below_the_fields_is_not_the_forms(string format)
    {
        var lines = Intention("Intention Form for Using HSN to participate Practice Session", ["Remarks: as in our reply to HDS/23/0998"]);

        var result = s_reader.Read("a." + format[..4], Build(format, lines));

        Assert.Null(result["circular_ref"]);
        Assert.DoesNotContain(result.Problems, p => p.Field == "circular_ref");
    }

    [Theory]
    [InlineData("docx-paragraphs")]
    [InlineData("xlsx")]
    public void A_labelled_reference_comes_before_the_heading(string format)
    {
        string[][] lines =
        [
            ["Intention Form for Using HSN to participate Practice Session (HDS/23/1098)"],
            ["Circular Ref: HDS/23/1109"],
            .. Intention("Practice Session 2").Skip(1),
        ];

        var result = s_reader.Read("a." + format[..4], Build(format, lines));

        Assert.Equal("HDS/23/1109", result["circular_ref"]);
    }

    [Fact]
    public void A_letter_quoting_the_reference_in_its_first_lines_is_still_no_form()
    {
        var document = Docx(
            P("Dear Sir/Madam,"),
            P("Re: circular HDS/23/1109 on the Practice Session"),
            P("We refer to the circular above and will send our form by Friday."),
            P("Yours faithfully,"));

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Null(result["circular_ref"]);
    }
}
