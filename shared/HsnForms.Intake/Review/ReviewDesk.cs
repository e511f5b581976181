using HsnForms.Forms.Reading;
using HsnForms.Intake.Pipeline;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging;

namespace HsnForms.Intake.Review;

/// <summary>Why a review item cannot be settled the way a person asked; one line they can act on.</summary>
public sealed class ReviewDeskException(string message) : Exception(message);

/// <summary>What settling a review item did.</summary>
/// <param name="Item">The item as it now stands.</param>
/// <param name="Submission">The form counted, when one was accepted.</param>
/// <param name="AlreadyCounted">The same form was already counted for that subscriber (sent again properly, say).</param>
/// <param name="Warnings">What the person may want to know: the form names another subscriber, it is incomplete.</param>
public sealed record ReviewDecision(ReviewItem Item, Submission? Submission, bool AlreadyCounted, IReadOnlyList<string> Warnings);

/// <summary>
/// The service desk's side of review: list what waits, count a held form for the subscriber a person
/// names, or dismiss an item with a note. The form counts as received when its mail arrived, so a form
/// held only because it came from a private address is still on time; reports for moments before the
/// decision still show the item waiting.
/// </summary>
public sealed partial class ReviewDesk(
    ReviewStore review,
    MailArchive archive,
    FormReader reader,
    CircularStore circulars,
    SubscriberRegister register,
    SubmissionStore submissions,
    ReportTrigger reports,
    Decisions.AuditLog audit,
    TimeProvider clock,
    ILogger<ReviewDesk> logger)
{
    public async Task<IReadOnlyList<ReviewItem>> ListAsync(string? circularRef, bool includeSettled, CancellationToken cancellationToken)
    {
        if (circularRef is not null && await circulars.FindAsync(circularRef, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ReviewDeskException($"no circular {circularRef}.");
        }

        var items = circularRef is null
            ? await ListEverywhereAsync(cancellationToken).ConfigureAwait(false)
            : await review.ListAsync(circularRef, cancellationToken).ConfigureAwait(false);
        return [.. items.Where(i => includeSettled || i.IsOpen)];
    }

    /// <summary>Counts the form an item holds for <paramref name="subscriberId"/>, for the circular it names or <paramref name="circularRef"/>.</summary>
    /// <param name="by">Who decides; null for the operating-system user (the web desk passes the signed-in account).</param>
    public async Task<ReviewDecision> AcceptAsync(string itemId, string subscriberId, string? circularRef, string? note, CancellationToken cancellationToken, string? by = null)
    {
        note = NoteOf(note);
        var person = Decisions.DeskText.Person(by);
        var (item, version) = await OpenItemAsync(itemId, cancellationToken).ConfigureAwait(false);
        var subscriber = await register.FindAsync(subscriberId.Trim().ToUpperInvariant(), cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewDeskException($"{subscriberId} is not in the subscriber register.");
        if (item.Blob is null)
        {
            throw new ReviewDeskException($"{item.Id} holds no file ({item.Reason}); there is nothing to count, so dismiss it with a note.");
        }

        var named = circularRef is null ? null : await circulars.FindAsync(circularRef, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewDeskException($"no circular {circularRef}.");
        var content = await archive.ReadAsync(item.Blob, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewDeskException($"the kept file of {item.Id} ({item.Blob}) is no longer in storage.");
        var result = reader.Read(item.AttachmentName ?? "attachment", content, named);
        if (result.Form is null)
        {
            throw new ReviewDeskException($"{item.AttachmentName ?? item.Id} is not a form we can read ({result.Problems.FirstOrDefault()?.Message ?? result.Status.ToString()}); dismiss it with a note.");
        }

        var circular = named ?? await FormCircularAsync(result, item, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewDeskException($"the form names no known circular ({result["circular_ref"] ?? "no reference"}); say which with --circular REF.");
        if (circular.Form(result.Form) is null)
        {
            throw new ReviewDeskException($"circular {circular.Ref} asks for no {result.Form} form.");
        }

        var warnings = new List<string>();
        if (result["subscriber_id"] is string written && !string.Equals(written, subscriber.Id, StringComparison.Ordinal))
        {
            warnings.Add($"the form itself names {written}; it is counted for {subscriber.Id} as you asked.");
        }

        if (!result.IsComplete)
        {
            warnings.Add($"the form is incomplete: {string.Join("; ", result.Problems.Select(p => p.Message))}");
        }

        var now = clock.GetUtcNow();
        var submission = Submission.Of(result, circular.Ref, subscriber.Id, content, item.AttachmentName ?? "", item.Blob,
            (item.MessageKey, null, item.From, item.Subject, item.ReceivedAt)) with { AcceptedAt = now };

        // Counted first, then settled: if the second write fails the item still waits, and accepting it
        // again finds the form already counted instead of counting it twice.
        var added = await submissions.TryAddAsync(submission, cancellationToken).ConfigureAwait(false);
        var settled = await SettleAsync(item with { Resolution = ReviewResolutions.Accepted, ResolvedAt = now, ResolvedFor = subscriber.Id, Note = note, ResolvedBy = person, SubmissionId = submission.Id }, version, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(new Decisions.AuditEntry
        {
            Action = "review_accept",
            CircularRef = circular.Ref,
            SubscriberId = subscriber.Id,
            Subject = item.Id,
            By = person,
            At = now,
            Why = note,
            Detail = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["submission"] = submission.Id, ["form"] = result.Form, ["counted"] = added }),
        }, cancellationToken).ConfigureAwait(false);
        await reports.RequestAsync(circular.Ref, "review accepted", cancellationToken).ConfigureAwait(false);
        LogAccepted(logger, item.Id, result.Form, subscriber.Id, circular.Ref, added);
        return new ReviewDecision(settled, added ? submission : null, !added, warnings);
    }

    public async Task<ReviewDecision> DismissAsync(string itemId, string note, CancellationToken cancellationToken, string? by = null)
    {
        var why = NoteOf(note);
        if (why is null)
        {
            throw new ReviewDeskException("say why it is dismissed (--note TEXT), so the next person knows.");
        }

        var person = Decisions.DeskText.Person(by);
        var (item, version) = await OpenItemAsync(itemId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var settled = await SettleAsync(item with { Resolution = ReviewResolutions.Dismissed, ResolvedAt = now, Note = why, ResolvedBy = person }, version, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(new Decisions.AuditEntry { Action = "review_dismiss", CircularRef = item.CircularRef, Subject = item.Id, By = person, At = now, Why = why }, cancellationToken).ConfigureAwait(false);
        if (item.CircularRef is { } circularRef)
        {
            await reports.RequestAsync(circularRef, "review dismissed", cancellationToken).ConfigureAwait(false);
        }

        LogDismissed(logger, item.Id, item.Reason);
        return new ReviewDecision(settled, null, false, []);
    }

    /// <summary>A note as the desk keeps every typed text: bounded, cleaned, null when blank.</summary>
    private static string? NoteOf(string? note)
    {
        try
        {
            return Decisions.DeskText.Optional(note, "the note", Decisions.DeskText.NoteLength);
        }
        catch (Decisions.DeskDecisionException ex)
        {
            throw new ReviewDeskException(ex.Message);
        }
    }

    internal async Task<(ReviewItem Item, Azure.ETag Version)> OpenItemAsync(string itemId, CancellationToken cancellationToken)
    {
        var found = await review.FindAsync(itemId.Trim(), cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewDeskException($"no review item {itemId} (hsnforms review list shows the ids).");
        if (!found.Item.IsOpen)
        {
            throw new ReviewDeskException(Settled(found.Item));
        }

        return found;
    }

    internal async Task<ReviewItem> SettleAsync(ReviewItem settled, Azure.ETag version, CancellationToken cancellationToken)
    {
        if (await review.TryResolveAsync(settled, version, cancellationToken).ConfigureAwait(false))
        {
            return settled;
        }

        var now = await review.FindAsync(settled.Id, cancellationToken).ConfigureAwait(false);
        throw new ReviewDeskException(now is { Item.IsOpen: false } ? Settled(now.Value.Item) : $"{settled.Id} changed while it was being settled; try again.");
    }

    private static string Settled(ReviewItem item) =>
        $"{item.Id} was already {item.Resolution}{(item.ResolvedFor is { } id ? " for " + id : "")} on {HongKongTime.Readable(item.ResolvedAt ?? default)}.";

    private async Task<Forms.Catalog.Circular?> FormCircularAsync(FormReadResult result, ReviewItem item, CancellationToken cancellationToken)
    {
        foreach (var candidate in new[] { result["circular_ref"] as string, item.CircularRef })
        {
            if (candidate is not null && await circulars.FindAsync(candidate, cancellationToken).ConfigureAwait(false) is { } circular)
            {
                return circular;
            }
        }

        var all = await circulars.ListAsync(cancellationToken).ConfigureAwait(false);
        var asking = all.Where(c => c.Form(result.Form!) is not null).ToList();
        return asking.Count == 1 ? asking[0] : null;
    }

    private async Task<IReadOnlyList<ReviewItem>> ListEverywhereAsync(CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<ReviewItem>();
        foreach (var item in await review.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            seen.Add(item.Id);
            items.Add(item);
        }

        foreach (var circular in await circulars.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            items.AddRange((await review.ListAsync(circular.Ref, cancellationToken).ConfigureAwait(false)).Where(i => seen.Add(i.Id)));
        }

        return [.. items.OrderBy(i => i.ReceivedAt).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Review item {ItemId} accepted: {Form} form counted for {SubscriberId}, circular {CircularRef} (new submission: {Added})")]
    private static partial void LogAccepted(ILogger logger, string itemId, string form, string subscriberId, string circularRef, bool added);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Review item {ItemId} ({Reason}) dismissed")]
    private static partial void LogDismissed(ILogger logger, string itemId, string reason);
}
