using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// A letter's letterhead and signature block say who wrote it (Company:, Contact:, Tel:, Email:, even the HSN
/// ID); its subject may quote the form's title and its body name our services. None of that is the form. A
/// letter is the form only where it answers one of the form's own questions: a choice stated, a box ticked, a
/// result given.
/// </summary>
public sealed class CoveringLetterTests
{
    private static readonly FormReader s_reader = new();

    private static readonly string[] s_signature =
        ["Company: Kowloon Brokerage Ltd", "Contact: Lee Ka Yan", "Tel: 3111 2222", "Email: ky.lee@kowloon.example"];

    /// <summary>A letter as paragraphs only, its signature block too (docx.js, a web editor's export).</summary>
    private static byte[] ParagraphLetter(params string[] body) =>
        Docx([.. new[] { "Dear Service Desk," }.Concat(body).Concat(["Yours faithfully,"]).Concat(s_signature).Select(P)]);

    /// <summary>A letter whose signature block is a borderless two-column table (Word, LibreOffice).</summary>
    private static byte[] TableSignedLetter(params string[] body) =>
        Docx([.. new[] { "Dear Sirs," }.Concat(body).Concat(["Best regards,"]).Select(P),
            Table([.. s_signature.Select(line => line.Split(": ", 2))])]);

    public static TheoryData<string> Producers => ["paragraphs", "table"];

    private static byte[] Letter(string producer, params string[] body) =>
        producer == "paragraphs" ? ParagraphLetter(body) : TableSignedLetter(body);

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_covering_letter_quoting_the_title_and_naming_our_services_is_not_the_form(string producer)
    {
        var letter = Letter(producer,
            "Re: Intention Form for Using HSN to participate Practice Session",
            "Please find attached our completed form. We subscribe to OTP-C and OMD-C.");

        var result = s_reader.Read("letter.docx", letter);

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Equal("not_a_form", Assert.Single(result.Problems).Code);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void The_hsn_id_in_a_letter_s_signature_does_not_make_it_the_form(string producer)
    {
        var letter = Letter(producer,
            "Our intention form for OTP-C and OMD-C follows under separate cover.",
            "HSN Subscriber ID: HSN0427");

        Assert.Equal(FormStatus.Unrecognised, s_reader.Read("letter.docx", letter).Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_letter_enclosing_the_result_form_is_not_the_result_form(string producer)
    {
        var letter = Letter(producer,
            "Re: Result Form for Using HSN to participate Practice Session",
            "We enclose the Result Form for OTP-C and OMD-C. Thank you for inviting us to participate.");

        Assert.Equal(FormStatus.Unrecognised, s_reader.Read("letter.docx", letter).Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_letter_that_states_the_choice_is_still_the_form(string producer)
    {
        var letter = Letter(producer,
            "Re: Appendix A – Intention Form for Using HSN to participate Practice Session (Ref. No. HDS/23/1109)",
            "We confirm that we will participate in the Practice Session using HSN for the following systems: OTP-C and OMD-C.",
            "HSN Subscriber ID: HSN0427");

        var result = s_reader.Read("letter.docx", letter);

        Assert.Equal("intention", result.Form);
        Assert.True(result.Fields.Participate);
        Assert.Equal(["OTP-C", "OMD-C"], result.Fields.Services);
        Assert.Equal("HSN0427", result["subscriber_id"]);
    }

    [Fact]
    public void A_form_that_opens_with_a_salutation_still_reads_when_its_boxes_are_ticked()
    {
        var form = Docx(
            P("Dear Subscriber,"),
            P("Please complete and return this form by 20 November 2023."),
            Table(
                ["HSN Subscriber ID", "HSN0427"],
                ["Company Name", "Kowloon Brokerage Ltd"],
                ["Contact Person", "Lee Ka Yan"],
                ["Telephone", "3111 2222"],
                ["Email", "ky.lee@kowloon.example"],
                ["Services to be verified", "☒ OTP-C ☐ OTP-CSC ☒ OMD-C ☐ OMD-CC"]),
            P("Regards,"));

        var result = s_reader.Read("form.docx", form);

        Assert.Equal("intention", result.Form);
        Assert.Equal(["OTP-C", "OMD-C"], result.Fields.Services);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_letter_that_states_the_choice_but_attaches_the_form_is_a_covering_letter(string producer)
    {
        var letter = Letter(producer,
            "Re: Practice Session (Ref. No. HDS/23/1109)",
            "We are pleased to confirm that we will participate in the Practice Session using HSN and will verify OTP-C and OMD-C.",
            "Our completed Intention Form (Appendix A) is attached separately.",
            "Subscriber ID: HSN3233");

        var result = s_reader.Read("letter.docx", letter);

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Equal("not_a_form", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_letter_with_the_form_itself_pasted_under_it_is_the_form_though_it_says_attached()
    {
        var form = Docx(
            P("Dear Sirs,"),
            P("Our completed Intention Form is attached below."),
            P("Yours faithfully,"),
            P("Intention Form for Using HSN to participate Practice Session"),
            Table(
                ["HSN Subscriber ID", "HSN0427"],
                ["Subscriber Name", "Kowloon Brokerage Ltd"],
                ["Contact Person", "Lee Ka Yan"],
                ["Telephone", "3111 2222"],
                ["Email", "ky.lee@kowloon.example"],
                ["Services to be verified", "☒ OTP-C ☐ OTP-CSC ☒ OMD-C ☐ OMD-CC"]));

        var result = s_reader.Read("form.docx", form);

        Assert.Equal("intention", result.Form);
        Assert.Equal(["OTP-C", "OMD-C"], result.Fields.Services);
    }
}
