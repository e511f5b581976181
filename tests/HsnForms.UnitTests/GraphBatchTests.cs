using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using HsnForms.Intake.Mail.Graph;

namespace HsnForms.UnitTests;

/// <summary>Our $batch client reading answers as different Graph endpoints write them, through the SDK's own pipeline.</summary>
public sealed class GraphBatchTests
{
    /// <summary>Answers every $batch with the given JSON.</summary>
    private sealed class CannedBatch(string json) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }

    private static Task<IReadOnlyList<BatchAnswer>> SendAsync(string answer, int parts)
    {
        var options = new GraphOptions { BaseUrl = "http://127.0.0.1:9/v1.0", Mailbox = "hsservicedesk@hkex.com.hk" };
        var batch = new GraphBatch(GraphClients.Create(options, new CannedBatch(answer)), retries: 0, TimeProvider.System);
        return batch.SendAsync([.. Enumerable.Range(0, parts).Select(i => new BatchPart("GET", $"/users/x/messages/m{i}/$value"))], CancellationToken.None);
    }

    private const string Mime = "From: a@b.example\r\nSubject: form\r\n\r\nbody\r\n";

    [Fact]
    public async Task Answers_out_of_order_with_numeric_ids_and_string_bodies_are_matched_to_their_requests_and_a_missing_one_counts_as_failed()
    {
        var error = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"error":{"code":"ErrorItemNotFound","message":"gone"}}"""));
        var answer = new JsonObject
        {
            ["responses"] = new JsonArray
            {
                new JsonObject { ["id"] = 3, ["status"] = 200, ["headers"] = new JsonObject { ["Content-Type"] = "text/plain" }, ["body"] = Mime },
                new JsonObject { ["id"] = "2", ["status"] = 200, ["headers"] = new JsonObject { ["content-type"] = "text/plain" }, ["body"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(Mime)) },
                new JsonObject { ["id"] = "0", ["status"] = "404", ["headers"] = new JsonObject { ["Content-Type"] = "application/json" }, ["body"] = error },
                new JsonObject { ["id"] = "99", ["status"] = 200 },
            },
        }.ToJsonString();

        var answers = await SendAsync(answer, 4);

        Assert.Equal("404 ErrorItemNotFound", GraphBatch.Describe(answers[0]));
        Assert.False(GraphBatch.IsSuccess(answers[1]));
        Assert.Equal(Mime, Encoding.UTF8.GetString(GraphBatch.BinaryBody(answers[2])));
        Assert.Equal(Mime, Encoding.UTF8.GetString(GraphBatch.BinaryBody(answers[3])));
    }

    [Fact]
    public async Task A_part_answered_without_a_body_reads_as_no_content()
    {
        var answers = await SendAsync("""{"responses":[{"id":"0","status":200,"headers":{"Content-Type":"text/plain"}}]}""", 1);

        Assert.True(GraphBatch.IsSuccess(answers[0]));
        Assert.Empty(GraphBatch.BinaryBody(answers[0]));
    }
}
