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
public sealed record BatchPart(string Method, string Url, JsonNode? Body = null);

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
                    if (answer.Status is 429 or 503 && attempt < retries)
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

        return answers.Select(a => a!).ToList();
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
                request["headers"] = new JsonObject { ["Content-Type"] = "application/json" };
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

        var results = new List<(int, BatchAnswer)>();
        var wait = TimeSpan.Zero;
        foreach (var response in document?["responses"]?.AsArray() ?? [])
        {
            var index = int.Parse(response!["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            var status = response["status"]!.GetValue<int>();
            var headers = response["headers"] as JsonObject;
            var contentType = Header(headers, "Content-Type");
            if (status is 429 or 503)
            {
                var retryAfter = Header(headers, "Retry-After");
                var seconds = int.TryParse(retryAfter, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
                wait = TimeSpan.FromSeconds(Math.Max(wait.TotalSeconds, Math.Clamp(seconds, 1, 120)));
            }

            results.Add((index, new BatchAnswer(status, response["body"]?.DeepClone(), contentType)));
        }

        return (results, wait);
    }

    private static string? Header(JsonObject? headers, string name) =>
        headers?.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.ToString();

    /// <summary>A non-JSON body (a message's MIME) comes back base64-encoded inside the batch.</summary>
    public static byte[] BinaryBody(BatchAnswer answer)
    {
        if (answer.Body is JsonValue value && value.TryGetValue<string>(out var text))
        {
            try
            {
                return Convert.FromBase64String(text);
            }
            catch (FormatException)
            {
                return System.Text.Encoding.UTF8.GetBytes(text);
            }
        }

        return answer.Body is null ? [] : System.Text.Encoding.UTF8.GetBytes(answer.Body.ToJsonString());
    }

    public static bool IsSuccess(BatchAnswer answer) => answer.Status is >= 200 and < 300;

    public static string Describe(BatchAnswer answer) =>
        answer.Body?["error"]?["code"]?.ToString() is { } code ? $"{answer.Status} {code}" : answer.Status.ToString(CultureInfo.InvariantCulture);

    internal static HttpStatusCode Status(BatchAnswer answer) => (HttpStatusCode)answer.Status;
}
