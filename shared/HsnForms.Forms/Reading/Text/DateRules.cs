using System.Globalization;
using System.Text.RegularExpressions;
using HsnForms.Forms.Reading.Layout.Excel;

namespace HsnForms.Forms.Reading.Text;

/// <summary>Parses dates the way Hong Kong writes them: day first where ambiguous.</summary>
internal static partial class DateRules
{
    /// <summary>A day and month written without a year, and the weekday written beside them if any.</summary>
    public readonly record struct DayMonth(int Day, int Month, DayOfWeek? Weekday);

    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Parse(string text)
    {
        var folded = Normalise(text, out _);

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

    /// <summary>
    /// A day and month written without a year ("25th Nov", "Sat 25/11", "Nov 25", "11月25日"), day first
    /// where numeric, with the weekday written beside it if any; null for anything else, a full date included.
    /// </summary>
    public static DayMonth? ParseDayMonth(string text)
    {
        var folded = Normalise(text, out var weekday);
        int day;
        int? month;
        if (NumericDayMonth().Match(folded) is { Success: true } dm)
        {
            var a = Int(dm.Groups[1]);
            var b = Int(dm.Groups[2]);
            (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
        }
        else if (DayMonthNameNoYear().Match(folded) is { Success: true } dmn)
        {
            (day, month) = (Int(dmn.Groups[1]), Month(dmn.Groups[2].Value));
        }
        else if (MonthNameDayNoYear().Match(folded) is { Success: true } mnd)
        {
            (day, month) = (Int(mnd.Groups[2]), Month(mnd.Groups[1].Value));
        }
        else if (ChineseMonthDay().Match(folded) is { Success: true } zh)
        {
            (day, month) = (Int(zh.Groups[2]), Int(zh.Groups[1]));
        }
        else
        {
            return null;
        }

        // Any year that has the day: 29 Feb is a day and month too.
        return month is { } m && Make(2000, m, day) is not null ? new DayMonth(day, m, weekday) : null;
    }

    /// <summary>
    /// The date of a day and month in the year that puts it nearest one of the given dates (a circular's
    /// issue, session and deadlines), so that "2 Jan" near a December session is the next January; null
    /// when no date is given to put it near.
    /// </summary>
    public static DateOnly? Nearest(DayMonth dayMonth, IEnumerable<DateOnly> near)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        var anchors = near.ToList();
        foreach (var year in anchors.SelectMany(a => new[] { a.Year - 1, a.Year, a.Year + 1 }).Distinct().Order())
        {
            if (Make(year, dayMonth.Month, dayMonth.Day) is not { } candidate)
            {
                continue;
            }

            var distance = anchors.Min(a => Math.Abs(candidate.DayNumber - a.DayNumber));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The text folded for matching: lower case, ordinals and any time of day gone, Chinese numerals as
    /// digits, and the weekday taken out (and given back) so that 星期五 is Friday, not a 5.
    /// </summary>
    private static string Normalise(string text, out DayOfWeek? weekday)
    {
        var folded = TextRules.Lower(TextRules.Fold(text));
        folded = Ordinal().Replace(folded, "$1");
        DayOfWeek? named = null;
        folded = Weekday().Replace(folded, m =>
        {
            named ??= WeekdayOf(m.Value);
            return " ";
        });
        weekday = named;

        // After the weekday is gone: 星期五 is Friday, not a 5.
        if (folded.AsSpan().ContainsAny(s_chineseDigits))
        {
            folded = ChineseNumber().Replace(folded, m => ChineseNumberValue(m.Value));
        }

        folded = TimeOfDay().Replace(folded, "");
        folded = folded.Replace(",", " ", StringComparison.Ordinal).Trim(' ', '.');
        return TextRules.Fold(folded);
    }

    private static readonly string[] s_weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private static DayOfWeek? WeekdayOf(string written)
    {
        var text = written.Trim(' ', '(', ')', '（', '）', '.');
        if (text.Length >= 3 && Array.IndexOf(s_weekdays, text[..3]) is var english and >= 0)
        {
            return (DayOfWeek)english;
        }

        // 星期一 … 星期六, 星期日 or 星期天 for Sunday.
        return "日一二三四五六天".IndexOf(text[^1]) is var chinese and >= 0 ? (DayOfWeek)(chinese % 7) : null;
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

    [GeneratedRegex(@"^(\d{1,2})\s*[-/]\s*(\d{1,2})$")]
    private static partial Regex NumericDayMonth();

    [GeneratedRegex(@"^(\d{1,2})[\s\-/.]*([a-z]{3,9})\.?$")]
    private static partial Regex DayMonthNameNoYear();

    [GeneratedRegex(@"^([a-z]{3,9})\.?\s*(\d{1,2})$")]
    private static partial Regex MonthNameDayNoYear();

    [GeneratedRegex(@"^(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]?$")]
    private static partial Regex ChineseMonthDay();
}
