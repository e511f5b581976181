using System.Globalization;
using HsnForms.Forms.Catalog;
using HsnForms.Intake;
using HsnForms.Intake.Compliance;
using HsnForms.Intake.Storage;

namespace HsnForms.Reporting.Reminders;

/// <summary>One reminder to one subscriber about one form, for one slot of the circular's schedule.</summary>
public sealed record PlannedReminder
{
    public required string CircularRef { get; init; }
    public required string SubscriberId { get; init; }
    public required string SubscriberName { get; init; }
    public required string Form { get; init; }

    /// <summary>"before_due" (days before and on the due day) or "overdue" (after it).</summary>
    public required string Kind { get; init; }

    /// <summary>The slot's moment; with the rest, the reminder's identity, so it is never sent twice.</summary>
    public required DateTimeOffset Slot { get; init; }

    public required DateOnly Due { get; init; }
    public required string Status { get; init; }
    public required IReadOnlyList<string> To { get; init; }
    /// <summary>What is still wrong with the form received, if one was.</summary>
    public IReadOnlyList<FormFinding> Findings { get; init; } = [];

    /// <summary>The service desk paused reminders of this form to this subscriber: listed, not sent.</summary>
    public bool Paused { get; init; }

    public string Id => $"{SubscriberId}-{Form}-{Kind}-{HongKongTime.ToHongKong(Slot).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}";
}

/// <summary>A subscriber still outstanding on a form whom no reminder can reach: the register has no address for it.</summary>
public sealed record UnreachableSubscriber(string SubscriberId, string SubscriberName, string Form, string Status)
{
    public const string Reason = "cannot be reminded: no registered address";
}

/// <summary>
/// One subscriber in a digest: its status, why the desk must act itself when no reminder reaches it,
/// whether the desk paused its reminders, and the desk's latest note.
/// </summary>
public sealed record DigestLine(string SubscriberId, string Name, string Status, string? Note = null, bool RemindersPaused = false, string? LatestNote = null);

/// <summary>The summary the service desk receives after a deadline: who is late, incomplete or missing.</summary>
public sealed record PlannedDigest(string CircularRef, string Form, DateOnly Due, DateTimeOffset Slot, IReadOnlyList<DigestLine> Outstanding)
{
    /// <summary>Registered addresses our mail no longer reaches, so the desk can ask for new ones.</summary>
    public IReadOnlyList<(string SubscriberId, BouncingAddress Address)> Bouncing { get; init; } = [];

    public string Id => $"digest-{Form}-{HongKongTime.ToHongKong(Slot).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}";
}

/// <summary>
/// What is due: the reminders to send, the digests, and the reminders that would be due but are
/// paused by the service desk. Those are listed, never silently skipped, and never sent.
/// </summary>
public sealed record ReminderPlan(IReadOnlyList<PlannedReminder> Reminders, IReadOnlyList<PlannedDigest> Digests)
{
    public IReadOnlyList<PlannedReminder> Paused { get; init; } = [];

    /// <summary>Subscribers a reminder would be due for, but who have no address to send it to.</summary>
    public IReadOnlyList<UnreachableSubscriber> Unreachable { get; init; } = [];

    /// <summary>The circular's closing day, when the moment is after it: nothing is planned then.</summary>
    public DateOnly? ClosedOn { get; init; }
}

