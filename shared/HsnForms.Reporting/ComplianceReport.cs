using HsnForms.Forms.Catalog;
using HsnForms.Intake.Compliance;
using HsnForms.Intake.Decisions;
using HsnForms.Intake.Storage;

namespace HsnForms.Reporting;

public sealed record SubscriberStanding(Subscriber Subscriber, IReadOnlyList<FormStanding> Forms)
{
    /// <summary>Its registered addresses our mail no longer reaches (bounced for good), as known at the report's moment.</summary>
    public IReadOnlyList<BouncingAddress> Bouncing { get; init; } = [];

    /// <summary>The service desk's notes on the subscriber for the circular, made by the report's moment, oldest first.</summary>
    public IReadOnlyList<DeskNote> Notes { get; init; } = [];

    public FormStanding? this[string form] => Forms.FirstOrDefault(f => f.Form == form);
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

    /// <summary>Builds the report from the records, by the status rules of forms.md.</summary>
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
                forms.Add(FormStanding.Of(form, asOf, [.. counted[(subscriber.Id, form.Form)].OrderBy(s => s.ReceivedAt)], counted[(subscriber.Id, "intention")], catalog)
                    with { RemindersPaused = known.Paused(subscriber.Id, form.Form) });
            }

            standings.Add(new SubscriberStanding(subscriber, forms) { Notes = known.NotesFor(subscriber.Id), Bouncing = [.. bounced[subscriber.Id]] });
        }

        return new ComplianceReport(circular, asOf, standings, [.. review.Where(r => r.WaitedAt(asOf)).Select(r => r.AsWaiting()).OrderBy(r => r.ReceivedAt)]);
    }
}
