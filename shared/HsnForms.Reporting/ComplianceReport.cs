using HsnForms.Forms.Catalog;
using HsnForms.Intake;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Storage;

namespace HsnForms.Reporting;

/// <summary>A subscriber's standing on one form, in the statuses of forms.md.</summary>
public static class FormStatuses
{
    public const string OnTime = "on_time";
    public const string Late = "late";
    public const string Incomplete = "incomplete";
    public const string Pending = "pending";
    public const string Missing = "missing";
    public const string NotRequired = "not_required";

    public static readonly string[] All = [OnTime, Late, Incomplete, Pending, Missing, NotRequired];
}

public sealed record FormStanding
{
    public required string Form { get; init; }
    public required string Status { get; init; }

    /// <summary>When the submission that decided the status arrived (the first complete one; else the latest).</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>The latest complete form, whose values are shown (a correction replaces values, not timeliness).</summary>
    public Submission? Shown { get; init; }

    public int Received { get; init; }

    /// <summary>The submission that decided the status: the first complete one, else the latest received.</summary>
    public Submission? Decided { get; init; }

    /// <summary>"desk" when a desk entry decided the status or supplies the values shown; "mail" otherwise; null when nothing was received.</summary>
    public string? Source => Decided is null && Shown is null ? null
        : Decided?.Source == SubmissionSources.Desk || Shown?.Source == SubmissionSources.Desk ? SubmissionSources.Desk : SubmissionSources.Mail;

    /// <summary>A person corrected the submission that decided the status or supplies the values shown.</summary>
    public bool Corrected => Decided?.Corrected == true || Shown?.Corrected == true;

    /// <summary>Reminders of this form to the subscriber were paused at the report's moment.</summary>
    public bool RemindersPaused { get; init; }

    /// <summary>What is still wrong with the latest form when none is complete.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}

public sealed record SubscriberStanding(Subscriber Subscriber, IReadOnlyList<FormStanding> Forms)
{
    /// <summary>Its registered addresses our mail no longer reaches (bounced for good), as known at the report's moment.</summary>
    public IReadOnlyList<BouncingAddress> Bouncing { get; init; } = [];

    public FormStanding? this[string form] => Forms.FirstOrDefault(f => f.Form == form);

    /// <summary>The service desk's notes on the subscriber for the circular, made by the report's moment, oldest first.</summary>
    public IReadOnlyList<DeskNote> Notes { get; init; } = [];
}

/// <summary>
/// The deadline compliance report of a circular as it stood at a moment: only mail received by then
/// counts, so a report for a past moment is the same whenever it is built.
/// </summary>
public sealed record ComplianceReport(Circular Circular, DateTimeOffset AsOf, IReadOnlyList<SubscriberStanding> Subscribers, IReadOnlyList<ReviewItem> Review)
{
    public IReadOnlyDictionary<string, int> Summary(string form)
    {
        var counts = FormStatuses.All.Where(s => s != FormStatuses.NotRequired || form != "intention").ToDictionary(s => s, _ => 0);
        foreach (var standing in Subscribers)
        {
            if (standing[form] is { } f)
            {
                counts[f.Status] = counts.GetValueOrDefault(f.Status) + 1;
            }
        }

        return counts;
    }

