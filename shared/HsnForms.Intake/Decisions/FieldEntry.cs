using System.Globalization;
using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Values;

namespace HsnForms.Intake.Decisions;

/// <summary>
/// A field value as a person writes it on the desk (cli.md): <c>participate=true</c>,
/// <c>services=OTP-C;OMD-C</c>, <c>results=OTP-C:successful;OMD-C:not_tested</c>,
/// <c>signed_date=2023-11-24</c>. Each is turned into the normalised value of forms.md or refused
/// with one line naming the key: a person's typo must never become a record.
/// </summary>
public static partial class FieldEntry
{
    /// <summary>Splits <c>KEY=VALUE</c>; the key is lower-cased, the value kept as typed.</summary>
    public static (string Key, string Value) Split(string assignment)
    {
        var eq = assignment.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new DeskDecisionException($"'{Shorten(assignment)}' is not KEY=VALUE (e.g. participate=true).");
        }

        return (assignment[..eq].Trim().ToLowerInvariant(), assignment[(eq + 1)..]);
    }

    /// <summary>The definition of <paramref name="key"/> on the form, or a one-line refusal naming it and the keys the form has.</summary>
    public static FieldDefinition Field(FormDefinition form, string key) =>
        form.Field(key) ?? throw new DeskDecisionException(
            $"{Shorten(key)}: the {form.Form} form has no such field (its fields: {string.Join(", ", form.Fields.Select(f => f.Key))}).");

    /// <summary>The typed value of one field as a person set it: its source is <see cref="FieldSource.Desk"/>.</summary>
    /// <param name="services">The services the circular concerns; a code outside them is refused.</param>
    public static FieldValue Parse(FieldDefinition field, string text, IReadOnlyList<string> services, FormCatalog catalog) =>
        (Plain(field, text, services, catalog) switch
        {
            bool flag => new YesNoValue(flag),
            DateOnly date => new DateValue(date),
            IReadOnlyDictionary<string, string> results => new ServiceResultsValue(results),
            List<string> codes => new ServiceSetValue(codes),
            var other => (FieldValue)new TextValue((string)other),
        }) with { Source = FieldSource.Desk };

    private static object Plain(FieldDefinition field, string text, IReadOnlyList<string> services, FormCatalog catalog)
    {
        var key = field.Key;
        if (text.Length > DeskText.ValueLength)
        {
            throw new DeskDecisionException($"{key}: the value is too long ({text.Length} characters; at most {DeskText.ValueLength}).");
        }

        var value = DeskText.Clean(text).Trim();
        if (value.Length == 0)
        {
            throw new DeskDecisionException($"{key}: no value given (to remove a value, use --unset {key}).");
        }

        switch (field.Type)
        {
            case FieldType.YesNo:
                return value.ToLowerInvariant() switch
                {
                    "true" or "yes" or "y" => true,
                    "false" or "no" or "n" => false,
                    _ => throw Invalid(key, value, "true or false"),
                };
            case FieldType.Date:
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw Invalid(key, value, "a date written as 2023-11-24");
            case FieldType.SubscriberId:
                var id = value.ToUpperInvariant();
                return SubscriberIdPattern().IsMatch(id) ? id : throw Invalid(key, value, "HSN followed by four digits, e.g. HSN0427");
            case FieldType.Email:
                return EmailPattern().IsMatch(value) ? value : throw Invalid(key, value, "an e-mail address");
            case FieldType.Phone:
                var digits = value.Count(char.IsAsciiDigit);
                return digits is >= 8 and <= 20 && PhonePattern().IsMatch(value) ? value : throw Invalid(key, value, "a telephone number (digits, spaces, +, -, parentheses)");
            case FieldType.ServiceSet:
                var codes = new List<string>();
                foreach (var part in Parts(value))
                {
                    var code = Service(key, part, services);
                    if (!codes.Contains(code, StringComparer.Ordinal))
                    {
                        codes.Add(code);
                    }
                }

                return codes.Count > 0 ? InCircularOrder(codes, services) : throw Invalid(key, value, "service codes separated by ';', e.g. OTP-C;OMD-C");
            case FieldType.ServiceResults:
                var results = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var part in Parts(value))
                {
                    var colon = part.LastIndexOf(':');
                    if (colon <= 0)
                    {
                        throw Invalid(key, value, "CODE:RESULT pairs separated by ';', e.g. OTP-C:successful;OMD-C:not_tested");
                    }

                    var code = Service(key, part[..colon].Trim(), services);
                    var result = Result(part[(colon + 1)..].Trim(), catalog)
                        ?? throw new DeskDecisionException($"{key}: '{Shorten(part[(colon + 1)..].Trim())}' is not a result (successful, unsuccessful or not_tested).");
                    if (results.TryGetValue(code, out var earlier) && earlier != result)
                    {
                        throw new DeskDecisionException($"{key}: {code} is given two results ({earlier} and {result}).");
                    }

                    results[code] = result;
                }

                IReadOnlyDictionary<string, string> ordered = InCircularOrder([.. results.Keys], services).ToDictionary(c => c, c => results[c], StringComparer.Ordinal);
                return ordered;
            default:
                // Text is kept as written on one line, inner white space folded, as forms.md normalises it.
                return DeskText.OneLine(value);
        }
    }

    private static IEnumerable<string> Parts(string value) =>
        value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Service(string key, string code, IReadOnlyList<string> services) =>
        services.FirstOrDefault(s => string.Equals(s, code.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new DeskDecisionException($"{key}: '{Shorten(code)}' is not a service of this circular ({string.Join(", ", services)}).");

    private static List<string> InCircularOrder(List<string> codes, IReadOnlyList<string> services) =>
        [.. codes.OrderBy(c => services.ToList().IndexOf(c))];

    private static string? Result(string word, FormCatalog catalog)
    {
        var folded = word.Replace('_', ' ').Replace('-', ' ').Trim().ToLowerInvariant();
        foreach (var (result, words) in catalog.ResultWords)
        {
            if (folded == result.Replace('_', ' ') || words.Any(w => string.Equals(w, folded, StringComparison.OrdinalIgnoreCase)))
            {
                return result;
            }
        }

        return null;
    }

    private static DeskDecisionException Invalid(string key, string value, string expected) =>
        new($"{key}: '{Shorten(value)}' is not {expected}.");

    /// <summary>A value quoted back in a message stays short, whatever was typed.</summary>
    public static string Shorten(string text)
    {
        var line = DeskText.OneLine(DeskText.Clean(text));
        return line.Length <= 60 ? line : line[..57] + "...";
    }

    [GeneratedRegex(@"^HSN\d{4}$")]
    private static partial Regex SubscriberIdPattern();

    [GeneratedRegex(@"^[^@\s;,<>]+@[^@\s;,<>]+\.[^@\s;,<>]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[\d\s+\-().,/]+(?:(?:ext|ext\.|x|#)\s*\d{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhonePattern();
}
