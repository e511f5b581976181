using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// A name whose whole value has the shape of another field's (holdout14: values typed in text boxes
/// were each paired with the next label, so "Contact Person" read a phone number). Such a value is
/// said to be in doubt, never taken as the name, and the form is not counted as complete.
/// </summary>
public sealed class ValueOfAnotherLineTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_phone_number_under_the_contact_person_is_in_doubt_not_a_name(string format)
    {
        var result = s_reader.Read("a." + format, Intention(format, contact: "(852) 2540 1188"));

        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Null(result["contact_name"]);
        var problem = Assert.Single(result.Problems, p => p.Field == "contact_name");
        Assert.Equal(ProblemCodes.Ambiguous, problem.Code);
        Assert.Contains("telephone number", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_subscriber_id_under_the_subscriber_name_is_in_doubt(string format)
    {
        var result = s_reader.Read("a." + format, Intention(format, company: "HSN 0801"));

        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p.Field == "subscriber_name" && p.Code == ProblemCodes.Ambiguous && p.Message.Contains("subscriber ID", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_date_under_the_signatory_is_in_doubt_not_a_telephone_number(string format)
    {
        var result = s_reader.Read("a." + format, Intention(format, signatory: "2023/11/22"));

        Assert.Contains(result.Problems, p => p.Field == "signatory_name" && p.Code == ProblemCodes.Ambiguous && p.Message.Contains("a date", StringComparison.Ordinal));
        Assert.Equal(FormStatus.Incomplete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Names_with_digits_that_are_no_other_value_are_names(string format)
    {
        var result = s_reader.Read("a." + format, Intention(format, company: "3M Securities (HK) Ltd", contact: "Chan Tai Man, Room 2301"));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("3M Securities (HK) Ltd", result["subscriber_name"]);
        Assert.Equal("Chan Tai Man, Room 2301", result["contact_name"]);
    }

    private static byte[] Intention(string format, string company = "Acme Securities Ltd", string contact = "Chan Tai Man", string signatory = "Lee Siu Ming") =>
        Rows(format,
            ["Intention Form for Using HSN to participate Practice Session", ""],
            ["Subscriber Name", company],
            ["HSN Subscriber ID", "HSN1133"],
            ["Contact Person", contact],
            ["Telephone", "2211 6080"],
            ["Email", "tm.chan@acme.com.hk"],
            ["Will you participate in the Practice Session using HSN?", "☑ Yes   ☐ No"],
            ["Services", "☑ OTP-C  ☑ OMD-C"],
            ["Name of Authorised Signatory", signatory]);
}
