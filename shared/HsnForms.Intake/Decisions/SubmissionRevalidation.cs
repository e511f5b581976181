using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Values;
using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Decisions;

/// <summary>
/// A submission as its corrections leave it: the values set replace the reader's (their source becomes
/// <see cref="FieldSource.Desk"/>), the keys removed are gone, and the form is checked again by the rules
/// of forms.md, so a correction can make it complete, or incomplete. Problems the reader found in fields
/// nobody touched stay.
/// </summary>
public static class SubmissionRevalidation
{
    public static Submission Apply(Submission reading, IReadOnlyList<Correction> corrections, FormCatalog catalog)
    {
        if (corrections.Count == 0)
        {
            return reading;
        }

        var form = catalog.Find(reading.Form);
        var fields = reading.Fields;
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var correction in corrections.OrderBy(c => c.At))
        {
            foreach (var field in FormFieldsJson.Parse(correction.SetJson, null, form))
            {
                fields = fields.With(field.Key, field.Value with { Source = FieldSource.Desk });
                touched.Add(field.Key);
            }

            foreach (var key in correction.Unset)
            {
                fields = fields.Without(key);
                touched.Add(key);
            }
        }

        var ordered = Ordered(fields, form);
        var kept = reading.Problems.Where(p => p.Code != ProblemCodes.Missing && (p.Field is null || !touched.Contains(p.Field))).ToList();
        var (problems, complete) = form is null ? (kept, reading.Complete) : Validate(form, ordered, kept);
        return reading with
        {
            FieldsJson = FormFieldsJson.Values(ordered),
            SourcesJson = FormFieldsJson.Sources(ordered),
            Problems = problems,
            Complete = complete,
            Corrections = [.. corrections.OrderBy(c => c.At)],
        };
    }

    /// <summary>
    /// The problems of a form's fields and whether it is complete: every required field present (a
    /// field required only when another is true, such as services when participate is true), and no
    /// problem left in a required one.
    /// </summary>
    public static (List<FormProblem> Problems, bool Complete) Validate(FormDefinition form, FormFields fields, List<FormProblem> kept)
    {
        bool Required(FieldDefinition f) => f.Required && (f.RequiredWhen is null || fields.YesNo(f.RequiredWhen) == true);

        var problems = new List<FormProblem>(kept);
        foreach (var field in form.Fields)
        {
            if (Required(field) && !fields.Contains(field.Key) && !problems.Exists(p => p.Field == field.Key))
            {
                problems.Add(new FormProblem(field.Key, ProblemCodes.Missing, field.Type switch
                {
                    FieldType.ServiceSet => $"No service is given for \"{field.Label}\", though the form says the subscriber will participate.",
                    FieldType.ServiceResults => "No service has a result (Successful, Unsuccessful or Not tested).",
                    FieldType.YesNo => $"Neither choice is given for \"{field.Label}\".",
                    _ => $"\"{field.Label}\" is not filled in.",
                }));
            }
        }

        var complete = !problems.Exists(p => p.Field is not null && form.Field(p.Field) is { } f && Required(f));
        return (problems, complete);
    }

    /// <summary>Fields in the order the form definition lists them; any others after, as they were.</summary>
    public static FormFields Ordered(FormFields fields, FormDefinition? form)
    {
        var known = form?.Fields.Select(f => f.Key).ToList() ?? [];
        return new FormFields(fields.OrderBy(f => known.IndexOf(f.Key) is var i && i < 0 ? int.MaxValue : i));
    }
}
