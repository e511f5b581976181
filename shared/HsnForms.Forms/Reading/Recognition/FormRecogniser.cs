using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Recognition;

/// <summary>Which of the catalogue's forms a page is, if any: by its title and its own labels.</summary>
internal sealed class FormRecogniser
{
    private readonly ReadingContext _context;
    private readonly Dictionary<string, string[]> _titles;

    // Fields every form asks for (who the subscriber is): they tell forms apart by nothing.
    private readonly HashSet<string> _inEveryForm;

    public FormRecogniser(ReadingContext context)
    {
        _context = context;
        var catalog = context.Catalog;
        var fields = catalog.Forms.SelectMany(f => f.Fields).DistinctBy(f => f.Key).ToList();
        _titles = catalog.Forms.ToDictionary(
            f => f.Form,
            f => f.Recognise.Append(f.Title).Append(f.TitleZh ?? "").Where(t => t.Length > 0).Select(t => TextRules.Fold(t).ToLowerInvariant()).ToArray());
        _inEveryForm = [.. fields.Where(f => catalog.Forms.All(o => o.Field(f.Key) is not null)).Select(f => f.Key)];
    }

    public FormDefinition? Recognise(FormPage page)
    {
        var text = page.AllText;
        var found = page.FieldsFound();
        var best = (Form: (FormDefinition?)null, Score: int.MinValue);
        foreach (var form in _context.Catalog.Forms)
        {
            var title = -1;
            foreach (var phrase in _titles[form.Form])
            {
                var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
                title = at >= 0 && (title < 0 || at < title) ? at : title;
            }

            var labelled = form.Fields.Count(f => found.Contains(f.Key) && !_inEveryForm.Contains(f.Key));
            var shared = form.Fields.Count(f => found.Contains(f.Key));
            var who = found.Contains("subscriber_id") || found.Contains("subscriber_name");
            var own = labelled
                + (form.Fields.Any(f => f.Type == FieldType.ServiceResults) && page.HasResultRows ? 1 : 0)
                + (form.Fields.Any(f => f.Type == FieldType.YesNo && _context.Choices(f).Find(text).Count > 0) ? 1 : 0);

            // A title alone (a circular or a covering letter that names the form), labels alone (a
            // letter's signature block) or a list of many subscribers are not a form: a form asks who
            // the subscriber is, or asks its own questions.
            var recognised = !page.IsList
                && (title >= 0 ? shared >= 2 && (who || labelled >= 1) : shared >= 3 && who && own >= 1);
            if (!recognised)
            {
                continue;
            }

            var score = (title >= 0 ? 1000 : 0) + own * 100 + shared * 10 - Math.Min(9, title < 0 ? 9 : title / 1000);
            if (score > best.Score)
            {
                best = (form, score);
            }
        }

        return best.Form;
    }
}
