using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using MimeKit;

namespace HsnForms.GraphSimulator.Tests;

/// <summary>Attachments as Graph models them, and their raw $value.</summary>
public sealed class AttachmentTests
{
    /// <summary>The SDK has no builder for attachments/{id}/$value: build the request on the adapter.</summary>
    private static Task<Stream?> DownloadValueAsync(GraphServiceClient client, GraphSimulator simulator, string messageId, string attachmentId)
    {
        var request = new RequestInformation
        {
            HttpMethod = Method.GET,
            URI = new Uri($"{simulator.BaseUrl}/users/{Uri.EscapeDataString(simulator.Mailbox)}/messages/{messageId}/attachments/{attachmentId}/$value"),
        };
        return client.RequestAdapter.SendPrimitiveAsync<Stream>(request);
    }

    private static async Task<byte[]> ReadAllAsync(Stream? stream)
    {
        Assert.NotNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public async Task MIME_parts_become_file_item_and_reference_attachments()
    {
        await using var simulator = await GraphSimulator.StartAsync();
        var added = simulator.AddMessage(TestMail.Mixed(), TestMail.Start);
        var client = Sdk.Client(simulator);

        Assert.Equal([SimulatedAttachmentKind.File, SimulatedAttachmentKind.Item, SimulatedAttachmentKind.Reference], added.Attachments.Select(a => a.Kind));
        Assert.Equal(["intention.docx", "Result form for HDS/23/1109", "intention.docx"], added.Attachments.Select(a => a.Name));

        var list = await client.Users[simulator.Mailbox].Messages[added.Id].Attachments.GetAsync();
        Assert.Equal(3, list!.Value!.Count);
        var file = Assert.IsType<FileAttachment>(list.Value[0]);
        Assert.Equal(TestMail.FakeOffice("intention.docx"), file.ContentBytes);
        Assert.Equal(file.ContentBytes!.Length, file.Size);
        Assert.False(file.IsInline);
        var item = Assert.IsType<ItemAttachment>(list.Value[1]);
        Assert.Equal("message/rfc822", item.ContentType);
        Assert.True(item.Size > 0);
        var reference = Assert.IsType<ReferenceAttachment>(list.Value[2]);
        Assert.Equal(0, reference.Size);
        Assert.Equal("https://acme.sharepoint.example/intention.docx", reference.AdditionalData["sourceUrl"]);

        var message = await client.Users[simulator.Mailbox].Messages[added.Id].GetAsync(rc => rc.QueryParameters.Expand = ["attachments"]);
        Assert.Equal(3, message!.Attachments!.Count);
        Assert.Equal(["compliance@acme-securities.example"], message.CcRecipients!.Select(r => r.EmailAddress!.Address));
        Assert.Contains("<b>Beta</b>", message.Body!.Content, StringComparison.Ordinal);
        Assert.StartsWith("Forwarding Beta's form", message.BodyPreview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_attachment_value_is_its_raw_bytes_downloaded_through_the_request_adapter()
    {
        await using var simulator = await GraphSimulator.StartAsync();
        var added = simulator.AddMessage(TestMail.Form(1, "result-acme.xlsx"), TestMail.Start);
        var client = Sdk.Client(simulator);

        var bytes = await ReadAllAsync(await DownloadValueAsync(client, simulator, added.Id, added.Attachments[0].Id));

        Assert.Equal(TestMail.FakeOffice("result-acme.xlsx"), bytes);
        Assert.Equal(1, simulator.Counters.For("GET attachment $value"));
    }

    [Fact]
    public async Task An_item_attachment_value_is_the_forwarded_message_as_MIME_and_expand_item_shows_it()
    {
        await using var simulator = await GraphSimulator.StartAsync();
        var added = simulator.AddMessage(TestMail.Mixed(), TestMail.Start);
        var client = Sdk.Client(simulator);
        var itemId = added.Attachments[1].Id;

        var mime = await ReadAllAsync(await DownloadValueAsync(client, simulator, added.Id, itemId));
        using var stream = new MemoryStream(mime);
        var forwarded = await MimeMessage.LoadAsync(stream);
        Assert.Equal("Result form for HDS/23/1109", forwarded.Subject);
        Assert.Equal("result.xlsx", Assert.Single(forwarded.Attachments).ContentDisposition?.FileName);

        var expanded = await client.Users[simulator.Mailbox].Messages[added.Id].Attachments[itemId].GetAsync(rc => rc.QueryParameters.Expand = ["microsoft.graph.itemattachment/item"]);
        var item = Assert.IsType<ItemAttachment>(expanded);
        var inner = Assert.IsType<Message>(item.Item);
        Assert.Equal("it@beta-broker.example", inner.From!.EmailAddress!.Address);
        Assert.True(inner.HasAttachments);

        // The whole message's MIME through the SDK's own $value builder.
        using var whole = new MemoryStream(await ReadAllAsync(await client.Users[simulator.Mailbox].Messages[added.Id].Content.GetAsync()));
        Assert.Equal("FW: Result form for HDS/23/1109", (await MimeMessage.LoadAsync(whole)).Subject);
    }

    [Fact]
    public async Task A_reference_attachment_value_answers_405_as_Graph_documents()
    {
        await using var simulator = await GraphSimulator.StartAsync();
        var added = simulator.AddMessage(TestMail.Mixed(), TestMail.Start);
        var client = Sdk.Client(simulator);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => DownloadValueAsync(client, simulator, added.Id, added.Attachments[2].Id));

        Assert.Equal(405, error.ResponseStatusCode);
    }

    [Fact]
    public async Task Unknown_ids_answer_404_ErrorItemNotFound_and_garbage_ids_400_ErrorInvalidIdMalformed()
    {
        await using var simulator = await GraphSimulator.StartAsync();
        var added = simulator.AddMessage(TestMail.Form(1), TestMail.Start);
        var client = Sdk.Client(simulator);
        await client.Users[simulator.Mailbox].Messages[added.Id].DeleteAsync();
        await client.Users[simulator.Mailbox].Messages[added.Id].DeleteAsync(); // from Deleted Items: gone for good

        var missing = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].Messages[added.Id].GetAsync());
        Assert.Equal(404, missing.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", missing.Error!.Code);
        Assert.False(string.IsNullOrEmpty(missing.Error.InnerError!.RequestId));

        var malformed = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].Messages["not-an-id"].GetAsync());
        Assert.Equal(400, malformed.ResponseStatusCode);
        Assert.Equal("ErrorInvalidIdMalformed", malformed.Error!.Code);

        var user = await Assert.ThrowsAsync<ODataError>(() => client.Users["someone@else.example"].Messages.GetAsync());
        Assert.Equal("ErrorInvalidUser", user.Error!.Code);
    }
}
