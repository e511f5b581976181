using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Messages.Item.Reply;
using Microsoft.Graph.Users.Item.SendMail;

namespace HsnForms.GraphSimulator.Tests;

/// <summary>Replies and new mail are captured, not delivered.</summary>
public sealed class SendTests
{
    [Fact]
    public async Task SendMail_and_reply_are_captured_in_Sent_with_recipients_subject_body_and_attachments()
    {
        await using var simulator = await Sdk.StartWith(1);
        var client = Sdk.Client(simulator);
        var original = simulator.Messages[0];

        await client.Users[simulator.Mailbox].SendMail.PostAsync(new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = "HDS/23/1109 reminder",
                Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>Please return the form.</p>" },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "ops@acme-securities.example", Name = "Acme Ops" } }],
                CcRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "compliance@acme-securities.example" } }],
                Attachments = [new FileAttachment { Name = "intention.docx", ContentType = TestMail.DocxType, ContentBytes = TestMail.FakeOffice("blank") }],
            },
            SaveToSentItems = false,
        });
        await client.Users[simulator.Mailbox].Messages[original.Id].Reply.PostAsync(new ReplyPostRequestBody { Comment = "<p>Received, thank you.</p>" });

        Assert.Equal(2, simulator.Sent.Count);
        var mail = simulator.Sent[0];
        Assert.Equal(SentMailKind.SendMail, mail.Kind);
        Assert.Null(mail.InReplyTo);
        Assert.Equal("HDS/23/1109 reminder", mail.Subject);
        Assert.Equal(["ops@acme-securities.example"], mail.To.Select(a => a.Address));
        Assert.Equal("Acme Ops", mail.To[0].Name);
        Assert.Equal(["compliance@acme-securities.example"], mail.Cc.Select(a => a.Address));
        Assert.Equal("<p>Please return the form.</p>", mail.HtmlBody);
        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal(("intention.docx", TestMail.DocxType), (attachment.Name, attachment.ContentType));
        Assert.Equal(TestMail.FakeOffice("blank"), attachment.Bytes);
        Assert.False(mail.SavedToSentItems);

        var reply = simulator.Sent[1];
        Assert.Equal(SentMailKind.Reply, reply.Kind);
        Assert.Equal(original.Id, reply.InReplyTo);
        Assert.Equal(["ops@acme-securities.example"], reply.To.Select(a => a.Address));
        Assert.Equal("RE: HDS/23/1109 intention form 1", reply.Subject);
        Assert.Equal("<p>Received, thank you.</p>", reply.HtmlBody);
        Assert.True(reply.SavedToSentItems);
        Assert.Equal(simulator.GetFolderId("sentitems"), simulator.Messages.Single(m => m.Id == reply.SentItemId).FolderId);
    }

    [Fact]
    public async Task CreateReply_then_PATCH_then_send_is_captured_as_a_reply_to_the_original()
    {
        await using var simulator = await Sdk.StartWith(1);
        var client = Sdk.Client(simulator);
        var original = simulator.Messages[0];

        var draft = await client.Users[simulator.Mailbox].Messages[original.Id].CreateReply.PostAsync(new());
        Assert.True(draft!.IsDraft);
        Assert.Equal(simulator.GetFolderId("drafts"), draft.ParentFolderId);
        await client.Users[simulator.Mailbox].Messages[draft.Id].PatchAsync(new Message
        {
            Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>Your form is incomplete.</p>" },
        });
        await client.Users[simulator.Mailbox].Messages[draft.Id].Attachments.PostAsync(new FileAttachment { Name = "problems.xlsx", ContentBytes = TestMail.FakeOffice("problems") });
        await client.Users[simulator.Mailbox].Messages[draft.Id].Send.PostAsync();

        var sent = Assert.Single(simulator.Sent);
        Assert.Equal(SentMailKind.SendDraft, sent.Kind);
        Assert.Equal(original.Id, sent.InReplyTo);
        Assert.Equal("RE: HDS/23/1109 intention form 1", sent.Subject);
        Assert.Equal("<p>Your form is incomplete.</p>", sent.HtmlBody);
        Assert.Equal(TestMail.XlsxType, Assert.Single(sent.Attachments).ContentType);
        Assert.Equal(simulator.GetFolderId("sentitems"), simulator.Messages.Single(m => m.Id == draft.Id).FolderId);
    }

    [Fact]
    public async Task Sending_with_no_recipients_or_both_comment_and_body_is_refused_like_Graph()
    {
        await using var simulator = await Sdk.StartWith(1);
        var client = Sdk.Client(simulator);

        var noRecipients = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].SendMail.PostAsync(new SendMailPostRequestBody
        {
            Message = new Message { Subject = "x", Body = new ItemBody { Content = "x" } },
        }));
        Assert.Equal("ErrorInvalidRecipients", noRecipients.Error!.Code);

        var both = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].Messages[simulator.Messages[0].Id].Reply.PostAsync(new ReplyPostRequestBody
        {
            Comment = "a",
            Message = new Message { Body = new ItemBody { Content = "b" } },
        }));
        Assert.Equal(400, both.ResponseStatusCode);
        Assert.Empty(simulator.Sent);
    }

    [Fact]
    public async Task A_message_in_mime_form_is_sent_with_every_header_it_carries_and_json_takes_only_x_headers()
    {
        await using var simulator = await Sdk.StartWith(1);
        var client = Sdk.Client(simulator);
        var original = simulator.Messages[0];
        var mime = new MimeKit.MimeMessage { Subject = "RE: HDS/23/1109 intention form 1" };
        mime.From.Add(new MimeKit.MailboxAddress("Desk", simulator.Mailbox));
        mime.To.Add(new MimeKit.MailboxAddress("", "ops@acme-securities.example"));
        mime.Headers.Add("Auto-Submitted", "auto-replied");
        mime.Body = new MimeKit.TextPart("html") { Text = "<p>Received.</p>" };
        using var buffer = new MemoryStream();
        mime.WriteTo(buffer);

        // Graph's MIME form: the base64 of the message, as a text/plain body.
        var request = new Microsoft.Kiota.Abstractions.RequestInformation
        {
            HttpMethod = Microsoft.Kiota.Abstractions.Method.POST,
            URI = new Uri($"{simulator.BaseUrl}/users/{simulator.Mailbox}/messages/{original.Id}/reply"),
        };
        request.SetStreamContent(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(buffer.ToArray()))), "text/plain");
        await client.RequestAdapter.SendNoContentAsync(request);

        var reply = Assert.Single(simulator.Sent);
        Assert.Equal((SentMailKind.Reply, original.Id), (reply.Kind, reply.InReplyTo));
        Assert.Equal("auto-replied", reply.Header("Auto-Submitted"));
        Assert.Equal(["ops@acme-securities.example"], reply.To.Select(a => a.Address));
        Assert.Equal("<p>Received.</p>", reply.HtmlBody.TrimEnd());

        var refused = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].SendMail.PostAsync(new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = "x",
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "ops@acme-securities.example" } }],
                InternetMessageHeaders = [new InternetMessageHeader { Name = "Auto-Submitted", Value = "auto-generated" }],
            },
        }));
        Assert.Equal("InvalidInternetMessageHeader", refused.Error?.Code);
    }

    [Fact]
    public async Task A_delta_page_gives_each_messages_own_headers_when_they_are_selected()
    {
        await using var simulator = await Sdk.StartWith(2);
        var client = Sdk.Client(simulator);

        var page = await client.Users[simulator.Mailbox].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(r => r.QueryParameters.Select = ["subject", "internetMessageHeaders"]);

        Assert.All(page!.Value!, m => Assert.Contains(m.InternetMessageHeaders!, h => h.Name == "Subject" && h.Value == m.Subject));
    }
}
