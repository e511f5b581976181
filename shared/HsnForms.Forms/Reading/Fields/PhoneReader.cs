using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>A telephone number as written: 8 to 20 digits with spaces, +, -, parentheses, an extension.</summary>
internal sealed partial class PhoneReader(ReadingContext context) : ScalarReader(context)
{
    protected override FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems)
    {
        var text = TextRules.CleanAnswer(answer.Text);
        if (!IsPhone(text))
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"\"{text}\" is not a telephone number."));
            return null;
        }

        return new TextValue(text);
    }

    public static bool IsPhone(string text)
    {
        var digits = text.Count(char.IsAsciiDigit);
        return digits >= 8 && digits <= 20 && Pattern().IsMatch(text);
    }

    [GeneratedRegex(@"^[\d\s+\-().,/]+(?:(?:ext|ext\.|x|#)\s*\d{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
