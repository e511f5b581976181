using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>An e-mail address: the first one written, without mailto: or angle brackets.</summary>
internal sealed partial class EmailReader(ReadingContext context) : ScalarReader(context)
{
    protected override FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems)
    {
        var text = TextRules.CleanAnswer(answer.Text);
        var email = text.Replace("mailto:", "", StringComparison.OrdinalIgnoreCase).Trim('<', '>', ' ', ';', ',');
        var first = email.Split([';', ',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(e => Pattern().IsMatch(e));
        if (first is null)
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"\"{text}\" is not an e-mail address."));
            return null;
        }

        return new TextValue(first);
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")]
    internal static partial Regex Pattern();
}
