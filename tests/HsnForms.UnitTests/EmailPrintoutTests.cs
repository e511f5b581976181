using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// An e-mail printed or saved as a document (From:, To:, Sent:, Subject: at its head) is a message about
/// the form, however much of the form it quotes: quoted lines ("&gt; Subscriber ID: …", or all below
/// "-----Original Message-----" or "… wrote:") are what someone wrote before, never answers. It is the form
/// only where the form itself stands in it under its own title, laid out as a form.
/// </summary>
public sealed class EmailPrintoutTests
{
    private static readonly FormReader s_reader = new();

    private static readonly string[] s_header =
    [
        "From: Lee Ka Ming <km.lee@chaiwansec.example>",
        "To: hsservicedesk@hkex.com.hk",
        "Sent: Wednesday, 22 November 2023 10:15",
        "Subject: RE: HDS/23/1109 Intention Form",
    ];

    private static readonly string[] s_signature = ["Regards,", "Lee Ka Ming", "Tel: 2345 6789"];

    /// <summary>Word paragraphs, as Outlook saves a message; or one line a row of a sheet, as it is pasted into Excel.</summary>
    public static TheoryData<string> Producers => ["docx", "xlsx"];

    private static byte[] Email(string format, params string[] body)
    {
        string[] lines = [.. s_header, "Dear Service Desk,", .. body, .. s_signature];
        return format == "docx" ? Docx([.. lines.Select(P)]) : Xlsx([.. lines.Select(l => new string?[] { l })]);
    }

    private static void AssertNotAForm(FormReadResult result)
    {
        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Equal("not_a_form", Assert.Single(result.Problems).Code);
        Assert.Null(result["subscriber_id"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void An_email_quoting_the_forms_lines_with_quote_marks_is_not_the_form(string format)
    {
        var email = Email(format,
            "Please find our form attached. For your convenience:",
            "> Subscriber Name: Chai Wan Securities Ltd",
            "> Subscriber ID: HSN0427",
            "> We will participate in PS2 using HSN: OTP-C, OMD-C");

        AssertNotAForm(s_reader.Read("mail." + format, email));
    }

    [Theory]
    [InlineData("docx", "-----Original Message-----")]
    [InlineData("xlsx", "-----Original Message-----")]
    [InlineData("docx", "On Tue, 21 Nov 2023 at 15:02, Ivy Chan <ivy.chan@harbourfront.example> wrote:")]
    [InlineData("xlsx", "On Tue, 21 Nov 2023 at 15:02, Ivy Chan <ivy.chan@harbourfront.example> wrote:")]
    public void An_email_with_the_form_below_an_earlier_message_is_not_the_form(string format, string separator)
    {
        var email = Email(format,
            "Noted, the signed form follows.",
            separator,
            "Subscriber Name: Chai Wan Securities Ltd",
            "Subscriber ID: HSN0427",
            "Contact Person: Lee Ka Ming",
            "We will participate in the Practice Session using HSN",
            "Services: OTP-C, OMD-C");

        AssertNotAForm(s_reader.Read("mail." + format, email));
    }

    /// <summary>
    /// The form pasted into the message under its own title, as a table or as "Label: value" lines, with
    /// an earlier message quoted above it by quote marks or below it after "-----Original Message-----".
    /// </summary>
    [Theory]
    [InlineData("table", "marks")]
    [InlineData("lines", "marks")]
    [InlineData("table", "original")]
    [InlineData("lines", "original")]
    public void A_form_pasted_under_its_own_title_in_an_email_is_read_without_the_quoted_lines(string layout, string quoting)
    {
        string[][] fields =
        [
            ["Subscriber Name", "Chai Wan Securities Ltd"],
            ["HSN Subscriber ID", "HSN0427"],
            ["Contact Person", "Lee Ka Ming"],
            ["Telephone", "2345 6789"],
            ["Email", "km.lee@chaiwansec.example"],
            ["Participation", "☒ We will participate ☐ We will not participate"],
            ["Services", "☒ OTP-C ☐ OTP-CSC ☒ OMD-C ☐ OMD-CC"],
        ];
        var form = layout == "table" ? Table(fields) : string.Concat(fields.Select(f => P($"{f[0]}: {f[1]}")));
        string[] earlier = ["Contact Person: Wong Siu Fung", "HSN Subscriber ID: HSN0999", "Telephone: 2111 0000"];
        var above = quoting == "marks" ? string.Concat(earlier.Select(l => P("> " + l))) : "";
        var below = quoting == "original"
            ? P("-----Original Message-----") + string.Concat(new[] { "From: Wong Siu Fung", "Subject: HDS/23/1109" }.Concat(earlier).Select(P))
            : "";
        var email = Docx(
            [.. s_header.Select(P), P("Dear Service Desk,"), P("Our form is below."), above,
            P("Appendix A – Intention Form for Using HSN to participate Practice Session"), form, .. s_signature.Select(P), below]);

        var result = s_reader.Read("mail.docx", email);

        Assert.Equal("intention", result.Form);
        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("HSN0427", result["subscriber_id"]);
        Assert.Equal("Lee Ka Ming", result["contact_name"]);
        Assert.Equal("2345 6789", result["contact_phone"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_paragraph_opening_with_a_quote_mark_is_no_answer_but_a_sheets_cell_is_a_cell(string format)
    {
        // Only paragraphs quote: in a sheet a cell opening with ">" is a cell like any other.
        var document = format == "docx"
            ? Docx(P("Appendix A – Intention Form for Using HSN to participate Practice Session"), P("> Subscriber ID: HSN0427"), Table(["Subscriber Name", "Chai Wan Securities Ltd"]))
            : Xlsx(["Appendix A – Intention Form for Using HSN to participate Practice Session"], ["Subscriber ID", "HSN0427"], ["Subscriber Name", "Chai Wan Securities Ltd"]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal(format == "docx" ? null : "HSN0427", result["subscriber_id"]);
    }
}
