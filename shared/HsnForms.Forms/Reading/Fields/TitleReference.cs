using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>
/// A field with a shape of its own (the circular's reference) that no label gives may stand in the form's
/// title or heading lines: "Intention Form (HDS/23/1109)", "Result Form – ref HDS/23/1109", "(Ref: HDS/23/1109)".
/// Only the lines that carry the form's title, and the first lines before any field's label, are read:
/// a reference quoted further down (in a remark, a note) is not the form's. Two different values there are doubt.
/// </summary>
internal sealed class TitleReference(ReadingContext context)
{
    // Heading lines are the first few before a field's own label ("Results of ..." is a generic word, not yet a field);
    // a long run of prose before the first label is a letter, not a heading.
    private const int MostHeadingRows = 6;

    public TextValue? Read(FormPage page, FormDefinition form, FieldDefinition field, List<FormProblem> problems)
    {
        if (!context.Shapes.HasOwnShape(field))
        {
            return null;
        }

        var titles = new[] { form.Title, form.TitleZh }.Concat(form.Recognise)
            .OfType<string>().Where(t => t.Length > 0).Select(t => TextRules.Fold(t).ToLowerInvariant()).ToList();
        var found = new List<string>();
        var heading = 0;
        var beforeFields = true;
        foreach (var row in page.Rows)
        {
            if (row.Cells.Exists(c => c.Labels is { } hits && hits.Exists(h => h.Field != field && !h.Generic)))
            {
                beforeFields = false;
            }

            var folded = TextRules.Fold(row.Text).ToLowerInvariant();
            var titled = titles.Exists(t => folded.Contains(t, StringComparison.Ordinal));
            var inHeading = beforeFields && row.Text.Trim().Length > 0 && heading++ < MostHeadingRows;
            if (!titled && !inHeading)
            {
                continue;
            }

            foreach (var value in context.Shapes.FindAll(field, row.Text))
            {
                if (!found.Exists(f => string.Equals(TextRules.Compact(f), TextRules.Compact(value), StringComparison.Ordinal)))
                {
                    found.Add(value);
                }
            }
        }

        if (found.Count > 1)
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous,
                $"The form's heading gives more than one \"{field.Label}\" (\"{found[0]}\" and \"{found[1]}\"); which one is meant?"));
            return null;
        }

        return found.Count == 1 ? new TextValue(found[0]) { Source = FieldSource.Label } : null;
    }
}
