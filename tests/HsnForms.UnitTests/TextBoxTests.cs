using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Values typed in text boxes laid over a printed form's lines. Word anchors a box in the paragraph of the
/// line it covers, so its text answers that line's label, wherever the box's XML stands in the paragraph.
/// </summary>
public sealed class TextBoxTests
{
    private static readonly FormReader s_reader = new();

    private const string Fill = "________________________________";

    /// <summary>Word 2016: a DrawingML text box with its VML copy for older readers, each value twice in the XML.</summary>
    private static string Word2016Box(string text) =>
        $"""<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>1905000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>-38100</wp:posOffset></wp:positionV><wp:extent cx="3200400" cy="228600"/><wp:wrapNone/><wp:docPr id="2" name="Text Box 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:cNvSpPr txBox="1"/><wps:txbx><w:txbxContent>{P(text)}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>{VmlShape(text)}</mc:Fallback></mc:AlternateContent></w:r>""";

    /// <summary>A VML text box alone, as LibreOffice and Word before 2010 write one.</summary>
    private static string VmlBox(string text) => $"<w:r>{VmlShape(text)}</w:r>";

    private static string VmlShape(string text) =>
        $"""<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="box" type="#_x0000_t202" style="position:absolute;margin-left:150pt;margin-top:-3pt;width:252pt;height:18pt"><v:textbox><w:txbxContent>{P(text)}</w:txbxContent></v:textbox></v:shape></w:pict>""";

    private static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{E(text)}</w:t></w:r>";

    public static TheoryData<string> Producers => ["word2016-between-label-and-fill", "vml-at-paragraph-start", "word2016-after-fill"];

    /// <summary>A label line with its value in a text box anchored where each producer puts the anchor.</summary>
    private static string Line(string producer, string label, string value) => producer switch
    {
        "word2016-between-label-and-fill" => $"<w:p>{Run(label + ": ")}{Word2016Box(value)}{Run(Fill)}</w:p>",
        "vml-at-paragraph-start" => $"<w:p>{VmlBox(value)}{Run(label + ":")}</w:p>",
        _ => $"<w:p>{Run(label + ": " + Fill)}{Word2016Box(value)}</w:p>",
    };

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_value_in_a_text_box_answers_the_label_of_the_line_it_is_anchored_in(string producer)
    {
        var document = Docx(
            P("Appendix A – Intention Form for Using HSN to participate Practice Session"),
            P("Ref. No.: HDS/23/1109"),
            Line(producer, "Subscriber Name", "Acme Securities Limited"),
            Line(producer, "HSN Subscriber ID", "HSN0427"),
            Line(producer, "Contact Person", "Chan Tai Man"),
            Line(producer, "Telephone", "2211 6080"),
            Line(producer, "Email", "tm.chan@acme.com.hk"),
            P("Participation in PS2 (please tick one box):"),
            P("☒ We will participate in PS2 using HSN"),
            P("☐ We will not participate in PS2 using HSN"),
            P("Services to be verified (please tick all that apply):"),
            P("☒ OTP-C"),
            P("☐ OMD-C"),
            Line(producer, "Name of Authorised Signatory", "Wong Siu Ming"),
            Line(producer, "Date", "22/11/2023"));

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("Acme Securities Limited", result["subscriber_name"]);
        Assert.Equal("HSN0427", result["subscriber_id"]);
        Assert.Equal("Chan Tai Man", result["contact_name"]);
        Assert.Equal("2211 6080", result["contact_phone"]);
        Assert.Equal("tm.chan@acme.com.hk", result["contact_email"]);
        Assert.Equal("Wong Siu Ming", result["signatory_name"]);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Two_labels_on_one_line_each_take_the_box_anchored_after_it()
    {
        var line = $"<w:p>{Run("Contact Person: ")}{Word2016Box("Chan Tai Man")}{Run(Fill + "   Telephone: ")}{Word2016Box("2211 6080")}{Run(Fill)}</w:p>";

        var layout = s_reader.Explain(Docx(P("Appendix A – Intention Form"), line));

        Assert.Contains("Contact Person: Chan Tai Man Telephone: 2211 6080", layout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_anchored_in_a_line_with_nothing_left_to_fill_stays_a_line_of_its_own()
    {
        var line = $"<w:p>{VmlBox("See the note below")}{Run("Please complete and return this form by 24 November 2023.")}</w:p>";

        var layout = s_reader.Explain(Docx(P("Appendix A – Intention Form"), line));

        Assert.DoesNotContain("2023. See", layout, StringComparison.Ordinal);
        Assert.DoesNotContain("form by See", layout, StringComparison.Ordinal);
        Assert.Contains("See the note below", layout, StringComparison.Ordinal);
    }

    [Fact]
    public void Boxes_anchored_ahead_of_a_line_of_two_blanks_are_not_guessed_into_either()
    {
        var line = $"<w:p>{VmlBox("Chan Tai Man")}{VmlBox("2211 6080")}{Run("Contact Person: " + Fill + "  Telephone: " + Fill)}</w:p>";

        var layout = s_reader.Explain(Docx(P("Appendix A – Intention Form"), line));

        Assert.DoesNotContain("Contact Person: Chan", layout, StringComparison.Ordinal);
        Assert.DoesNotContain("Telephone: 2211", layout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_that_carries_a_label_of_its_own_is_not_taken_as_the_answer_to_the_line_it_is_anchored_in()
    {
        var document = Docx(
            P("Appendix A – Intention Form for Using HSN to participate Practice Session"),
            P("Ref. No.: HDS/23/1109"),
            P("Subscriber Name: Acme Securities Limited"),
            P("HSN Subscriber ID: HSN0427"),
            $"<w:p>{Run("Contact Person: ")}{Word2016Box("Telephone: 2211 6080")}{Run(Fill)}</w:p>");

        var result = s_reader.Read("a.docx", document);

        Assert.NotEqual("Telephone: 2211 6080", result["contact_name"]);
        Assert.NotEqual("2211 6080", result["contact_name"]);
        Assert.Equal("2211 6080", result["contact_phone"]);
    }
}
