using HsnForms.Forms.Reading;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// Results as people write them rather than as the template prints them: casual words, misspellings,
/// prose in one cell, one result for all services, ✓ and ✗ defined by a legend. What the reader cannot
/// read as a result is doubt said out loud, never a service silently dropped.
/// </summary>
public sealed class ResultWordingTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    private const string ResultTitle = "Appendix B – Result Form for Using HSN to participate Practice Session";

    private static string[][] Details(params string[][] more) =>
    [
        [ResultTitle],
        ["Subscriber Name", "Acme Securities Ltd"],
        ["HSN Subscriber ID", "HSN0427"],
        ["Contact Person", "Chan Tai Man"],
        ["Telephone", "2211 6080"],
        ["Email", "tm.chan@acme.com.hk"],
        ["Practice Session Date", "25/11/2023"],
        .. more,
    ];

    private static FormReadResult Read(string format, params string[][] rows) => s_reader.Read("a." + format, Rows(format, Details(rows)));

    private static Dictionary<string, string> Results(params (string Code, string Result)[] pairs) =>
        pairs.ToDictionary(p => p.Code, p => p.Result, StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, string>? ResultsOf(FormReadResult result) => (IReadOnlyDictionary<string, string>?)result["results"];

    [Theory]
    [MemberData(nameof(Producers))]
    public void Casual_words_in_result_cells_are_read_by_their_leading_word(string format)
    {
        var result = Read(format, ["Service", "Result"],
            ["OTP-C", "pass ✓"], ["OTP-CSC", "OK!"], ["OMD-C", "done - no issue"], ["OMD-CC", "not tested - staff shortage"]);

        Assert.Equal(Results(("OTP-C", "successful"), ("OTP-CSC", "successful"), ("OMD-C", "successful"), ("OMD-CC", "not_tested")), ResultsOf(result));
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_result_cell_in_words_that_are_no_result_makes_the_form_incomplete_and_names_the_service(string format)
    {
        var result = Read(format, ["Service", "Result"], ["OTP-C", "Pass"], ["OMD-C", "see attached log"], ["OMD-CC", "not done"]);

        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Equal(Results(("OTP-C", "successful")), ResultsOf(result));
        var doubts = result.Problems.Where(p => p.Field == "results" && p.Code == "ambiguous").Select(p => p.Message).ToList();
        Assert.Equal(2, doubts.Count);
        Assert.Contains("OMD-C", doubts[0], StringComparison.Ordinal);
        Assert.Contains("OMD-CC", doubts[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_dash_or_blank_in_a_result_cell_is_a_service_not_verified_not_doubt(string format)
    {
        var result = Read(format, ["Service", "Result"], ["OTP-C", "Pass"], ["OTP-CSC", "-"], ["OMD-C", ""], ["OMD-CC", "N/A"]);

        Assert.Equal(Results(("OTP-C", "successful"), ("OMD-CC", "not_tested")), ResultsOf(result));
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Not_subscribed_in_a_result_cell_is_a_service_not_verified(string format)
    {
        var result = Read(format, ["Service", "Result"], ["OTP-C", "Pass"], ["OMD-CC", "Not subscribed"]);

        Assert.Equal(Results(("OTP-C", "successful")), ResultsOf(result));
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Words_that_are_no_result_beside_a_service_in_a_results_answer_are_doubt(string format)
    {
        var result = Read(format, ["Results", "OTP-C pass, OMD-C tbc"]);

        Assert.Equal(Results(("OTP-C", "successful")), ResultsOf(result));
        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains("OMD-C", Assert.Single(result.Problems, p => p.Field == "results" && p.Code == "ambiguous").Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_sentence_of_results_gives_each_service_its_own_clauses_word(string format)
    {
        var result = Read(format, ["Test result", "OTP-C and OMD-C passed, OTP-CSC failed, OMD-CC not tested"]);

        Assert.Equal(Results(("OTP-C", "successful"), ("OTP-CSC", "unsuccessful"), ("OMD-C", "successful"), ("OMD-CC", "not_tested")), ResultsOf(result));
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Services_listed_with_commas_before_one_word_all_take_it(string format)
    {
        var result = Read(format, ["Results", "OTP-C, OMD-C passed; OTP-CSC: Fail"]);

        Assert.Equal(Results(("OTP-C", "successful"), ("OTP-CSC", "unsuccessful"), ("OMD-C", "successful")), ResultsOf(result));
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void All_services_successful_gives_every_service_of_the_circular_that_result(string format)
    {
        var result = Read(format, ["Result", "All services successful"], ["Issues Encountered", "Nil"]);

        Assert.Equal(Results(("OTP-C", "successful"), ("OTP-CSC", "successful"), ("OMD-C", "successful"), ("OMD-CC", "successful")), ResultsOf(result));
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Long_result_words_misspelt_by_one_letter_are_read(string format)
    {
        var result = Read(format, ["Service", "Result"], ["OTP-C", "Sucessful"], ["OTP-CSC", "Unsuccesful"], ["OMD-C", "Succesful"], ["OMD-CC", "Unsetted"]);

        Assert.Equal(Results(("OTP-C", "successful"), ("OTP-CSC", "unsuccessful"), ("OMD-C", "successful")), ResultsOf(result));

        // Two letters changed is no longer the word: doubt, not a guess.
        Assert.Contains(result.Problems, p => p.Field == "results" && p.Code == "ambiguous" && p.Message.Contains("OMD-CC", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Short_result_words_one_letter_off_are_not_guessed(string format)
    {
        var result = Read(format, ["Service", "Result"], ["OTP-C", "Pas"], ["OMD-C", "Fial"]);

        Assert.Null(ResultsOf(result));
        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Equal(2, result.Problems.Count(p => p.Field == "results" && p.Code == "ambiguous"));
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Ticks_and_crosses_under_a_heading_that_defines_them_are_pass_and_fail(string format)
    {
        var result = Read(format, ["Service", "Result (✓ = pass / ✗ = fail)"], ["OTP-C", "✓"], ["OTP-CSC", "✗"], ["OMD-C", "✓"], ["OMD-CC", "✓"]);

        Assert.Equal(Results(("OTP-C", "successful"), ("OTP-CSC", "unsuccessful"), ("OMD-C", "successful"), ("OMD-CC", "successful")), ResultsOf(result));
        Assert.Equal(FormStatus.Complete, result.Status);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_legend_elsewhere_on_the_form_defines_the_marks_too(string format)
    {
        var result = Read(format, ["Legend: ✓ = Successful, ✗ = Unsuccessful"], ["Service", "Result"], ["OTP-C", "✗"], ["OMD-C", "✓"]);

        Assert.Equal(Results(("OTP-C", "unsuccessful"), ("OMD-C", "successful")), ResultsOf(result));
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Without_a_legend_a_cross_in_a_result_column_is_a_tick_with_no_result(string format)
    {
        var result = Read(format, ["Service", "Result"], ["OTP-C", "✓"], ["OTP-CSC", "✗"]);

        Assert.Null(ResultsOf(result));
        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p.Field == "results" && p.Code == "missing" && p.Message.Contains("OTP-CSC", StringComparison.Ordinal));
    }
}
