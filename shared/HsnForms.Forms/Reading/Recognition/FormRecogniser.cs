using System.Buffers;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Recognition;

/// <summary>
/// Which of the catalogue's forms a page is, if any, on evidence: the form's full title, or enough of
/// the form's own labels (forms.json "own_labels" and "labels_needed"). Generic labels (Name, Date,
/// Phone, Fax, Company, Results) fill a form in but never make a document one: a fax cover sheet, a
/// memo, a timesheet or a report template is no form.
/// </summary>
internal sealed class FormRecogniser
{
    private readonly ReadingContext _context;
    private readonly FieldEvidence _evidence;
    private readonly Dictionary<string, (SearchValues<string>? Full, SearchValues<string>? Short)> _titles;

    public FormRecogniser(ReadingContext context)
    {
        _context = context;
        _evidence = new FieldEvidence(context);
        // Every title of a form looked for in one pass over the page's text, not one IndexOf per title.
        static SearchValues<string>? Folded(IEnumerable<string?> titles) =>
            titles.OfType<string>().Where(t => t.Length > 0).Select(t => TextRules.Fold(t).ToLowerInvariant()).Distinct().ToArray() is { Length: > 0 } folded
                ? SearchValues.Create(folded, StringComparison.OrdinalIgnoreCase)
                : null;
        _titles = context.Catalog.Forms.ToDictionary(
            f => f.Form,
            f => (Folded([f.Title, f.TitleZh, f.TitleZh is null ? null : ChineseScript.Simplified(f.TitleZh)]), Folded(f.Recognise)));
    }

    public FormDefinition? Recognise(FormPage page)
    {
        if (page.IsList)
        {
            // A register or mailing list: a row of labels over many rows of answers is many subscribers, not a form.
            return null;
        }

        var text = page.AllText;
        var found = page.FieldsFound();
        var specific = page.FieldsNamedSpecifically();
        var best = (Form: (FormDefinition?)null, Score: int.MinValue);
        foreach (var form in _context.Catalog.Forms)
        {
            var (full, brief) = _titles[form.Form];
            var fullAt = FirstOf(text, full);
            var briefAt = FirstOf(text, brief);

            // The form's own evidence: its own fields named in their own words, or answered as only they are.
            var own = 0;
            for (var k = 0; k < form.OwnLabels.Count; k++)
            {
                var key = form.OwnLabels[k];
                if (form.Field(key) is { } field && (specific.Contains(key) || _evidence.Shows(page, field)))
                {
                    own++;
                }
            }

            var (shared, who, named) = (0, false, false);
            for (var i = 0; i < form.Fields.Count; i++)
            {
                var field = form.Fields[i];
                var isFound = found.Contains(field.Key);
                shared += isFound ? 1 : 0;
                who |= field.Identifies && isFound;
                named |= field.Identifies && specific.Contains(field.Key);
            }

            // The full title with one piece of the form's own evidence, or with who the subscriber is
            // (asked in the form's words, or among many of its fields): a covering letter that names the
            // form has neither. A short name of the form ("Result Form") with its own evidence and who
            // the subscriber is. No title: enough of the form's own evidence, and who the subscriber is.
            var recognised = fullAt >= 0 ? own >= 1 || named && shared >= 2 || who && shared >= 4
                : briefAt >= 0 ? own >= 1 && who
                : own >= form.LabelsNeeded && who;
            if (!recognised)
            {
                continue;
            }

            var at = fullAt >= 0 ? fullAt : briefAt;
            var score = (fullAt >= 0 ? 2000 : briefAt >= 0 ? 1000 : 0) + own * 100 + shared * 10 - Math.Min(9, at < 0 ? 9 : at / 1000);
            if (score > best.Score)
            {
                best = (form, score);
            }
        }

        return best.Form;
    }

    /// <summary>How many of the catalogue's forms the page names by title, full or short.</summary>
    public int FormsTitled(FormPage page)
    {
        var count = 0;
        foreach (var form in _context.Catalog.Forms)
        {
            var (full, brief) = _titles[form.Form];
            if (FirstOf(page.AllText, full) >= 0 || FirstOf(page.AllText, brief) >= 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Where the first of the phrases stands in the text (ignoring case), or -1.</summary>
    private static int FirstOf(string text, SearchValues<string>? phrases) => phrases is null ? -1 : text.AsSpan().IndexOfAny(phrases);
}
