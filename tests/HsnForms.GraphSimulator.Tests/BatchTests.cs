using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace HsnForms.GraphSimulator.Tests;

/// <summary>JSON batching through the SDK's BatchRequestContentCollection.</summary>
public sealed class BatchTests
{
    [Fact]
    public async Task A_batch_of_25_PATCHes_is_split_by_the_SDK_into_2_HTTP_batches_and_every_part_succeeds()
    {
        await using var simulator = await Sdk.StartWith(25);
        var client = Sdk.Client(simulator);
        var batch = new BatchRequestContentCollection(client);
        var stepIds = new Dictionary<string, string>();
        foreach (var m in simulator.Messages)
        {
            var request = client.Users[simulator.Mailbox].Messages[m.Id].ToPatchRequestInformation(new Message { Categories = ["HSN: recorded"], IsRead = true });
            stepIds[await batch.AddBatchRequestStepAsync(request)] = m.Id;
        }

        var response = await client.Batch.PostAsync(batch);

        var statuses = await response.GetResponsesStatusCodesAsync();
        Assert.Equal(25, statuses.Count);
        Assert.All(statuses.Values, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(2, simulator.Counters.BatchRequests);
        Assert.Equal(2, simulator.Counters.Requests);
        Assert.Equal(25, simulator.Counters.BatchParts);
        Assert.Equal(25, simulator.Counters.For("PATCH message"));
        Assert.Equal(2, simulator.Counters.For("POST $batch"));
        Assert.All(simulator.Messages, m => Assert.Equal(["HSN: recorded"], m.Categories));
        Assert.All(simulator.Messages, m => Assert.True(m.IsRead));
        var first = stepIds.First();
        var updated = await response.GetResponseByIdAsync<Message>(first.Key);
        Assert.Equal(first.Value, updated.Id);
        Assert.True(simulator.Counters.PeakConcurrency <= 4);
    }

    [Fact]
    public async Task A_throttled_batch_part_answers_429_with_Retry_After_inside_that_part_only()
    {
        await using var simulator = await Sdk.StartWith(3);
        var client = Sdk.Client(simulator);
        var target = simulator.Messages[1].Id;
        simulator.Faults.ThrottleWhen(r => r.IsBatchPart && r.Path.EndsWith(target, StringComparison.Ordinal), 1, TimeSpan.FromSeconds(1));
        var batch = new BatchRequestContentCollection(client);
        var steps = new Dictionary<string, string>();
        foreach (var m in simulator.Messages)
        {
            steps[m.Id] = await batch.AddBatchRequestStepAsync(client.Users[simulator.Mailbox].Messages[m.Id].ToGetRequestInformation(rc => rc.QueryParameters.Select = ["subject"]));
        }

        var response = await client.Batch.PostAsync(batch);

        var statuses = await response.GetResponsesStatusCodesAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[steps[target]]);
        Assert.Equal(2, statuses.Values.Count(s => s == HttpStatusCode.OK));
        using var part = await response.GetResponseByIdAsync(steps[target]);
        Assert.Equal(TimeSpan.FromSeconds(1), part.Headers.RetryAfter?.Delta);
        Assert.Equal(1, simulator.Counters.Throttled);
        Assert.Equal(1, simulator.Counters.Requests); // the SDK does not retry parts: the app must

        // Retrying only the failed parts, as the SDK suggests.
        var retry = batch.NewBatchWithFailedRequests(statuses);
        var again = await client.Batch.PostAsync(retry);
        Assert.All((await again.GetResponsesStatusCodesAsync()).Values, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Raw_batches_honour_dependsOn_answer_424_after_a_failed_dependency_and_refuse_more_than_20()
    {
        await using var simulator = await Sdk.StartWith(1);
        using var http = new HttpClient();
        var id = simulator.Messages[0].Id;
        var mb = simulator.Mailbox;
        var payload = $$$"""
            {"requests":[
              {"id":"1","method":"PATCH","url":"/users/{{{mb}}}/messages/{{{id}}}","headers":{"Content-Type":"application/json"},"body":{"categories":["A"]}},
              {"id":"2","method":"GET","url":"users/{{{mb}}}/messages/{{{id}}}?$select=categories","dependsOn":["1"]},
              {"id":"3","method":"GET","url":"/users/{{{mb}}}/messages/nope"},
              {"id":"4","method":"GET","url":"/users/{{{mb}}}/mailFolders?$filter=displayName eq 'Inbox'","dependsOn":["3"]},
              {"id":"5","method":"GET","url":"/users/{{{mb}}}/messages/{{{id}}}/$value"}
            ]}
            """;

        using var ok = await http.PostAsync($"{simulator.BaseUrl}/$batch", new StringContent(payload, Encoding.UTF8, "application/json"));
        var parts = JsonDocument.Parse(await ok.Content.ReadAsStringAsync()).RootElement.GetProperty("responses").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);

        Assert.Equal(200, parts["1"].GetProperty("status").GetInt32());
        Assert.Equal("A", parts["2"].GetProperty("body").GetProperty("categories")[0].GetString());
        Assert.Equal(400, parts["3"].GetProperty("status").GetInt32());
        Assert.Equal("ErrorInvalidIdMalformed", parts["3"].GetProperty("body").GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(424, parts["4"].GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.String, parts["5"].GetProperty("body").ValueKind); // non-JSON bodies are base64
        Assert.Contains("Subject: HDS/23/1109", Encoding.UTF8.GetString(Convert.FromBase64String(parts["5"].GetProperty("body").GetString()!)), StringComparison.Ordinal);

        var tooMany = "{\"requests\":[" + string.Join(',', Enumerable.Range(1, 21).Select(n => $"{{\"id\":\"{n}\",\"method\":\"GET\",\"url\":\"/users/{mb}\"}}")) + "]}";
        using var refused = await http.PostAsync($"{simulator.BaseUrl}/$batch", new StringContent(tooMany, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(2, simulator.Counters.BatchRequests);
    }
}
