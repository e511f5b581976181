using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Fields;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Recognition;
using HsnForms.Forms.Reading.Validation;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading;

/// <summary>What the stages after the layout made of a document: the form recognised (or none), its fields and problems.</summary>
internal sealed record Interpretation(FormDefinition? Form, FormFields Fields, List<FormProblem> Problems);

/// <summary>
/// The stages after the layout, in order, for one circular: the page (cells, ticks, labels), recognition
/// (which form, if any), the fields (one reader per field type), validation. Built once per circular.
/// </summary>
internal sealed class FormInterpretation
{
    private readonly FormRecogniser _recogniser;
    private readonly FieldReaders _fields;

    public FormInterpretation(FormCatalog catalog, Circular circular)
    {
        Context = new ReadingContext(catalog, circular);
        _recogniser = new FormRecogniser(Context);
        _fields = new FieldReaders(Context);
    }

    public ReadingContext Context { get; }

    /// <summary>A document that is none of the known forms.</summary>
    public static Interpretation NotAForm() => new(null, FormFields.Empty, [new FormProblem(null, ProblemCodes.NotAForm,
        "The document was read but it is none of the known forms (no form title or field labels were found).")]);

    public Interpretation Interpret(DocumentLayout layout)
    {
        if (layout.StoppedWithoutHint)
        {
            // Read far past any form's size with nothing of a form seen: no stage after this can find one.
            return NotAForm();
        }

        var page = new FormPage(layout, Context);
        if (_recogniser.Recognise(page) is not { } form)
        {
            return NotAForm();
        }

        var problems = new List<FormProblem>();
        var fields = _fields.Read(page, form, problems);
        FormValidator.Validate(form, fields, problems);
        return new Interpretation(form, fields, problems);
    }
}
