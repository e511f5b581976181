using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Doubt said out loud: conflicting evidence gives an "ambiguous" problem naming the field instead of a
/// silent pick, and such a form is never complete; a service marked verified without a result is missing.
/// </summary>
public sealed class DoubtTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    private static byte[] Document(string format, params string[][] rows) => Rows(format, rows);

    private static string[][] Intention(params string[][] more) =>
    [
        ["Appendix A – Intention Form for Using HSN to participate Practice Session"],
        ["Subscriber Name", "Acme Securities Ltd"],
        ["HSN Subscriber ID", "HSN0427"],
        ["Contact Person", "Chan Tai Man"],
        ["Telephone", "2211 6080"],
        ["Email", "tm.chan@acme.com.hk"],
        ["Services to be verified", "☒ OTP-C"],
        .. more,
    ];

    private static string[][] Result(params string[][] more) =>
    [
        ["Appendix B – Result Form for Using HSN to participate Practice Session"],
        ["Subscriber Name", "Acme Securities Ltd"],
        ["HSN Subscriber ID", "HSN0427"],
        ["Contact Person", "Chan Tai Man"],
        ["Telephone", "2211 6080"],
        ["Email", "tm.chan@acme.com.hk"],
        .. more,
    ];

    private static void AssertInDoubt(FormReadResult result, string field, string code = "ambiguous")
    {
        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p.Field == field && p.Code == code);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Both_choices_ticked_is_ambiguous(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Intention(["Participation", "☒ Yes   ☒ No"])));

        AssertInDoubt(result, "participate");
        Assert.Null(result["participate"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_tick_between_two_options_is_ambiguous(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Intention(["We will participate", "☒", "We will not participate"])));

        AssertInDoubt(result, "participate");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_tick_between_two_services_is_ambiguous(string format)
    {
        var rows = Intention(["Participation", "☒ Yes   ☐ No"]).Where(r => r[0] != "Services to be verified").Append(["OTP-C", "☒", "OMD-C"]).ToArray();

        AssertInDoubt(s_reader.Read("a." + format, Document(format, rows)), "services");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_tick_after_each_option_is_no_doubt(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Intention(["We will participate", "☐", "We will not participate", "☒"])));

        Assert.Equal(false, result["participate"]);
        Assert.DoesNotContain(result.Problems, p => p.Code == "ambiguous");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Two_different_values_for_one_field_are_ambiguous(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Intention(["Participation", "☒ Yes   ☐ No"], ["Subscriber ID", "HSN0428"])));

        AssertInDoubt(result, "subscriber_id");
        Assert.Null(result["subscriber_id"]);
        Assert.Contains("HSN0428", Assert.Single(result.Problems, p => p.Field == "subscriber_id").Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void The_same_value_written_twice_is_no_doubt(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Intention(["Participation", "☒ Yes   ☐ No"], ["Company Name", "ACME Securities Ltd."])));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal("Acme Securities Ltd", result["subscriber_name"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Doubt_on_an_optional_field_still_keeps_the_form_from_complete(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Result(
            ["Practice Session Date", "25/11/2023"], ["OTP-C", "Successful"], ["PS2 Date", "26/11/2023"])));

        AssertInDoubt(result, "session_date");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_service_marked_verified_without_a_result_is_missing_its_result(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Result(
            ["Service", "Verified", "Result"], ["OTP-C", "☒", "Successful"], ["OMD-C", "☒", ""])));

        AssertInDoubt(result, "results", code: "missing");
        Assert.Contains("OMD-C", Assert.Single(result.Problems, p => p.Field == "results").Message, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["OTP-C"] = "successful" }, (IReadOnlyDictionary<string, string>)result["results"]!);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Two_results_for_one_service_are_ambiguous(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Result(["OTP-C", "Successful"], ["OMD-C", "Successful"], ["OTP-C", "Unsuccessful"])));

        AssertInDoubt(result, "results");
        Assert.Equal(new Dictionary<string, string> { ["OMD-C"] = "successful" }, (IReadOnlyDictionary<string, string>)result["results"]!);
    }

    private static string[][] WithoutServices(string[][] rows) => [.. rows.Where(r => r[0] != "Services to be verified")];

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_tick_alone_on_the_spacer_row_between_two_services_is_ambiguous(string format)
    {
        // A double-spaced list: each service on every other row, the tick on the empty row between two.
        var rows = WithoutServices(Intention(["Participation", "☒ Yes   ☐ No"],
            ["Code", "System", "Tick"], ["OTP-C", "Orion Trading Platform – Securities Market", ""], ["", "", "✓"],
            ["OTP-CSC", "Orion Trading Platform – China Stock Connect", ""], ["", "", ""], ["OMD-C", "Orion Market Data – Securities Market", "✓"]));

        var result = s_reader.Read("a." + format, Document(format, rows));

        AssertInDoubt(result, "services");
        Assert.Contains("OTP-C and OTP-CSC", Assert.Single(result.Problems, p => p.Field == "services").Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Ticks_on_their_own_rows_of_a_double_spaced_list_are_no_doubt(string format)
    {
        var rows = WithoutServices(Intention(["Participation", "☒ Yes   ☐ No"],
            ["Service", "Tick"], ["OTP-C", "✓"], ["", ""], ["OTP-CSC", ""], ["", ""], ["OMD-C", "✓"]));

        var result = s_reader.Read("a." + format, Document(format, rows));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(["OTP-C", "OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_tick_alone_on_the_row_between_Yes_and_No_is_ambiguous(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Intention(["Participation (please tick one)"], ["Yes", ""], ["", "✓"], ["No", ""])));

        AssertInDoubt(result, "participate");
        Assert.Null(result["participate"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_result_ticked_on_the_row_between_two_services_is_ambiguous(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Result(
            ["Service", "Successful", "Unsuccessful", "Not Tested"], ["OTP-C", "✓"], ["OTP-CSC"], ["", "✓"], ["OMD-C"], ["OMD-CC", "✓"])));

        AssertInDoubt(result, "results");
        Assert.Contains("OTP-CSC and OMD-C", Assert.Single(result.Problems, p => p.Field == "results").Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Services_under_Yes_and_No_columns_are_chosen_by_the_Yes_column(string format)
    {
        var rows = WithoutServices(Intention(["Participation", "Yes"], ["Service", "Yes", "No"], ["OTP-C", "✓", ""], ["OTP-CSC", "", "✓"], ["OMD-C", "✓", ""], ["OMD-CC", "", "✓"]));

        var result = s_reader.Read("a." + format, Document(format, rows));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(["OTP-C", "OMD-C"], result["services"] as IEnumerable<string>);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_service_ticked_under_both_Yes_and_No_is_ambiguous(string format)
    {
        var rows = WithoutServices(Intention(["Participation", "Yes"], ["Service", "Yes", "No"], ["OTP-C", "✓", ""], ["OMD-C", "✓", "✓"], ["OMD-CC", "", "✓"]));

        var result = s_reader.Read("a." + format, Document(format, rows));

        AssertInDoubt(result, "services");
        Assert.Contains("OMD-C", Assert.Single(result.Problems, p => p.Field == "services").Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Participation_ticked_under_both_Yes_and_No_columns_is_ambiguous(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Intention(["", "Yes", "No"], ["We will participate in PS2 using HSN", "✓", "✓"])));

        AssertInDoubt(result, "participate");
        Assert.Null(result["participate"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Participation_ticked_under_the_No_column_is_no(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Intention(["", "Yes", "No"], ["We will participate in PS2 using HSN", "", "✓"])));

        Assert.Equal(false, result["participate"]);
        Assert.DoesNotContain(result.Problems, p => p.Code == "ambiguous");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Printed_Yes_and_No_options_with_no_mark_are_no_answer(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Intention(["We will participate in PS2 using HSN", "Yes", "", "No"])));

        Assert.Null(result["participate"]);
        Assert.Contains(result.Problems, p => p.Field == "participate" && p.Code == "missing");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_typed_Yes_beside_the_label_is_an_answer(string format)
    {
        var result = s_reader.Read("a." + format, Document(format, Intention(["We will participate in PS2 using HSN", "Yes"])));

        Assert.Equal(true, result["participate"]);
    }
}
