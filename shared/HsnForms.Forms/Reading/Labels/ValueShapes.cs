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
}
