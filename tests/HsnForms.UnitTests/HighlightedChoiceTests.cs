using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Choices marked only by highlighting the chosen options (issue 9, holdout13): the highlighted ones are
/// chosen, the others in the same line not; a line with every option or none highlighted is no answer.
/// </summary>
public sealed class HighlightedChoiceTests
{
    private static readonly FormReader s_reader = new();

    private static string R(string text, bool lit = false) =>
        $"<w:r>{(lit ? "<w:rPr><w:highlight w:val=\"yellow\"/></w:rPr>" : "")}<w:t xml:space=\"preserve\">{E(text)}</w:t></w:r>";

    private const string Tab = "<w:r><w:tab/></w:r>";

    private static byte[] Form(string participate, string services, bool inTable) => inTable
        ? Docx(P("Intention Form for Using HSN to participate Practice Session"), Table(
            ["Subscriber Name", "Acme Securities Ltd"],
            ["HSN Subscriber ID", "HSN1133"],
            ["Contact Person", "Chan Tai Man"],
            ["Tel", "2211 6080"],
            ["E-mail", "tm.chan@acme.com.hk"],
            ["Participate in PS2 using HSN", $"<w:p>{participate}</w:p>"],
            ["Services", $"<w:p>{services}</w:p>"]))
        : Docx(
            P("Intention Form for Using HSN to participate Practice Session"),
            P("Subscriber Name: Acme Securities Ltd"),
            P("HSN Subscriber ID: HSN1133"),
            P("Contact Person: Chan Tai Man"),
            P("Tel: 2211 6080"),
            P("E-mail: tm.chan@acme.com.hk"),
            $"<w:p>{R("Participate in PS2 using HSN:")}{Tab}{participate}</w:p>",
            $"<w:p>{R("Services:")}{Tab}{services}</w:p>");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_highlighted_options_are_the_chosen_ones(bool inTable)
    {
        var document = Form(
            R("Yes", lit: true) + R(" / ") + R("No"),
            R("OTP-C", lit: true) + R("   ") + R("OTP-CSC", lit: true) + R("   ") + R("OMD-C") + R("   ") + R("OMD-CC"),
            inTable);

        var result = s_reader.Read("a.docx", document);

        Assert.Equal(true, result["participate"]);
        Assert.Equal(["OTP-C", "OTP-CSC"], result["services"] as IEnumerable<string>);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_option_highlighted_is_emphasis_not_every_option_chosen(bool inTable)
    {
        var document = Form(
            R("Yes / No", lit: true),
            R("OTP-C   OTP-CSC   OMD-C   OMD-CC", lit: true),
            inTable);

        var result = s_reader.Read("a.docx", document);

        Assert.Null(result["participate"]);
        Assert.NotEqual(FormStatus.Complete, result.Status);
    }
}
