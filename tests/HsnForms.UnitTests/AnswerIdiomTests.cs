using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Ways outsiders answer a form that the project's templates never use: services chosen in numbered
/// drop-down slots, result codes (OK / NG), a record exported as a heading row over a row of values, a
/// reference that must look like one, and a workbook holding both forms with only one filled in.
/// </summary>
public sealed class AnswerIdiomTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    private static string[][] Details(string title, params string[][] more) =>
    [
        [title],
        ["Subscriber Name", "Acme Securities Ltd"],
        ["HSN Subscriber ID", "HSN0427"],
        ["Contact Person", "Chan Tai Man"],
        ["Telephone", "2211 6080"],
        ["Email", "tm.chan@acme.com.hk"],
        .. more,
    ];

    private const string IntentionTitle = "Appendix A – Intention Form for Using HSN to participate Practice Session";
    private const string ResultTitle = "Appendix B – Result Form for Using HSN to participate Practice Session";

    [Theory]
    [MemberData(nameof(Producers))]
    public void OK_and_NG_are_results(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format, Details(ResultTitle,
            ["System", "Result (OK/NG)", "Time checked"], ["OTP-C", "OK", "09:30"], ["OMD-C", "NG", "10:05"], ["OMD-CC", "No good", "10:10"])));

        Assert.Equal(new Dictionary<string, string> { ["OTP-C"] = "successful", ["OMD-C"] = "unsuccessful", ["OMD-CC"] = "unsuccessful" },
            (IReadOnlyDictionary<string, string>)result["results"]!);
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Ng_the_surname_in_a_remark_is_no_result(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format, Details(ResultTitle,
            ["Service", "Result", "Checked by"], ["OTP-C", "Pass", "Ng Siu Ming"], ["OMD-C", "Pass", "NG SIU MING"])));

        Assert.Equal(new Dictionary<string, string> { ["OTP-C"] = "successful", ["OMD-C"] = "successful" }, (IReadOnlyDictionary<string, string>)result["results"]!);
        Assert.DoesNotContain(result.Problems, p => p.Field == "results");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Prose_beside_the_reference_label_is_no_reference(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format, Details(IntentionTitle, ["Ref:", "PS2 on 25/11/2023"], ["Participation", "☒ Yes ☐ No"], ["Services to be verified", "☒ OTP-C"])));

        Assert.Null(result["circular_ref"]);
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_reference_written_inside_words_is_taken_out_of_them(string format)
    {
        var result = s_reader.Read("a." + format, Rows(format, Details(IntentionTitle, ["Circular Ref", "(HDS/23/1109) dated 16 Nov 2023"], ["Participation", "☒ Yes ☐ No"], ["Services to be verified", "☒ OTP-C"])));

        Assert.Equal("HDS/23/1109", result["circular_ref"]);
    }

}
