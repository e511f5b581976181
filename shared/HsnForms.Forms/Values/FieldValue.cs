using System.Globalization;
using System.Text.Json;

namespace HsnForms.Forms.Values;

/// <summary>
/// One field's normalised value, typed by the field's kind (forms.md "How values are written"), with
/// how it was found. The JSON of cli.md is each value's <see cref="WriteJson"/>.
/// </summary>
public abstract record FieldValue
{
    public FieldSource Source { get; init; }

    /// <summary>The value as a plain .NET object: string, bool, DateOnly, a list of codes, or a map of code to result.</summary>
    public abstract object Plain { get; }

    /// <summary>The value as cli.md writes it.</summary>
    public abstract void WriteJson(Utf8JsonWriter writer);

    /// <summary>The value as one line of text, for tables and messages.</summary>
    public abstract string Display();
}

/// <summary>Text as written: names, telephone numbers, e-mail addresses, ids, remarks.</summary>
public sealed record TextValue(string Text) : FieldValue
{
    public override object Plain => Text;

    public override void WriteJson(Utf8JsonWriter writer) => writer.WriteStringValue(Text);

    public override string Display() => Text;
}

/// <summary>A Hong Kong calendar date, written YYYY-MM-DD.</summary>
public sealed record DateValue(DateOnly Date) : FieldValue
{
    public override object Plain => Date;

    public override void WriteJson(Utf8JsonWriter writer) => writer.WriteStringValue(Iso);

    public override string Display() => Iso;

    public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A yes/no answer ("We will / will not participate").</summary>
public sealed record YesNoValue(bool Value) : FieldValue
{
    public override object Plain => Value;

    public override void WriteJson(Utf8JsonWriter writer) => writer.WriteBooleanValue(Value);

    public override string Display() => Value ? "yes" : "no";
}

/// <summary>A set of the circular's service codes, in the circular's order.</summary>
public sealed record ServiceSetValue(IReadOnlyList<string> Codes) : FieldValue
{
    public override object Plain => Codes;

    public override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var code in Codes)
        {
            writer.WriteStringValue(code);
        }

        writer.WriteEndArray();
    }

    public override string Display() => string.Join(", ", Codes);

    public bool Equals(ServiceSetValue? other) =>
        other is not null && Source == other.Source && Codes.SequenceEqual(other.Codes, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Source, Codes.Count);
}

/// <summary>A result per service code: successful, unsuccessful or not_tested.</summary>
public sealed record ServiceResultsValue(IReadOnlyDictionary<string, string> Results) : FieldValue
{
    public override object Plain => Results;

    public override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (code, result) in Results)
        {
            writer.WriteString(code, result);
        }

        writer.WriteEndObject();
    }

    public override string Display() => string.Join(", ", Results.Select(p => $"{p.Key}: {p.Value}"));

    public bool Equals(ServiceResultsValue? other) =>
        other is not null && Source == other.Source && Results.Count == other.Results.Count
        && Results.All(p => other.Results.TryGetValue(p.Key, out var result) && result == p.Value);

    public override int GetHashCode() => HashCode.Combine(Source, Results.Count);
}
