using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>Idioms that forms made by other people showed (issue 9 §4), each as a general rule.</summary>
public sealed class UnseenIdiomTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_label_and_a_value_of_its_shape_need_only_a_space_between_them(string format)
    {
        string[][] lines =
        [
            ["Appendix A – Intention Form for Using HSN to participate Practice Session"],
            ["Circular ref HDS/23/1109"],
            ["Subscriber Name: Acme Securities Ltd"],
            ["Subscriber code HSN1133"],
            ["Contact Person: Chan Tai Man"],
            ["Tel 2211 6080"],
            ["E-mail tm.chan@acme.com.hk"],
            ["We will participate ☒"],
            ["Services to be verified: ☒ OTP-C ☐ OMD-C"],
        ];
        var document = format == "docx" ? Docx([.. lines.Select(l => P(l[0]))]) : Xlsx([.. lines.Select(l => new string?[] { l[0] })]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("HDS/23/1109", result["circular_ref"]);
        Assert.Equal("HSN1133", result["subscriber_id"]);
        Assert.Equal("2211 6080", result["contact_phone"]);
    }

    /// <summary>docx.js writes a check box content control with its glyph also as a symbol run.</summary>
    private static string DocxJsCheckBox(bool on) =>
        $"""<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{(on ? 1 : 0)}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:sym w:font="MS Gothic" w:char="{(on ? "2612" : "2610")}"/></w:r></w:sdtContent></w:sdt>""";

    [Fact]
    public void A_check_box_control_whose_glyph_is_also_its_text_is_one_mark()
    {
        var document = Docx(
            P("Appendix A – Intention Form for Using HSN to participate Practice Session"),
            Table(
                ["HSN Subscriber ID", "HSN0427"],
                ["Subscriber Name", "Acme Securities Ltd"],
                ["Participation", $"<w:p>{DocxJsCheckBox(true)}<w:r><w:t xml:space=\"preserve\"> Yes   </w:t></w:r>{DocxJsCheckBox(false)}<w:r><w:t xml:space=\"preserve\"> No</w:t></w:r></w:p>"]));

        var layout = s_reader.Explain(document);
        var result = s_reader.Read("a.docx", document);

        Assert.Contains("☒ Yes", layout, StringComparison.Ordinal);
        Assert.DoesNotContain("☒☒", layout, StringComparison.Ordinal);
        Assert.Equal(true, result["participate"]);
    }

    [Theory]
    [InlineData("☒☒ Yes ☐☐ No")]
    [InlineData("☑☒ Yes ☐ No")]
    public void A_glyph_written_twice_over_is_one_mark(string answer)
    {
        var document = Xlsx(
            ["Appendix A – Intention Form for Using HSN to participate Practice Session"],
            ["HSN Subscriber ID", "HSN0427"],
            ["Subscriber Name", "Acme Securities Ltd"],
            ["Participation", answer]);

        Assert.Equal(true, s_reader.Read("a.xlsx", document)["participate"]);
    }

    [Fact]
    public void A_results_grid_of_check_box_controls_one_column_per_result_word_is_read()
    {
        string Box(bool on) => $"<w:p>{DocxJsCheckBox(on)}</w:p>";
        var document = Docx(
            P("Appendix B – Result Form for Using HSN to participate Practice Session"),
            Table(["HSN Subscriber ID", "HSN0427"], ["Subscriber Name", "Acme Securities Ltd"], ["Contact Person", "Chan Tai Man"],
                ["Telephone", "2211 6080"], ["Email", "tm.chan@acme.com.hk"]),
            Table(
                ["Service", "Successful", "Unsuccessful", "Not tested"],
                ["OTP-C", Box(true), Box(false), Box(false)],
                ["OMD-C", Box(false), Box(true), Box(false)],
                ["OMD-CC", Box(false), Box(false), Box(true)]));

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(
            new Dictionary<string, string> { ["OTP-C"] = "successful", ["OMD-C"] = "unsuccessful", ["OMD-CC"] = "not_tested" },
            (IReadOnlyDictionary<string, string>)result["results"]!);
    }

    [Fact]
    public void An_Excel_result_form_with_labels_above_their_values_and_ticks_in_a_results_grid_is_read()
    {
        var document = Xlsx(
            ["Appendix B – Result Form for Using HSN to participate Practice Session"],
            ["HSN Subscriber ID", "Subscriber Name"],
            ["HSN0427", "Acme Securities Ltd"],
            ["Contact Person", "Telephone", "Email"],
            ["Chan Tai Man", "2211 6080", "tm.chan@acme.com.hk"],
            [],
            ["Service", "Successful", "Unsuccessful", "Not tested"],
            ["OTP-C", "✓", null, null],
            ["OTP-CSC", null, null, "✓"],
            ["OMD-C", null, "✓", null]);

        var result = s_reader.Read("a.xlsx", document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("HSN0427", result["subscriber_id"]);
        Assert.Equal("tm.chan@acme.com.hk", result["contact_email"]);
        Assert.Equal(
            new Dictionary<string, string> { ["OTP-C"] = "successful", ["OTP-CSC"] = "not_tested", ["OMD-C"] = "unsuccessful" },
            (IReadOnlyDictionary<string, string>)result["results"]!);
    }
}
