using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Intake.Compliance;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsnForms.Intake.Pipeline;

/// <summary>
/// One polling cycle: every new message is archived, its forms read and recorded against the right
/// subscriber and circular (or kept for review with a reason), the sender answered and the message
/// marked. Each step is written to the ledger before the next, and every write is idempotent, so a
/// cycle interrupted anywhere and run again ends in the same state as one that never stopped.
/// </summary>
public sealed partial class IntakePipeline(
    FormReader reader,
    FormCatalog catalog,
    CircularStore circulars,
    SubscriberRegister register,
    SubmissionStore submissions,
    ReviewStore review,
    MessageLedger ledger,
    MailArchive archive,
    IOptions<IntakeOptions> options,
    IOptions<ServiceDeskOptions> desk,
    ILogger<IntakePipeline> logger)
{
    private readonly IntakeOptions _options = options.Value;

    /// <summary>Called between steps; tests use it to interrupt a cycle at each one.</summary>
    internal Func<string, CancellationToken, Task>? Checkpoint { get; set; }

    public async Task<CycleSummary> RunCycleAsync(IMailbox mailbox, IProgress<CycleSummary>? progress, CancellationToken cancellationToken)
    {
        var summary = new CycleSummary();
        var known = await circulars.ListAsync(cancellationToken).ConfigureAwait(false);
        var pendingReplies = new List<(IncomingMail, OutgoingMail)>();
        var pendingMarks = new List<IncomingMail>();
        var takenThisCycle = new HashSet<string>(StringComparer.Ordinal);

        await foreach (var mail in mailbox.ReadNewAsync(cancellationToken).ConfigureAwait(false))
        {
            summary.Messages++;
            var outcome = await TakeAsync(mailbox, mail, known, summary, cancellationToken).ConfigureAwait(false);

            // The same message twice in one cycle: its forms count as duplicates, its sender is answered once.
            var first = takenThisCycle.Add(mail.MessageKey);
            if (outcome.Reply is { } reply && first)
            {
                pendingReplies.Add((mail, reply));
            }

            if (outcome.Mark)
            {
                pendingMarks.Add(mail);
            }

            if (pendingReplies.Count >= _options.WriteBatchSize || pendingMarks.Count >= _options.WriteBatchSize)
            {
                await FlushAsync(mailbox, pendingReplies, pendingMarks, summary, cancellationToken).ConfigureAwait(false);
            }

            if (summary.Messages % 100 == 0)
            {
                progress?.Report(summary);
            }
        }

        await FlushAsync(mailbox, pendingReplies, pendingMarks, summary, cancellationToken).ConfigureAwait(false);

        // A reply or mark the mailbox refused: keep the old read position, so the next cycle reads these
        // messages again and does only what is still missing (every other step is idempotent).
        if (summary.WritesFailed == 0)
        {
            await mailbox.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        LogCycle(logger, mailbox.Name, summary.Messages, summary.Forms, summary.Recorded, summary.Duplicates, summary.Review, summary.Untouched);
        return summary;
    }

    private async Task FlushAsync(IMailbox mailbox, List<(IncomingMail Mail, OutgoingMail Reply)> replies, List<IncomingMail> marks, CycleSummary summary, CancellationToken cancellationToken)
    {
        if (replies.Count > 0)
        {
            if (await TryWriteAsync(() => mailbox.ReplyAsync(replies, cancellationToken), "replies", replies.Count, summary).ConfigureAwait(false))
            {
                await ledger.SetStagesAsync(mailbox.Name, replies.Select(r => (r.Mail.MessageKey, Summary(r.Mail))), LedgerStage.Acknowledged, cancellationToken).ConfigureAwait(false);

                summary.Acknowledged += replies.Count;
            }
            else
            {
                // Not answered: not marked either, so the next cycle answers and marks it.
                var unanswered = replies.Select(r => r.Mail.MessageKey).ToHashSet(StringComparer.Ordinal);
                marks.RemoveAll(m => unanswered.Contains(m.MessageKey));
            }

            replies.Clear();
            await CheckpointAsync("acknowledge", cancellationToken).ConfigureAwait(false);
        }

        if (marks.Count > 0)
        {
            if (await TryWriteAsync(() => mailbox.MarkProcessedAsync(marks, cancellationToken), "marks", marks.Count, summary).ConfigureAwait(false))
            {
                await ledger.SetStagesAsync(mailbox.Name, marks.Select(m => (m.MessageKey, Summary(m))), LedgerStage.Done, cancellationToken).ConfigureAwait(false);
            }

            marks.Clear();
            await CheckpointAsync("mark", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(OutgoingMail? Reply, bool Mark)> TakeAsync(IMailbox mailbox, IncomingMail mail, IReadOnlyList<Circular> known, CycleSummary summary, CancellationToken cancellationToken)
    {
        var stage = await ledger.StageAsync(mailbox.Name, mail.MessageKey, cancellationToken).ConfigureAwait(false);
        var files = mail.Attachments.Where(a => !a.IsDecoration).ToList();
        var mentioned = MentionedCircular(mail.Subject, known);
        if (files.Count == 0 && mentioned is null)
        {
            summary.Untouched++;
            return (null, false);
        }

        // 1. Archive the original and every file, before anything is decided about them.
        var messageBlob = mail.LoadMime is null ? null
            : await archive.StoreMessageAsync(mail.MessageKey, mail.ReceivedAt, await mail.LoadMime(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var blobs = new Dictionary<int, string>();
        foreach (var file in files.Where(f => f.Kind == AttachmentKind.File && f.Unavailable is null))
        {
            blobs[file.Index] = await archive.StoreAttachmentAsync(mail.MessageKey, mail.ReceivedAt, file.Index, file.Name, file.Content, cancellationToken).ConfigureAwait(false);
        }

        await CheckpointAsync("archive", cancellationToken).ConfigureAwait(false);

        // 2. Read and record: a submission, or a review item with its reason.
        var outcomes = new List<AttachmentOutcome>();
        var sender = await register.MatchSenderAsync(mail.From, cancellationToken).ConfigureAwait(false);
        if (files.Count == 0)
        {
            await AddReviewAsync(summary, new ReviewItem
            {
                CircularRef = mentioned?.Ref,
                MessageKey = mail.MessageKey,
                Reason = ReviewReasons.NoForm,
                Detail = "The message mentions a circular but carries no attached form.",
                From = mail.From,
                Subject = mail.Subject,
                ReceivedAt = mail.ReceivedAt,
                Blob = messageBlob,
            }, cancellationToken).ConfigureAwait(false);
            outcomes.Add(new AttachmentOutcome("(no attachment)", "No form was attached, so nothing was recorded.", false)
            {
                ToFix = "Attach the completed form to a reply to this message.",
            });
        }

        foreach (var file in files)
        {
            outcomes.Add(await TakeFileAsync(mail, file, blobs.GetValueOrDefault(file.Index), sender, known, mentioned, summary, cancellationToken).ConfigureAwait(false));
        }

        if (stage is null or < LedgerStage.Recorded)
        {
            await ledger.SetStageAsync(mailbox.Name, mail.MessageKey, LedgerStage.Recorded, Summary(mail), cancellationToken).ConfigureAwait(false);
        }

        await CheckpointAsync("record", cancellationToken).ConfigureAwait(false);

        // 3 and 4. Answer and mark, in batches; a message already answered is not answered again.
        var reply = _options.SendAcknowledgements && stage is null or < LedgerStage.Acknowledged && !string.IsNullOrEmpty(mail.From)
            ? Acknowledgement.Compose(mail, outcomes, desk.Value)
            : null;
        return (reply, stage is null or < LedgerStage.Done);
    }

    private async Task<AttachmentOutcome> TakeFileAsync(IncomingMail mail, MailAttachment file, string? blob, SenderMatch sender, IReadOnlyList<Circular> known, Circular? mentioned, CycleSummary summary, CancellationToken cancellationToken)
    {
        ReviewItem Review(string reason, string detail, string? circularRef = null) => new()
        {
            CircularRef = circularRef,
            MessageKey = mail.MessageKey,
            Attachment = file.Index,
            Reason = reason,
            Detail = detail,
            From = mail.From,
            Subject = mail.Subject,
            ReceivedAt = mail.ReceivedAt,
            AttachmentName = file.Name,
            Blob = blob,
        };

        if (file.Kind == AttachmentKind.Reference)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.CloudLink, $"A link to a cloud file ({file.SourceUrl}) was sent instead of the file."), cancellationToken).ConfigureAwait(false);
            return new AttachmentOutcome(file.Name, "This is a link to a cloud file, which we cannot open.", false)
            {
                ToFix = "Attach the form file itself, not a link to it.",
            };
        }

        if (file.Unavailable is { } why)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.Unavailable, why), cancellationToken).ConfigureAwait(false);
            return new AttachmentOutcome(file.Name, "We could not open this file from our mailbox; the service desk will look at it.", false)
            {
                ToFix = "Nothing for now: the service desk may ask you to send it again.",
            };
        }

        var result = reader.Read(file.Name, file.Content, mentioned ?? (known.Count == 1 ? known[0] : null));
        if (result.Status == FormStatus.Rejected)
        {
            var problem = result.Problems[0];
            await AddReviewAsync(summary, Review(ReviewReasons.Rejected(problem.Code), problem.Message), cancellationToken).ConfigureAwait(false);
            return new AttachmentOutcome(file.Name, "Not read: " + problem.Message, false)
            {
                ToFix = FormFinding.Of(problem, null).ToFix,
            };
        }

        if (result.Status == FormStatus.Unrecognised)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.NotAForm, result.Problems[0].Message), cancellationToken).ConfigureAwait(false);
            return new AttachmentOutcome(file.Name, "This document is not one of the forms we expect; the service desk will look at it.", false)
            {
                ToFix = FormFinding.Of(result.Problems[0], null).ToFix,
            };
        }

        summary.Forms++;
        var title = Acknowledgement.FormTitle(catalog, result.Form!);
        var written = result["subscriber_id"] as string;
        string? subscriberId;
        if (sender.SubscriberIds.Count == 0)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.UnknownSender, $"{mail.From} is not a registered address or domain of any subscriber{(written is null ? "" : $" (the form says {written})")}."), cancellationToken).ConfigureAwait(false);
            return new AttachmentOutcome(file.Name, $"{title}: received, but {mail.From} is not registered for any subscriber, so the service desk will review it.", false)
            {
                ToFix = "Send forms from an address registered for your company, or ask the service desk to register this one.",
            };
        }

        if (written is not null && sender.SubscriberIds.Contains(written))
        {
            subscriberId = written;
        }
        else if (written is not null && await register.FindAsync(written, cancellationToken).ConfigureAwait(false) is not null)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.SubscriberMismatch, $"The form is for {written} but was sent from {mail.From}, registered for {string.Join(", ", sender.SubscriberIds)}."), cancellationToken).ConfigureAwait(false);
            return new AttachmentOutcome(file.Name, $"{title}: the form names subscriber {written}, but your address is registered for {string.Join(", ", sender.SubscriberIds)}; the service desk will review it.", false)
            {
                ToFix = "Check the HSN Subscriber ID on the form; the service desk will contact you if it needs more.",
            };
        }
        else if (sender.SubscriberIds.Count == 1)
        {
            subscriberId = sender.SubscriberIds[0];
        }
        else
        {
            await AddReviewAsync(summary, Review(ReviewReasons.SubscriberMismatch, $"{mail.From} is registered for several subscribers ({string.Join(", ", sender.SubscriberIds)}) and the form does not say which."), cancellationToken).ConfigureAwait(false);
            return new AttachmentOutcome(file.Name, $"{title}: your address serves several subscribers and the form does not name one; the service desk will review it.", false)
            {
                ToFix = "Fill in the HSN Subscriber ID the form is for and send it again.",
            };
        }

        var circular = ResolveCircular(result, mail.ReceivedAt, known);
        if (circular is null)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.AmbiguousCircular, $"The {result.Form} form names no known circular ({result["circular_ref"] ?? "no reference"}) and no single open circular asks for it."), cancellationToken).ConfigureAwait(false);
            return new AttachmentOutcome(file.Name, $"{title}: we could not tell which circular it answers; the service desk will review it.", false)
            {
                ToFix = "Use the form attached to the circular, with its Ref. No. (e.g. HDS/23/1109) filled in.",
            };
        }

        var submission = Submission.Of(result, circular.Ref, subscriberId, file.Content.Span, file.Name, blob ?? "",
            (mail.MessageKey, mail.InternetMessageId, mail.From, mail.Subject, mail.ReceivedAt));
        var added = await submissions.TryAddAsync(submission, cancellationToken).ConfigureAwait(false);
        if (added)
        {
            summary.Recorded++;
            summary.ChangedCirculars.Add(circular.Ref);
            LogRecorded(logger, result.Form!, subscriberId, circular.Ref, result.IsComplete, mail.ReceivedAt);
        }
        else
        {
            summary.Duplicates++;
        }

        // The sender is told what the report will say: the same check and standing rules, as of the mail's arrival.
        var mine = await submissions.ListAsync(circular.Ref, subscriberId, cancellationToken).ConfigureAwait(false);
        var receipt = FormReceipt.For(circular, submission, mine, catalog);
        var again = added ? "" : " You sent this same file before; it counts once.";
        return new AttachmentOutcome(file.Name,
            $"{title} for {subscriberId}, circular {circular.Ref}: received {HongKongTime.Readable(mail.ReceivedAt)}. {receipt.Outcome()}{again}",
            true)
        {
            Findings = receipt.Check.Findings,
            Complete = receipt.Check.Complete,
        };
    }

    /// <summary>The circular the form names, else the only circular still open for that form.</summary>
    private Circular? ResolveCircular(FormReadResult result, DateTimeOffset receivedAt, IReadOnlyList<Circular> known)
    {
        if (result["circular_ref"] is string written)
        {
            var key = TableKeys.Circular(written);
            if (known.FirstOrDefault(c => TableKeys.Circular(c.Ref) == key) is { } named)
            {
                return named;
            }
        }

        var day = HongKongTime.DateOf(receivedAt);
        var open = known.Where(c => c.Form(result.Form!) is { } form
            && (c.Issued is null || c.Issued <= day)
            && form.Due.AddDays(_options.OpenCircularGraceDays) >= day).ToList();
        return open.Count == 1 ? open[0] : null;
    }

    /// <summary>A circular named in the subject ("RE: HDS/23/1109 Intention Form"), for mail that carries no form.</summary>
    private static Circular? MentionedCircular(string subject, IReadOnlyList<Circular> known)
    {
        var compact = subject.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        return known.FirstOrDefault(c => compact.Contains(c.Ref.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    private async Task AddReviewAsync(CycleSummary summary, ReviewItem item, CancellationToken cancellationToken)
    {
        if (await review.TryAddAsync(item, cancellationToken).ConfigureAwait(false))
        {
            summary.Review++;
            LogReview(logger, item.Reason, item.From, item.AttachmentName ?? "(message)");
        }
    }

    /// <summary>
    /// Replies and marks come after the records: when the mailbox refuses them, the records stand, the
    /// ledger keeps the earlier step, and the next cycle tries the writes again.
    /// </summary>
    private async Task<bool> TryWriteAsync(Func<Task> write, string what, int count, CycleSummary summary)
    {
        try
        {
            await write().ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            LogWriteFailed(logger, count, what, ex.Message);
            summary.WritesFailed += count;
            return false;
        }
    }

    private Task CheckpointAsync(string step, CancellationToken cancellationToken) =>
        Checkpoint is { } checkpoint ? checkpoint(step, cancellationToken) : Task.CompletedTask;

    private static IncomingSummary Summary(IncomingMail mail) => new(mail.From, mail.Subject, mail.ReceivedAt, mail.SourceId);


    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Intake cycle for {Mailbox}: {Messages} messages, {Forms} forms, {Recorded} recorded, {Duplicates} duplicates, {Review} for review, {Untouched} untouched")]
    private static partial void LogCycle(ILogger logger, string mailbox, int messages, int forms, int recorded, int duplicates, int review, int untouched);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Recorded {Form} form from {SubscriberId} for {CircularRef} (complete: {Complete}) received {ReceivedAt}")]
    private static partial void LogRecorded(ILogger logger, string form, string subscriberId, string circularRef, bool complete, DateTimeOffset receivedAt);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "{Count} {What} could not be written to the mailbox ({Reason}); they are tried again next cycle")]
    private static partial void LogWriteFailed(ILogger logger, int count, string what, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Kept for review ({Reason}): {Attachment} from {From}")]
    private static partial void LogReview(ILogger logger, string reason, string from, string attachment);
}
