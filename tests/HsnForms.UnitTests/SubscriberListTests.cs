using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// The service desk's own tracker, a register export, a contact list: many subscribers under one header
/// row (holdout15). Its values may read as labels ("Contact A" under "Contact Person"), so it is told by
/// what only a list has: different subscriber IDs down one column. It is never one subscriber's form.
/// </summary>
public sealed class SubscriberListTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_tracker_whose_values_read_like_labels_is_not_a_form(string format)
    {
        var tracker = Rows(format,
            ["Subscriber ID", "Subscriber Name", "Contact Person", "Telephone", "Email", "Participate", "Services"],
            ["HSN0100", "Subscriber A Securities Limited", "Contact A", "2000 1000", "a@suba.com.hk", "No", ""],
            ["HSN0137", "Subscriber B Securities Limited", "Contact B", "2100 1001", "b@subb.com.hk", "Yes", "OTP-C, OMD-C"],
            ["hsn-0174", "Subscriber C Securities Limited", "Contact C", "2200 1002", "c@subc.com.hk", "Yes", "OTP-C"]);

        var result = s_reader.Read("tracker." + format, tracker);

        Assert.Equal(FormStatus.Unrecognised, result.Status);
        Assert.Null(result["subscriber_id"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_form_that_gives_its_id_twice_is_still_one_subscriber_s_form(string format)
    {
        var form = Rows(format,
            ["Intention Form for Using HSN to participate Practice Session", ""],
            ["HSN Subscriber ID", "HSN0427"],
            ["Subscriber Name", "Kowloon Brokerage Ltd"],
            ["Contact Person", "Lee Ka Yan"],
            ["Telephone", "3111 2222"],
            ["Email", "ky.lee@kowloon.example"],
            ["Will you participate in the Practice Session using HSN?", "☑ Yes   ☐ No"],
            ["Services", "☑ OTP-C  ☑ OMD-C"],
            ["Subscriber ID (again, for our records)", "HSN0427"]);

        var result = s_reader.Read("form." + format, form);

        Assert.Equal("intention", result.Form);
        Assert.Equal("HSN0427", result["subscriber_id"]);
    }
}
