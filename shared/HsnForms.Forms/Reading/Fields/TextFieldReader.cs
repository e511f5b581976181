using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>Names and remarks: kept as written, full-width punctuation included, white space folded.</summary>
internal sealed class TextFieldReader(ReadingContext context) : ScalarReader(context)
{
    protected override FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems)
    {
        var text = TextRules.CleanAnswer(answer.Text, compatibility: false);
        return new TextValue(field.Shape is { Length: > 0 } ? ShapedStart(field, text) : text);
    }

    /// <summary>
    /// A value of a field with a shape (a circular reference) followed on its line by other text ("HDS/23/1109
    /// Page 1", "HDS/23/1109 Our ref: WCC/118") ends where its shape ends; text with no such start stays as written.
    /// </summary>
    private string ShapedStart(FieldDefinition field, string text)
    {
        if (Context.Shapes.Fits(field, text))
        {
            return text;
        }

        var end = 0;
        for (var words = 0; words < 5; words++)
        {
            end = text.IndexOf(' ', end + 1);
            if (end < 0)
            {
                break;
            }

            var start = text[..end].TrimEnd(',', ';', '.', ')');
            if (Context.Shapes.Fits(field, start))
            {
                return start;
            }
        }

        return text;
    }
}
