using HsnForms.Forms.Reading;

namespace HsnForms.UnitTests;

/// <summary>How written values become the normalised values of forms.md.</summary>
public sealed class ValueRuleTests
{
    [Theory]
    [InlineData("24/11/2023", "2023-11-24")]
    [InlineData("24-11-2023", "2023-11-24")]
    [InlineData("2023-11-24", "2023-11-24")]
    [InlineData("24 Nov 2023", "2023-11-24")]
    [InlineData("24th November 2023", "2023-11-24")]
    [InlineData("Friday, 24 November 2023", "2023-11-24")]
    [InlineData("Nov 24, 2023", "2023-11-24")]
    [InlineData("24.11.23", "2023-11-24")]
    [InlineData("2023年11月24日", "2023-11-24")]
    [InlineData("05/11/2023", "2023-11-05")]
    [InlineData("11/24/2023", "2023-11-24")]
    [InlineData("24/11/2023 10:15", "2023-11-24")]
    [InlineData("45254", "2023-11-24")]
    [InlineData("31/11/2023", null)]
    [InlineData("soon", null)]
    [InlineData("", null)]
    public void Dates_are_read_day_first_as_Hong_Kong_writes_them(string written, string? expected)
    {
        Assert.Equal(expected, DateRules.Parse(written)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(45254.0, false, "2023-11-24")]
    [InlineData(43792.0, true, "2023-11-24")]
    [InlineData(45254.75, false, "2023-11-24")]
    [InlineData(61.0, false, "1900-03-01")]
    [InlineData(59.0, false, "1900-02-28")]
    public void Excel_serials_follow_the_workbook_date_system(double serial, bool date1904, string expected)
    {
        Assert.Equal(expected, ExcelLayoutReader.FromSerial(serial, date1904)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(14, null, true)]
    [InlineData(0, null, false)]
    [InlineData(164, "dd/mm/yyyy", true)]
    [InlineData(165, "[$-zh-HK]yyyy\"年\"m\"月\"d\"日\"", true)]
    [InlineData(166, "0.00", false)]
    [InlineData(167, "\"Day\" 0", false)]
    [InlineData(168, "hh:mm", false)]
    public void Only_date_formats_turn_numbers_into_dates(int id, string? code, bool isDate)
    {
        Assert.Equal(isDate, ExcelLayoutReader.IsDateFormat(id, code));
    }

    [Theory]
    [InlineData("Tel. No.", "tel no", "")]
    [InlineData("E-mail Address:", "email address", "")]
    [InlineData("公司名稱 Company Name (in English)", "company name", "公司名稱")]
    [InlineData("1. HSN Subscriber ID *", "hsn subscriber id", "")]
    public void Labels_are_compared_by_their_words(string label, string english, string chinese)
    {
        Assert.Equal((english, chinese), TextRules.LabelKey(label));
    }

    [Theory]
    [InlineData("  Acme\u00A0 Securities\tLtd ", "Acme Securities Ltd")]
    [InlineData("ＨＳＮ０４２７", "HSN0427")]
    [InlineData("Tel：2211 6080", "Tel:2211 6080")]
    public void Text_is_trimmed_and_folded(string written, string expected)
    {
        Assert.Equal(expected, TextRules.Fold(written));
    }
}
