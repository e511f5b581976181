using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HsnForms.Forms.Catalog;

namespace HsnForms.Forms.Values;

/// <summary>
/// Fields as the JSON object of cli.md (<c>{"subscriber_id":"HSN0427","participate":true,...}</c>),
/// and their sources as <c>{"subscriber_id":"control",...}</c>: how they are printed and stored, and
/// read back from storage.
/// </summary>
public static class FormFieldsJson
{
    private static readonly JsonWriterOptions s_writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteValues(Utf8JsonWriter writer, FormFields fields)
    {
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.Key);
            field.Value.WriteJson(writer);
        }

        writer.WriteEndObject();
    }

    public static void WriteSources(Utf8JsonWriter writer, FormFields fields)
    {
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WriteString(field.Key, FieldSources.Name(field.Value.Source));
        }

        writer.WriteEndObject();
    }

    public static string Values(FormFields fields) => Serialise(writer => WriteValues(writer, fields));

    public static string Sources(FormFields fields) => Serialise(writer => WriteSources(writer, fields));

    /// <summary>
    /// Reads fields stored as cli.md's JSON. A JSON boolean is a yes/no, an array a service set, an
    /// object results per service, a string text (or a date where the form defines the key as one).
    /// Sources are optional: rows stored before sources were kept read as <see cref="FieldSource.Unknown"/>.
    /// What cannot be read is left out, never thrown.
    /// </summary>
    public static FormFields Parse(string? valuesJson, string? sourcesJson = null, FormDefinition? form = null)
    {
        if (string.IsNullOrWhiteSpace(valuesJson))
        {
            return FormFields.Empty;
        }

        var sources = ParseSources(sourcesJson);
        var fields = new List<FormField>();
        try
        {
            using var document = JsonDocument.Parse(valuesJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return FormFields.Empty;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (ValueOf(property.Value, form?.Field(property.Name)) is { } value)
                {
                    fields.Add(new FormField(property.Name, value with { Source = sources.GetValueOrDefault(property.Name) }));
                }
            }
        }
        catch (JsonException)
        {
            return FormFields.Empty;
        }

        return new FormFields(fields);
    }

    private static FieldValue? ValueOf(JsonElement json, FieldDefinition? definition)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.True or JsonValueKind.False:
                return new YesNoValue(json.GetBoolean());
            case JsonValueKind.Array:
                return new ServiceSetValue([.. json.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]);
            case JsonValueKind.Object:
                var results = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var item in json.EnumerateObject())
                {
                    if (item.Value.ValueKind == JsonValueKind.String)
                    {
                        results[item.Name] = item.Value.GetString()!;
                    }
                }

                return new ServiceResultsValue(results);
            case JsonValueKind.String:
                var text = json.GetString()!;
                if (definition?.Type == FieldType.Date
                    && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return new DateValue(date);
                }

                return new TextValue(text);
            default:
                return null;
        }
    }

    private static Dictionary<string, FieldSource> ParseSources(string? json)
    {
        var sources = new Dictionary<string, FieldSource>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return sources;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    sources[property.Name] = FieldSources.Parse(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null);
                }
            }
        }
        catch (JsonException)
        {
            // Unknown sources, not a lost submission.
        }

        return sources;
    }

    private static string Serialise(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_writer))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
