using System.Globalization;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Layout.Excel;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>
/// A date: a control's or cell's own date, an Excel serial, or text the way Hong Kong writes dates (day
/// first). On a date the circular names (the session), a day and month without a year ("25th Nov",
/// "Sat 25/11") take the year that puts them nearest the circular's own dates; a weekday written beside
/// them must agree with the date that gives.
/// </summary>
internal sealed class DateReader(ReadingContext context) : ScalarReader(context)
{
    protected override FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems)
    {
        var text = TextRules.CleanAnswer(answer.Text);
        var date = answer.Date ?? (answer.Number is { } serial && DateRules.Parse(text) is null ? ExcelDates.FromSerial(serial, false) : null) ?? DateRules.Parse(text);
        if (date is null && field.YearFromCircular && DateRules.ParseDayMonth(text) is { } dayMonth)
        {
            return InCircularYear(field, text, dayMonth, problems);
        }

        if (date is null)
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"\"{text}\" is not a date (write it as 24/11/2023)."));
            return null;
        }

        return new DateValue(date.Value);
    }

    private DateValue? InCircularYear(FieldDefinition field, string text, DateRules.DayMonth dayMonth, List<FormProblem> problems)
    {
        if (DateRules.Nearest(dayMonth, Context.Circular.KnownDates) is not { } date)
        {
            // Nothing to take the year from: better unread than a guess.
            problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"\"{text}\" has no year (write it as 24/11/2023)."));
            return null;
        }

        if (dayMonth.Weekday is { } weekday && weekday != date.DayOfWeek)
        {
            // "Fri 25/11" when 25/11 is a Saturday: the day or the weekday is wrong, and either may be.
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous,
                $"\"{text}\" says {weekday}, but {date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} is a {date.DayOfWeek}; which day is meant?"));
            return null;
        }

        return new DateValue(date);
    }
}
