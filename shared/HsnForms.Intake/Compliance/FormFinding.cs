using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;

namespace HsnForms.Intake.Compliance;

/// <summary>
/// One thing wrong with a received file or form: what it is, in the reader's words, and what the
/// subscriber does about it. Replies, reminders, the report and the tracker all show these.
/// </summary>
public sealed record FormFinding(string? Field, string Code, string Message, string ToFix)
{
    /// <summary>The problem the reader found, with what to do about it.</summary>
    public static FormFinding Of(FormProblem problem, FormDefinition? form) =>
        new(problem.Field, problem.Code, problem.Message, ToFixFor(problem, form?.Field(problem.Field ?? "")));

    private static string ToFixFor(FormProblem problem, FieldDefinition? field)
    {
        var label = field is null ? "the field" : $"\"{field.Label}\"";
        return problem.Code switch
        {
            ProblemCodes.Missing => field?.Type switch
            {
                FieldType.YesNo => "Tick one: will participate, or will not participate.",
                FieldType.ServiceSet => "Tick each service you will verify in the Practice Session.",
                FieldType.ServiceResults => "Give each service you verified a result: Successful, Unsuccessful or Not tested.",
                _ => $"Fill in {label}.",
            },
            ProblemCodes.Invalid => field?.Type switch
            {
                FieldType.SubscriberId => $"Correct {label}: HSN followed by four digits, e.g. HSN0427.",
                FieldType.Email => $"Correct {label}: one e-mail address, e.g. name@company.com.hk.",
                FieldType.Phone => $"Correct {label}: a telephone number, e.g. (852) 2345 6789.",
                FieldType.Date => $"Correct {label}: a date written like 24/11/2023.",
                FieldType.YesNo => "Tick only one: will participate, or will not participate.",
                FieldType.ServiceResults => "Mark one result for each service.",
                _ => $"Correct {label}.",
            },
            ProblemCodes.UnsupportedType => "Send the Word (.docx) or Excel (.xlsx) form itself; a PDF, a scan or a photo cannot be read.",
            ProblemCodes.LegacyFormat => "Save the form as .docx (Word) or .xlsx (Excel) and send it again.",
            ProblemCodes.MacroEnabled => "Save the form as a plain .docx or .xlsx, without macros, and send it again.",
            ProblemCodes.Encrypted => "Remove the password from the file, save it and send it again.",
            ProblemCodes.Corrupt => "Open the form, save it again and send the saved copy.",
            ProblemCodes.TooLarge => "Send the form on its own, without pictures, other sheets or attachments inside it.",
            ProblemCodes.NotAForm => "If you meant to send a form, attach the Intention Form or Result Form of the circular.",
            _ => "Check the form and send it again.",
        };
    }
}