/// <summary>
/// Which reminders are due at a moment. Only the latest slot already reached counts (a run that was
/// down for a day sends one reminder, not three), and a subscriber gets one only while its form is
/// still outstanding: pending or incomplete before the deadline, missing or incomplete after it.
/// Nothing is planned once the circular has closed.
/// </summary>
public static class ReminderPlanner
{
    public static ReminderPlan Plan(ComplianceReport report, DateTimeOffset asOf)
    {
        var circular = report.Circular;
        if (asOf > HongKongTime.EndOf(circular.ClosesOn))
        {
            return new ReminderPlan([], []) { ClosedOn = circular.ClosesOn };
        }

        var reminders = new List<PlannedReminder>();
        var paused = new List<PlannedReminder>();
        var digests = new List<PlannedDigest>();
        var unreachable = new List<UnreachableSubscriber>();
        foreach (var form in circular.Forms)
        {
            if (LatestSlot(circular.Reminders, form.Due, asOf) is not var (slot, kind))
            {
                continue;
            }

            foreach (var standing in report.Subscribers)
            {
                var status = standing[form.Form];
                var outstanding = kind == "overdue"
                    ? status?.Status is FormStatuses.Missing or FormStatuses.Incomplete
                    : status?.Status is FormStatuses.Pending or FormStatuses.Incomplete;
                if (!outstanding || status is null)
                {
                    continue;
                }

                var to = standing.Subscriber.Emails.ToList();
                if (form.Form == "result" && standing["intention"]?.Shown is { } intention
                    && intention.Fields.ContactEmail is { Length: > 0 } email)
                {
                    to.Add(email.ToLowerInvariant());
                }

                to = [.. to.Distinct(StringComparer.OrdinalIgnoreCase)];
                if (to.Count == 0)
                {
                    unreachable.Add(new UnreachableSubscriber(standing.Subscriber.Id, standing.Subscriber.Name, form.Form, status.Status));
                    continue;
                }

                (status.RemindersPaused ? paused : reminders).Add(new PlannedReminder
                {
                    CircularRef = circular.Ref,
                    SubscriberId = standing.Subscriber.Id,
                    SubscriberName = standing.Subscriber.Name,
                    Form = form.Form,
                    Kind = kind,
                    Slot = slot,
                    Due = form.Due,
                    Status = status.Status,
                    To = to,
                    Findings = status.Findings,
                    Paused = status.RemindersPaused,
                });
            }

            if (kind == "overdue")
            {
                var cannot = unreachable.Where(u => u.Form == form.Form).Select(u => u.SubscriberId).ToHashSet(StringComparer.Ordinal);
                var late = report.Subscribers
                    .Select(s => (s.Subscriber, Status: s[form.Form]?.Status ?? "", Paused: s[form.Form]?.RemindersPaused ?? false, LatestNote: s.Notes.Count > 0 ? s.Notes[^1].Text : null))
                    .Where(s => s.Status is FormStatuses.Late or FormStatuses.Missing or FormStatuses.Incomplete)
                    .Select(s => new DigestLine(s.Subscriber.Id, s.Subscriber.Name, s.Status,
                        cannot.Contains(s.Subscriber.Id) ? UnreachableSubscriber.Reason : null, s.Paused, s.LatestNote))
                    .ToList();
                digests.Add(new PlannedDigest(circular.Ref, form.Form, form.Due, slot, late)
                {
                    Bouncing = [.. report.Subscribers.SelectMany(s => s.Bouncing.Select(b => (s.Subscriber.Id, b)))],
                });
            }
        }

        return new ReminderPlan(reminders, digests) { Paused = paused, Unreachable = unreachable };
    }

    /// <summary>The newest slot at or before the moment that still applies: before-due slots until the deadline passes, then the overdue ones.</summary>
    internal static (DateTimeOffset Slot, string Kind)? LatestSlot(ReminderSchedule schedule, DateOnly due, DateTimeOffset asOf)
    {
        var deadline = HongKongTime.EndOf(due);
        (DateTimeOffset, string)? latest = null;
        foreach (var days in schedule.DaysBefore)
        {
            var slot = At(due.AddDays(-days), schedule.At);
            if (slot <= asOf && asOf <= deadline && (latest is null || slot > latest.Value.Item1))
            {
                latest = (slot, "before_due");
            }
        }

        foreach (var days in schedule.DaysAfter)
        {
            var slot = At(due.AddDays(days), schedule.At);
            if (slot > deadline && slot <= asOf && (latest is null || slot > latest.Value.Item1))
            {
                latest = (slot, "overdue");
            }
        }

        return latest;
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), HongKongTime.Offset);
}
