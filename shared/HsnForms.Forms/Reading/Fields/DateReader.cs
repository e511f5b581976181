using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Layout.Excel;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>A date: a control's or cell's own date, an Excel serial, or text the way Hong Kong writes dates (day first).</summary>
internal sealed class DateReader(ReadingContext context) : ScalarReader(context)
{
    protected override FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems)
    {
        var text = TextRules.CleanAnswer(answer.Text);
        var date = answer.Date ?? (answer.Number is { } serial && DateRules.Parse(text) is null ? ExcelDates.FromSerial(serial, false) : null) ?? DateRules.Parse(text);
        if (date is null)
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"\"{text}\" is not a date (write it as 24/11/2023)."));
            return null;
        }

        return new DateValue(date.Value);
    }
}
