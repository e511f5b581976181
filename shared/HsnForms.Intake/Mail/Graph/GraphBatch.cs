using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace HsnForms.Intake.Mail.Graph;

/// <summary>One request inside a JSON $batch.</summary>
/// <param name="ContentType">The body's type; a body that is not JSON goes base64-encoded, as JSON batching requires.</param>
public sealed record BatchPart(string Method, string Url, JsonNode? Body = null, string ContentType = "application/json")
{
    /// <summary>A request whose body is plain text (Graph's MIME form of a message is base64 text): base64 again inside the batch.</summary>
    public static BatchPart Text(string method, string url, string text) =>
        new(method, url, JsonValue.Create(Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(text))), "text/plain");
}

/// <summary>A part's answer: its status and body (JSON, or base64 of a non-JSON body as Graph sends it).</summary>
public sealed record BatchAnswer(int Status, JsonNode? Body, string? ContentType);

/// <summary>
/// Sends JSON batches of up to 20 requests through the SDK's request adapter (so its middleware stays in
/// the pipeline), and tries again only the parts that were throttled, after the longest Retry-After they
/// asked for: the SDK would resend a throttled part at once.
/// </summary>
public sealed class GraphBatch(GraphServiceClient client, int retries, TimeProvider clock)
{
    public const int MaxParts = 20;

    public async Task<IReadOnlyList<BatchAnswer>> SendAsync(IReadOnlyList<BatchPart> parts, CancellationToken cancellationToken)
    {
        var answers = new BatchAnswer?[parts.Count];
        for (var offset = 0; offset < parts.Count; offset += MaxParts)
        {
            var chunk = Enumerable.Range(offset, Math.Min(MaxParts, parts.Count - offset)).ToList();
            for (var attempt = 0; chunk.Count > 0; attempt++)
            {
                var (results, wait) = await SendOnceAsync(chunk.Select(i => (i, parts[i])).ToList(), cancellationToken).ConfigureAwait(false);
                var again = new List<int>();
                foreach (var (index, answer) in results)
                {
                    answers[index] = answer;
                    if (IsTransient(answer.Status) && attempt < retries)
                    {
                        again.Add(index);
                    }
                }

                chunk = again;
                if (chunk.Count > 0)
                {
                    await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        // A part the endpoint did not answer at all counts as failed (status 0): never as done.
        return answers.Select(a => a ?? new BatchAnswer(0, null, null)).ToList();
    }

    private async Task<(List<(int Index, BatchAnswer Answer)> Results, TimeSpan Wait)> SendOnceAsync(List<(int Index, BatchPart Part)> chunk, CancellationToken cancellationToken)
    {
        var requests = new JsonArray();
        foreach (var (index, part) in chunk)
        {
            var request = new JsonObject
            {
                ["id"] = index.ToString(CultureInfo.InvariantCulture),
                ["method"] = part.Method,
                ["url"] = part.Url,
            };
            if (part.Body is not null)
            {
                request["body"] = part.Body.DeepClone();
                request["headers"] = new JsonObject { ["Content-Type"] = part.ContentType };
            }

            requests.Add(request);
        }

        var payload = new JsonObject { ["requests"] = requests }.ToJsonString();
        var information = new RequestInformation
        {
            HttpMethod = Method.POST,
            URI = new Uri(client.RequestAdapter.BaseUrl!.TrimEnd('/') + "/$batch"),
        };
        information.SetStreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(payload)), "application/json");
        information.Headers.Add("Accept", "application/json");
        var errors = new Dictionary<string, ParsableFactory<IParsable>> { ["XXX"] = ODataError.CreateFromDiscriminatorValue };
        await using var stream = await client.RequestAdapter.SendPrimitiveAsync<Stream>(information, errors, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Graph answered a $batch with no body.");
        var document = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);

        // Answers come in any order: each is matched to its request by id. Anything not ours is ignored.
        var results = new List<(int, BatchAnswer)>();
        var asked = chunk.Select(c => c.Index).ToHashSet();
        var wait = TimeSpan.Zero;
        foreach (var response in (document?["responses"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (!int.TryParse(Text(response["id"]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) || !asked.Remove(index)
                || !int.TryParse(Text(response["status"]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var status))
            {
                continue;
            }

            var headers = response["headers"] as JsonObject;
            var contentType = Header(headers, "Content-Type");
            if (IsTransient(status))
            {
                var seconds = RetryAfterSeconds(Header(headers, "Retry-After"));
                wait = TimeSpan.FromSeconds(Math.Max(wait.TotalSeconds, Math.Clamp(seconds, 1, 120)));
            }

            results.Add((index, new BatchAnswer(status, JsonBody(response["body"], contentType), contentType)));
        }

        return (results, wait);
    }

    private static bool IsTransient(int status) => status is 429 or 503 or 504;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString();

    /// <summary>Retry-After in seconds, or as an HTTP date; 1 when absent or unreadable.</summary>
    private int RetryAfterSeconds(string? retryAfter)
    {
        if (int.TryParse(retryAfter, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds;
        }

        return DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (int)Math.Ceiling((at - clock.GetUtcNow()).TotalSeconds)
            : 1;
    }

    /// <summary>
    /// A JSON part's body is normally inline JSON; some endpoints send it as a string (base64 of the JSON, or the JSON
    /// text): it is read as JSON, so an error's code can be told. Non-JSON bodies stay as they came.
    /// </summary>
    private static JsonNode? JsonBody(JsonNode? body, string? contentType)
    {
        if (body is not JsonValue value || !value.TryGetValue<string>(out var text) || contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return body?.DeepClone();
        }

        try
        {
            return JsonNode.Parse(System.Text.Encoding.UTF8.GetString(Decoded(text)));
        }
        catch (JsonException)
        {
            return body.DeepClone();
        }
    }

    private static string? Header(JsonObject? headers, string name) =>
        headers?.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.ToString();

    /// <summary>A non-JSON body (a message's MIME) comes back base64-encoded inside the batch.</summary>
    public static byte[] BinaryBody(BatchAnswer answer)
    {
        if (answer.Body is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return Decoded(text);
        }

        return answer.Body is null ? [] : System.Text.Encoding.UTF8.GetBytes(answer.Body.ToJsonString());
    }

    /// <summary>
    /// A body sent as a string: base64 as Graph sends it, or the text as it is where a proxy passed it
    /// on (MIME has ':' and JSON has '{', so neither is ever mistaken for base64).
    /// </summary>
    private static byte[] Decoded(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : System.Text.Encoding.UTF8.GetBytes(text);
    }

    public static bool IsSuccess(BatchAnswer answer) => answer.Status is >= 200 and < 300;

    public static string Describe(BatchAnswer answer) =>
        (answer.Body as JsonObject)?["error"]?["code"]?.ToString() is { } code ? $"{answer.Status} {code}" : answer.Status.ToString(CultureInfo.InvariantCulture);

    internal static HttpStatusCode Status(BatchAnswer answer) => (HttpStatusCode)answer.Status;
}
