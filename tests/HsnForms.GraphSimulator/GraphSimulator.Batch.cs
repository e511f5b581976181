using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HsnForms.GraphSimulator.Internal;

namespace HsnForms.GraphSimulator;

public sealed partial class GraphSimulator
{
    private static readonly HashSet<string> BatchPartHeaderSkip = new(["request-id", "client-request-id", "x-ms-ags-diagnostic"], StringComparer.OrdinalIgnoreCase);

    /// <summary>JSON batching as Graph does it: parts run through the same routing, faults and counters; up to BatchParallelism at once; dependsOn honoured.</summary>
    private async Task<SimResponse> ExecuteBatchAsync(SimRequest request, CancellationToken cancellationToken)
    {
        Counters.CountBatch();
        Counters.CountRoute("POST $batch");
        var envelope = new HttpMethodAndPath("POST", "/v1.0/$batch", request.QueryText(), "POST $batch", false);
        if (Faults.Take(envelope) is { } fault)
        {
            var faulted = FaultResponse(request, fault);
            return faulted.Status == 429 ? Throttled(faulted) : faulted;
        }

        List<BatchPart> parts;
        try
        {
            parts = ParseBatch(request);
        }
        catch (GraphErrorException e)
        {
            return SimResponse.Error(request, e.Status, e.Code, e.Message);
        }

        var tasks = new Dictionary<string, Task<SimResponse>>(StringComparer.OrdinalIgnoreCase);
        using var slots = new SemaphoreSlim(_options.BatchParallelism);
        foreach (var part in parts)
        {
            var dependencies = part.DependsOn.Select(d => tasks[d]).ToList();
            tasks[part.Id] = RunPartAsync(part, dependencies, slots, cancellationToken);
        }

        await Task.WhenAll(tasks.Values).ConfigureAwait(false);
        var responses = new JsonArray();
        foreach (var part in _options.ReverseBatchResponses ? Enumerable.Reverse(parts) : parts)
        {
            responses.Add(PartJson(part.Id, await tasks[part.Id].ConfigureAwait(false), _options.BatchBinaryBodies));
        }

        return SimResponse.Json(200, new JsonObject { ["responses"] = responses });
    }

    private async Task<SimResponse> RunPartAsync(BatchPart part, List<Task<SimResponse>> dependencies, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        Counters.CountBatchPart();
        foreach (var dependency in dependencies)
        {
            var result = await dependency.ConfigureAwait(false);
            if (result.Status is < 200 or > 299)
            {
                return SimResponse.Error(part.Request, 424, "FailedDependency", "The request depends on a request in the batch that failed.");
            }
        }

        if (part.Invalid is { } invalid)
        {
            return SimResponse.Error(part.Request, invalid.Status, invalid.Code, invalid.Message);
        }

        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ExecuteUnitAsync(part.Request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    private static JsonObject PartJson(string id, SimResponse response, BatchBinaryBody binary)
    {
        var json = new JsonObject { ["id"] = id, ["status"] = response.Status };
        var headers = new JsonObject();
        foreach (var (name, value) in response.Headers)
        {
            if (!BatchPartHeaderSkip.Contains(name))
            {
                headers[name] = value;
            }
        }

        json["headers"] = headers;
        if (response.Body.Length > 0)
        {
            // JSON bodies inline; anything else (e.g. $value) base64, as Graph does.
            if (response.IsJson)
            {
                json["body"] = JsonNode.Parse(response.Body);
            }
            else if (binary != BatchBinaryBody.Absent)
            {
                json["body"] = binary == BatchBinaryBody.Base64 ? Convert.ToBase64String(response.Body) : Encoding.UTF8.GetString(response.Body);
            }
        }

        return json;
    }

    private List<BatchPart> ParseBatch(SimRequest request)
    {
        JsonArray requests;
        try
        {
            requests = JsonNode.Parse(request.Body)?["requests"] as JsonArray ?? throw GraphErrorException.BadRequest("Invalid batch payload format.");
        }
        catch (JsonException)
        {
            throw GraphErrorException.BadRequest("Invalid batch payload format.");
        }

        if (requests.Count == 0)
        {
            throw GraphErrorException.BadRequest("Invalid batch payload format: requests is empty.");
        }

        if (requests.Count > _options.MaxBatchRequests)
        {
            throw GraphErrorException.BadRequest($"Number of batch operation requests exceeded the limit of {_options.MaxBatchRequests}.");
        }

        var parts = new List<BatchPart>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in requests)
        {
            if (node is not JsonObject item)
            {
                throw GraphErrorException.BadRequest("Invalid batch payload format.");
            }

            var id = Text(item["id"]) ?? throw GraphErrorException.BadRequest("Every batch request needs an id.");
            var method = Text(item["method"])?.ToUpperInvariant() ?? throw GraphErrorException.BadRequest($"Batch request '{id}' has no method.");
            var url = Text(item["url"]) ?? throw GraphErrorException.BadRequest($"Batch request '{id}' has no url.");
            if (!seen.Add(id))
            {
                throw GraphErrorException.BadRequest($"Batch request ids must be unique; '{id}' is repeated.");
            }

            var dependsOn = new List<string>();
            if (item["dependsOn"] is JsonArray deps)
            {
                foreach (var dep in deps)
                {
                    var depId = Text(dep) ?? "";
                    if (!parts.Exists(p => p.Id.Equals(depId, StringComparison.OrdinalIgnoreCase)))
                    {
                        throw GraphErrorException.BadRequest($"Batch request '{id}' depends on '{depId}', which is not an earlier request of the batch.");
                    }

                    dependsOn.Add(depId);
                }
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (item["headers"] is JsonObject h)
            {
                foreach (var (name, value) in h)
                {
                    headers[name] = Text(value) ?? "";
                }
            }

            GraphErrorException? invalid = null;
            var body = Array.Empty<byte>();
            if (item["body"] is { } bodyNode)
            {
                if (!headers.ContainsKey("Content-Type"))
                {
                    invalid = GraphErrorException.BadRequest("The Content-Type header is required when a batch request has a body.");
                }

                body = bodyNode.GetValueKind() == JsonValueKind.String
                    ? DecodeStringBody(bodyNode.GetValue<string>())
                    : Encoding.UTF8.GetBytes(bodyNode.ToJsonString());
            }

            if (url.StartsWith(_mailbox.BaseUrl, StringComparison.OrdinalIgnoreCase))
            {
                url = url[_mailbox.BaseUrl.Length..];
            }
            else if (url.Contains("://", StringComparison.Ordinal))
            {
                invalid = GraphErrorException.BadRequest("A batch request url must be relative, e.g. /users/{id}/messages.");
            }

            var (path, query) = SimRequest.SplitTarget(url.StartsWith('/') ? url : "/" + url);
            var part = new SimRequest
            {
                Method = method,
                Path = path,
                Query = query,
                Headers = headers,
                Body = body,
                IsBatchPart = true,
            };
            parts.Add(new BatchPart(id, part, dependsOn, invalid));
        }

        return parts;
    }

    private static byte[] DecodeStringBody(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : Encoding.UTF8.GetBytes(text);
    }

    private static string? Text(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => node.ToJsonString(),
        _ => null,
    };

    private sealed record BatchPart(string Id, SimRequest Request, List<string> DependsOn, GraphErrorException? Invalid);
}
