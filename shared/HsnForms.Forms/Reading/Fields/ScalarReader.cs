using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>
/// A field with one written value (text, id, e-mail, phone, date): a control named for it first, else
/// what stands by its printed label. Each type normalises and checks the value its own way.
/// </summary>
internal abstract class ScalarReader(ReadingContext context) : IFieldReader
{
    protected ReadingContext Context { get; } = context;

    public FieldValue? Read(FormPage page, FieldDefinition field, List<FormProblem> problems)
    {
        var words = Context.Words;
        var candidates = new List<(Answer Answer, FieldSource Source)>();
        foreach (var view in page.Controls)
        {
            if (view.ByName == field || view.ByName is null && view.Choice.Field is null && view.AliasField == field)
            {
                var control = view.Control;
                candidates.Add((new Answer(control.Text, control.Date, control.Number), view.Source));
            }
        }

        var named = candidates.Where(c => !c.Answer.IsBlankIn(words)).ToList();
        var labelled = page.Labelled(field);
        var (answer, source) = named.Count > 0
            ? field.PreferLast ? named[^1] : named[0]
            : (PickLabelled(labelled, field), FieldSource.Label);
        if (answer is null || answer.IsBlankIn(words))
        {
            return null;
        }

        var value = Normalise(field, answer, problems);
        if (value is null)
        {
            return null;
        }

        // Where the form gives the field twice (a control and its label, two labels) the values must agree;
        // the signature block's date is the last one by rule, not a conflict.
        if (!field.PreferLast && OtherValue(field, value, named.Select(n => n.Answer).Concat(labelled)) is { } other)
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous,
                $"\"{field.Label}\" is given twice with different values (\"{value.Display()}\" and \"{other}\"); which one is meant?"));
            return null;
        }

        return value with { Source = source };
    }

    /// <summary>A valid value of the field among the answers that differs from the one read, or null.</summary>
    private string? OtherValue(FieldDefinition field, FieldValue value, IEnumerable<Answer> answers)
    {
        var shown = Comparable(value.Display());
        foreach (var answer in answers)
        {
            if (answer.IsBlankIn(Context.Words) || Normalise(field, answer, []) is not { } other)
            {
                continue;
            }

            if (!string.Equals(Comparable(other.Display()), shown, StringComparison.Ordinal))
            {
                return other.Display();
            }
        }

        return null;
    }

    // The same answer typed twice may differ in case, spacing or punctuation ("ACME Ltd." and "Acme Ltd").
    private static string Comparable(string text) => TextRules.Compact(text);

    /// <summary>The value as the field's type writes it, or null with a problem naming the field when it is not one.</summary>
    protected abstract FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems);

    private Answer? PickLabelled(List<Answer> answers, FieldDefinition field)
    {
        if (answers.Count == 0)
        {
            return null;
        }

        if (field.PreferLast)
        {
            return answers[^1];
        }

        return answers.FirstOrDefault(a => !a.IsBlankIn(Context.Words)) ?? answers[0];
    }
}
