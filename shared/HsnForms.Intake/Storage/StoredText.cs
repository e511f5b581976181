using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HsnForms.Intake.Storage;

/// <summary>
/// Every string intake stores comes from mail or a form, so it can be any length: Table Storage refuses a
/// string property over 32K characters (64 KiB) and an entity over 1 MiB, and one refused write once
/// stopped intake for good. So each column has a length it is cut to, ending in a marker that gives the
/// whole value's length and a hash of it. The whole value stays in the archived original.
/// </summary>
public static class StoredText
{
    /// <summary>Addresses, ids, message ids: an e-mail address is at most 254 characters.</summary>
    public const int Short = 320;

    /// <summary>Subjects, file names, names.</summary>
    public const int Line = 1_000;

    /// <summary>Review detail, notes, error text.</summary>
    public const int Text = 4_000;

    /// <summary>A string inside a stored JSON value (a form's field).</summary>
    public const int JsonString = 2_000;

    /// <summary>A whole JSON column; under the 32K-character limit of a string property, with room to spare.</summary>
    public const int Json = 30_000;

    /// <summary>The value as stored: itself when it fits, else its start and a marker saying what was cut.</summary>
    public static string Bound(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        var marker = string.Create(CultureInfo.InvariantCulture, $" …[cut: {value.Length:N0} characters in all, SHA-256 {TableKeys.Hash(value)}]");
        var keep = Math.Max(0, max - marker.Length);
        // Never split a surrogate pair.
        if (keep > 0 && char.IsHighSurrogate(value[keep - 1]))
        {
            keep--;
        }

        return value[..keep] + marker;
    }

    public static string? BoundOrNull(string? value, int max) => value is null ? null : Bound(value, max);

    /// <summary>Whether a value was cut by <see cref="Bound"/>.</summary>
    public static bool IsCut(string? value) => value is not null && value.EndsWith(']') && value.Contains(" …[cut: ", StringComparison.Ordinal);

    /// <summary>
    /// A JSON value as stored: every string in it bounded, and the whole under <see cref="Json"/>. Cutting
    /// the serialised text would leave JSON nobody can read, so the strings are cut instead, harder each
    /// time, until it fits.
    /// </summary>
    public static string BoundJson(string json, int maxString = JsonString, int maxTotal = Json)
    {
        if (json.Length <= maxTotal && json.Length <= maxString)
        {
            return json;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonSerializer.Serialize(Bound(json, Math.Min(maxString, maxTotal / 2)));
        }

        foreach (var limit in new[] { maxString, 500, 100, 20 })
        {
            var bounded = BoundStrings(node, limit)?.ToJsonString() ?? "null";
            if (bounded.Length <= maxTotal)
            {
                return bounded;
            }
        }

        // So many values that even short ones do not fit: keep what it was, not its content.
        return JsonSerializer.Serialize(new Dictionary<string, string> { ["_cut"] = Bound(json, 200) });
    }

    private static JsonNode? BoundStrings(JsonNode? node, int limit) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(Bound(p.Key, Math.Max(limit, 100)), BoundStrings(p.Value, limit)))
            .DistinctBy(p => p.Key)),
        JsonArray a => new JsonArray([.. a.Select(v => BoundStrings(v, limit))]),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(Bound(v.GetValue<string>(), limit)),
        _ => node?.DeepClone(),
    };
}
