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

        if (layout.Grids.Count(g => g.Kind == GridKind.Sheet && g.Rows.Count > 0) >= 2 && _recogniser.FormsTitled(page) >= 2
            && FilledFormSheets(layout, form) is var (filled, sheets))
        {
            // A workbook holding both forms, one sheet each: the form is the one filled in, read from its own sheets only.
            (form, page) = (filled, sheets);
        }

        var problems = new List<FormProblem>();
        var fields = _fields.Read(page, form, problems);
        FormValidator.Validate(form, fields, problems);
        return new Interpretation(form, fields, problems);
    }

    /// <summary>
    /// When the sheets of a workbook are different forms (Appendix A on one sheet, Appendix B on the
    /// next), the form whose sheets answer more of its fields, with a page of those sheets alone; null
    /// when every recognised sheet is one form. A tie keeps the form the whole workbook was taken for.
    /// </summary>
    private (FormDefinition Form, FormPage Page)? FilledFormSheets(DocumentLayout layout, FormDefinition whole)
    {
        var bySheet = new Dictionary<FormDefinition, DocumentLayout>();
        foreach (var grid in layout.Grids.Where(g => g.Kind == GridKind.Sheet && g.Rows.Count > 0))
        {
            var alone = new DocumentLayout();
            alone.Grids.Add(grid);
            if (_recogniser.Recognise(new FormPage(alone, Context)) is { } form)
            {
                if (!bySheet.TryGetValue(form, out var sheets))
                {
                    bySheet[form] = sheets = new DocumentLayout();
                    sheets.Controls.AddRange(layout.Controls);
                }

                sheets.Grids.Add(grid);
            }
        }

        if (bySheet.Count < 2)
        {
            return null;
        }

        (FormDefinition Form, FormPage Page, int Answered)? best = null;
        foreach (var (form, sheets) in bySheet)
        {
            var page = new FormPage(sheets, Context);
            var answered = _fields.Read(page, form, []).Count;
            if (best is null || answered > best.Value.Answered || answered == best.Value.Answered && form == whole)
            {
                best = (form, page, answered);
            }
        }

        return best is { } chosen ? (chosen.Form, chosen.Page) : null;
    }
}
