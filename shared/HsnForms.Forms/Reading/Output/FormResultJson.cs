using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading;

/// <summary>The JSON of a form reading, exactly as cli.md gives it; also used wherever fields are stored or reported.</summary>
public static class FormResultJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        // Subscriber names are often Chinese: keep them readable, JSON-escaped only where JSON requires.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The same encoding for objects serialised whole, so every verb's JSON writes "+08:00" and Chinese as they are.</summary>
    public static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string StatusName(FormStatus status) => status switch
    {
        FormStatus.Complete => "complete",
        FormStatus.Incomplete => "incomplete",
        FormStatus.Unrecognised => "unrecognised",
        _ => "rejected",
    };

    public static void Write(Utf8JsonWriter writer, FormReadResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("file", result.File);
        if (result.Form is null)
        {
            writer.WriteNull("form");
        }
        else
        {
            writer.WriteString("form", result.Form);
        }

        writer.WriteString("status", StatusName(result.Status));
        writer.WritePropertyName("fields");
        WriteFields(writer, result.Fields);

        // Added to cli.md's keys: how each field was found (control, defined_name, label, phrase, inferred).
        writer.WritePropertyName("sources");
        FormFieldsJson.WriteSources(writer, result.Fields);
        writer.WritePropertyName("problems");
        WriteProblems(writer, result.Problems);
        writer.WriteEndObject();
    }

    /// <summary><c>[{"field": KEY or null, "code": CODE, "message": TEXT}]</c>, as cli.md gives a reading's problems (and a submission's).</summary>
    public static void WriteProblems(Utf8JsonWriter writer, IEnumerable<FormProblem> problems)
    {
        writer.WriteStartArray();
        foreach (var problem in problems)
        {
            writer.WriteStartObject();
            if (problem.Field is null)
            {
                writer.WriteNull("field");
            }
            else
            {
                writer.WriteString("field", problem.Field);
            }

            writer.WriteString("code", problem.Code);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static string ToJson(FormReadResult result) => Serialise(writer => Write(writer, result));

    /// <summary>A form's fields alone as the JSON object of cli.md, as submissions store them.</summary>
    public static string FieldsToJson(FormFields fields) => FormFieldsJson.Values(fields);

    private static string Serialise(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void WriteFields(Utf8JsonWriter writer, FormFields fields) => FormFieldsJson.WriteValues(writer, fields);

    /// <summary>A field value as one line of text, for tables and messages.</summary>
    public static string Display(object value) => value switch
    {
        FieldValue typed => typed.Display(),
        bool flag => flag ? "yes" : "no",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, string> map => string.Join(", ", map.Select(p => $"{p.Key}: {p.Value}")),
        IEnumerable<string> list when value is not string => string.Join(", ", list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
