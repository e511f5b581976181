using System.Net;
using System.Text;
using Azure.Data.Tables;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Templates;
using HsnForms.Intake;
using HsnForms.Intake.Compliance;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsnForms.Reporting.Reminders;

public sealed class ReminderOptions
{
    /// <summary>Graph allows more, but a burst of reminders looks like spam to receiving servers.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 600)]
    public int MaxPerMinute { get; set; } = 30;

    /// <summary>Where the digest after each deadline goes; empty: the service desk's own mailbox (ServiceDesk:Mailbox).</summary>
    public string? DigestTo { get; set; }
}

/// <summary>A reminder the log says was sent (or was being sent) to a subscriber.</summary>
public sealed record SentReminder(string Id, string Form, string Kind, string State, DateTimeOffset? SentAt, IReadOnlyList<string> To);

/// <summary>
/// What a run did: the reminders it sent, those the log shows were sent before, and among those the
/// ones an earlier run was sending when it stopped (they may or may not have gone; they are never sent
/// again, so the desk is told instead).
/// </summary>
public sealed record ReminderRun(IReadOnlyList<PlannedReminder> Sent, IReadOnlyList<PlannedReminder> AlreadySent, IReadOnlyList<PlannedDigest> Digests)
{
    public IReadOnlyList<PlannedReminder> Unconfirmed { get; init; } = [];
}

/// <summary>
/// Sends what the planner says is due, each at most once: the reminder log is written before a
/// message goes and marked sent after, so a run that stops half-way never repeats a reminder.
/// </summary>
public sealed partial class ReminderSender(StorageContext storage, ReportService reports, FormCatalog catalog, IOptions<ReminderOptions> options, IOptions<ServiceDeskOptions> desk, TimeProvider clock, ILogger<ReminderSender> logger)
{
    private const int GraphBatchLimit = 20;
    private readonly ReminderOptions _options = options.Value;
    private readonly ServiceDeskOptions _desk = desk.Value;

    public async Task<ReminderPlan?> PlanAsync(string circularRef, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var report = await reports.BuildAsync(circularRef, asOf, cancellationToken).ConfigureAwait(false);
        return report is null ? null : ReminderPlanner.Plan(report, asOf);
    }

