using HsnForms.GraphSimulator;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Mail.Graph;
using HsnForms.Intake.Pipeline;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using static HsnForms.IntegrationTests.IntakeHarness;

namespace HsnForms.IntegrationTests;

/// <summary>The intake pipeline reading the mailbox through the real Graph SDK, against the loopback simulator and Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class GraphIntakeTests(Azurite azurite)
{
    private static async Task<(IntakeHarness Harness, GraphSimulator.GraphSimulator Graph)> StartAsync(Azurite azurite)
    {
        var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        await h.ImportCircularAsync();
        var graph = await GraphSimulator.GraphSimulator.StartAsync(new GraphSimulatorOptions { DefaultPageSize = 10 });
        return (h, graph);
    }

    private static GraphMailbox Mailbox(IntakeHarness h, GraphSimulator.GraphSimulator graph, string action = "category", int pageSize = 10)
    {
        var options = new GraphOptions { BaseUrl = graph.BaseUrl.ToString(), Mailbox = graph.Mailbox, ProcessedAction = action, PageSize = pageSize };
        return new GraphMailbox(GraphClients.Create(options), options, h.Get<MailboxSyncState>(), TimeProvider.System, NullLogger<GraphMailbox>.Instance);
    }

    /// <summary>Every .eml of the folder case set, delivered to the Graph mailbox at the time its Received header says.</summary>
    private static void Deliver(IntakeHarness h, GraphSimulator.GraphSimulator graph)
    {
        FolderIntakeTests.WriteEveryCase(h);
        foreach (var file in Directory.GetFiles(h.MailFolder, "*.eml").Order(StringComparer.Ordinal))
        {
            var message = MimeMessage.Load(file);
            if (message.Headers["X-Reference-Attachment"] is { } reference)
            {
                message.Headers.Add("X-Simulator-Reference-Attachment", reference);
            }

            using var buffer = new MemoryStream();
            message.WriteTo(buffer);
            graph.AddMessage(buffer.ToArray(), MimeMail.ReceivedAt(message));
        }
    }

    [Fact]
    public async Task Every_case_through_Graph_is_recorded_once_answered_and_marked_in_few_requests()
    {
        var (h, graph) = await StartAsync(azurite);
        await using var _ = h;
        await using var __ = graph;
        Deliver(h, graph);

        // The production page size (50): small pages (the other tests) exercise paging instead.
        var summary = await h.Pipeline.RunCycleAsync(Mailbox(h, graph, pageSize: new GraphOptions().PageSize), null, CancellationToken.None);

        Assert.Equal(13, summary.Messages);
        Assert.Equal(5, summary.Recorded);
        Assert.Equal(2, summary.Duplicates);
        Assert.Equal(5, summary.Review);
        Assert.Equal(1, summary.Untouched);
        var reviewed = await h.Get<ReviewStore>().ListAsync("HDS/23/1109", CancellationToken.None);
        Assert.Contains(reviewed, r => r.Reason == "cloud_link");

        // Each taken message answered once, in its thread, as an automatic reply; the one with no form and no circular
        // left alone; the stranger not answered, as nothing in its mail confirmed who sent it.
        Assert.Equal(10, graph.Sent.Count(s => s.InReplyTo is not null));
        Assert.All(graph.Sent, s => Assert.Equal("auto-replied", s.Header("Auto-Submitted")));
        Assert.DoesNotContain(graph.Sent, s => s.To.Any(t => t.Address == "someone@gmail.example"));
        Assert.Equal(1, summary.Unanswered);
        var untouched = graph.Messages.Single(m => m.Subject == "Lunch on Friday?");
        Assert.Empty(untouched.Categories);
        Assert.Equal(12, graph.Messages.Count(m => m.Categories.Contains("HSN Forms: recorded")));

        // The forwarded message's form was read through the item's MIME.
        Assert.Contains((await h.Get<SubmissionStore>().ListAsync("HDS/23/1109", CancellationToken.None)), s => s.AttachmentName.Contains(" / ", StringComparison.Ordinal));

        Assert.True(graph.Counters.Requests <= 0.5 * summary.Messages, $"{graph.Counters.Requests} requests for {summary.Messages} messages");
        Assert.True(graph.Counters.PeakConcurrency <= 4, $"peak {graph.Counters.PeakConcurrency}");

        // The next cycle sees only what arrived since.
        var quiet = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);
        Assert.Equal(0, quiet.Messages);
        graph.AddMessage(Bytes(Message("later", "tm.chan@acme.com.hk", "Result form", Hkt(27, 10, 0), ("result.docx", Asset("forms/libreoffice/result-acme.docx")))), Hkt(27, 10, 0));
        var later = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);
        Assert.Equal(1, later.Messages);
        Assert.Equal(1, later.Recorded);
    }

    [Fact]
    public async Task Throttling_mid_cycle_is_waited_out_whole_requests_and_batch_parts_alike()
    {
        var (h, graph) = await StartAsync(azurite);
        await using var _ = h;
        await using var __ = graph;
        Deliver(h, graph);
        graph.Faults.ThrottleWhen(r => r.Route == "GET delta", 1, TimeSpan.FromSeconds(1));
        graph.Faults.ThrottleWhen(r => r.IsBatchPart && r.Route == "POST reply", 3, TimeSpan.FromSeconds(1));

        var summary = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);

        Assert.Equal(5, summary.Recorded);
        Assert.Equal(4, graph.Counters.Throttled);
        Assert.Equal(10, graph.Sent.Count(s => s.InReplyTo is not null));
        Assert.True(graph.Counters.PeakConcurrency <= 4);
    }

    [Fact]
    public async Task An_expired_delta_token_recovers_without_missing_or_repeating_a_message()
    {
        var (h, graph) = await StartAsync(azurite);
        await using var _ = h;
        await using var __ = graph;
        Deliver(h, graph);
        await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);
        var replies = graph.Sent.Count;

        graph.Faults.ExpireDeltaTokens();
        graph.AddMessage(Bytes(Message("after-expiry", "meiling.ho@vpfutures.com.hk", "Result", Hkt(28, 9, 0), ("r.docx", Asset("forms/wordxml/result-checkbox-controls.docx")))), Hkt(28, 9, 0));
        var recovered = await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None);

        Assert.Equal(1, recovered.Recorded);
        Assert.Equal(0, recovered.Review);
        Assert.Equal(replies + 1, graph.Sent.Count);

        // The new delta link works: the cycle after sees nothing new.
        Assert.Equal(0, (await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None)).Messages);
    }

    [Fact]
    public async Task Two_pollers_at_once_record_everything_once_and_neither_winds_the_other_back()
    {
        var (h, graph) = await StartAsync(azurite);
        await using var _ = h;
        await using var __ = graph;
        Deliver(h, graph);

        var cycles = await Task.WhenAll(
            h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None),
            h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None));

        Assert.Equal(5, cycles.Sum(c => c.Recorded));
        Assert.Equal(5, (await h.Get<SubmissionStore>().ListAsync("HDS/23/1109", CancellationToken.None)).Count);
        Assert.Equal(0, (await h.Pipeline.RunCycleAsync(Mailbox(h, graph), null, CancellationToken.None)).Recorded);
    }

    [Fact]
    public async Task Taken_messages_can_be_moved_to_a_folder_instead_of_categorised()
    {
        var (h, graph) = await StartAsync(azurite);
        await using var _ = h;
        await using var __ = graph;
        graph.AddMessage(Bytes(Message("one", "tm.chan@acme.com.hk", "Intention", Hkt(24, 9, 0), ("a.docx", Asset("forms/libreoffice/intention-acme.docx")))), Hkt(24, 9, 0));

        await h.Pipeline.RunCycleAsync(Mailbox(h, graph, action: "move"), null, CancellationToken.None);

        var moved = graph.Messages.Single(m => m.Subject == "Intention");
        Assert.Equal(graph.GetFolderId("HSN Forms processed"), moved.FolderId);
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>hsnforms ingest against a Graph endpoint given only by settings, as outside checks run it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class GraphCliTests(Azurite azurite)
{
    private static Task<(int Exit, string Out, string Err)> IngestAsync(IntakeHarness h, GraphSimulator.GraphSimulator graph) =>
        h.RunCliAsync(new Dictionary<string, string?> { ["Graph:BaseUrl"] = graph.BaseUrl.ToString(), ["Graph:Mailbox"] = graph.Mailbox }, "ingest", "--json");

    private static async Task<(IntakeHarness, GraphSimulator.GraphSimulator)> StartAsync(Azurite azurite)
    {
        var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        await h.ImportCircularAsync();
        var graph = await GraphSimulator.GraphSimulator.StartAsync();
        foreach (var (name, from, day) in new[] { ("a", "tm.chan@acme.com.hk", 24), ("b", "meiling.ho@vpfutures.com.hk", 27) })
        {
            using var buffer = new MemoryStream();
            Message(name, from, "form", Hkt(day, 9, 0), ($"{name}.docx", Asset(name == "a" ? "forms/libreoffice/intention-acme.docx" : "forms/libreoffice/result-victoria-words.docx"))).WriteTo(buffer);
            graph.AddMessage(buffer.ToArray(), Hkt(day, 9, 0));
        }

        return (h, graph);
    }

    [Fact]
    public async Task Ingest_reads_the_Graph_mailbox_of_the_settings()
    {
        var (h, graph) = await StartAsync(azurite);
        await using var _ = h;
        await using var __ = graph;

        var (exit, output, error) = await IngestAsync(h, graph);

        Assert.True(exit == 0, error);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("recorded").GetInt32());
        Assert.Equal(2, graph.Sent.Count);
    }

    [Fact]
    public async Task An_endpoint_without_delta_queries_is_read_by_received_time_and_nothing_is_taken_twice()
    {
        var (h, graph) = await StartAsync(azurite);
        await using var _ = h;
        await using var __ = graph;
        graph.Faults.FailWhen(r => r.Route == "GET delta", 501, count: 100);

        var first = await IngestAsync(h, graph);
        var second = await IngestAsync(h, graph);

        Assert.True(first.Exit == 0, first.Err);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(first.Out).RootElement.GetProperty("recorded").GetInt32());
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(second.Out).RootElement.GetProperty("recorded").GetInt32());
        Assert.Equal(2, graph.Sent.Count);
    }

    [Fact]
    public async Task Replies_the_mailbox_refuses_are_sent_next_cycle_and_the_records_stand()
    {
        var (h, graph) = await StartAsync(azurite);
        await using var _ = h;
        await using var __ = graph;
        graph.Faults.FailWhen(r => r.Route == "POST reply", 403, count: 2);

        var refused = await IngestAsync(h, graph);
        var retried = await IngestAsync(h, graph);

        Assert.True(refused.Exit == 0, refused.Err);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(refused.Out).RootElement.GetProperty("recorded").GetInt32());
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(refused.Out).RootElement.GetProperty("acknowledged").GetInt32());
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(retried.Out).RootElement.GetProperty("recorded").GetInt32());
        Assert.Equal(2, graph.Sent.Count);
    }
}
