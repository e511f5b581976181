using System.Text.Json;
using HsnForms.GraphSimulator;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Mail.Graph;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace HsnForms.IntegrationTests;

/// <summary>
/// tests/assets/mail-screening, mail written as Exchange Online, Gmail, Postfix, Mailman and Google Groups
/// write it, through a folder mailbox and through the Graph simulator, checked message by message against
/// its expected.json: forged and unconfirmed senders held and counted for nobody, machines never answered,
/// bounces of our own mail marking the registered address instead of counting as forms.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScreeningTests(Azurite azurite)
{
    private const string Circular = "HDS/23/1109";

    private static readonly string s_folder = Path.Combine(Azurite.RepositoryRoot, "tests", "assets", "mail-screening");

    private sealed record Expected(string File, List<(string Form, string Subscriber)> Recorded, List<string> Review, bool Answered, List<string> Bouncing, bool Untouched);

    private static List<Expected> LoadExpected()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(s_folder, "expected.json")));
        return [.. document.RootElement.EnumerateArray().Select(e => new Expected(
            e.GetProperty("file").GetString()!,
            [.. e.GetProperty("recorded").EnumerateArray().Select(r => (r.GetProperty("form").GetString()!, r.GetProperty("subscriber_id").GetString()!))],
            [.. e.GetProperty("review").EnumerateArray().Select(r => r.GetString()!)],
            e.GetProperty("answered").GetBoolean(),
            e.TryGetProperty("bouncing", out var b) ? [.. b.EnumerateArray().Select(x => x.GetString()!)] : [],
            e.TryGetProperty("untouched", out var u) && u.GetBoolean()))];
    }

    private async Task<IntakeHarness> HarnessAsync()
    {
        var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(await File.ReadAllTextAsync(Path.Combine(Azurite.RepositoryRoot, "samples", "register.csv")));
        await h.ImportCircularAsync();
        return h;
    }

    private static string KeyOf(string file)
    {
        var message = MimeMessage.Load(Path.Combine(s_folder, file));
        return IncomingMail.KeyOf(message.MessageId, file);
    }

    private static async Task AssertRecordsAsync(IntakeHarness h, List<Expected> expected)
    {
        var submissions = await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None);
        var review = await h.Get<ReviewStore>().ListAsync(Circular, CancellationToken.None);
        foreach (var message in expected)
        {
            var key = KeyOf(message.File);
            var recorded = submissions.Where(s => s.MessageKey == key).Select(s => (s.Form, s.SubscriberId)).Order().ToList();
            Assert.True(message.Recorded.Order().SequenceEqual(recorded), $"{message.File}: expected [{string.Join("; ", message.Recorded)}], recorded [{string.Join("; ", recorded)}]");
            var reasons = review.Where(r => r.MessageKey == key).Select(r => r.Reason).Order().ToList();
            Assert.True(message.Review.Order().SequenceEqual(reasons), $"{message.File}: expected review [{string.Join(", ", message.Review)}], got [{string.Join(", ", reasons)}]");
        }

        // A held form says why, in the mail server's own words, and is counted for nobody.
        var forged = Assert.Single(review, r => r.MessageKey == KeyOf("02-exchange-dmarc-fail.eml"));
        Assert.Contains("dmarc=fail", forged.Detail, StringComparison.Ordinal);
        Assert.StartsWith("fail:", forged.Authentication, StringComparison.Ordinal);
        Assert.Contains("counted for nobody", forged.Detail, StringComparison.Ordinal);
        Assert.Contains("dmarc=none", Assert.Single(review, r => r.MessageKey == KeyOf("04-exchange-none.eml")).Detail, StringComparison.Ordinal);

        // Bounces of our own mail mark the registered address, for the subscriber it belongs to; a stranger's bounce marks nobody.
        var bouncing = await h.Get<BouncingAddresses>().ListAsync(CancellationToken.None);
        Assert.Equal(expected.SelectMany(e => e.Bouncing).Order(), bouncing.Select(b => b.Address).Order());
        Assert.Equal(["HSN0235"], bouncing.Single(b => b.Address == "sf.lee@klnbaycap.com.hk").SubscriberIds);
        Assert.Equal("5.1.10", bouncing.Single(b => b.Address == "ops@acme.com.hk").Status);
        Assert.Contains("reminder", review.Single(r => r.MessageKey == KeyOf("11-postfix-bounce-of-reminder.eml")).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_as_real_servers_write_it_is_held_answered_or_left_alone_as_its_headers_say_through_a_folder()
    {
        await using var h = await HarnessAsync();
        foreach (var file in Directory.GetFiles(s_folder, "*.eml"))
        {
            File.Copy(file, Path.Combine(h.MailFolder, Path.GetFileName(file)));
        }

        var outbox = Path.Combine(h.MailFolder, "..", Path.GetFileName(h.MailFolder) + "-outbox");
        var sent = Directory.CreateTempSubdirectory("hsn-screening-sent-").FullName;
        var expected = LoadExpected();
        try
        {
            var summary = await h.Pipeline.RunCycleAsync(new FolderMailbox(h.MailFolder, outbox), null, CancellationToken.None);

            Assert.Equal(expected.Count, summary.Messages);
            Assert.Equal(expected.Count(e => e.Untouched), summary.Untouched);
            await AssertRecordsAsync(h, expected);

            foreach (var message in expected)
            {
                var reply = Path.Combine(outbox, KeyOf(message.File) + "-reply.eml");
                Assert.True(message.Answered == File.Exists(reply), $"{message.File}: answered {File.Exists(reply)}, expected {message.Answered}");
            }

            // Every answer is marked as automatic (RFC 3834) and as ours, and asks for no automatic answer back.
            foreach (var file in Directory.GetFiles(outbox))
            {
                var reply = MimeMessage.Load(file);
                Assert.Equal("auto-replied", reply.Headers["Auto-Submitted"]);
                Assert.Equal("acknowledgement", reply.Headers["X-HSN-Forms"]);
                Assert.Equal("All", reply.Headers["X-Auto-Response-Suppress"]);
                Assert.False(string.IsNullOrEmpty(reply.InReplyTo));
            }

            Assert.Equal(expected.Count(e => !e.Answered && !e.Untouched), summary.Unanswered);

            // The bouncing address shows against its subscriber in the report, and in the digest after the deadline.
            var (exit, stdout, stderr) = await h.RunCliAsync("report", "--circular", Circular, "--as-of", "2023-11-28T09:00:00+08:00", "--json");
            Assert.True(exit is 0 or 1, stderr);
            using var report = JsonDocument.Parse(stdout);
            var kowloon = report.RootElement.GetProperty("subscribers").EnumerateArray().Single(s => s.GetProperty("subscriber_id").GetString() == "HSN0235");
            Assert.Equal(["sf.lee@klnbaycap.com.hk"], kowloon.GetProperty("bouncing").EnumerateArray().Select(a => a.GetString()));
            Assert.Contains(report.RootElement.GetProperty("subscribers").EnumerateArray(), s => !s.TryGetProperty("bouncing", out _));

            (exit, _, stderr) = await h.RunCliAsync("remind", "--circular", Circular, "--as-of", "2023-11-25T09:30:00+08:00", "--mailbox", h.MailFolder, "--outbox", sent);
            Assert.True(exit == 0, stderr);
            var mail = Directory.GetFiles(sent, "*.eml", SearchOption.AllDirectories).Select(f => MimeMessage.Load(f)).ToList();
            var digest = Assert.Single(mail, m => (m.Subject ?? "").StartsWith("Digest:", StringComparison.Ordinal));
            Assert.Contains("sf.lee@klnbaycap.com.hk", digest.HtmlBody, StringComparison.Ordinal);
            Assert.All(mail, m => Assert.Equal("auto-generated", m.Headers["Auto-Submitted"]));
            Assert.Contains(mail, m => m.Headers["X-HSN-Forms"] == "reminder");
        }
        finally
        {
            foreach (var folder in new[] { outbox, sent })
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    [Fact]
    public async Task Mail_as_real_servers_write_it_is_held_answered_or_left_alone_as_its_headers_say_through_Graph()
    {
        await using var h = await HarnessAsync();
        await using var graph = await GraphSimulator.GraphSimulator.StartAsync(new GraphSimulatorOptions());
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(s_folder, "*.eml").Order(StringComparer.Ordinal))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            var message = MimeMessage.Load(file);
            ids[Path.GetFileName(file)] = graph.AddMessage(bytes, MimeMail.ReceivedAt(message)).Id;
        }

        var options = new GraphOptions { BaseUrl = graph.BaseUrl.ToString(), Mailbox = graph.Mailbox };
        var expected = LoadExpected();

        var summary = await h.Pipeline.RunCycleAsync(new GraphMailbox(GraphClients.Create(options), options, h.Get<MailboxSyncState>(), TimeProvider.System, NullLogger<GraphMailbox>.Instance), null, CancellationToken.None);

        Assert.Equal(expected.Count, summary.Messages);
        await AssertRecordsAsync(h, expected);
        foreach (var message in expected)
        {
            var answers = graph.Sent.Where(s => s.InReplyTo == ids[message.File]).ToList();
            Assert.True(message.Answered == (answers.Count == 1), $"{message.File}: {answers.Count} answers, expected {(message.Answered ? 1 : 0)}");
        }

        // Sent in Graph's MIME form: the Auto-Submitted header Graph's JSON cannot carry is on every answer.
        Assert.All(graph.Sent, s => Assert.Equal("auto-replied", s.Header("Auto-Submitted")));
        Assert.All(graph.Sent, s => Assert.Equal("acknowledgement", s.Header("X-HSN-Forms")));
    }

    [Fact]
    public async Task A_form_naming_another_registered_subscriber_than_its_senders_is_held_as_a_mismatch()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(IntakeHarness.Register + "\nHSN0999,Eastern Harbour Securities Limited,desk@easternharbour.example;shared.ops@group.example,,OTP-C"
            + "\nHSN0998,Shek O Group Limited,shared.ops@group.example,,OTP-C\n");
        await h.ImportCircularAsync();

        // A form with no readable id whose subscriber name is Eastern Harbour's ("Ltd" for "Limited"), sent from Acme.
        h.Mail("01-other-name", "tm.chan@acme.com.hk", "Intention form", IntakeHarness.Hkt(22, 9, 0), ("eh.docx", IntakeHarness.Asset("forms/wordxml/intention-bad-id.docx")));

        // Acme's own form, its name written as the register writes it or not, counts.
        h.Mail("02-own-name", "tm.chan@acme.com.hk", "Intention form", IntakeHarness.Hkt(22, 9, 5), ("acme.docx", IntakeHarness.Asset("forms/libreoffice/intention-acme.docx")));

        // An address two subscribers share: the name on the form says which of them sent it.
        h.Mail("03-shared-address", "shared.ops@group.example", "Intention form", IntakeHarness.Hkt(22, 9, 10), ("eh.docx", IntakeHarness.Asset("forms/wordxml/intention-bad-id.docx")));

        var summary = await h.Pipeline.RunCycleAsync(h.FolderMailbox(), null, CancellationToken.None);

        Assert.Equal(2, summary.Recorded);
        Assert.Contains(await h.Get<SubmissionStore>().ListAsync(Circular, CancellationToken.None), s => s.SubscriberId == "HSN0999");
        var held = Assert.Single(await h.Get<ReviewStore>().ListAsync(Circular, CancellationToken.None));
        Assert.Equal("subscriber_mismatch", held.Reason);
        Assert.Contains("HSN0999", held.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoint_that_takes_no_mime_still_gets_every_answer_in_json()
    {
        await using var h = await HarnessAsync();
        await using var graph = await GraphSimulator.GraphSimulator.StartAsync(new GraphSimulatorOptions { MimeMessages = false });
        foreach (var file in new[] { "01-exchange-pass.eml", "05-exchange-compauth-softpass.eml", "08-gmail-pass.eml" })
        {
            graph.AddMessage(await File.ReadAllBytesAsync(Path.Combine(s_folder, file)), MimeMail.ReceivedAt(MimeMessage.Load(Path.Combine(s_folder, file))));
        }

        var options = new GraphOptions { BaseUrl = graph.BaseUrl.ToString(), Mailbox = graph.Mailbox };
        var summary = await h.Pipeline.RunCycleAsync(new GraphMailbox(GraphClients.Create(options), options, h.Get<MailboxSyncState>(), TimeProvider.System, NullLogger<GraphMailbox>.Instance), null, CancellationToken.None);

        Assert.Equal(3, summary.Acknowledged);
        Assert.Equal(0, summary.WritesFailed);
        Assert.Equal(3, graph.Sent.Count(s => s.InReplyTo is not null));

        // Each answer was offered once in MIME form, refused, and sent in JSON.
        Assert.Equal(6, graph.Counters.For("POST reply"));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_through_Graph_is_streamed_to_the_archive_and_kept_for_review()
    {
        await using var h = new IntakeHarness(azurite, new Dictionary<string, string?> { ["Intake:MaxMessageBytes"] = "65536" });
        await h.ImportRegisterAsync(IntakeHarness.Register);
        await h.ImportCircularAsync();
        await using var graph = await GraphSimulator.GraphSimulator.StartAsync(new GraphSimulatorOptions());
        var padding = new byte[120_000];
        new Random(7).NextBytes(padding);
        var big = IntakeHarness.Message("big", "tm.chan@acme.com.hk", "HDS/23/1109 forms and photos", IntakeHarness.Hkt(22, 10, 0),
            ("acme.docx", IntakeHarness.Asset("forms/libreoffice/intention-acme.docx")), ("photos.zip", padding));
        using var buffer = new MemoryStream();
        big.WriteTo(buffer);
        graph.AddMessage(buffer.ToArray(), IntakeHarness.Hkt(22, 10, 0));
        var options = new GraphOptions { BaseUrl = graph.BaseUrl.ToString(), Mailbox = graph.Mailbox };

        var summary = await h.Pipeline.RunCycleAsync(new GraphMailbox(GraphClients.Create(options), options, h.Get<MailboxSyncState>(), TimeProvider.System, NullLogger<GraphMailbox>.Instance), null, CancellationToken.None);

        Assert.Equal(0, summary.Recorded);
        var item = Assert.Single(await h.Get<ReviewStore>().ListAsync(null, CancellationToken.None));
        Assert.Equal("too_large", item.Reason);
        var archived = await h.Get<MailArchive>().ReadAsync(item.Blob!, CancellationToken.None);
        Assert.Equal(buffer.ToArray(), archived);

        // Fetched once, as a stream of its own: never also as a part of a $batch answer.
        Assert.Equal(1, graph.Counters.For("GET message $value"));
    }
}