    /// <summary>What the reminder log holds for one subscriber of a circular, oldest first.</summary>
    public async Task<IReadOnlyList<SentReminder>> SentToAsync(string circularRef, string subscriberId, CancellationToken cancellationToken)
    {
        var log = await storage.TableAsync(Tables.Reminders, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Circular(circularRef);
        var sent = new List<SentReminder>();
        await foreach (var e in log.QueryAsync<TableEntity>(x => x.PartitionKey == partition && x.RowKey.CompareTo(subscriberId + "-") > 0 && x.RowKey.CompareTo(subscriberId + ".") < 0, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (e.GetString("SubscriberId") == subscriberId)
            {
                sent.Add(new SentReminder(e.RowKey, e.GetString("Form") ?? "", e.GetString("Kind") ?? "", e.GetString("State") ?? "",
                    e.GetDateTimeOffset("SentAt"), [.. (e.GetString("To") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)]));
            }
        }

        return [.. sent.OrderBy(r => r.Id[(subscriberId.Length + 1)..].Split('-')[^1], StringComparer.Ordinal)];
    }

    /// <summary>The plan less what the log says went out before: what a real run would send now.</summary>
    public async Task<ReminderPlan> UnsentAsync(Circular circular, ReminderPlan plan, CancellationToken cancellationToken)
    {
        var log = await storage.TableAsync(Tables.Reminders, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Circular(circular.Ref);
        var reminders = new List<PlannedReminder>();
        foreach (var reminder in plan.Reminders)
        {
            if (!(await log.GetEntityIfExistsAsync<TableEntity>(partition, reminder.Id, ["State"], cancellationToken).ConfigureAwait(false)).HasValue)
            {
                reminders.Add(reminder);
            }
        }

        var digests = new List<PlannedDigest>();
        foreach (var digest in plan.Digests)
        {
            if (!(await log.GetEntityIfExistsAsync<TableEntity>(partition, digest.Id, ["State"], cancellationToken).ConfigureAwait(false)).HasValue)
            {
                digests.Add(digest);
            }
        }

        return plan with { Reminders = reminders, Digests = digests };
    }

    public async Task<ReminderRun> SendAsync(Circular circular, ReminderPlan plan, IMailbox mailbox, CancellationToken cancellationToken)
    {
        var log = await storage.TableAsync(Tables.Reminders, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Circular(circular.Ref);
        var sent = new List<PlannedReminder>();
        var skipped = new List<PlannedReminder>();
        var unconfirmed = new List<PlannedReminder>();
        var templates = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var batch = new List<(PlannedReminder Reminder, OutgoingMail Mail)>();
        var pace = new SendingPace(clock, _options.MaxPerMinute);
        var batchSize = Math.Min(GraphBatchLimit, _options.MaxPerMinute);

        foreach (var reminder in plan.Reminders.Where(r => !r.Paused))
        {
            // Written before sending: if this run dies after the send, the reminder is not sent again.
            if (!await StorageContext.TryAddAsync(log, new TableEntity(partition, reminder.Id)
            {
                ["State"] = "sending",
                ["To"] = StoredText.Bound(string.Join(';', reminder.To), StoredText.Text),
                ["Form"] = reminder.Form,
                ["Kind"] = reminder.Kind,
                ["SubscriberId"] = reminder.SubscriberId,
            }, cancellationToken).ConfigureAwait(false))
            {
                skipped.Add(reminder);
                if (await StateAsync(log, partition, reminder.Id, cancellationToken).ConfigureAwait(false) == "sending")
                {
                    unconfirmed.Add(reminder);
                    LogUnconfirmed(logger, circular.Ref, reminder.Id);
                }

                continue;
            }

            if (!templates.TryGetValue(reminder.Form, out var template))
            {
                templates[reminder.Form] = template = BlankForm(circular, reminder.Form);
            }

            batch.Add((reminder, Compose(circular, reminder, template)));
            if (batch.Count == batchSize)
            {
                await FlushAsync(log, partition, batch, mailbox, pace, sent, cancellationToken).ConfigureAwait(false);
            }
        }

        await FlushAsync(log, partition, batch, mailbox, pace, sent, cancellationToken).ConfigureAwait(false);

        var digests = new List<PlannedDigest>();
        foreach (var digest in plan.Digests)
        {
            if (await StorageContext.TryAddAsync(log, new TableEntity(partition, digest.Id) { ["State"] = "sending", ["Form"] = digest.Form, ["Kind"] = "digest" }, cancellationToken).ConfigureAwait(false))
            {
                await pace.WaitForRoomAsync(1, cancellationToken).ConfigureAwait(false);
                await mailbox.SendAsync([Digest(circular, digest)], cancellationToken).ConfigureAwait(false);
                pace.Sent(1);
                await log.UpdateEntityAsync(new TableEntity(partition, digest.Id) { ["State"] = "sent", ["SentAt"] = clock.GetUtcNow() }, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                digests.Add(digest);
            }
        }

        LogRun(logger, circular.Ref, sent.Count, skipped.Count, digests.Count);
        return new ReminderRun(sent, skipped, digests) { Unconfirmed = unconfirmed };
    }

    private static async Task<string?> StateAsync(TableClient log, string partition, string id, CancellationToken cancellationToken)
    {
        var entry = await log.GetEntityIfExistsAsync<TableEntity>(partition, id, ["State"], cancellationToken).ConfigureAwait(false);
        return entry.HasValue ? entry.Value!.GetString("State") : null;
    }

    private async Task FlushAsync(TableClient log, string partition, List<(PlannedReminder Reminder, OutgoingMail Mail)> batch, IMailbox mailbox, SendingPace pace, List<PlannedReminder> sent, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        // The batch goes in as many sends as the pace asks for: what fits in this minute now, the rest when there is room.
        for (var offset = 0; offset < batch.Count;)
        {
            var count = await pace.WaitForRoomAsync(batch.Count - offset, cancellationToken).ConfigureAwait(false);
            var part = batch.GetRange(offset, count);
            await mailbox.SendAsync([.. part.Select(b => b.Mail)], cancellationToken).ConfigureAwait(false);
            pace.Sent(count);
            foreach (var (reminder, _) in part)
            {
                await log.UpdateEntityAsync(new TableEntity(partition, reminder.Id) { ["State"] = "sent", ["SentAt"] = clock.GetUtcNow() }, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                sent.Add(reminder);
            }

            offset += count;
        }

        batch.Clear();
    }

    private byte[] BlankForm(Circular circular, string form)
    {
        using var buffer = new MemoryStream();
        WordTemplateWriter.Write(buffer, catalog.Find(form)!, circular, catalog, _desk);
        return buffer.ToArray();
    }

    internal OutgoingMail Compose(Circular circular, PlannedReminder reminder, byte[] template)
    {
        var title = catalog.Find(reminder.Form) is { } definition ? $"{definition.Appendix} – {definition.Title}" : reminder.Form;
        var deadline = HongKongTime.Readable(HongKongTime.EndOf(reminder.Due));
        var html = new StringBuilder("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">");
        html.Append("<p>Dear ").Append(Encode(reminder.SubscriberName)).Append(" (").Append(Encode(reminder.SubscriberId)).Append("),</p>");
        if (reminder.Kind == "overdue")
        {
            html.Append("<p>We have not yet received a complete <b>").Append(Encode(title)).Append("</b> for circular ")
                .Append(Encode(circular.Ref)).Append(", which was due on or before <b>").Append(Encode(deadline)).Append("</b>. Please return it as soon as possible.</p>");
        }
        else
        {
            html.Append("<p>This is a reminder that the <b>").Append(Encode(title)).Append("</b> for circular ")
                .Append(Encode(circular.Ref)).Append(" (").Append(Encode(circular.Title)).Append(") is due on or before <b>").Append(Encode(deadline)).Append("</b>.</p>");
        }

        if (reminder.Findings.Count > 0)
        {
            html.Append("<p>The form you sent is not complete yet:</p><ul>");
            foreach (var finding in reminder.Findings)
            {
                html.Append("<li>").Append(Encode(finding.Message)).Append(" <i>").Append(Encode(finding.ToFix)).Append("</i></li>");
            }

            html.Append("</ul>");
        }
        else
        {
            html.Append("<p>We have no form from you yet.</p>");
        }

        html.Append("<p>The blank form is attached. Please complete it and e-mail it to ").Append(Encode(_desk.Mailbox)).Append(".</p>");
        html.Append("<p>請於限期前填妥附件表格並電郵至 ").Append(Encode(_desk.Mailbox)).Append("。</p>");
        html.Append("<p>").Append(Encode(_desk.Name)).Append("<br>Tel: ").Append(Encode(_desk.Phone)).Append("</p></body></html>");
        var subject = $"{(reminder.Kind == "overdue" ? "Overdue" : "Reminder")}: {circular.Ref} {title} due {reminder.Due:d MMM yyyy}";
        return new OutgoingMail(reminder.To, subject, html.ToString())
        {
            Kind = OutgoingKind.Reminder,
            Attachments = [($"{circular.Ref.Replace('/', '-')} {reminder.Form} form.docx", template)],
        };
    }

    private OutgoingMail Digest(Circular circular, PlannedDigest digest)
    {
        var title = catalog.Find(digest.Form)?.Title ?? digest.Form;
        var html = new StringBuilder("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">");
        html.Append("<p>").Append(Encode($"{circular.Ref} {title}: due {digest.Due:d MMM yyyy}. {digest.Outstanding.Count} subscribers late, incomplete or missing:")).Append("</p>");
        html.Append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Subscriber</th><th>Name</th><th>Status</th><th>Note</th><th>Reminders</th><th>Latest note of the desk</th></tr>");
        foreach (var line in digest.Outstanding)
        {
            html.Append("<tr><td>").Append(Encode(line.SubscriberId)).Append("</td><td>").Append(Encode(line.Name)).Append("</td><td>")
                .Append(Encode(line.Status)).Append("</td><td>").Append(Encode(line.Note ?? "")).Append("</td><td>")
                .Append(line.RemindersPaused ? "paused by the service desk" : "").Append("</td><td>").Append(Encode(line.LatestNote ?? "")).Append("</td></tr>");
        }

        html.Append("</table>");
        if (digest.Outstanding.Any(l => l.Note is not null))
        {
            html.Append("<p>No reminder reaches a subscriber whose note says it cannot be reminded: please contact it yourself, and add an address to the register.</p>");
        }

        if (digest.Bouncing.Count > 0)
        {
            html.Append("<p>Registered addresses our mail no longer reaches:</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Subscriber</th><th>Address</th><th>Since</th><th>Why</th></tr>");
            foreach (var (id, bounce) in digest.Bouncing)
            {
                html.Append("<tr><td>").Append(Encode(id)).Append("</td><td>").Append(Encode(bounce.Address)).Append("</td><td>").Append(Encode(HongKongTime.Readable(bounce.Since)))
                    .Append("</td><td>").Append(Encode($"{bounce.Status} {bounce.Diagnostic}".Trim())).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("</body></html>");
        var to = string.IsNullOrWhiteSpace(_options.DigestTo) ? _desk.Mailbox : _options.DigestTo;
        return new OutgoingMail([to], $"Digest: {circular.Ref} {digest.Form} form after the {digest.Due:d MMM} deadline", html.ToString()) { Kind = OutgoingKind.Digest };
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(Intake.Text.ReadableText.Clean(text));

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Reminders for {CircularRef}: {Sent} sent, {AlreadySent} sent before, {Digests} digests")]
    private static partial void LogRun(ILogger logger, string circularRef, int sent, int alreadySent, int digests);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Reminder {ReminderId} of {CircularRef} was being sent when an earlier run stopped; it is not sent again, so check whether it went")]
    private static partial void LogUnconfirmed(ILogger logger, string circularRef, string reminderId);
}
