using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Returns of other kinds that ask for the same details (holdout17: a seminar registration with the company,
/// the HSN subscriber ID, a phone, an e-mail and "☒ I will attend"). Headed as a registration, an
/// application or a reply slip, without our title or reference, they are not our form; a heading about the
/// practice session itself keeps a retyped form readable.
/// </summary>
public sealed class OtherReturnsTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Headings => new()
    {
        "HSN Subscriber Seminar 2024 – Registration",
        "Application for Additional HSN Circuit",
        "Reply Slip – Annual Subscriber Briefing",
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void A_return_headed_as_another_kind_with_our_labels_is_not_a_form(string heading)
    {
        var document = Docx(
            P(heading),
            P("Seminar date: 18 January 2024, 3:00 pm, Exchange Square"),
            Table(
                ["Company Name", "Central Harbour Finance Ltd"],
                ["HSN Subscriber ID", "HSN0105"],
                ["Attendee", "Au Yeung Siu Fan"],
                ["Telephone", "2840 1234"],
                ["Email", "sf.auyeung@chfin.com.hk"]),
            P("☒ I will attend"),
            P("☐ I will not attend"),
            P("Date: 28/11/2023"));

        var result = s_reader.Read("registration.docx", document);

        Assert.Equal(FormStatus.Unrecognised, result.Status);
    }

    public static TheoryData<string> Producers => Formats;

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_retyped_form_headed_as_a_registration_for_the_practice_session_still_reads(string format)
    {
        var document = Rows(format,
            ["Registration for the Practice Session (PS2)", ""],
            ["Company Name", "Central Harbour Finance Ltd"],
            ["HSN Subscriber ID", "HSN0105"],
            ["Contact Person", "Au Yeung Siu Fan"],
            ["Telephone", "2840 1234"],
            ["Email", "sf.auyeung@chfin.com.hk"],
            ["Will you participate in the Practice Session using HSN?", "☑ Yes   ☐ No"],
            ["Services", "☑ OTP-C  ☑ OMD-C"]);

        var result = s_reader.Read("form." + format, document);

        Assert.Equal("intention", result.Form);
        Assert.Equal("HSN0105", result["subscriber_id"]);
    }
}
