using System.Collections.Concurrent;
using HsnForms.Forms.Catalog;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using HsnForms.Reporting.Reminders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static HsnForms.IntegrationTests.IntakeHarness;

namespace HsnForms.IntegrationTests;

/// <summary>
/// "Never twice" where it is hard: a run that dies between the reminder log and the send, two runs at
/// once, the pace of 30 a minute, and the digest that must actually go out.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReminderDeliveryTests(Azurite azurite)
{
    /// <summary>A mailbox that only sends: it records what went out and when, and can die on a send.</summary>
    private sealed class Outbox(TimeProvider clock) : IMailbox
    {
        public ConcurrentQueue<(OutgoingMail Mail, DateTimeOffset At)> Sent { get; } = new();

        /// <summary>Throw instead of sending (the process died before the message left).</summary>
        public bool DieBeforeSending { get; init; }

        /// <summary>Send, then throw (the process died after the message left, before the log said so).</summary>
        public bool DieAfterSending { get; init; }

        public string Name => "outbox";

        public string Address => "hsservicedesk@hkex.com.hk";

        public bool ListsEverything => false;

        public Task SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken)
        {
            if (DieBeforeSending)
            {
                throw new IOException("the process stopped before the send");
            }

            foreach (var message in messages)
            {
                Sent.Enqueue((message, clock.GetUtcNow()));
            }

            return DieAfterSending ? throw new IOException("the process stopped after the send") : Task.CompletedTask;
        }

        public IAsyncEnumerable<IncomingMail> ReadNewAsync(MailboxReading reading, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task ReplyAsync(IReadOnlyList<(IncomingMail Original, OutgoingMail Reply)> replies, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MarkProcessedAsync(IReadOnlyList<IncomingMail> messages, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static ReminderSender Sender(IntakeHarness h, TimeProvider clock, int perMinute = 30) => new(
        h.Get<StorageContext>(), h.Get<ReportService>(), FormCatalog.Default,
        Options.Create(new ReminderOptions { MaxPerMinute = perMinute }), Options.Create(ServiceDeskOptions.Default),
        clock, NullLogger<ReminderSender>.Instance);

    /// <summary>A plan of <paramref name="count"/> reminders for the intention form, one a subscriber.</summary>
    private static ReminderPlan Plan(int count) => new(
        [.. Enumerable.Range(1, count).Select(i => new PlannedReminder
        {
            CircularRef = "HDS/23/1109",
            SubscriberId = $"HSN{i:0000}",
            SubscriberName = $"Subscriber {i}",
            Form = "intention",
            Kind = "before_due",
            Slot = Hkt(23, 9, 0),
            Due = new DateOnly(2023, 11, 24),
            Status = "pending",
            To = [$"ops{i}@example.hk"],
        })],
        []);

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_run_that_dies_around_the_send_never_sends_the_same_reminder_again(bool beforeSending, bool afterSending)
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportCircularAsync();
        var sender = Sender(h, TimeProvider.System);
        var plan = Plan(3);
        var dying = new Outbox(TimeProvider.System) { DieBeforeSending = beforeSending, DieAfterSending = afterSending };

        await Assert.ThrowsAsync<IOException>(() => sender.SendAsync(Circular.Default, plan, dying, CancellationToken.None));
        var next = new Outbox(TimeProvider.System);
        var unsent = await sender.UnsentAsync(Circular.Default, plan, CancellationToken.None);
        var run = await sender.SendAsync(Circular.Default, plan, next, CancellationToken.None);

        // Logged before the send: whatever the first run did, nothing goes twice ...
        Assert.Empty(unsent.Reminders);
        Assert.Empty(next.Sent);
        Assert.Empty(run.Sent);
        Assert.Equal(afterSending ? 3 : 0, dying.Sent.Count);
        // ... and the desk hears which reminders may not have gone, instead of a second copy.
        Assert.Equal(plan.Reminders.Select(r => r.Id), run.Unconfirmed.Select(r => r.Id));
    }

    [Fact]
    public async Task Two_runs_at_once_send_each_reminder_once_between_them()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportCircularAsync();
        var plan = Plan(25);
        var first = new Outbox(TimeProvider.System);
        var second = new Outbox(TimeProvider.System);

        var runs = await Task.WhenAll(
            Task.Run(() => Sender(h, TimeProvider.System, perMinute: 600).SendAsync(Circular.Default, plan, first, CancellationToken.None)),
            Task.Run(() => Sender(h, TimeProvider.System, perMinute: 600).SendAsync(Circular.Default, plan, second, CancellationToken.None)));

        var sent = first.Sent.Concat(second.Sent).Select(s => s.Mail.To.Single()).ToList();
        Assert.Equal(25, sent.Count);
        Assert.Equal(25, sent.Distinct().Count());
        Assert.Equal(25, runs.Sum(r => r.Sent.Count));
    }

    [Fact]
    public async Task No_minute_carries_more_than_30_reminders()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportCircularAsync();
        var clock = new FakeTimeProvider(Hkt(23, 9, 0));
        var outbox = new Outbox(clock);
        var start = clock.GetUtcNow();

        var sending = Sender(h, clock).SendAsync(Circular.Default, Plan(70), outbox, CancellationToken.None);
        // The fake clock moves only when told: a second at a time while the run waits for its next minute.
        for (var step = 0; !sending.IsCompleted && step < 10_000; step++)
        {
            await Task.Delay(5);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var run = await sending;
        Assert.Equal(70, run.Sent.Count);
        var times = outbox.Sent.Select(s => s.At).Order().ToList();
        Assert.All(times, t => Assert.InRange(times.Count(u => u >= t && u < t + TimeSpan.FromMinutes(1)), 1, 30));
        // 70 at 30 a minute take at least two full minutes, and the pace waits no longer than it must.
        Assert.InRange(times[^1] - start, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2.5));
    }

    [Fact]
    public async Task After_the_deadline_the_digest_goes_to_the_desk_once_naming_who_cannot_be_reminded()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        await h.ImportCircularAsync();
        var sender = Sender(h, TimeProvider.System);
        var outbox = new Outbox(TimeProvider.System);
        var asOf = Hkt(25, 9, 30);

        var plan = await sender.UnsentAsync(Circular.Default, (await sender.PlanAsync("HDS/23/1109", asOf, CancellationToken.None))!, CancellationToken.None);
        await sender.SendAsync(Circular.Default, plan, outbox, CancellationToken.None);
        var again = await sender.UnsentAsync(Circular.Default, (await sender.PlanAsync("HDS/23/1109", asOf.AddHours(1), CancellationToken.None))!, CancellationToken.None);
        await sender.SendAsync(Circular.Default, again, outbox, CancellationToken.None);

        // Jade Dragon is registered by domain only: listed, never silently dropped.
        Assert.Equal(["HSN0350:intention:missing", "HSN0350:result:pending"], plan.Unreachable.Select(u => $"{u.SubscriberId}:{u.Form}:{u.Status}"));
        var digest = Assert.Single(outbox.Sent, s => s.Mail.Subject.StartsWith("Digest:", StringComparison.Ordinal)).Mail;
        Assert.Equal(["hsservicedesk@hkex.com.hk"], digest.To);
        Assert.Contains("HSN0350", digest.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("cannot be reminded: no registered address", digest.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("HSN0427", digest.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(again.Digests);
        Assert.Equal(2, outbox.Sent.Count(s => s.Mail.Subject.StartsWith("Overdue:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_closed_circular_reminds_no_one()
    {
        await using var h = new IntakeHarness(azurite);
        await h.ImportRegisterAsync(Register);
        await h.ImportCircularAsync();
        var sender = Sender(h, TimeProvider.System);

        var open = await sender.PlanAsync("HDS/23/1109", new DateTimeOffset(2023, 12, 27, 23, 0, 0, TimeSpan.FromHours(8)), CancellationToken.None);
        var closed = await sender.PlanAsync("HDS/23/1109", new DateTimeOffset(2026, 12, 1, 9, 5, 0, TimeSpan.FromHours(8)), CancellationToken.None);

        Assert.NotEmpty(open!.Reminders);
        Assert.Null(open.ClosedOn);
        Assert.Empty(closed!.Reminders);
        Assert.Empty(closed.Digests);
        Assert.Equal(new DateOnly(2023, 12, 27), closed.ClosedOn);
    }
}
