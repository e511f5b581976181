using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Reading.Layout.Excel;
using HsnForms.Forms.Reading.Text;

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
    [InlineData("25/11/2023 (Sat)", "2023-11-25")]
    [InlineData("27/11/2023（星期一）", "2023-11-27")]
    [InlineData("2023年11月27日 星期一", "2023-11-27")]
    [InlineData("二〇二三年十一月二十五日", "2023-11-25")]
    [InlineData("二零二三年十一月十日", "2023-11-10")]
    [InlineData("二〇二三年十二月三十一日", "2023-12-31")]
    [InlineData("二〇二三年十一月二五十日", null)]
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
    [InlineData("DD/MM/YYYY", true)]
    [InlineData("dd-mm-yyyy", true)]
    [InlineData("(YYYY-MM-DD)", true)]
    [InlineData("DD MMM YYYY", true)]
    [InlineData("日/月/年", true)]
    [InlineData("____", true)]
    [InlineData("Click or tap to enter a date.", true)]
    [InlineData("24/11/2023", false)]
    [InlineData("Daisy May Yip", false)]
    [InlineData("MD", false)]
    public void A_printed_date_format_or_writing_line_is_a_blank_not_an_answer(string written, bool blank)
    {
        Assert.Equal(blank, new ReadingWords(FormCatalog.Default.Vocabulary).IsBlankAnswer(written));
    }

    [Theory]
    [InlineData(7262, "\"HSN\"0000", "HSN7262")]
    [InlineData(427, "\"HSN\"0000", "HSN0427")]
    [InlineData(36182040, "0000 0000", "3618 2040")]
    [InlineData(85222116080, "+000 0000 0000", "+852 2211 6080")]
    [InlineData(22116080, "(000) 0000-000", "(002) 2116-080")]
    [InlineData(1.5, "0000 0000", null)]
    public void A_whole_number_reads_as_its_custom_format_shows_it(double value, string format, string? shown)
    {
        Assert.True(ShownNumber.IsDigitPattern(format));
        Assert.Equal(shown, ShownNumber.Format(value, format));
    }

    [Theory]
    [InlineData("0.00")]
    [InlineData("#,##0")]
    [InlineData("0%")]
    [InlineData("@")]
    [InlineData("[Red]0000")]
    [InlineData("General")]
    public void Other_number_formats_leave_the_stored_value(string format)
    {
        Assert.False(ShownNumber.IsDigitPattern(format));
    }

    [Theory]
    [InlineData(45254.0, false, "2023-11-24")]
    [InlineData(43792.0, true, "2023-11-24")]
    [InlineData(45254.75, false, "2023-11-24")]
    [InlineData(61.0, false, "1900-03-01")]
    [InlineData(59.0, false, "1900-02-28")]
    public void Excel_serials_follow_the_workbook_date_system(double serial, bool date1904, string expected)
    {
        Assert.Equal(expected, ExcelDates.FromSerial(serial, date1904)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
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
        Assert.Equal(isDate, StylesReader.IsDateFormat(id, code));
    }

    [Theory]
    [InlineData("Tel. No.", "tel no", "")]
    [InlineData("E-mail Address:", "email address", "")]
    [InlineData("公司名稱 Company Name (in English)", "company name", "公司名稱")]
    [InlineData("1. HSN Subscriber ID *", "hsn subscriber id", "")]
    [InlineData("電郵 Ｅｍａｉｌ（ｏｆｆｉｃｅ）：", "email", "電郵")]
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

    [Theory]
    [InlineData("Subscriber Name", "Subscriber Name")]
    [InlineData("公司名稱 Company Name ☒ 是", "公司名稱 Company Name ☒ 是")]
    [InlineData("Acme  Ltd", "Acme Ltd")]
    [InlineData("Ｅｍａｉｌ：a@b.hk", "Email:a@b.hk")]
    [InlineData("tm.chan\u200B@acme.com.hk\uFEFF", "tm.chan@acme.com.hk")]
    [InlineData("Secu\u00ADrities", "Securities")]
    [InlineData("24\u3000Nov\u00A02023", "24 Nov 2023")]
    [InlineData("Cafe\u0301 \u00BD", "Caf\u00E9 1\u20442")]
    public void Text_already_folded_is_kept_and_other_text_is_folded(string written, string expected)
    {
        Assert.Equal(expected, TextRules.Fold(written));
    }

    [Theory]
    [InlineData("HSN Subscriber ID", "hsn subscriber id")]
    [InlineData("用戶編號 Subscriber ID ☒", "用戶編號 subscriber id ☒")]
    [InlineData("ÉCOLE Ltd", "école ltd")]
    [InlineData("ΑΒΓ", "αβγ")]
    public void Lower_case_matches_the_invariant_culture(string text, string expected)
    {
        Assert.Equal(expected, TextRules.Lower(text));
        Assert.Equal(text.ToLowerInvariant(), TextRules.Lower(text));
    }

    [Fact]
    public void Characters_taken_as_stable_have_no_compatibility_form_no_case_and_combine_with_nothing()
    {
        // Fold and Lower skip the Unicode tables for these characters, which is only right if the tables agree.
        var stable = Enumerable.Range(0x80, 0xFFFF - 0x80).Select(c => (char)c).Where(TextRules.IsStable).ToList();
        Assert.Contains('公', stable);
        Assert.Contains('☒', stable);
        foreach (var c in stable)
        {
            var text = c.ToString();
            Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormKC), $"U+{(int)c:X4} has a compatibility form");
            Assert.True(("a" + text).IsNormalized(System.Text.NormalizationForm.FormKC), $"U+{(int)c:X4} combines with the letter before it");
            Assert.Equal(c, char.ToLowerInvariant(c));
            Assert.False(char.IsWhiteSpace(c), $"U+{(int)c:X4} is white space");
            Assert.NotEqual(System.Globalization.UnicodeCategory.NonSpacingMark, char.GetUnicodeCategory(c));
            Assert.NotEqual(System.Globalization.UnicodeCategory.SpacingCombiningMark, char.GetUnicodeCategory(c));
            Assert.NotEqual(System.Globalization.UnicodeCategory.Surrogate, char.GetUnicodeCategory(c));
        }
    }
}

