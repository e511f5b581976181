using System.Text.Json;
using System.Text.Json.Nodes;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Decisions;

/// <summary>
/// A submission as its corrections leave it: the values set replace the reader's, the keys removed are
/// gone, and the form is checked again by the rules of forms.md, so a correction can make it complete,
/// or incomplete. Problems the reader found in fields nobody touched stay.
/// </summary>
public static class SubmissionRevalidation
{
    public static Submission Apply(Submission reading, IReadOnlyList<Correction> corrections, FormCatalog catalog)
    {
        if (corrections.Count == 0)
        {
            return reading;
        }

        var fields = JsonNode.Parse(reading.FieldsJson) as JsonObject ?? [];
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var correction in corrections.OrderBy(c => c.At))
        {
            var set = JsonNode.Parse(correction.SetJson) as JsonObject ?? [];
            foreach (var (key, value) in set)
            {
                fields[key] = value?.DeepClone();
                touched.Add(key);
            }

            foreach (var key in correction.Unset)
            {
                fields.Remove(key);
                touched.Add(key);
            }
        }

        var form = catalog.Find(reading.Form);
        var ordered = Ordered(fields, form);
        var kept = reading.Problems.Where(p => p.Code != ProblemCodes.Missing && (p.Field is null || !touched.Contains(p.Field))).ToList();
        var (problems, complete) = form is null ? (kept, reading.Complete) : Validate(form, ordered, kept);
        return reading with
        {
            FieldsJson = ordered.ToJsonString(new JsonSerializerOptions { Encoder = FormResultJson.WriterOptions.Encoder }),
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
    public static (List<FormProblem> Problems, bool Complete) Validate(FormDefinition form, JsonObject fields, List<FormProblem> kept)
    {
        bool IsTrue(string key) => fields[key] is JsonValue v && v.GetValueKind() == JsonValueKind.True;
        bool Required(FieldDefinition f) => f.Required && (f.RequiredWhen is null || IsTrue(f.RequiredWhen));

        var problems = new List<FormProblem>(kept);
        foreach (var field in form.Fields)
        {
            if (Required(field) && !fields.ContainsKey(field.Key) && !problems.Exists(p => p.Field == field.Key))
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
    public static JsonObject Ordered(JsonObject fields, FormDefinition? form)
    {
        var ordered = new JsonObject();
        foreach (var field in form?.Fields ?? [])
        {
            if (fields[field.Key] is { } value)
            {
                ordered[field.Key] = value.DeepClone();
            }
        }

        foreach (var (key, value) in fields)
        {
            if (!ordered.ContainsKey(key) && value is not null)
            {
                ordered[key] = value.DeepClone();
            }
        }

        return ordered;
    }
}
