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
            FieldType.SubscriberId => SubscriberIdReader.WholeId(value) is not null,
            FieldType.Email => EmailReader.Pattern().IsMatch(value),
            FieldType.Phone => PhoneReader.IsPhone(value),
            FieldType.Date => DateRules.Parse(value) is not null,
            _ => _shapes.TryGetValue(field.Key, out var shape) && shape.IsMatch(value),
        };
    }

    /// <summary>
    /// What a name or remark looks like instead when the whole of it has the shape of another field's
    /// value (a subscriber ID, an e-mail address, a telephone number, a date), or null. Such a value under
    /// a name's label usually belongs to a neighbouring line whose value was laid out apart from it (a
    /// text box, a shifted cell), so it is doubt, not a name.
    /// </summary>
    public static string? ShapeOfAnotherField(string text)
    {
        var value = TextRules.Fold(text);
        if (value.Length is 0 or > 80 || !value.AsSpan().ContainsAny(s_digitsOrAt))
        {
            return null;
        }

        if (SubscriberIdReader.WholeId(value) is not null)
        {
            return "a subscriber ID";
        }

        if (EmailReader.Pattern().IsMatch(value))
        {
            return "an e-mail address";
        }

        // A date before a telephone number: "2023/11/22" has a phone number's eight digits too.
        if (value.AsSpan().ContainsAny(s_digits) && DateRules.Parse(value) is not null)
        {
            return "a date";
        }

        return PhoneReader.IsPhone(value) ? "a telephone number" : null;
    }

    private static readonly System.Buffers.SearchValues<char> s_digitsOrAt = System.Buffers.SearchValues.Create("0123456789@");
    private static readonly System.Buffers.SearchValues<char> s_digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>Whether the field has a shape of its own in forms.json (a circular's reference), beyond its type's.</summary>
    public bool HasOwnShape(FieldDefinition field) => _shapes.ContainsKey(field.Key);

    /// <summary>
    /// The one value of the field's own shape written in a piece of text ("HDS/23/1109 dated 16 Nov"
    /// holds HDS/23/1109): the whole text when it fits, else a run of up to five of its words; null
    /// when there is none, or more than one that differ.
    /// </summary>
    public string? Find(FieldDefinition field, string text) => FindAll(field, text) is [var one] ? one : null;

    /// <summary>
    /// Every different value of the field's own shape written in a piece of text, in order: the whole
    /// text when it fits, else each run of up to five of its words that does.
    /// </summary>
    public List<string> FindAll(FieldDefinition field, string text)
    {
        var found = new List<string>();
        if (!_shapes.TryGetValue(field.Key, out var shape))
        {
            return found;
        }

        var value = TextRules.Fold(text);
        if (value.Length is 0 or > 400)
        {
            return found;
        }

        if (shape.IsMatch(value))
        {
            found.Add(value);
            return found;
        }

        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = 1; length <= 5 && start + length <= words.Length; length++)
            {
                var run = string.Join(' ', words, start, length).Trim(s_around);
                if (run.Length > 0 && shape.IsMatch(run)
                    && !found.Exists(f => string.Equals(TextRules.Compact(f), TextRules.Compact(run), StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(run);
                }
            }
        }

        return found;
    }

    // Punctuation a reference is written inside: "(HDS/23/1109)", "HDS/23/1109,", "「HDS/23/1109」".
    private static readonly char[] s_around = ['(', ')', '[', ']', ',', ';', '.', ':', '"', '\'', '「', '」', '《', '》', '“', '”'];
}
