using System.Globalization;
using System.Text.RegularExpressions;
using HsnForms.Forms.Reading.Layout.Excel;

namespace HsnForms.Forms.Reading.Text;

/// <summary>Parses dates the way Hong Kong writes them: day first where ambiguous.</summary>
internal static partial class DateRules
{
    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Parse(string text)
    {
        var folded = TextRules.Lower(TextRules.Fold(text));
        folded = Ordinal().Replace(folded, "$1");
        folded = Weekday().Replace(folded, " ");

        // After the weekday is gone: 星期五 is Friday, not a 5.
        if (folded.AsSpan().ContainsAny(s_chineseDigits))
        {
            folded = ChineseNumber().Replace(folded, m => ChineseNumberValue(m.Value));
        }

        folded = TimeOfDay().Replace(folded, "");
        folded = folded.Replace(",", " ", StringComparison.Ordinal).Trim(' ', '.');
        folded = TextRules.Fold(folded);

        if (YearFirst().Match(folded) is { Success: true } ymd)
        {
            return Make(Int(ymd.Groups[1]), Int(ymd.Groups[2]), Int(ymd.Groups[3]));
        }

        if (Numeric().Match(folded) is { Success: true } dmy)
        {
            var a = Int(dmy.Groups[1]);
            var b = Int(dmy.Groups[2]);
            var year = Year(Int(dmy.Groups[3]));
            // Day first, as Hong Kong writes dates; only an impossible month makes it month first.
            return b > 12 && a <= 12 ? Make(year, a, b) : Make(year, b, a);
        }

        if (DayMonthName().Match(folded) is { Success: true } dm)
        {
            return Month(dm.Groups[2].Value) is { } month ? Make(Year(Int(dm.Groups[3])), month, Int(dm.Groups[1])) : null;
        }

        if (MonthNameDay().Match(folded) is { Success: true } md)
        {
            return Month(md.Groups[1].Value) is { } month ? Make(Year(Int(md.Groups[3])), month, Int(md.Groups[2])) : null;
        }

        // yyyymmdd ("20231121"), as systems and ISO's basic format write a date: only a real date in range.
        if (Compact().Match(folded) is { Success: true } compact)
        {
            return Make(Int(compact.Groups[1]), Int(compact.Groups[2]), Int(compact.Groups[3]));
        }

        // An Excel serial that arrived as text.
        if (double.TryParse(folded, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 20_000 and < 80_000)
        {
            return ExcelDates.FromSerial(serial, date1904: false);
        }

        return null;
    }

    private static int? Month(string name)
    {
        var index = name.Length >= 3 ? Array.IndexOf(s_months, name[..3]) : -1;
        return index >= 0 ? index + 1 : null;
    }

    private static int Year(int year) => year < 100 ? 2000 + year : year;

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? Make(int year, int? month, int day)
    {
        if (month is not { } m || year is < 1900 or > 2200 || m is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, m))
        {
            return null;
        }

        return new DateOnly(year, m, day);
    }

    private static readonly System.Buffers.SearchValues<char> s_chineseDigits = System.Buffers.SearchValues.Create("〇零一二三四五六七八九十");

    /// <summary>
    /// 二〇二三年十一月二十五日: a year digit by digit, a month or day with 十 for ten ("二十五" is 25).
    /// </summary>
    private static string ChineseNumberValue(string run)
    {
        static int Digit(char c) => "〇一二三四五六七八九".IndexOf(c) is var d and >= 0 ? d : c == '零' ? 0 : -1;

        var ten = run.IndexOf('十');
        if (ten < 0)
        {
            return string.Concat(run.Select(c => (char)('0' + Digit(c))));
        }

        // 十 first (十五), or after one digit (二十, 二十五); anything else is not a month or a day.
        var tens = ten == 0 ? 1 : ten == 1 ? Digit(run[0]) : -1;
        var units = ten == run.Length - 1 ? 0 : ten == run.Length - 2 ? Digit(run[^1]) : -1;
        return tens < 0 || units < 0 ? run : (tens * 10 + units).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("[〇零一二三四五六七八九十]+")]
    private static partial Regex ChineseNumber();

    [GeneratedRegex(@"(\d)(?:st|nd|rd|th)\b")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"[(（]\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?|(?:星期|週|周)[一二三四五六日天])\s*[)）]|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?|(?:星期|週|周)[一二三四五六日天]")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^((?:19|20|21)\d{2})(\d{2})(\d{2})$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(\d{1,2})[\s\-/.]*([a-z]{3,9})\.?[\s\-/.]*(\d{4}|\d{2})$")]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"^([a-z]{3,9})\.?\s*(\d{1,2})\s+(\d{4})$")]
    private static partial Regex MonthNameDay();
}
