using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Labels subscribers write in their own words (issue 9, holdout13): "Joining PS2 via HSN?" for the
/// participation question, "Signed by:" for the signatory, "Problems found:" for the issues.
/// </summary>
public sealed class ParaphrasedLabelTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_question_about_joining_answered_with_boxes_is_the_participation(string format)
    {
        var document = Rows(format,
            ["Intention Form for Using HSN to participate Practice Session", ""],
            ["Name of Company", "Acme Securities Ltd"],
            ["HSN Code", "HSN1133"],
            ["Person to contact", "Chan Tai Man"],
            ["Direct line", "2211 6080"],
            ["Mail", "tm.chan@acme.com.hk"],
            ["Joining PS2 via HSN?", "☐ Yes    ☑ No"],
            ["Signed by", "Lee Siu Ming"]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal(false, result["participate"]);
        Assert.Equal("Lee Siu Ming", result["signatory_name"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Problems_found_in_a_running_line_are_the_issues(string format)
    {
        var document = Rows(format,
            ["Result Form for Using HSN to participate Practice Session", ""],
            ["Subscriber Name", "Acme Securities Ltd"],
            ["Subscriber ID", "HSN1133"],
            ["Contact Person", "Chan Tai Man"],
            ["Tel. No.", "2211 6080"],
            ["Email", "tm.chan@acme.com.hk"],
            ["Practice Session Date", "25/11/2023"],
            ["OTP-C", "Successful"],
            ["OMD-C", "Fail"],
            ["Problems found: feed B dropped at 10:42.", ""]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal("feed B dropped at 10:42.", result["issues"]);
    }
}
