using HsnForms.Forms.Catalog;
using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Compliance;

/// <summary>
/// A subscriber's standing on one form of a circular at a moment, by the rules of forms.md: what was
/// received, whether it counts, and what is still missing.
/// </summary>
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

    /// <summary>Reminders of this form to the subscriber were paused by the service desk at the report's moment.</summary>
    public bool RemindersPaused { get; init; }

    /// <summary>What is still wrong with the latest form when none is complete, each with what to do about it.</summary>
    public IReadOnlyList<FormFinding> Findings { get; init; } = [];

    /// <summary>The findings' messages.</summary>
    public IReadOnlyList<string> Problems => [.. Findings.Select(f => f.Message)];

    /// <summary>
    /// The standing on <paramref name="form"/> from the subscriber's forms counted by <paramref name="asOf"/>
    /// (<paramref name="received"/> of this form in the order they arrived, and the subscriber's intentions).
    /// </summary>
    public static FormStanding Of(CircularForm form, DateTimeOffset asOf, IReadOnlyList<Submission> received, IEnumerable<Submission> intentions, FormCatalog catalog)
    {
        var due = HongKongTime.EndOf(form.Due);
        intentions = [.. intentions];

        // The result form is not required of a subscriber whose latest complete intention declines.
        if (form.Form == "result" && FormCheck.LatestComplete(intentions) is { } intention && intention.Fields.Participate == false)
        {
            var shownResult = FormCheck.LatestComplete(received);
            return new FormStanding { Form = form.Form, Status = FormStatuses.NotRequired, Received = received.Count, ReceivedAt = shownResult?.ReceivedAt, Shown = shownResult, Decided = shownResult };
        }

        var promised = form.Form == "result" ? FormCheck.Promised(intentions) : [];
        var complete = received.Where(s => FormCheck.Of(s, promised, catalog).Complete).ToList();
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
                Findings = FormCheck.Of(latest, promised, catalog).Findings,
            };
        }

        return new FormStanding { Form = form.Form, Status = asOf <= due ? FormStatuses.Pending : FormStatuses.Missing };
    }
}
