using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>
/// Names and remarks: kept as written, full-width punctuation included, white space folded. A text field
/// with a shape of its own (a circular's reference) is only ever a value of that shape: prose beside its
/// label ("Ref: PS2 on 25/11/2023") is no reference, and leaves the field unread rather than wrong. A
/// name or remark that is all another field's value (a phone number under "Contact Person") is said to
/// be in doubt rather than taken as the name.
/// </summary>
internal sealed class TextFieldReader(ReadingContext context) : ScalarReader(context)
{
    protected override FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems)
    {
        if (Context.Shapes.HasOwnShape(field))
        {
            return Context.Shapes.Find(field, answer.Text) is { } shaped ? new TextValue(shaped) : null;
        }

        var text = TextRules.CleanAnswer(answer.Text, compatibility: false);
        if (Labels.ValueShapes.ShapeOfAnotherField(text) is { } shape)
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous,
                $"\"{field.Label}\" reads \"{text}\", which looks like {shape} rather than what the line asks for; it may belong to another line of the form."));
            return null;
        }

        return new TextValue(text);
    }
}
