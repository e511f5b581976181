using System.Net;
using System.Text;
using Azure.Data.Tables;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Templates;
using HsnForms.Intake;
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

    /// <summary>Where the digest after each deadline goes; the service-desk mailbox by default.</summary>
    public string DigestTo { get; set; } = "hsservicedesk@hkex.com.hk";
}

public sealed record ReminderRun(IReadOnlyList<PlannedReminder> Sent, IReadOnlyList<PlannedReminder> AlreadySent, IReadOnlyList<PlannedDigest> Digests);

/// <summary>
/// Sends what the planner says is due, each at most once: the reminder log is written before a
/// message goes and marked sent after, so a run that stops half-way never repeats a reminder.
/// </summary>
public sealed partial class ReminderSender(StorageContext storage, ReportService reports, FormCatalog catalog, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderSender> logger)
{
    private readonly ReminderOptions _options = options.Value;

    public async Task<ReminderPlan?> PlanAsync(string circularRef, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var report = await reports.BuildAsync(circularRef, asOf, cancellationToken).ConfigureAwait(false);
        return report is null ? null : ReminderPlanner.Plan(report, asOf);
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

        return new ReminderPlan(reminders, digests);
    }

    public async Task<ReminderRun> SendAsync(Circular circular, ReminderPlan plan, IMailbox mailbox, CancellationToken cancellationToken)
    {
        var log = await storage.TableAsync(Tables.Reminders, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Circular(circular.Ref);
        var sent = new List<PlannedReminder>();
        var skipped = new List<PlannedReminder>();
        var templates = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var batch = new List<(PlannedReminder Reminder, OutgoingMail Mail)>();
        var windowStart = clock.GetUtcNow();
        var inWindow = 0;

        foreach (var reminder in plan.Reminders)
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
                continue;
            }

            if (!templates.TryGetValue(reminder.Form, out var template))
            {
                templates[reminder.Form] = template = BlankForm(circular, reminder.Form);
            }

            batch.Add((reminder, Compose(circular, reminder, template)));
            if (batch.Count == Math.Min(20, _options.MaxPerMinute))
            {
                (windowStart, inWindow) = await PaceAsync(windowStart, inWindow, batch.Count, cancellationToken).ConfigureAwait(false);
                await FlushAsync(log, partition, batch, mailbox, sent, cancellationToken).ConfigureAwait(false);
            }
        }

        if (batch.Count > 0)
        {
            (windowStart, inWindow) = await PaceAsync(windowStart, inWindow, batch.Count, cancellationToken).ConfigureAwait(false);
            await FlushAsync(log, partition, batch, mailbox, sent, cancellationToken).ConfigureAwait(false);
        }

        var digests = new List<PlannedDigest>();
        foreach (var digest in plan.Digests)
        {
            if (await StorageContext.TryAddAsync(log, new TableEntity(partition, digest.Id) { ["State"] = "sending", ["Form"] = digest.Form, ["Kind"] = "digest" }, cancellationToken).ConfigureAwait(false))
            {
                await mailbox.SendAsync([Digest(circular, digest)], cancellationToken).ConfigureAwait(false);
                await log.UpdateEntityAsync(new TableEntity(partition, digest.Id) { ["State"] = "sent" }, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                digests.Add(digest);
            }
        }

        LogRun(logger, circular.Ref, sent.Count, skipped.Count, digests.Count);
        return new ReminderRun(sent, skipped, digests);
    }

    private async Task FlushAsync(TableClient log, string partition, List<(PlannedReminder Reminder, OutgoingMail Mail)> batch, IMailbox mailbox, List<PlannedReminder> sent, CancellationToken cancellationToken)
    {
        await mailbox.SendAsync([.. batch.Select(b => b.Mail)], cancellationToken).ConfigureAwait(false);
        foreach (var (reminder, _) in batch)
        {
            await log.UpdateEntityAsync(new TableEntity(partition, reminder.Id) { ["State"] = "sent", ["SentAt"] = clock.GetUtcNow() }, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            sent.Add(reminder);
        }

        batch.Clear();
    }

    /// <summary>At most <see cref="ReminderOptions.MaxPerMinute"/> messages in any minute.</summary>
    private async Task<(DateTimeOffset Start, int Count)> PaceAsync(DateTimeOffset start, int count, int next, CancellationToken cancellationToken)
    {
        if (count + next > _options.MaxPerMinute)
        {
            var wait = start.AddMinutes(1) - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            }

            return (clock.GetUtcNow(), next);
        }

        return (start, count + next);
    }

    private byte[] BlankForm(Circular circular, string form)
    {
        using var buffer = new MemoryStream();
        WordTemplateWriter.Write(buffer, catalog.Find(form)!, circular, catalog);
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

        if (reminder.Problems.Count > 0)
        {
            html.Append("<p>The form you sent is not complete yet:</p><ul>");
            foreach (var problem in reminder.Problems)
            {
                html.Append("<li>").Append(Encode(problem)).Append("</li>");
            }

            html.Append("</ul>");
        }
        else
        {
            html.Append("<p>We have no form from you yet.</p>");
        }

        html.Append("<p>The blank form is attached. Please complete it and e-mail it to hsservicedesk@hkex.com.hk.</p>");
        html.Append("<p>請於限期前填妥附件表格並電郵至 hsservicedesk@hkex.com.hk。</p>");
        html.Append("<p>Service Desk, HKEX Hosting Services Limited<br>Tel: (852) 2211 6080</p></body></html>");
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
        html.Append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Subscriber</th><th>Name</th><th>Status</th></tr>");
        foreach (var (id, name, status) in digest.Outstanding)
        {
            html.Append("<tr><td>").Append(Encode(id)).Append("</td><td>").Append(Encode(name)).Append("</td><td>").Append(Encode(status)).Append("</td></tr>");
        }

        html.Append("</table>");
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
        return new OutgoingMail([_options.DigestTo], $"Digest: {circular.Ref} {digest.Form} form after the {digest.Due:d MMM} deadline", html.ToString()) { Kind = OutgoingKind.Digest };
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(Intake.Text.ReadableText.Clean(text));

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Reminders for {CircularRef}: {Sent} sent, {AlreadySent} sent before, {Digests} digests")]
    private static partial void LogRun(ILogger logger, string circularRef, int sent, int alreadySent, int digests);
}
