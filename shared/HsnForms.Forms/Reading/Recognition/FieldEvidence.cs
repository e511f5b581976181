using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Page;

namespace HsnForms.Forms.Reading.Recognition;

/// <summary>
/// Whether a page answers a field in the way only this form's field is answered, whatever words label
/// it: the circular's services ticked, a result against one of its services, a tick-box choice beside
/// the question. Other documents print Name, Date and Results; they do not tick OTP-C.
/// </summary>
internal sealed class FieldEvidence(ReadingContext context)
{
    public bool Shows(FormPage page, FieldDefinition field) => field.Type switch
    {
        FieldType.ServiceSet => TicksServices(page, field),
        FieldType.ServiceResults => GivesResults(page, field),
        FieldType.YesNo => MarksChoice(page, field),
        _ => false,
    };

    /// <summary>A box ticked or left empty against one of the circular's services, in a control or a row.</summary>
    private static bool TicksServices(FormPage page, FieldDefinition field)
    {
        foreach (var control in page.Controls)
        {
            if (control.Services.Count == 1 && (control.Control.IsCheckbox || control.NameField == field))
            {
                return true;
            }
        }

        foreach (var row in page.Rows)
        {
            if (row.HasMarks && page.ServicesIn(row).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One of the circular's services with a result word or a tick under a result word beside it.</summary>
    private bool GivesResults(FormPage page, FieldDefinition field)
    {
        foreach (var control in page.Controls)
        {
            if (control.Services.Count == 1
                && (control.Control.IsCheckbox ? context.ResultWords.Single(context.Services.Without(control.Title)) : context.ResultWords.Single(control.Control.Text)) is not null)
            {
                return true;
            }
        }

        foreach (var row in page.Rows)
        {
            if (row.LabelledAs is { } other && other != field || row.Text.Length > 300)
            {
                continue;
            }

            var services = page.ServicesIn(row);
            if (services.Count == 1 && (context.ResultWords.Find(context.Services.Without(row.Text)).Count > 0 || row.HasMarks && ResultHeadingAbove(page, row)))
            {
                return true;
            }

            // Services across a heading row, a result word under one of them.
            if (services.Count == 0 && page.KindOf(row) != GridKind.Flow && page.ResultWordsIn(row) > 0
                && page.GridOf(row).Take(row.Index).Any(r => page.ServicesIn(r).Count >= 2))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ResultHeadingAbove(FormPage page, RowInfo row)
    {
        var rows = page.GridOf(row);
        for (var r = Math.Max(0, row.Index - 15); r < row.Index; r++)
        {
            if (page.ResultWordsIn(rows[r]) >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A control for the choice, a tick against one of its printed options, or tick boxes beside its question.</summary>
    private bool MarksChoice(FormPage page, FieldDefinition field)
    {
        foreach (var control in page.Controls)
        {
            if (control.NameField == field || control.AliasField == field || control.Choice.Field == field)
            {
                return true;
            }
        }

        var choices = context.Choices(field);
        foreach (var row in page.Rows)
        {
            if (!row.HasMarks)
            {
                continue;
            }

            foreach (var segment in row.Segments)
            {
                if (segment.Mark != Mark.None && choices.Single(segment.Text) is not null)
                {
                    return true;
                }
            }
        }

        foreach (var (_, cell, hit) in page.LabelsOf(field))
        {
            if (cell.HasMarks || hit.Inline.AsSpan().ContainsAny(Marks.Checked, Marks.Unchecked))
            {
                return true;
            }
        }

        return false;
    }
}
