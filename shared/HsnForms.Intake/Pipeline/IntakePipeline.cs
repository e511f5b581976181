using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Intake.Compliance;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Screening;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsnForms.Intake.Pipeline;

/// <summary>
/// One polling cycle: every new message is archived, its forms read and recorded against the right
/// subscriber and circular (or kept for review with a reason), the sender answered and the message
/// marked. Each step is written to the ledger before the next, and every write is idempotent, so a
/// cycle interrupted anywhere and run again ends in the same state as one that never stopped.
/// A message the ledger has finished is passed over before it is read; a message that fails is tried
/// again in later cycles and then kept for review, while the messages after it go on.
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
    AcknowledgementLog acknowledgements,
    BouncingAddresses bouncing,
    TimeProvider clock,
    IOptions<IntakeOptions> options,
    IOptions<ServiceDeskOptions> desk,
    ILogger<IntakePipeline> logger)
{
    private readonly IntakeOptions _options = options.Value;

    /// <summary>Called between steps; tests use it to interrupt a cycle at each one.</summary>
    internal Func<string, CancellationToken, Task>? Checkpoint { get; set; }

    /// <summary>Called as each message is taken; tests use it to make one message fail as a poisoned one would.</summary>
    internal Func<IncomingMail, CancellationToken, Task>? BeforeTake { get; set; }

    /// <summary>What one cycle shares between its messages.</summary>
    private sealed class Cycle(IMailbox mailbox, IReadOnlyList<Circular> known, FinishedMessages finished, CycleSummary summary)
    {
        public IMailbox Mailbox { get; } = mailbox;
        public IReadOnlyList<Circular> Known { get; } = known;
        public FinishedMessages Finished { get; } = finished;
        public CycleSummary Summary { get; } = summary;
        public SubscriberNames? Names { get; set; }
        public HashSet<string>? Bouncing { get; set; }
        public Dictionary<DateOnly, AcknowledgementDay> Answered { get; } = [];
        public List<(IncomingMail Mail, OutgoingMail Reply)> Replies { get; } = [];
        public List<(IncomingMail Mail, FinishedMessage Finished)> Marks { get; } = [];
        public List<FinishedMessage> Unmarked { get; } = [];
        public HashSet<string> Taken { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>What became of one message: its answer, whether it is marked, and how the ledger finishes it.</summary>
    private sealed record Taken(OutgoingMail? Reply, bool Mark, FinishedMessage? Finished);

    public async Task<CycleSummary> RunCycleAsync(IMailbox mailbox, IProgress<CycleSummary>? progress, CancellationToken cancellationToken)
    {
        var summary = new CycleSummary();
        var known = await circulars.ListAsync(cancellationToken).ConfigureAwait(false);
        var finished = await ledger.FinishedAsync(mailbox.Name, mailbox.ListsEverything, cancellationToken).ConfigureAwait(false);
        var cycle = new Cycle(mailbox, known, finished, summary);

        await foreach (var mail in mailbox.ReadNewAsync(new MailboxReading(finished, _options.MaxMessageBytes), cancellationToken).ConfigureAwait(false))
        {
            summary.Messages++;
            var taken = await TakeOrHoldAsync(cycle, mail, cancellationToken).ConfigureAwait(false);

            // The same message twice in one cycle: its forms count as duplicates, its sender is answered once.
            var first = cycle.Taken.Add(mail.MessageKey);
            if (taken.Reply is { } reply && first)
            {
                cycle.Replies.Add((mail, reply));
            }

            if (taken.Finished is { } done)
            {
                if (taken.Mark)
                {
                    cycle.Marks.Add((mail, done));
                }
                else
                {
                    cycle.Unmarked.Add(done);
                }
            }

            if (cycle.Replies.Count >= _options.WriteBatchSize || cycle.Marks.Count >= _options.WriteBatchSize || cycle.Unmarked.Count >= 100)
            {
                await FlushAsync(cycle, cancellationToken).ConfigureAwait(false);
            }

            if (summary.Messages % 100 == 0)
            {
                progress?.Report(summary);
            }
        }

        await FlushAsync(cycle, cancellationToken).ConfigureAwait(false);

        // Messages the ledger had finished were passed over unread; they count as they did when taken.
        summary.Skipped += finished.SkippedMessages;
        summary.Messages += finished.SkippedMessages;
        summary.Forms += finished.SkippedForms;
        summary.Duplicates += finished.SkippedSubmitted;
        summary.Untouched += finished.SkippedUntouched;

        // A reply or mark the mailbox refused, or a message that failed and is tried again: keep the old read
        // position, so the next cycle reads these messages again and does only what is still missing.
        if (summary.WritesFailed == 0 && summary.Failed == 0)
        {
            await mailbox.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        LogCycle(logger, mailbox.Name, summary.Messages, summary.Forms, summary.Recorded, summary.Duplicates, summary.Review, summary.Untouched, summary.Skipped, summary.Unanswered, summary.Failed);
        return summary;
    }

    private async Task FlushAsync(Cycle cycle, CancellationToken cancellationToken)
    {
        var (mailbox, summary, replies, marks) = (cycle.Mailbox, cycle.Summary, cycle.Replies, cycle.Marks);
        if (replies.Count > 0)
        {
            // The day's counts are kept before the replies they count go out.
            foreach (var day in cycle.Answered.Values)
            {
                await day.SaveAsync(cancellationToken).ConfigureAwait(false);
            }

            if (await TryWriteAsync(() => mailbox.ReplyAsync(replies, cancellationToken), "replies", replies.Count, summary).ConfigureAwait(false))
            {
                await ledger.SetStagesAsync(mailbox.Name, replies.Select(r => (r.Mail.MessageKey, Summary(r.Mail))), LedgerStage.Acknowledged, cancellationToken).ConfigureAwait(false);
                summary.Acknowledged += replies.Count;
            }
            else
            {
                // Not answered: not marked either, so the next cycle answers and marks it.
                var unanswered = replies.Select(r => r.Mail.MessageKey).ToHashSet(StringComparer.Ordinal);
                marks.RemoveAll(m => unanswered.Contains(m.Mail.MessageKey));
            }

            replies.Clear();
            await CheckpointAsync("acknowledge", cancellationToken).ConfigureAwait(false);
        }

        if (marks.Count > 0)
        {
            if (await TryWriteAsync(() => mailbox.MarkProcessedAsync([.. marks.Select(m => m.Mail)], cancellationToken), "marks", marks.Count, summary).ConfigureAwait(false))
            {
                await ledger.FinishAsync(mailbox.Name, [.. marks.Select(m => m.Finished)], cancellationToken).ConfigureAwait(false);
            }

            marks.Clear();
            await CheckpointAsync("mark", cancellationToken).ConfigureAwait(false);
        }

        if (cycle.Unmarked.Count > 0)
        {
            await ledger.FinishAsync(mailbox.Name, cycle.Unmarked, cancellationToken).ConfigureAwait(false);
            cycle.Unmarked.Clear();
        }
    }

    /// <summary>
    /// Takes a message, or counts its failure: a message that fails with an error of its own making is tried
    /// again in the next cycles, and after <see cref="IntakeOptions.MaxAttempts"/> tries it goes to review as
    /// unprocessable with its original archived. The cycle goes on with the next message either way.
    /// </summary>
    private async Task<Taken> TakeOrHoldAsync(Cycle cycle, IncomingMail mail, CancellationToken cancellationToken)
    {
        LedgerEntry? entry = null;
        try
        {
            entry = await cycle.Finished.EntryAsync(mail.MessageKey, cancellationToken).ConfigureAwait(false);
            if (entry is { Stage: LedgerStage.Done } && (entry.Size is null || mail.Size is null || entry.Size == mail.Size))
            {
                // Finished under another source (the same message in two files): nothing to do again. Another message
                // that only shares its Message-ID (a different size) is read, though never answered or marked again.
                cycle.Summary.Skipped++;
                cycle.Summary.Forms += entry.Forms;
                cycle.Summary.Duplicates += entry.Submitted;
                cycle.Summary.Untouched += entry.Untouched ? 1 : 0;
                return new Taken(null, false, new FinishedMessage(mail.MessageKey, Summary(mail), entry.Forms, entry.Submitted, entry.Untouched));
            }

            if (entry is { Attempts: var tried } && tried >= _options.MaxAttempts)
            {
                return await UnprocessableAsync(cycle, mail, tried, "it failed in earlier cycles", cancellationToken).ConfigureAwait(false);
            }

            if (mail.ReadFailure is { } why)
            {
                throw new MessageUnreadableException(why);
            }

            if (BeforeTake is { } hook)
            {
                await hook(mail, cancellationToken).ConfigureAwait(false);
            }

            return await TakeAsync(cycle, mail, entry?.Stage, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (MessageFaults.IsTheMessages(ex))
        {
            var error = MessageFaults.InDeskWords(ex);
            var attempts = await ledger.RecordFailureAsync(cycle.Mailbox.Name, mail.MessageKey, Summary(mail), entry?.Attempts ?? 0, error, cancellationToken).ConfigureAwait(false);
            LogFailed(logger, mail.SourceId, attempts, _options.MaxAttempts, ex);
            if (attempts < _options.MaxAttempts)
            {
                cycle.Summary.Failed++;
                return new Taken(null, false, null);
            }

            return await UnprocessableAsync(cycle, mail, attempts, error, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A message intake cannot take: its original archived, a review item saying why, the ledger finished.</summary>
    private async Task<Taken> UnprocessableAsync(Cycle cycle, IncomingMail mail, int attempts, string error, CancellationToken cancellationToken)
    {
        string? blob = null;
        try
        {
            blob = await ArchiveOriginalAsync(mail, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (MessageFaults.IsTheMessages(ex))
        {
            LogFailed(logger, mail.SourceId, attempts, _options.MaxAttempts, ex);
        }

        await AddReviewAsync(cycle.Summary, new ReviewItem
        {
            MessageKey = mail.MessageKey,
            Reason = ReviewReasons.Unprocessable,
            Detail = $"Intake failed on this message {attempts} times, so it stopped trying: {error}. {(blob is null ? "The original could not be archived; it is still in the mailbox." : "The original is archived; open it and record any form it carries by hand.")}",
            From = mail.From,
            Subject = mail.Subject,
            ReceivedAt = mail.ReceivedAt,
            Blob = blob,
        }, cancellationToken).ConfigureAwait(false);
        return new Taken(null, true, new FinishedMessage(mail.MessageKey, Summary(mail), 0, 0, false));
    }

    private async Task<Taken> TakeAsync(Cycle cycle, IncomingMail mail, LedgerStage? stage, CancellationToken cancellationToken)
    {
        var summary = cycle.Summary;
        if (mail.NotMail is { } notMail)
        {
            return await NotMailAsync(cycle, mail, notMail, cancellationToken).ConfigureAwait(false);
        }

        if (mail.DeliveryReport is { } report)
        {
            return await BounceAsync(cycle, mail, report, cancellationToken).ConfigureAwait(false);
        }

        var authentication = _options.SenderAuthentication == SenderAuthenticationPolicy.Off
            ? SenderAuthentication.NotStated
            : SenderAuthentication.Judge(mail.Headers, mail.From, string.IsNullOrWhiteSpace(_options.AuthenticationServer) ? null : _options.AuthenticationServer);
        if (mail.TooLarge)
        {
            return await TooLargeAsync(cycle, mail, stage, authentication, cancellationToken).ConfigureAwait(false);
        }

        var files = mail.Attachments.Where(a => !a.IsDecoration).ToList();
        var mentioned = MentionedCircular(mail.Subject, cycle.Known);

        // An out-of-office or a list message that quotes a circular's subject is no one's question: left alone.
        if (files.Count == 0 && (mentioned is null || AutomaticMail.Why(mail.Headers, mail.From, cycle.Mailbox.Address) is not null))
        {
            summary.Untouched++;
            return new Taken(null, false, new FinishedMessage(mail.MessageKey, Summary(mail), 0, 0, Untouched: true));
        }

        // 1. Archive the original and every file, before anything is decided about them.
        var messageBlob = await ArchiveOriginalAsync(mail, cancellationToken).ConfigureAwait(false);
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
                Authentication = Stated(authentication),
            }, cancellationToken).ConfigureAwait(false);
            outcomes.Add(new AttachmentOutcome("(no attachment)", "No form was attached, so nothing was recorded.", false)
            {
                ToFix = "Attach the completed form to a reply to this message.",
            });
        }

        var (forms, submitted) = (0, 0);
        foreach (var file in files)
        {
            var outcome = await TakeFileAsync(cycle, mail, file, blobs.GetValueOrDefault(file.Index), sender, authentication, mentioned, cancellationToken).ConfigureAwait(false);
            forms += outcome.IsForm ? 1 : 0;
            submitted += outcome.Told.Counted ? 1 : 0;
            outcomes.Add(outcome.Told);
        }

        if (stage is null or < LedgerStage.Recorded)
        {
            await ledger.SetStageAsync(cycle.Mailbox.Name, mail.MessageKey, LedgerStage.Recorded, Summary(mail), cancellationToken, (forms, submitted)).ConfigureAwait(false);
        }

        await CheckpointAsync("record", cancellationToken).ConfigureAwait(false);

        // 3 and 4. Answer and mark, in batches; a message already answered is not answered again.
        OutgoingMail? reply = null;
        if (stage is null or < LedgerStage.Acknowledged && await WhyNotAnswerAsync(cycle, mail, sender, authentication, cancellationToken).ConfigureAwait(false) is null)
        {
            reply = Acknowledgement.Compose(mail, outcomes, desk.Value);
        }

        return new Taken(reply, stage is null or < LedgerStage.Done, new FinishedMessage(mail.MessageKey, Summary(mail), forms, submitted, false));
    }

    private async Task<(AttachmentOutcome Told, bool IsForm)> TakeFileAsync(Cycle cycle, IncomingMail mail, MailAttachment file, string? blob, SenderMatch sender, SenderAuthentication authentication, Circular? mentioned, CancellationToken cancellationToken)
    {
        var summary = cycle.Summary;
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
            Authentication = Stated(authentication),
        };

        if (file.Kind == AttachmentKind.Reference)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.CloudLink, $"A link to a cloud file ({file.SourceUrl}) was sent instead of the file."), cancellationToken).ConfigureAwait(false);
            return (new AttachmentOutcome(file.Name, "This is a link to a cloud file, which we cannot open.", false)
            {
                ToFix = "Attach the form file itself, not a link to it.",
            }, false);
        }

        if (file.Unavailable is { } why)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.Unavailable, why), cancellationToken).ConfigureAwait(false);
            return (new AttachmentOutcome(file.Name, "We could not open this file from our mailbox; the service desk will look at it.", false)
            {
                ToFix = "Nothing for now: the service desk may ask you to send it again.",
            }, false);
        }

        var known = cycle.Known;
        var result = reader.Read(file.Name, file.Content, mentioned ?? (known.Count == 1 ? known[0] : null));
        if (result.Status == FormStatus.Rejected)
        {
            var problem = result.Problems[0];
            await AddReviewAsync(summary, Review(ReviewReasons.Rejected(problem.Code), problem.Message), cancellationToken).ConfigureAwait(false);
            return (new AttachmentOutcome(file.Name, "Not read: " + problem.Message, false)
            {
                ToFix = FormFinding.Of(problem, null).ToFix,
            }, false);
        }

        if (result.Status == FormStatus.Unrecognised)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.NotAForm, result.Problems[0].Message), cancellationToken).ConfigureAwait(false);
            return (new AttachmentOutcome(file.Name, "This document is not one of the forms we expect; the service desk will look at it.", false)
            {
                ToFix = FormFinding.Of(result.Problems[0], null).ToFix,
            }, false);
        }

        summary.Forms++;
        var title = Acknowledgement.FormTitle(catalog, result.Form!);
        var written = result["subscriber_id"] as string;
        if (Holds(authentication))
        {
            var registered = sender.SubscriberIds.Count == 0 ? $"{mail.From} is not registered for any subscriber either" : $"{mail.From} is registered for {string.Join(", ", sender.SubscriberIds)}";
            await AddReviewAsync(summary, Review(ReviewReasons.UnauthenticatedSender,
                $"The mail server could not confirm that this mail came from {mail.From} ({authentication.Summary}); {registered}. It is counted for nobody until a person accepts it{(written is null ? "" : $" (the form says {written})")}."), cancellationToken).ConfigureAwait(false);
            return (new AttachmentOutcome(file.Name, $"{title}: received, but our mail server could not confirm it was sent from your address, so the service desk will review it before it counts.", false)
            {
                ToFix = "Nothing for now: the service desk will look at it; if it is yours, it counts from when it arrived.",
            }, true);
        }

        // The subscriber's name written on the form: which registered subscribers it names, exactly.
        var writtenName = result["subscriber_name"] as string;
        cycle.Names ??= new SubscriberNames(await register.ListAsync(cancellationToken).ConfigureAwait(false));
        var named = cycle.Names.Naming(writtenName);

        string? subscriberId;
        if (sender.SubscriberIds.Count == 0)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.UnknownSender, $"{mail.From} is not a registered address or domain of any subscriber{(written is null ? "" : $" (the form says {written})")}."), cancellationToken).ConfigureAwait(false);
            return (new AttachmentOutcome(file.Name, $"{title}: received, but {mail.From} is not registered for any subscriber, so the service desk will review it.", false)
            {
                ToFix = "Send forms from an address registered for your company, or ask the service desk to register this one.",
            }, true);
        }

        if (written is not null && sender.SubscriberIds.Contains(written))
        {
            subscriberId = written;
        }
        else if (written is not null && await register.FindAsync(written, cancellationToken).ConfigureAwait(false) is not null)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.SubscriberMismatch, $"The form is for {written} but was sent from {mail.From}, registered for {string.Join(", ", sender.SubscriberIds)}."), cancellationToken).ConfigureAwait(false);
            return (new AttachmentOutcome(file.Name, $"{title}: the form names subscriber {written}, but your address is registered for {string.Join(", ", sender.SubscriberIds)}; the service desk will review it.", false)
            {
                ToFix = "Check the HSN Subscriber ID on the form; the service desk will contact you if it needs more.",
            }, true);
        }
        else if (sender.SubscriberIds.Count == 1)
        {
            subscriberId = sender.SubscriberIds[0];
        }
        else if (written is null && named.Intersect(sender.SubscriberIds).ToList() is [var only])
        {
            // An address several subscribers share, and a form that names one of them by name.
            subscriberId = only;
        }
        else
        {
            await AddReviewAsync(summary, Review(ReviewReasons.SubscriberMismatch, $"{mail.From} is registered for several subscribers ({string.Join(", ", sender.SubscriberIds)}) and the form does not say which."), cancellationToken).ConfigureAwait(false);
            return (new AttachmentOutcome(file.Name, $"{title}: your address serves several subscribers and the form does not name one; the service desk will review it.", false)
            {
                ToFix = "Fill in the HSN Subscriber ID the form is for and send it again.",
            }, true);
        }

        // The subscriber's name on the form, when it is exactly another registered subscriber's, contradicts the sender.
        if (named.Count > 0 && !named.Contains(subscriberId))
        {
            await AddReviewAsync(summary, Review(ReviewReasons.SubscriberMismatch,
                $"The form names the subscriber \"{writtenName}\" ({string.Join(", ", named)}) but was sent from {mail.From}, registered for {subscriberId}."), cancellationToken).ConfigureAwait(false);
            return (new AttachmentOutcome(file.Name, $"{title}: the form names another subscriber ({writtenName}) than the one your address is registered for; the service desk will review it.", false)
            {
                ToFix = "Check the subscriber name and ID on the form; the service desk will contact you if it needs more.",
            }, true);
        }

        var circular = ResolveCircular(result, mail.ReceivedAt, known);
        if (circular is null)
        {
            await AddReviewAsync(summary, Review(ReviewReasons.AmbiguousCircular, $"The {result.Form} form names no known circular ({result["circular_ref"] ?? "no reference"}) and no single open circular asks for it."), cancellationToken).ConfigureAwait(false);
            return (new AttachmentOutcome(file.Name, $"{title}: we could not tell which circular it answers; the service desk will review it.", false)
            {
                ToFix = "Use the form attached to the circular, with its Ref. No. (e.g. HDS/23/1109) filled in.",
            }, true);
        }

        var submission = Submission.Of(result, circular.Ref, subscriberId, file.Content.Span, file.Name, blob ?? "",
            (mail.MessageKey, mail.InternetMessageId, mail.From, mail.Subject, mail.ReceivedAt)) with { Authentication = Stated(authentication) };
        var added = await submissions.TryAddAsync(submission, cancellationToken).ConfigureAwait(false);
        if (added)
        {
            summary.Recorded++;
            summary.ChangedCirculars.Add(circular.Ref);
            LogRecorded(logger, result.Form!, subscriberId, circular.Ref, result.IsComplete, mail.ReceivedAt);
            await ClearBouncingAsync(cycle, mail.From, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            summary.Duplicates++;
        }

        // The sender is told what the report will say: the same check and standing rules, as of the mail's arrival.
        var mine = await submissions.ListAsync(circular.Ref, subscriberId, cancellationToken).ConfigureAwait(false);
        var receipt = FormReceipt.For(circular, submission, mine, catalog);
        var again = added ? "" : " You sent this same file before; it counts once.";
        return (new AttachmentOutcome(file.Name,
            $"{title} for {subscriberId}, circular {circular.Ref}: received {HongKongTime.Readable(mail.ReceivedAt)}. {receipt.Outcome()}{again}",
            true)
        {
            Findings = receipt.Check.Findings,
            Complete = receipt.Check.Complete,
        }, true);
    }

    /// <summary>Whether the policy holds a form from mail with this authentication.</summary>
    private bool Holds(SenderAuthentication authentication) => _options.SenderAuthentication switch
    {
        SenderAuthenticationPolicy.Require => authentication.Outcome is AuthenticationOutcome.Fail or AuthenticationOutcome.Unverified,
        SenderAuthenticationPolicy.Trust => authentication.Outcome is AuthenticationOutcome.Fail,
        _ => false,
    };

    private static string? Stated(SenderAuthentication authentication) =>
        authentication.Outcome == AuthenticationOutcome.NotStated ? null : $"{authentication.Outcome.ToString().ToLowerInvariant()}: {authentication.Summary}";

    /// <summary>
    /// Why a message is not answered, or null when it is: never machines (RFC 3834), never a sender the mail
    /// server found forged, a stranger only when the mail server confirmed them, and no address more than the
    /// day's cap. Each reason is logged, and counted in the cycle's summary.
    /// </summary>
    private async Task<string?> WhyNotAnswerAsync(Cycle cycle, IncomingMail mail, SenderMatch sender, SenderAuthentication authentication, CancellationToken cancellationToken)
    {
        var why = !_options.SendAcknowledgements ? "acknowledgements are turned off"
            : AutomaticMail.Why(mail.Headers, mail.From, cycle.Mailbox.Address) is { } automatic ? automatic
            : authentication.Outcome == AuthenticationOutcome.Fail ? "its sender's address failed authentication, so the answer would go to someone who did not write"
            : sender.SubscriberIds.Count == 0 && !authentication.Passed ? "its sender is not registered and its mail did not pass authentication"
            : null;
        var today = HongKongTime.DateOf(clock.GetUtcNow());
        if (why is null && !cycle.Answered.TryGetValue(today, out _))
        {
            cycle.Answered[today] = await acknowledgements.OpenAsync(today, cancellationToken).ConfigureAwait(false);
        }

        if (why is null && !cycle.Answered[today].TryTake(mail.From, mail.MessageKey, _options.MaxAcknowledgementsPerAddressPerDay))
        {
            why = $"{mail.From} has had {_options.MaxAcknowledgementsPerAddressPerDay} acknowledgements today already";
        }

        if (why is not null && _options.SendAcknowledgements)
        {
            cycle.Summary.Unanswered++;
            LogUnanswered(logger, mail.SourceId, why);
        }

        return why;
    }

    /// <summary>A file in a folder mailbox that is no mail: kept in the archive under its own name, and for review.</summary>
    private async Task<Taken> NotMailAsync(Cycle cycle, IncomingMail mail, string why, CancellationToken cancellationToken)
    {
        string? blob = null;
        if (mail.LoadMime is { } load)
        {
            blob = await archive.StoreAttachmentAsync(mail.MessageKey, mail.ReceivedAt, 0, mail.SourceId, await load(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        await AddReviewAsync(cycle.Summary, new ReviewItem
        {
            MessageKey = mail.MessageKey,
            Attachment = 0,
            Reason = ReviewReasons.NotMail,
            Detail = $"The file {mail.SourceId} in the mailbox folder is not a mail message: {why}.",
            From = "",
            Subject = "",
            ReceivedAt = mail.ReceivedAt,
            AttachmentName = Path.GetFileName(mail.SourceId),
            Blob = blob,
        }, cancellationToken).ConfigureAwait(false);
        return new Taken(null, false, new FinishedMessage(mail.MessageKey, Summary(mail), 0, 0, false));
    }

    /// <summary>
    /// A bounce: never a form from MAILER-DAEMON. When it returns mail we sent, the registered addresses it
    /// failed for for good are marked as bouncing. It is kept for review either way, and never answered.
    /// </summary>
    private async Task<Taken> BounceAsync(Cycle cycle, IncomingMail mail, DeliveryReport report, CancellationToken cancellationToken)
    {
        var blob = await ArchiveOriginalAsync(mail, cancellationToken).ConfigureAwait(false);
        var marked = new List<string>();
        if (report.OfOurs)
        {
            foreach (var recipient in report.Recipients.Where(r => r.Permanent))
            {
                var match = await register.MatchSenderAsync(recipient.Address, cancellationToken).ConfigureAwait(false);
                if (match.SubscriberIds.Count > 0)
                {
                    await bouncing.MarkAsync(recipient.Address, match.SubscriberIds, mail.ReceivedAt, recipient.Status, recipient.Diagnostic, cancellationToken).ConfigureAwait(false);
                    marked.Add($"{recipient.Address} ({string.Join(", ", match.SubscriberIds)})");
                }
            }
        }

        var failed = report.Recipients.Count == 0 ? "no recipient it names"
            : string.Join("; ", report.Recipients.Select(r => $"{r.Address}: {(r.Permanent ? "failed" : "delayed")}{(r.Status is null ? "" : " " + r.Status)}{(r.Diagnostic is null ? "" : $" ({r.Diagnostic})")}"));
        var what = report.OfOurs ? $"Our {report.OwnKind}{(report.OriginalSubject is null ? "" : $" \"{report.OriginalSubject}\"")} was not delivered" : "A delivery report for mail that is not ours (or not recognisably ours)";
        var then = marked.Count > 0 ? $" Marked as bouncing in the register's report: {string.Join(", ", marked)}." : "";
        await AddReviewAsync(cycle.Summary, new ReviewItem
        {
            MessageKey = mail.MessageKey,
            Reason = ReviewReasons.Bounce,
            Detail = $"{what}: {failed}.{then}",
            From = mail.From,
            Subject = mail.Subject,
            ReceivedAt = mail.ReceivedAt,
            Blob = blob,
        }, cancellationToken).ConfigureAwait(false);
        if (_options.SendAcknowledgements)
        {
            cycle.Summary.Unanswered++;
            LogUnanswered(logger, mail.SourceId, "it is a delivery report");
        }

        return new Taken(null, true, new FinishedMessage(mail.MessageKey, Summary(mail), 0, 0, false));
    }

    /// <summary>A message over the size intake reads: archived by streaming, kept for review, its sender told (manners permitting).</summary>
    private async Task<Taken> TooLargeAsync(Cycle cycle, IncomingMail mail, LedgerStage? stage, SenderAuthentication authentication, CancellationToken cancellationToken)
    {
        var blob = await ArchiveOriginalAsync(mail, cancellationToken).ConfigureAwait(false);
        var size = mail.Size is { } bytes ? $"{bytes / 1048576.0:0.#} MB" : "larger than the limit";
        await AddReviewAsync(cycle.Summary, new ReviewItem
        {
            MessageKey = mail.MessageKey,
            Reason = ReviewReasons.TooLarge,
            Detail = $"The message is {size}; intake reads messages up to {_options.MaxMessageBytes / 1048576.0:0.#} MB (Intake__MaxMessageBytes), so nothing in it was read. {(blob is null ? "The mailbox did not give the original; it is still there." : "The original is archived; record any form it carries by hand.")}",
            From = mail.From,
            Subject = mail.Subject,
            ReceivedAt = mail.ReceivedAt,
            Blob = blob,
            Authentication = Stated(authentication),
        }, cancellationToken).ConfigureAwait(false);
        if (stage is null or < LedgerStage.Recorded)
        {
            await ledger.SetStageAsync(cycle.Mailbox.Name, mail.MessageKey, LedgerStage.Recorded, Summary(mail), cancellationToken, (0, 0)).ConfigureAwait(false);
        }

        OutgoingMail? reply = null;
        if (stage is null or < LedgerStage.Acknowledged)
        {
            var sender = await register.MatchSenderAsync(mail.From, cancellationToken).ConfigureAwait(false);
            if (await WhyNotAnswerAsync(cycle, mail, sender, authentication, cancellationToken).ConfigureAwait(false) is null)
            {
                reply = Acknowledgement.Compose(mail,
                    [new AttachmentOutcome("(the whole message)", $"Your message is {size}, more than the {_options.MaxMessageBytes / 1048576.0:0.#} MB we can read, so nothing in it was recorded. Please send the form on its own; the service desk will look at this message.", false)
                    {
                        ToFix = "Send the form on its own, without other attachments.",
                    }],
                    desk.Value);
            }
        }

        return new Taken(reply, stage is null or < LedgerStage.Done, new FinishedMessage(mail.MessageKey, Summary(mail), 0, 0, false));
    }

    /// <summary>The original message in the archive: from memory, or streamed when it is too large to hold; null when the source cannot give it.</summary>
    private async Task<string?> ArchiveOriginalAsync(IncomingMail mail, CancellationToken cancellationToken)
    {
        if (mail.OpenMime is { } open)
        {
            await using var stream = await open(cancellationToken).ConfigureAwait(false);
            return await archive.StoreMessageAsync(mail.MessageKey, mail.ReceivedAt, stream, cancellationToken).ConfigureAwait(false);
        }

        return mail.LoadMime is { } load
            ? await archive.StoreMessageAsync(mail.MessageKey, mail.ReceivedAt, await load(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false)
            : null;
    }

    private async Task ClearBouncingAsync(Cycle cycle, string address, CancellationToken cancellationToken)
    {
        cycle.Bouncing ??= [.. (await bouncing.ListAsync(cancellationToken).ConfigureAwait(false)).Select(b => b.Address)];
        if (cycle.Bouncing.Remove(address))
        {
            await bouncing.ClearAsync(address, cancellationToken).ConfigureAwait(false);
        }
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
            LogReview(logger, item.Reason, StoredText.Bound(item.From, StoredText.Short), StoredText.Bound(item.AttachmentName ?? "(message)", 200));
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

    private static IncomingSummary Summary(IncomingMail mail) => new(mail.From, mail.Subject, mail.ReceivedAt, mail.SourceId, mail.SourceStamp, mail.Size);

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Intake cycle for {Mailbox}: {Messages} messages, {Forms} forms, {Recorded} recorded, {Duplicates} duplicates, {Review} for review, {Untouched} untouched, {Skipped} finished before, {Unanswered} not answered, {Failed} to try again")]
    private static partial void LogCycle(ILogger logger, string mailbox, int messages, int forms, int recorded, int duplicates, int review, int untouched, int skipped, int unanswered, int failed);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Recorded {Form} form from {SubscriberId} for {CircularRef} (complete: {Complete}) received {ReceivedAt}")]
    private static partial void LogRecorded(ILogger logger, string form, string subscriberId, string circularRef, bool complete, DateTimeOffset receivedAt);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "{Count} {What} could not be written to the mailbox ({Reason}); they are tried again next cycle")]
    private static partial void LogWriteFailed(ILogger logger, int count, string what, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Kept for review ({Reason}): {Attachment} from {From}")]
    private static partial void LogReview(ILogger logger, string reason, string from, string attachment);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Message {Source} failed (try {Attempt} of {MaxAttempts}); the cycle goes on with the next message")]
    private static partial void LogFailed(ILogger logger, string source, int attempt, int maxAttempts, Exception exception);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Message {Source} is not answered: {Why}")]
    private static partial void LogUnanswered(ILogger logger, string source, string why);
}
