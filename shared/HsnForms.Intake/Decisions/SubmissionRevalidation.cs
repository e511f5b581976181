using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Reading.Validation;
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
    /// The problems of a form's fields and whether it is complete, by the reader's own validation (one set
    /// of rules for mail and desk alike): every required field present, and no problem left in a required one.
    /// </summary>
    public static (List<FormProblem> Problems, bool Complete) Validate(FormDefinition form, FormFields fields, List<FormProblem> kept)
    {
        var problems = new List<FormProblem>(kept);
        FormValidator.Validate(form, fields, problems);
        return (problems, !problems.Exists(p => FormValidator.IsRequiredProblem(form, p, fields)));
    }

    /// <summary>Fields in the order the form definition lists them; any others after, as they were.</summary>
    public static FormFields Ordered(FormFields fields, FormDefinition? form)
    {
        var known = form?.Fields.Select(f => f.Key).ToList() ?? [];
        return new FormFields(fields.OrderBy(f => known.IndexOf(f.Key) is var i && i < 0 ? int.MaxValue : i));
    }
}