    /// <summary>
    /// Builds the report from the records, by the status rules of forms.md, with what the service desk
    /// had decided by <paramref name="asOf"/>: its corrections (each form checked again), entries,
    /// notes and reminder pauses. A decision made later does not show.
    /// </summary>
    public static ComplianceReport Build(Circular circular, DateTimeOffset asOf, IReadOnlyList<Subscriber> register, IEnumerable<Submission> submissions, IEnumerable<ReviewItem> review,
        IEnumerable<BouncingAddress>? bouncing = null, DeskRecord? desk = null, FormCatalog? catalog = null)
    {
        var known = (desk ?? DeskRecord.Empty).AsOf(asOf);
        catalog ??= FormCatalog.Default;
        var counted = submissions.Where(s => s.CountedAt(asOf)).Select(s => known.Apply(s, catalog)).ToLookup(s => (s.SubscriberId, s.Form));
        var bounced = (bouncing ?? []).Where(b => b.Since <= asOf).SelectMany(b => b.SubscriberIds.Select(id => (Id: id, Address: b))).ToLookup(b => b.Id, b => b.Address);
        var standings = new List<SubscriberStanding>();
        foreach (var subscriber in register.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var forms = new List<FormStanding>();
            foreach (var form in circular.Forms)
            {
                forms.Add(Standing(circular, form, asOf, [.. counted[(subscriber.Id, form.Form)].OrderBy(s => s.ReceivedAt)], counted[(subscriber.Id, "intention")])
                    with { RemindersPaused = known.Paused(subscriber.Id, form.Form) });
            }

            standings.Add(new SubscriberStanding(subscriber, forms) { Notes = known.NotesFor(subscriber.Id), Bouncing = [.. bounced[subscriber.Id]] });
        }

        return new ComplianceReport(circular, asOf, standings, [.. review.Where(r => r.WaitedAt(asOf)).Select(r => r.AsWaiting()).OrderBy(r => r.ReceivedAt)]);
    }

    private static FormStanding Standing(Circular circular, CircularForm form, DateTimeOffset asOf, List<Submission> received, IEnumerable<Submission> intentions)
    {
        var due = HongKongTime.EndOf(form.Due);

        // The result form is not required of a subscriber whose latest complete intention declines.
        if (form.Form == "result" && LatestComplete(intentions) is { } intention && intention.Fields.Participate == false)
        {
            var shownResult = LatestComplete(received);
            return new FormStanding { Form = form.Form, Status = FormStatuses.NotRequired, Received = received.Count, ReceivedAt = shownResult?.ReceivedAt, Shown = shownResult, Decided = shownResult };
        }

        var verified = form.Form == "result" && LatestComplete(intentions) is { } plan ? plan.Fields.Services : [];
        var complete = received.Where(s => IsComplete(s, verified)).ToList();
        if (complete.Count > 0)
        {
            var first = complete[0];
            return new FormStanding
            {
                Form = form.Form,
                Status = first.ReceivedAt <= due ? FormStatuses.OnTime : FormStatuses.Late,
                ReceivedAt = first.ReceivedAt,
                Shown = complete[^1],
                Decided = first,
                Received = received.Count,
            };
        }

        if (received.Count > 0)
        {
            var latest = received[^1];
            return new FormStanding
            {
                Form = form.Form,
                Status = FormStatuses.Incomplete,
                ReceivedAt = latest.ReceivedAt,
                Received = received.Count,
                Decided = latest,
                Problems = [.. latest.Problems.Where(p => p.Code is "missing" or "invalid").Select(p => p.Message).Concat(MissingResults(latest, verified))],
            };
        }

        return new FormStanding { Form = form.Form, Status = asOf <= due ? FormStatuses.Pending : FormStatuses.Missing };
    }

    /// <summary>Complete as read, and for the result form a result for every service the intention said would be verified.</summary>
    private static bool IsComplete(Submission submission, IReadOnlyList<string> verified) =>
        submission.Complete && !MissingResults(submission, verified).Any();

    private static IEnumerable<string> MissingResults(Submission submission, IReadOnlyList<string> verified)
    {
        if (submission.Form != "result" || verified.Count == 0)
        {
            yield break;
        }

        var results = submission.Fields.Results;
        foreach (var service in verified.Where(s => !results.ContainsKey(s)))
        {
            yield return $"No result for {service}, which the intention form said would be verified.";
        }
    }

    private static Submission? LatestComplete(IEnumerable<Submission> submissions) =>
        submissions.Where(s => s.Complete).OrderBy(s => s.ReceivedAt).LastOrDefault();
}
