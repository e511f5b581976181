using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HsnForms.GraphSimulator.Internal;

/// <summary>One unit of work: an HTTP request or a $batch part, already split into path and query.</summary>
internal sealed class SimRequest
{
    public required string Method { get; init; }

    /// <summary>Path after the version, starting with '/', still escaped (e.g. /users/a%40b/messages).</summary>
    public required string Path { get; init; }

    /// <summary>Query pairs, names and values unescaped, in order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Query { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required byte[] Body { get; init; }

    public bool IsBatchPart { get; init; }

    public string RequestId { get; } = Guid.NewGuid().ToString();

    public string ClientRequestId => Header("client-request-id") ?? RequestId;

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    /// <summary>An OData query option, by name with or without '$', case-insensitive.</summary>
    public string? Option(string name)
    {
        var bare = name.TrimStart('$');
        foreach (var (k, v) in Query)
        {
            if (string.Equals(k.TrimStart('$'), bare, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        return null;
    }

    public string QueryText() => string.Join('&', Query.Select(kv => kv.Value.Length == 0 ? kv.Key : $"{kv.Key}={kv.Value}"));

    /// <summary>Splits "path?query" (escaped, or unescaped as the SDK writes batch part urls).</summary>
    public static (string Path, List<KeyValuePair<string, string>> Query) SplitTarget(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            target = target[..hash];
        }

        var q = target.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? target : target[..q];
        var query = new List<KeyValuePair<string, string>>();
        if (q >= 0)
        {
            foreach (var pair in target[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? pair : pair[..eq];
                var value = eq < 0 ? "" : pair[(eq + 1)..];
                query.Add(new(Unescape(name), Unescape(value)));
            }
        }

        return (path, query);
    }

    private static string Unescape(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
}

/// <summary>The answer to one unit.</summary>
internal sealed class SimResponse
{
    public const string JsonContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    public static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Status { get; set; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public byte[] Body { get; set; } = [];

    public bool IsJson => Headers.TryGetValue("Content-Type", out var ct) && ct.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    public static SimResponse Json(int status, JsonNode body)
    {
        var r = new SimResponse { Status = status, Body = Encoding.UTF8.GetBytes(body.ToJsonString(JsonOptions)) };
        r.Headers["Content-Type"] = JsonContentType;
        r.Headers["OData-Version"] = "4.0";
        return r;
    }

    public static SimResponse Empty(int status) => new() { Status = status };

    public static SimResponse Bytes(byte[] body, string contentType)
    {
        var r = new SimResponse { Status = 200, Body = body };
        r.Headers["Content-Type"] = contentType;
        return r;
    }

    /// <summary>Graph's error shape: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.</summary>
    public static SimResponse Error(SimRequest request, int status, string code, string message, TimeSpan? retryAfter = null)
    {
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                    ["request-id"] = request.RequestId,
                    ["client-request-id"] = request.ClientRequestId,
                },
            },
        };
        var r = Json(status, body);
        if (retryAfter is { } wait)
        {
            r.Headers["Retry-After"] = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return r;
    }
}

/// <summary>Thrown by handlers to answer with a Graph error.</summary>
internal sealed class GraphErrorException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public static GraphErrorException BadRequest(string message) => new(400, "BadRequest", message);

    public static GraphErrorException NotFound() => new(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    public static GraphErrorException Malformed() => new(400, "ErrorInvalidIdMalformed", "Id is malformed.");
}
