using System.Collections;

namespace HsnForms.Forms.Values;

/// <summary>
/// A form's fields in the order its definition lists them, each a typed value keyed by its canonical
/// key. Forms stay data: any key of forms.json travels here; the typed accessors are for the rules
/// that read particular fields (participation, services, results, the contact).
/// </summary>
public sealed class FormFields : IReadOnlyList<FormField>
{
    private readonly List<FormField> _fields;

    public FormFields(IEnumerable<FormField> fields)
    {
        _fields = [];
        foreach (var field in fields)
        {
            // One value per key: a later one replaces an earlier one where it stood.
            var at = _fields.FindIndex(f => f.Key == field.Key);
            if (at >= 0)
            {
                _fields[at] = field;
            }
            else
            {
                _fields.Add(field);
            }
        }
    }

    public static FormFields Empty { get; } = new([]);

    public int Count => _fields.Count;

    public FormField this[int index] => _fields[index];

    /// <summary>The value of a key, or null when the form did not give it.</summary>
    public FieldValue? this[string key] => _fields.Find(f => f.Key == key)?.Value;

    public bool Contains(string key) => _fields.Exists(f => f.Key == key);

    public IEnumerable<string> Keys => _fields.Select(f => f.Key);

    public string? Text(string key) => this[key] is TextValue text ? text.Text : null;

    public DateOnly? Date(string key) => this[key] is DateValue date ? date.Date : null;

    public bool? YesNo(string key) => this[key] is YesNoValue yes ? yes.Value : null;

    /// <summary>The service codes of a set field; empty when absent.</summary>
    public IReadOnlyList<string> ServiceSet(string key) => this[key] is ServiceSetValue set ? set.Codes : [];

    /// <summary>The results of a results field; empty when absent.</summary>
    public IReadOnlyDictionary<string, string> ServiceResults(string key) =>
        this[key] is ServiceResultsValue results ? results.Results : s_noResults;

    public FieldSource? SourceOf(string key) => this[key]?.Source;

    public bool? Participate => YesNo(FieldKeys.Participate);

    public IReadOnlyList<string> Services => ServiceSet(FieldKeys.Services);

    public IReadOnlyDictionary<string, string> Results => ServiceResults(FieldKeys.Results);

    public string? SubscriberId => Text(FieldKeys.SubscriberId);

    public string? CircularRef => Text(FieldKeys.CircularRef);

    public string? ContactName => Text(FieldKeys.ContactName);

    public string? ContactPhone => Text(FieldKeys.ContactPhone);

    public string? ContactEmail => Text(FieldKeys.ContactEmail);

    /// <summary>These fields with one value set (replacing the key's value where it stood, else added at the end).</summary>
    public FormFields With(string key, FieldValue value) => new(_fields.Append(new FormField(key, value)));

    /// <summary>These fields without a key.</summary>
    public FormFields Without(string key) => new(_fields.Where(f => f.Key != key));

    public IEnumerator<FormField> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static readonly IReadOnlyDictionary<string, string> s_noResults = new Dictionary<string, string>();
}
