using System.Text;
using System.Text.Json.Nodes;

namespace HsnForms.GraphSimulator.Tests;

/// <summary>The dialect options: legitimate variations of Graph's wire format that other endpoints speak. Off by default.</summary>
public sealed class DialectTests
{
    private static async Task<JsonNode> GetJsonAsync(HttpClient http, string url) =>
        JsonNode.Parse(await http.GetStringAsync(new Uri(url)))!;

    private static string DeltaUrl(GraphSimulator simulator, string query = "$expand=attachments") =>
        $"{simulator.BaseUrl}/users/{simulator.Mailbox}/mailFolders/inbox/messages/delta?{query}";

    [Fact]
    public async Task A_delta_query_with_expand_can_be_honoured_ignored_or_refused()
    {
        using var http = new HttpClient();
        await using (var honoured = await Sdk.StartWith(1))
        {
            Assert.NotNull((await GetJsonAsync(http, DeltaUrl(honoured)))["value"]![0]!["attachments"]);
        }

        await using (var ignored = await Sdk.StartWith(1, new GraphSimulatorOptions { DeltaExpand = ExpandSupport.Ignored }))
        {
            Assert.Null((await GetJsonAsync(http, DeltaUrl(ignored)))["value"]![0]!["attachments"]);
        }

        await using var refused = await Sdk.StartWith(1, new GraphSimulatorOptions { DeltaExpand = ExpandSupport.Rejected });
        using var response = await http.GetAsync(new Uri(DeltaUrl(refused)));
        Assert.Equal(400, (int)response.StatusCode);
        using var plain = await http.GetAsync(new Uri(DeltaUrl(refused, "$select=subject")));
        Assert.Equal(200, (int)plain.StatusCode);
    }

    [Fact]
    public async Task Large_files_can_be_listed_without_contentBytes_or_size_and_times_carry_fractions_and_an_offset()
    {
        await using var simulator = await Sdk.StartWith(1, new GraphSimulatorOptions { ContentBytesLimit = 4, OmitAttachmentSize = true, FractionalTimestamps = true });
        using var http = new HttpClient();

        var message = (await GetJsonAsync(http, DeltaUrl(simulator)))["value"]![0]!;

        var attachment = message["attachments"]![0]!.AsObject();
        Assert.False(attachment.ContainsKey("contentBytes"));
        Assert.False(attachment.ContainsKey("size"));
        Assert.Equal("2023-11-24T01:01:00.0000000+00:00", message["receivedDateTime"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_delta_round_can_open_with_an_empty_page_and_list_each_message_twice()
    {
        await using var simulator = await Sdk.StartWith(2, new GraphSimulatorOptions { RepeatDeltaEntries = true });
        using var http = new HttpClient();
        var ids = new List<string>();
        var pages = 0;
        string? url = DeltaUrl(simulator, "$select=subject");
        while (url is not null)
        {
            var page = await GetJsonAsync(http, url);
            pages++;
            ids.AddRange(page["value"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
            Assert.True(pages > 1 || page["value"]!.AsArray().Count == 0, "the first page is empty");
            url = page["@odata.nextLink"]?.GetValue<string>();
        }

        Assert.Equal(4, ids.Count);
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Theory]
    [InlineData(BatchBinaryBody.PlainText)]
    [InlineData(BatchBinaryBody.Absent)]
    public async Task A_batch_can_answer_in_reverse_order_with_MIME_as_plain_text_or_no_body(BatchBinaryBody binary)
    {
        await using var simulator = await Sdk.StartWith(2, new GraphSimulatorOptions { BatchBinaryBodies = binary, ReverseBatchResponses = true });
        using var http = new HttpClient();
        var requests = new JsonArray();
        for (var i = 0; i < 2; i++)
        {
            requests.Add(new JsonObject { ["id"] = $"{i}", ["method"] = "GET", ["url"] = $"/users/{simulator.Mailbox}/messages/{simulator.Messages[i].Id}/$value" });
        }

        using var content = new StringContent(new JsonObject { ["requests"] = requests }.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri($"{simulator.BaseUrl}/$batch"), content);
        var responses = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["responses"]!.AsArray();

        Assert.Equal(["1", "0"], responses.Select(r => r!["id"]!.GetValue<string>()));
        var body = responses[0]!.AsObject()["body"];
        if (binary == BatchBinaryBody.Absent)
        {
            Assert.Null(body);
        }
        else
        {
            Assert.Contains("Subject:", body!.GetValue<string>(), StringComparison.Ordinal);
        }
    }
}
