using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Labels;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading;

/// <summary>
/// What every stage after the layout reads a document with, for one catalogue and circular: the forms,
/// the vocabulary, the labels, the circular's services and the result words. Built once per circular
/// and shared by every file read for it.
/// </summary>
internal sealed class ReadingContext
{
    private readonly Dictionary<string, PhraseMatcher> _choices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _resultCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _resultLeads = new(StringComparer.OrdinalIgnoreCase);

    public ReadingContext(FormCatalog catalog, Circular circular)
    {
        Catalog = catalog;
        Circular = circular;
        Words = new ReadingWords(catalog.Vocabulary);
        Labels = new LabelMatcher(catalog, Words);
        Shapes = new ValueShapes(catalog);
        Scanner = new LabelScanner(Labels, Words, Shapes);
        Services = new ServiceMatcher(circular.Services, catalog);
        ResultWords = new PhraseMatcher(catalog.ResultWords.SelectMany(p => p.Value.Select(w => (w, p.Key))));
        foreach (var (result, codes) in catalog.ResultCodes)
        {
            foreach (var code in codes)
            {
                _resultCodes.TryAdd(code, result);
            }
        }

        foreach (var (result, leads) in catalog.ResultLeads)
        {
            foreach (var lead in leads)
            {
                _resultLeads.TryAdd(lead, result);
            }
        }

        foreach (var field in catalog.Forms.SelectMany(f => f.Fields).Where(f => f.Type == FieldType.YesNo))
        {
            _choices.TryAdd(field.Key, new PhraseMatcher(field.ChoicesFalse.Select(c => (c, "false")).Concat(field.ChoicesTrue.Select(c => (c, "true")))));
        }
    }

    public FormCatalog Catalog { get; }
    public Circular Circular { get; }
    public ReadingWords Words { get; }
    public LabelMatcher Labels { get; }
    public LabelScanner Scanner { get; }

    /// <summary>The shapes values of some fields have (an id, a circular's reference).</summary>
    public ValueShapes Shapes { get; }

    /// <summary>The circular's services, by code or name.</summary>
    public ServiceMatcher Services { get; }

    /// <summary>Result words (Pass, 成功, N/A) to successful, unsuccessful or not_tested.</summary>
    public PhraseMatcher ResultWords { get; }

    /// <summary>
    /// The result a cell written as nothing but a result code means ("NG"), exactly as forms.json spells
    /// it; null for anything else.
    /// </summary>
    public string? ResultCode(string cellText) => cellText.Length is > 0 and <= 8 && _resultCodes.TryGetValue(cellText.Trim(), out var result) ? result : null;

    /// <summary>
    /// What a service's result cell says when it names no result word exactly: a long result word
    /// misspelt ("Sucessful"), or a casual word leading it ("done - no issue"); null for anything else.
    /// </summary>
    public string? ResultLoosely(string cellText)
    {
        if (ResultWords.Tolerant(cellText) is { } misspelt)
        {
            return misspelt;
        }

        var text = cellText.AsSpan().TrimStart(" -–—:*(\"'");
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > 0 && _resultLeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text[..end], out var result) ? result : null;
    }

    /// <summary>A result cell that says the service was not verified ("nil", "not subscribed"): no result, and no doubt either.</summary>
    public bool SaysNoResult(string cellText)
    {
        var text = TextRules.Lower(cellText).Trim(' ', '.', '!', '-', '–', '(', ')');
        foreach (var none in Catalog.ResultNone)
        {
            if (text == none || text.StartsWith(none + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A yes/no field's own printed choices ("will participate", "不參與") to "true" or "false".</summary>
    public PhraseMatcher Choices(FieldDefinition field) => _choices[field.Key];
}