/// <summary>How a label and its answer share one cell or line, as people type them.</summary>
public sealed class LabelInLineTests
{
    private static readonly ReadingContext s_context = new(Forms.Catalog.FormCatalog.Default, Forms.Catalog.Circular.Default);

    [Theory]
    [InlineData("Contact Person: Kwok Wing Yan", "contact_name", "Kwok Wing Yan")]
    [InlineData("Contact Person  Kwok Wing Yan", "contact_name", "Kwok Wing Yan")]
    [InlineData("HSN Subscriber ID - HSN3140", "subscriber_id", "HSN3140")]
    [InlineData("Co. Name: So Kwun Wat Finance Limited", "subscriber_name", "So Kwun Wat Finance Limited")]
    [InlineData("Subscriber  Name", "subscriber_name", "")]
    [InlineData("HSN Subscriber ID: HSN4058\tPage 1 of 1", "subscriber_id", "HSN4058")]
    [InlineData("Subscriber Name:\tAcme Securities Ltd", "subscriber_name", "Acme Securities Ltd")]
    [InlineData("Issues Encountered: feed stopped\nrestarted at 10:05", "issues", "feed stopped restarted at 10:05")]
    [InlineData("Ref. No. 編號 HDS/23/1109", "circular_ref", "HDS/23/1109")]
    [InlineData("Circular ref HDS/23/1109", "circular_ref", "HDS/23/1109")]
    [InlineData("Subscriber code HSN1133", "subscriber_id", "HSN1133")]
    [InlineData("HSN Subscriber ID HSN 0427", "subscriber_id", "HSN 0427")]
    [InlineData("E-mail tm.chan@acme.com.hk", "contact_email", "tm.chan@acme.com.hk")]
    public void A_label_and_its_answer_on_one_line_are_told_apart(string line, string field, string answer)
    {
        var hit = Assert.Single(s_context.Scanner.ScanLabels(line) ?? []);

        Assert.Equal(field, hit.Field.Key);
        Assert.Equal(answer, TextRules.Fold(hit.Inline));
    }
}
