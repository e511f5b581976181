using HsnForms.Forms.Catalog;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Validation;

/// <summary>What a form still lacks once its fields are read: each required field not given is a problem naming it.</summary>
public static class FormValidator
{
    public static void Validate(FormDefinition form, FormFields fields, List<FormProblem> problems)
    {
        foreach (var field in form.Fields)
        {
            if (!IsRequired(field, fields) || fields.Contains(field.Key) || problems.Exists(p => p.Field == field.Key))
            {
                continue;
            }

            problems.Add(new FormProblem(field.Key, ProblemCodes.Missing, field.Type switch
            {
                FieldType.ServiceSet => $"No service is ticked under \"{field.Label}\", though the form says the subscriber will participate.",
                FieldType.ServiceResults => "No service has a result (Successful, Unsuccessful or Not tested).",
                FieldType.YesNo => $"Neither choice is marked for \"{field.Label}\".",
                _ => $"\"{field.Label}\" is not filled in.",
            }));
        }
    }

    /// <summary>Whether a problem keeps the form from being complete: it names a field the form requires.</summary>
    public static bool IsRequiredProblem(FormDefinition form, FormProblem problem, FormFields fields) =>
        problem.Field is not null && form.Field(problem.Field) is { } field && IsRequired(field, fields);

    private static bool IsRequired(FieldDefinition field, FormFields fields) =>
        field.Required && (field.RequiredWhen is null || fields.YesNo(field.RequiredWhen) is true);
}
