using System.Globalization;
using HsnForms.Forms.Catalog;
using HsnForms.Intake.Storage;

namespace HsnForms.Intake.Compliance;

/// <summary>
/// What one received form did for its subscriber: the check of the form itself and the standing it
/// leaves on that form, judged by the same rules as the report at the moment the mail arrived. The
/// reply's sentence is read from here, so it never calls a form on time that does not count.
/// </summary>
public sealed record FormReceipt(Submission Submission, FormCheck Check, FormStanding? Standing, DateOnly? Due)
{
    /// <summary>
    /// The receipt of <paramref name="submission"/>, given every form of its subscriber for the circular
    /// (the submission among them or not), as it stood when the submission arrived.
    /// </summary>
    public static FormReceipt For(Circular circular, Submission submission, IEnumerable<Submission> subscriberForms, FormCatalog catalog)
    {
        var asOf = submission.ReceivedAt;
        var counted = subscriberForms.Where(s => s.CountedAt(asOf) && s.Id != submission.Id).Append(submission).OrderBy(s => s.ReceivedAt).ToList();
        var intentions = counted.Where(s => s.Form == "intention").ToList();
        var promised = submission.Form == "result" ? FormCheck.Promised(intentions) : [];
        var check = FormCheck.Of(submission, promised, catalog);
        if (circular.Form(submission.Form) is not { } form)
        {
            return new FormReceipt(submission, check, null, null);
        }

        var standing = FormStanding.Of(form, asOf, [.. counted.Where(s => s.Form == form.Form)], intentions, catalog);
        return new FormReceipt(submission, check, standing, form.Due);
    }

    /// <summary>Whether the form did not need sending (the result form after an intention that declines).</summary>
    public bool NotRequired => Standing?.Status == FormStatuses.NotRequired;

    /// <summary>The sentence a sender reads about this form, after "received (time)".</summary>
    public string Outcome()
    {
        var due = Due is { } day ? day.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : null;
        if (NotRequired)
        {
            return "Your intention form says you will not take part in the Practice Session, so no Result Form is required of you; we have kept this one.";
        }

        // An earlier complete form decided the status: this one does not change it.
        var earlier = Standing is { Status: FormStatuses.OnTime or FormStatuses.Late, ReceivedAt: { } decided } && decided < Submission.ReceivedAt
            ? $"your complete form of {HongKongTime.Readable(decided)}, which counts as {(Standing.Status == FormStatuses.OnTime ? "on time" : "late")}"
            : null;
        var toFix = Check.Findings.Count == 1 ? "1 thing to fix" : $"{Check.Findings.Count} things to fix";

        if (Check.Complete)
        {
            return (earlier, Standing?.Status, due) switch
            {
                ({ } before, _, _) => $"The form is complete; its answers replace those of {before}.",
                (null, FormStatuses.OnTime, { } d) => $"The form is complete and on time (due on or before {d}).",
                (null, FormStatuses.Late, { } d) => $"The form is complete but arrived after the deadline ({d}), so it is recorded as late.",
                _ => "The form is complete.",
            };
        }

        if (earlier is not null)
        {
            return $"The form is incomplete ({toFix}), so it does not replace {earlier}.";
        }

        if (Due is { } deadline)
        {
            return HongKongTime.IsOnOrBefore(Submission.ReceivedAt, deadline)
                ? $"The form is incomplete ({toFix}). It counts once it is complete: please send the corrected form by {HongKongTime.Readable(HongKongTime.EndOf(deadline))} to be on time."
                : $"The form is incomplete ({toFix}) and arrived after the deadline ({due}): please send the corrected form as soon as possible; it will be recorded as late.";
        }

        return $"The form is incomplete ({toFix}).";
    }
}
