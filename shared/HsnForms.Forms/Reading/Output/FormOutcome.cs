using HsnForms.Forms.Reading.Validation;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Output;

/// <summary>The reading of one file as the caller gets it: the form, its status by the rules of cli.md, its fields and problems.</summary>
internal static class FormOutcome
{
    public static FormReadResult Of(string fileName, string detectedType, Interpretation interpretation)
    {
        if (interpretation.Form is not { } form)
        {
            return new FormReadResult { File = fileName, Status = FormStatus.Unrecognised, Problems = interpretation.Problems, DetectedType = detectedType };
        }

        // Complete: no problem names a field the form requires (missing or invalid), and nothing on it is
        // in doubt: a form whose evidence conflicts never counts as complete while it may be wrong.
        var complete = !interpretation.Problems.Exists(p => p.Code == ProblemCodes.Ambiguous || FormValidator.IsRequiredProblem(form, p, interpretation.Fields));
        return new FormReadResult
        {
            File = fileName,
            Form = form.Form,
            Status = complete ? FormStatus.Complete : FormStatus.Incomplete,
            Fields = interpretation.Fields,
            Problems = interpretation.Problems,
            DetectedType = detectedType,
        };
    }
}
