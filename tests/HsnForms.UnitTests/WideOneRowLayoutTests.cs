using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// A form laid out wide: one header row of short labels (Company, HSN ID, Join PS2?, the circular's service
/// codes, Date) over exactly one row of answers, with no title and no circular reference. The form's own
/// questions answered in their columns (a mark under a service code, a yes under the participation question)
/// with who the subscriber is make it the form; the same header over many rows is a service desk's tracker.
/// </summary>
public sealed class WideOneRowLayoutTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    private static readonly string[] s_header =
        ["Company", "HSN ID", "Contact", "Tel", "Email", "Join PS2?", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC", "Date"];

    private static string[] Subscriber(string company, string id, string join, string otpc, string omdc) =>
        [company, id, "So Kin Chung", "3105 7788", "kc.so@example.com.hk", join, otpc, "", omdc, "", "24/11/2023"];

    [Theory]
    [MemberData(nameof(Producers))]
    public void One_header_row_over_one_row_of_answers_is_the_intention_form(string format)
    {
        var document = Rows(format, s_header, Subscriber("Wanchai Global Markets Ltd", "HSN0715", "Yes", "Y", "Y"));

        var result = s_reader.Read("reply." + format, document);

        Assert.Equal("intention", result.Form);
        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("HSN0715", result["subscriber_id"]);
        Assert.True(result.Fields.Participate);
        Assert.Equal(["OTP-C", "OMD-C"], result.Fields.Services);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_paraphrased_participation_question_and_ticks_under_the_codes_still_read(string format)
    {
        string[] header = ["Subscriber", "Subscriber Code", "Contact Person", "Phone", "Participate in PS2?", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"];
        string[] answers = ["Kowloon Brokerage Ltd", "HSN0427", "Lee Ka Yan", "3111 2222", "Yes", "", "✓", "", "✓"];

        var result = s_reader.Read("reply." + format, Rows(format, header, answers));

        Assert.Equal("intention", result.Form);
        Assert.Equal(["OTP-CSC", "OMD-CC"], result.Fields.Services);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_tracker_of_the_same_columns_over_two_subscribers_is_not_a_form(string format)
    {
        var document = Rows(format, s_header,
            Subscriber("Wanchai Global Markets Ltd", "HSN0715", "Yes", "Y", "Y"),
            Subscriber("Kowloon Brokerage Ltd", "HSN0427", "No", "", ""));

        var result = s_reader.Read("tracker." + format, document);

        Assert.Equal(FormStatus.Unrecognised, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void The_header_row_with_no_answers_under_it_is_not_a_form(string format)
    {
        var result = s_reader.Read("blank." + format, Rows(format, s_header));

        Assert.Equal(FormStatus.Unrecognised, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_row_of_dates_under_the_service_codes_is_no_choice_of_services(string format)
    {
        // A schedule: the services head the columns, but what stands under them are dates, not marks.
        string[] header = ["Company", "Contact", "Tel", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"];
        string[] row = ["Kowloon Brokerage Ltd", "Lee Ka Yan", "3111 2222", "25/11/2023", "25/11/2023", "26/11/2023", "26/11/2023"];

        var result = s_reader.Read("schedule." + format, Rows(format, header, row));

        Assert.Equal(FormStatus.Unrecognised, result.Status);
    }
}
