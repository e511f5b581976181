using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
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
        var (answer, source) = named.Count > 0
            ? field.PreferLast ? named[^1] : named[0]
            : (PickLabelled(page.Labelled(field), field), FieldSource.Label);
        if (answer is null || answer.IsBlankIn(words))
        {
            return null;
        }

        return Normalise(field, answer, problems) is { } value ? value with { Source = source } : null;
    }

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
