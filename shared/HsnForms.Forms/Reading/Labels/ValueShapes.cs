using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Fields;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Labels;

/// <summary>
/// Whether a piece of text has a field's shape: an ID, an e-mail address, a telephone number, a date, or
/// a text field's own shape from forms.json (a circular reference). A label followed by a value of its
/// field's shape needs no colon between them ("Subscriber code HSN1133").
/// </summary>
internal sealed class ValueShapes
{
    private readonly Dictionary<string, Regex> _shapes = new(StringComparer.Ordinal);

    public ValueShapes(FormCatalog catalog)
    {
        foreach (var field in catalog.Forms.SelectMany(f => f.Fields))
        {
            if (field.Shape is { Length: > 0 } shape && !_shapes.ContainsKey(field.Key))
            {
                _shapes[field.Key] = new Regex(shape, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            }
        }
    }

    public bool Fits(FieldDefinition field, string text)
    {
        var value = TextRules.Fold(text);
        if (value.Length is 0 or > 80)
        {
            return false;
        }

        return field.Type switch
        {
            FieldType.SubscriberId => SubscriberIdReader.Pattern().IsMatch(value.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)),
            FieldType.Email => EmailReader.Pattern().IsMatch(value),
            FieldType.Phone => PhoneReader.IsPhone(value),
            FieldType.Date => DateRules.Parse(value) is not null,
            _ => _shapes.TryGetValue(field.Key, out var shape) && shape.IsMatch(value),
        };
    }

    /// <summary>Whether the field has a shape of its own in forms.json (a circular's reference), beyond its type's.</summary>
    public bool HasOwnShape(FieldDefinition field) => _shapes.ContainsKey(field.Key);

    /// <summary>
    /// The one value of the field's own shape written in a piece of text ("HDS/23/1109 dated 16 Nov"
    /// holds HDS/23/1109): the whole text when it fits, else a run of up to five of its words; null
    /// when there is none, or more than one that differ.
    /// </summary>
    public string? Find(FieldDefinition field, string text)
    {
        if (!_shapes.TryGetValue(field.Key, out var shape))
        {
            return null;
        }

        var value = TextRules.Fold(text);
        if (value.Length is 0 or > 400)
        {
            return null;
        }

        if (shape.IsMatch(value))
        {
            return value;
        }

        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? found = null;
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = 1; length <= 5 && start + length <= words.Length; length++)
            {
                var run = string.Join(' ', words, start, length).Trim(s_around);
                if (run.Length > 0 && shape.IsMatch(run))
                {
                    if (found is not null && !string.Equals(found, run, StringComparison.OrdinalIgnoreCase))
                    {
                        return null;
                    }

                    found = run;
                }
            }
        }

        return found;
    }

    // Punctuation a reference is written inside: "(HDS/23/1109)", "HDS/23/1109,", "「HDS/23/1109」".
    private static readonly char[] s_around = ['(', ')', '[', ']', ',', ';', '.', ':', '"', '\'', '「', '」', '《', '》', '“', '”'];
}
