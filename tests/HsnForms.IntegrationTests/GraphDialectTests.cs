using System.Text.Json;
using HsnForms.GraphSimulator;
using HsnForms.Intake.Mail.Graph;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using MimeKit.Utils;
using static HsnForms.IntegrationTests.IntakeHarness;

namespace HsnForms.IntegrationTests;

/// <summary>
/// Intake against Graph endpoints that speak legitimate variants of Graph's wire format (another simulator, a
/// recorded tenant): each variant is one of the simulator's dialect options or faults.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GraphDialectTests(Azurite azurite)
{
    private const string Circular = "HDS/23/1109";

    private static async Task<(IntakeHarness Harness, GraphSimulator.GraphSimulator Graph)> StartAsync(Azurite azurite, GraphSimulatorOptions options)
    {
        var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        await h.ImportCircularAsync();
        return (h, await GraphSimulator.GraphSimulator.StartAsync(options));
    }

    private static GraphMailbox Mailbox(IntakeHarness h, GraphSimulator.GraphSimulator graph, int maxHeldBackCycles = 6)
    {
        var options = new GraphOptions { BaseUrl = graph.BaseUrl.ToString(), Mailbox = graph.Mailbox, PageSize = 10, MaxHeldBackCycles = maxHeldBackCycles };
        return new GraphMailbox(GraphClients.Create(options), options, h.Get<MailboxSyncState>(), TimeProvider.System, NullLogger<GraphMailbox>.Instance);
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return buffer.ToArray();
    }

    private static readonly byte[] s_jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9];

    /// <summary>Apple Mail's layout: the form and a photo of the signed copy both inline, nothing "attached"; Graph says hasAttachments false.</summary>
    private static byte[] AppleMailInline(DateTimeOffset received)
    {
        var message = Message("apple", "tm.chan@acme.com.hk", "Intention form", received);
        var mixed = new Multipart("mixed") { new TextPart("plain") { Text = "Our form, and the signed copy as a photo." } };
        foreach (var (name, type, content) in new[] { ("Intention.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Asset("forms/libreoffice/intention-acme.docx")), ("IMG_0412.jpg", "image/jpeg", s_jpeg) })
        {
            mixed.Add(new MimePart(ContentType.Parse(type))
            {
                Content = new MimeContent(new MemoryStream(content)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Inline) { FileName = name },
                ContentTransferEncoding = ContentEncoding.Base64,
            });
        }

        message.Body = mixed;
        return Bytes(message);
    }

    /// <summary>Outlook's layout: an HTML body showing a signature logo (inline, by Content-ID) and the form attached.</summary>
    private static byte[] OutlookWithLogo(DateTimeOffset received)
    {
        var message = Message("outlook", "meiling.ho@vpfutures.com.hk", "Result form", received);
        var body = new BodyBuilder();
        var logo = body.LinkedResources.Add("image001.png", s_jpeg, ContentType.Parse("image/png"));
        logo.ContentId = MimeUtils.GenerateMessageId();
        body.HtmlBody = $"<p>Our result form is attached.</p><img src=\"cid:{logo.ContentId}\">";
        body.Attachments.Add("Result.docx", Asset("forms/libreoffice/result-victoria-words.docx"));
        message.Body = body.ToMessageBody();
        return Bytes(message);
    }

    [Theory]
    [InlineData(ExpandSupport.Honoured)]
    [InlineData(ExpandSupport.Ignored)]
    [InlineData(ExpandSupport.Rejected)]
    public async Task Inline_forms_are_recorded_and_signature_logos_kept_out_of_review_whether_delta_expands_attachments_or_not(ExpandSupport expand)
    {
        var (h, graph) = await StartAsync(azurite, new GraphSimulatorOptions { DeltaExpand = expand });
        await using var _ = h;
        await using var __ = graph;
        graph.AddMessage(AppleMailInline(Hkt(24, 9, 0)), Hkt(24, 9, 0));
        graph.AddMessage(OutlookWithLogo(Hkt(27, 9, 0)), Hkt(27, 9, 0));

        var summary = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);

        Assert.Equal(2, summary.Recorded);
        var review = await h.Get<ReviewStore>().ListAsync(Circular, CancellationToken.None);
        var photo = Assert.Single(review);
        Assert.Equal("IMG_0412.jpg", photo.AttachmentName);

        // The delta position is kept either way: the next cycle reads only what arrived since.
        graph.AddMessage(Bytes(Message("later", "tm.chan@acme.com.hk", "Result form", Hkt(27, 10, 0), ("result.docx", Asset("forms/libreoffice/result-acme.docx")))), Hkt(27, 10, 0));
        var next = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);
        Assert.Equal(1, next.Messages);
        Assert.Equal(1, next.Recorded);
    }

    [Fact]
    public async Task Large_files_listed_without_contentBytes_or_size_are_fetched_and_recorded()
    {
        var (h, graph) = await StartAsync(azurite, new GraphSimulatorOptions { ContentBytesLimit = 0, OmitAttachmentSize = true });
        await using var _ = h;
        await using var __ = graph;
        graph.AddMessage(Bytes(Message("big", "tm.chan@acme.com.hk", "Intention", Hkt(24, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")))), Hkt(24, 9, 0));

        var summary = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);

        Assert.Equal(1, summary.Recorded);
        Assert.Equal(0, summary.Review);
        Assert.Equal(1, graph.Counters.For("GET attachment $value"));
    }

    [Fact]
    public async Task Repeated_entries_fractional_times_and_batch_MIME_as_plain_text_out_of_order_record_each_message_once_at_its_time()
    {
        var (h, graph) = await StartAsync(azurite, new GraphSimulatorOptions
        {
            RepeatDeltaEntries = true, FractionalTimestamps = true, BatchBinaryBodies = BatchBinaryBody.PlainText, ReverseBatchResponses = true,
        });
        await using var _ = h;
        await using var __ = graph;
        graph.AddMessage(Bytes(Message("a", "tm.chan@acme.com.hk", "Intention", Hkt(24, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")))), Hkt(24, 9, 0));

        // No From, only Sender; no Subject.
        var sent = Message("b", "meiling.ho@vpfutures.com.hk", "", Hkt(27, 9, 30), ("b.docx", Asset("forms/libreoffice/result-victoria-words.docx")));
        sent.Sender = (MailboxAddress)sent.From[0];
        sent.From.Clear();
        sent.Headers.Remove(HeaderId.Subject);
        graph.AddMessage(Bytes(sent), Hkt(27, 9, 30));

        var summary = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);

        Assert.Equal(2, summary.Messages);
        Assert.Equal(2, summary.Recorded);
        Assert.Equal(0, summary.Duplicates);
        Assert.Equal(2, graph.Sent.Count);
        var submissions = await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None);
        Assert.Equal(Hkt(24, 9, 0), submissions.Single(s => s.AttachmentName == "a.docx").ReceivedAt);
        Assert.Equal(Hkt(27, 9, 30), submissions.Single(s => s.AttachmentName == "b.docx").ReceivedAt);
        Assert.Equal(2, graph.Messages.Count(m => m.Categories.Contains("HSN Forms: recorded")));
    }

    [Fact]
    public async Task Batch_answers_without_the_MIME_body_still_record_the_forms()
    {
        var (h, graph) = await StartAsync(azurite, new GraphSimulatorOptions { BatchBinaryBodies = BatchBinaryBody.Absent, DeltaExpand = ExpandSupport.Ignored });
        await using var _ = h;
        await using var __ = graph;
        graph.AddMessage(Bytes(Message("a", "tm.chan@acme.com.hk", "Intention", Hkt(24, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")))), Hkt(24, 9, 0));

        var summary = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);

        Assert.Equal(1, summary.Recorded);
    }

    [Fact]
    public async Task An_attachment_gone_before_it_is_read_is_taken_from_the_message_MIME_or_else_kept_for_review_and_the_cycle_goes_on()
    {
        var (h, graph) = await StartAsync(azurite, new GraphSimulatorOptions { ContentBytesLimit = 0 });
        await using var _ = h;
        await using var __ = graph;
        graph.AddMessage(Bytes(Message("a", "tm.chan@acme.com.hk", "Intention", Hkt(24, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")))), Hkt(24, 9, 0));
        graph.AddMessage(Bytes(Message("b", "meiling.ho@vpfutures.com.hk", "Result", Hkt(27, 9, 0), ("b.docx", Asset("forms/libreoffice/result-victoria-words.docx")))), Hkt(27, 9, 0));
        var second = graph.Messages[1].Id;
        graph.Faults.FailWhen(r => r.Route == "GET attachment $value", 404, count: 2);
        graph.Faults.FailWhen(r => r.Route == "GET message $value" && r.Path.Contains(second, StringComparison.Ordinal), 404);

        var summary = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);

        // The first from its MIME; the second had no MIME either: its file waits for review, named.
        Assert.Equal(2, summary.Messages);
        Assert.Equal(1, summary.Recorded);
        var review = Assert.Single(await h.Get<ReviewStore>().ListAsync(null, CancellationToken.None));
        Assert.Equal((ReviewReasons.Unavailable, "b.docx"), (review.Reason, review.AttachmentName));
    }

    [Fact]
    public async Task An_attachment_that_fails_for_a_passing_reason_is_read_again_next_cycle()
    {
        var (h, graph) = await StartAsync(azurite, new GraphSimulatorOptions { ContentBytesLimit = 0 });
        await using var _ = h;
        await using var __ = graph;
        graph.AddMessage(Bytes(Message("a", "tm.chan@acme.com.hk", "Intention", Hkt(24, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")))), Hkt(24, 9, 0));
        graph.Faults.FailWhen(r => r.Route == "GET message $value", 500);
        graph.Faults.FailWhen(r => r.Route == "GET attachment $value", 500);

        var first = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);
        var again = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);

        Assert.Equal(0, first.Recorded);
        Assert.Equal(1, again.Recorded);
        Assert.Equal(0, again.Review);
    }

    [Fact]
    public async Task A_file_Graph_keeps_failing_to_give_goes_to_review_after_the_allowed_cycles_and_the_mail_behind_it_is_taken()
    {
        var (h, graph) = await StartAsync(azurite, new GraphSimulatorOptions { ContentBytesLimit = 0 });
        await using var _ = h;
        await using var __ = graph;
        graph.AddMessage(Bytes(Message("a", "tm.chan@acme.com.hk", "Intention", Hkt(24, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")))), Hkt(24, 9, 0));
        graph.AddMessage(Bytes(Message("b", "meiling.ho@vpfutures.com.hk", "Result", Hkt(27, 9, 0), ("b.docx", Asset("forms/libreoffice/result-victoria-words.docx")))), Hkt(27, 9, 0));
        var stuck = graph.Messages[0].Id;
        graph.Faults.FailWhen(r => r.Route == "GET message $value" && r.Path.Contains(stuck, StringComparison.Ordinal), 500, count: 1000);
        graph.Faults.FailWhen(r => r.Route == "GET attachment $value" && r.Path.Contains(stuck, StringComparison.Ordinal), 500, count: 1000);

        var cycles = new List<Intake.Pipeline.CycleSummary>();
        for (var cycle = 0; cycle < 3; cycle++)
        {
            cycles.Add(await h.Pipeline.RunCycleAsync(Mailbox(h, graph, maxHeldBackCycles: 2), null, CancellationToken.None));
        }

        // Held back once, then given up on: the file waits for review and the position moves on.
        Assert.Equal([1, 0, 0], cycles.Select(c => c.Recorded));
        Assert.Equal([0, 1, 0], cycles.Select(c => c.Review));
        var review = Assert.Single(await h.Get<ReviewStore>().ListAsync(null, CancellationToken.None));
        Assert.Equal((ReviewReasons.Unavailable, "a.docx"), (review.Reason, review.AttachmentName));
        var position = await h.Get<MailboxSyncState>().GetAsync(Mailbox(h, graph).Name, CancellationToken.None);
        Assert.NotNull(position.DeltaLink);
        Assert.Equal(0, position.HeldBack);
    }

    [Fact]
    public async Task A_whole_batch_refused_with_503_and_Retry_After_is_sent_again_and_the_sender_is_answered()
    {
        var (h, graph) = await StartAsync(azurite, new GraphSimulatorOptions());
        await using var _ = h;
        await using var __ = graph;
        graph.AddMessage(Bytes(Message("a", "tm.chan@acme.com.hk", "Intention", Hkt(24, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")))), Hkt(24, 9, 0));
        var batches = 0;
        graph.Faults.FailWhen(r => r.IsBatch && Interlocked.Increment(ref batches) == 2, 503);

        var summary = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);

        Assert.Equal(1, summary.Acknowledged);
        Assert.Single(graph.Sent);
    }
}
