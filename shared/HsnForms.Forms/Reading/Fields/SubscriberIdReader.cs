using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>An HSN subscriber ID: HSN and four digits, upper case, however spaced or hyphenated.</summary>
internal sealed partial class SubscriberIdReader(ReadingContext context) : ScalarReader(context)
{
    protected override FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems)
    {
        var text = TextRules.CleanAnswer(answer.Text);
        var id = TextRules.Fold(text).ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (!Pattern().IsMatch(id))
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"The HSN subscriber ID \"{text}\" is not HSN followed by four digits (e.g. HSN0427)."));
            return null;
        }

        return new TextValue(id);
    }

    [GeneratedRegex(@"^HSN\d{4}$")]
    internal static partial Regex Pattern();
}
