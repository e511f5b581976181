using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>Names and remarks: kept as written, full-width punctuation included, white space folded.</summary>
internal sealed class TextFieldReader(ReadingContext context) : ScalarReader(context)
{
    protected override FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems) =>
        new TextValue(TextRules.CleanAnswer(answer.Text, compatibility: false));
}
