using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Reading.Text;
using static HsnForms.UnitTests.HandWritten;

namespace HsnForms.UnitTests;

/// <summary>
/// A session date written without a year ("25th Nov", "Sat 25/11") on a form answering a circular: the
/// year is the one that puts the date nearest the circular's own dates, the way the desk reads it. The
/// circular names its session; it does not say when a form was signed, so that date needs its year.
/// </summary>
public sealed class YearlessDateTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<string> Producers => Formats;

    private static byte[] ResultForm(string format, string sessionDate) => Rows(format,
        ["Appendix B – Result Form for Using HSN to participate Practice Session"],
        ["Ref. No.", "HDS/23/1109"],
        ["Subscriber Name", "Acme Securities Ltd"],
        ["HSN Subscriber ID", "HSN0427"],
        ["Contact Person", "Chan Tai Man"],
        ["Telephone", "2211 6080"],
        ["Email", "tm.chan@acme.com.hk"],
        ["Practice Session Date", sessionDate],
        ["Service", "Result"],
        ["OTP-C", "Successful"],
        ["OMD-C", "Successful"],
        ["Name of Authorised Signatory", "Chan Tai Man"],
        ["Date", "27/11/2023"]);

    /// <summary>A circular whose session is on 30 December and whose result form is due in January.</summary>
    private static readonly Circular s_yearEnd = Circular.Default with
    {
        Issued = new DateOnly(2023, 12, 15),
        SessionDate = new DateOnly(2023, 12, 30),
        Forms = [new CircularForm("intention", new DateOnly(2023, 12, 22)), new CircularForm("result", new DateOnly(2024, 1, 3))],
    };

    [Theory]
    [InlineData("docx", "25th Nov")]
    [InlineData("xlsx", "25th Nov")]
    [InlineData("docx", "Sat 25/11")]
    [InlineData("xlsx", "Sat 25/11")]
    [InlineData("docx", "Nov 25")]
    [InlineData("xlsx", "11月25日")]
    [InlineData("docx", "十一月二十五日（星期六）")]
    public void A_session_date_without_a_year_takes_the_circulars_year(string format, string written)
    {
        var result = s_reader.Read("a." + format, ResultForm(format, written));

        Assert.Equal(FormStatus.Complete, result.Status);
        Assert.Equal(new DateOnly(2023, 11, 25), result["session_date"]);
    }

    [Theory]
    [InlineData("docx", "2 Jan", 2024, 1, 2)]
    [InlineData("xlsx", "02/01", 2024, 1, 2)]
    [InlineData("docx", "30/12", 2023, 12, 30)]
    [InlineData("xlsx", "Sat 30 Dec", 2023, 12, 30)]
    public void A_date_without_a_year_near_the_new_year_takes_the_year_nearest_the_circular(string format, string written, int year, int month, int day)
    {
        var result = s_reader.Read("a." + format, ResultForm(format, written), s_yearEnd);

        Assert.Equal(new DateOnly(year, month, day), result["session_date"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_numeric_day_and_month_are_read_day_first(string format)
    {
        var result = s_reader.Read("a." + format, ResultForm(format, "5/11"));

        Assert.Equal(new DateOnly(2023, 11, 5), result["session_date"]);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_weekday_that_disagrees_with_the_day_is_doubt_not_a_pick(string format)
    {
        // 25 November 2023 was a Saturday: "Fri 25/11" may mean Friday the 24th or Saturday the 25th.
        var result = s_reader.Read("a." + format, ResultForm(format, "Fri 25/11"));

        Assert.Null(result["session_date"]);
        Assert.Equal(FormStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p.Field == "session_date" && p.Code == "ambiguous");
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Without_any_date_of_the_circular_a_date_without_a_year_is_left_unread(string format)
    {
        var undated = Circular.Default with { Issued = null, SessionDate = null, Closes = null, Forms = [] };

        var result = s_reader.Read("a." + format, ResultForm(format, "25th Nov"), undated);

        Assert.Null(result["session_date"]);
        Assert.Contains(result.Problems, p => p.Field == "session_date" && p.Code == "invalid");
    }

    [Theory]
    [InlineData("docx", "21 Nov (Tue)")]
    [InlineData("xlsx", "21/11")]
    public void A_signature_date_without_a_year_stays_unread_since_the_circular_does_not_say_when_it_was_signed(string format, string written)
    {
        var document = Rows(format,
            ["Appendix B – Result Form for Using HSN to participate Practice Session"],
            ["HSN Subscriber ID", "HSN0427"],
            ["Subscriber Name", "Acme Securities Ltd"],
            ["Practice Session Date", "25/11/2023"],
            ["Service", "Result"],
            ["OTP-C", "Successful"],
            ["Name of Authorised Signatory", "Chan Tai Man"],
            ["Date", written]);

        var result = s_reader.Read("a." + format, document);

        Assert.Equal(new DateOnly(2023, 11, 25), result["session_date"]);
        Assert.Null(result["signed_date"]);
        Assert.Contains(result.Problems, p => p.Field == "signed_date" && p.Code == "invalid");
    }

    [Theory]
    [InlineData("25th Nov")]
    [InlineData("Sat 25/11")]
    [InlineData("25/11")]
    public void A_date_without_a_year_is_still_no_full_date_for_the_other_rules(string written)
    {
        Assert.Null(DateRules.Parse(written));
    }

    [Theory]
    [InlineData("25/11/2023")]
    [InlineData("25 Nov 2023")]
    [InlineData("11 / 25")]
    [InlineData("Nov")]
    [InlineData("31/11")]
    [InlineData("HSN0427")]
    public void Only_a_real_day_and_month_with_no_year_read_as_one(string written)
    {
        var expected = written == "11 / 25" ? new DateRules.DayMonth(25, 11, null) : (DateRules.DayMonth?)null;

        Assert.Equal(expected, DateRules.ParseDayMonth(written));
    }
}
