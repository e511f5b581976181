using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace HsnForms.GraphSimulator.Tests;

/// <summary>What goes over the wire, seen without the SDK.</summary>
public sealed class WireFormatTests
{
    [Fact]
    public async Task Errors_have_Graph_shape_with_innerError_request_ids_echoing_client_request_id()
    {
        await using var simulator = await GraphSimulator.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{simulator.BaseUrl}/users/{simulator.Mailbox}/messages/AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A");
        request.Headers.Add("client-request-id", "6f5d2a51-0000-4000-8000-000000000001");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "anything");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("ErrorInvalidIdMalformed", error.GetProperty("code").GetString());
        var inner = error.GetProperty("innerError");
        Assert.Equal("6f5d2a51-0000-4000-8000-000000000001", inner.GetProperty("client-request-id").GetString());
        Assert.Equal(response.Headers.GetValues("request-id").Single(), inner.GetProperty("request-id").GetString());
        Assert.True(DateTime.TryParse(inner.GetProperty("date").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Responses_are_gzipped_when_asked_and_next_links_are_absolute()
    {
        await using var simulator = await Sdk.StartWith(12);
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var http = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{simulator.BaseUrl}/users/{simulator.Mailbox}/mailFolders('inbox')/messages?$select=subject");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await http.SendAsync(request);

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        await using var unzipped = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        var page = (await JsonDocument.ParseAsync(unzipped)).RootElement;
        Assert.Equal(10, page.GetProperty("value").GetArrayLength());
        Assert.EndsWith("/messages(subject)", page.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);
        var next = page.GetProperty("@odata.nextLink").GetString()!;
        Assert.StartsWith(simulator.BaseUrl.ToString(), next, StringComparison.Ordinal);
        Assert.Contains("$skip=10", next, StringComparison.Ordinal);
        var first = page.GetProperty("value")[0];
        Assert.Equal(["@odata.etag", "subject", "id"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("HDS/23/1109 intention form 12", first.GetProperty("subject").GetString()); // newest first by default
    }

    [Fact]
    public async Task The_mailbox_answers_by_address_or_user_id_and_me_needs_delegated_auth()
    {
        await using var simulator = await GraphSimulator.StartAsync();
        using var http = new HttpClient();

        var byId = JsonDocument.Parse(await http.GetStringAsync($"{simulator.BaseUrl}/users/{simulator.MailboxUserId.ToUpperInvariant()}")).RootElement;
        var byAddress = JsonDocument.Parse(await http.GetStringAsync($"{simulator.BaseUrl}/users/HSServiceDesk@HKEX.com.hk")).RootElement;
        using var me = await http.GetAsync($"{simulator.BaseUrl}/me/messages");

        Assert.Equal(simulator.MailboxUserId, byId.GetProperty("id").GetString());
        Assert.Equal("hsservicedesk@hkex.com.hk", byAddress.GetProperty("mail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, me.StatusCode);
        Assert.Equal(3, simulator.Counters.Requests);
    }

    [Fact]
    public async Task Prefer_text_body_and_selected_internet_headers_come_back_as_Graph_sends_them()
    {
        await using var simulator = await Sdk.StartWith(1);
        var client = Sdk.Client(simulator);

        var message = await client.Users[simulator.Mailbox].Messages[simulator.Messages[0].Id].GetAsync(rc =>
        {
            rc.QueryParameters.Select = ["body", "internetMessageHeaders", "subject"];
            rc.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
        });

        Assert.Equal(Microsoft.Graph.Models.BodyType.Text, message!.Body!.ContentType);
        Assert.Equal("Please find our form 1 attached.", message.Body.Content!.Trim());
        Assert.Contains(message.InternetMessageHeaders!, h => h.Name == "Message-Id" && h.Value == "<form-1@acme-securities.example>");
        Assert.Null(message.ReceivedDateTime);
    }
}
