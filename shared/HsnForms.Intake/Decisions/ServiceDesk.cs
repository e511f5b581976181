using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Values;
using HsnForms.Intake.Pipeline;
using HsnForms.Intake.Review;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Logging;

namespace HsnForms.Intake.Decisions;

/// <summary>A form that came another way (fax, scan, a call confirmed in writing), as a person enters it.</summary>
public sealed record DeskEntry
{
    public required string CircularRef { get; init; }
    public required string SubscriberId { get; init; }
    public required string Form { get; init; }

    /// <summary>When the form was received; with a review item, its mail's time when not given.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>The values, each <c>KEY=VALUE</c> as cli.md writes them.</summary>
    public IReadOnlyList<string> Set { get; init; } = [];

    public required string? Note { get; init; }

    /// <summary>The evidence: the fax or scan as a file; a review item's own file when none is given.</summary>
    public (string Name, byte[] Content)? File { get; init; }

    /// <summary>The review item this entry settles.</summary>
    public string? ReviewId { get; init; }

    public string? By { get; init; }
}

/// <summary>What entering a form did.</summary>
/// <param name="AlreadyRecorded">The very same entry (values, time, evidence) was made before: nothing was added.</param>
public sealed record DeskEntryResult(Submission Submission, bool AlreadyRecorded, ReviewItem? Settled, IReadOnlyList<string> Warnings);

/// <summary>
/// The service desk's own hands: correct what the reader got wrong, enter a form that came another way,
/// note a subscriber, pause or resume its reminders. Each decision is added beside the readings (never
/// an edit in place), written to the audit with who, when and why, and asks for the report to be rebuilt.
/// The CLI and the web desk both decide through here.
/// </summary>
public sealed partial class ServiceDesk(
    CircularStore circulars,
    SubscriberRegister register,
    SubmissionStore submissions,
    DecisionStore decisions,
    AuditLog audit,
    ReviewDesk review,
    MailArchive archive,
    FormCatalog catalog,
    ReportTrigger reports,
    TimeProvider clock,
    ILogger<ServiceDesk> logger)
{
    /// <summary>A received time a little ahead of this machine's clock is another clock's drift, not the future.</summary>
    private static readonly TimeSpan s_clockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Every submission of a circular as it stands now, corrections applied, oldest first.</summary>
    public async Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string circularRef, string? subscriberId, CancellationToken cancellationToken)
    {
        var circular = await CircularAsync(circularRef, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var desk = (await decisions.ListAsync(circular.Ref, cancellationToken).ConfigureAwait(false)).AsOf(now);
        var id = subscriberId?.Trim().ToUpperInvariant();
        return [.. (await submissions.ListAsync(circular.Ref, cancellationToken).ConfigureAwait(false))
            .Where(s => s.CountedAt(now) && (id is null || s.SubscriberId == id))
            .OrderBy(s => s.ReceivedAt).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => desk.Apply(s, catalog))];
    }

    /// <summary>One submission as it stands now, corrections applied.</summary>
    public async Task<Submission> FindSubmissionAsync(string submissionId, string? circularRef, CancellationToken cancellationToken)
    {
        var reading = await ReadingAsync(submissionId, circularRef, cancellationToken).ConfigureAwait(false);
        var desk = (await decisions.ListAsync(reading.CircularRef, cancellationToken).ConfigureAwait(false)).AsOf(clock.GetUtcNow());
        return desk.Apply(reading, catalog);
    }

    /// <summary>Corrects a recorded submission's fields; it is checked again, so it may become complete, or incomplete.</summary>
    public async Task<Submission> CorrectAsync(string submissionId, IReadOnlyList<string> set, IReadOnlyList<string> unset, string? note, string? by, CancellationToken cancellationToken, string? circularRef = null)
    {
        var why = DeskText.Required(note, "a note saying why (--note TEXT)", DeskText.NoteLength);
        var person = DeskText.Person(by);
        if (set.Count == 0 && unset.Count == 0)
        {
            throw new DeskDecisionException("nothing to correct: give --set KEY=VALUE or --unset KEY.");
        }

        var reading = await ReadingAsync(submissionId, circularRef, cancellationToken).ConfigureAwait(false);
        var circular = await CircularAsync(reading.CircularRef, cancellationToken).ConfigureAwait(false);
        var form = catalog.Find(reading.Form) ?? throw new DeskDecisionException($"{reading.Id} is a {reading.Form} form, which this version does not know.");
        var values = ParseValues(form, set, circular);
        var removed = new List<string>();
        foreach (var key in unset.Select(k => k.Trim().ToLowerInvariant()))
        {
            FieldEntry.Field(form, key);
            if (values.ContainsKey(key))
            {
                throw new DeskDecisionException($"{key}: both set and unset; give one.");
            }

            if (!removed.Contains(key, StringComparer.Ordinal))
            {
                removed.Add(key);
            }
        }

        if (values.TryGetValue(FieldKeys.SubscriberId, out var named) && named.Display() != reading.SubscriberId)
        {
            throw new DeskDecisionException($"subscriber_id: this submission is counted for {reading.SubscriberId}; a form for {named} is entered for {named} (submissions enter), not corrected here.");
        }

        var now = clock.GetUtcNow();
        var correction = new Correction
        {
            Id = DecisionStore.NewId(DecisionStore.CorrectionKind, now),
            CircularRef = circular.Ref,
            SubmissionId = reading.Id,
            SubscriberId = reading.SubscriberId,
            Form = reading.Form,
            SetJson = FormFieldsJson.Values(new FormFields(values.Select(v => new FormField(v.Key, v.Value)))),
            Unset = removed,
            Note = why,
            By = person,
            At = now,
        };
        await decisions.AddAsync(correction, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(new AuditEntry
        {
            Action = "correction",
            CircularRef = circular.Ref,
            SubscriberId = reading.SubscriberId,
            Subject = reading.Id,
            By = person,
            At = now,
            Why = why,
            Detail = JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = correction.Id, ["set"] = JsonNode.Parse(correction.SetJson)!, ["unset"] = removed }),
        }, cancellationToken).ConfigureAwait(false);
        await reports.RequestAsync(circular.Ref, "correction", cancellationToken).ConfigureAwait(false);
        LogCorrected(logger, reading.Id, circular.Ref, values.Count, removed.Count);

        var desk = (await decisions.ListAsync(circular.Ref, cancellationToken).ConfigureAwait(false)).AsOf(now);
        return desk.Apply(reading, catalog);
    }

    /// <summary>Records a form received another way; the statuses follow its received time, as for mail.</summary>
    public async Task<DeskEntryResult> EnterAsync(DeskEntry entry, CancellationToken cancellationToken)
    {
        var why = DeskText.Required(entry.Note, "a note saying how the form came (--note TEXT)", DeskText.NoteLength);
        var person = DeskText.Person(entry.By);
        var circular = await CircularAsync(entry.CircularRef, cancellationToken).ConfigureAwait(false);
        var subscriber = await SubscriberAsync(entry.SubscriberId, cancellationToken).ConfigureAwait(false);
        var formName = entry.Form.Trim().ToLowerInvariant();
        if (circular.Form(formName) is null)
        {
            throw new DeskDecisionException($"circular {circular.Ref} asks for no {FieldEntry.Shorten(entry.Form)} form (it asks for {string.Join(", ", circular.Forms.Select(f => f.Form))}).");
        }

        var form = catalog.Find(formName) ?? throw new DeskDecisionException($"no {formName} form is known.");
        var now = clock.GetUtcNow();

        (ReviewItem Item, Azure.ETag Version)? item = null;
        if (entry.ReviewId is { } reviewId)
        {
            try
            {
                item = await review.OpenItemAsync(reviewId, cancellationToken).ConfigureAwait(false);
            }
            catch (ReviewDeskException ex)
            {
                throw new DeskDecisionException(ex.Message);
            }

            if (item.Value.Item.CircularRef is { } itemCircular && TableKeys.Circular(itemCircular) != TableKeys.Circular(circular.Ref))
            {
                throw new DeskDecisionException($"review item {item.Value.Item.Id} belongs to circular {itemCircular}, not {circular.Ref}.");
            }
        }

        var received = entry.ReceivedAt ?? item?.Item.ReceivedAt
            ?? throw new DeskDecisionException("--received TIME is required: when the form was received (ISO 8601 with offset, e.g. 2023-11-24T16:30:00+08:00).");
        if (received > now + s_clockSkew)
        {
            throw new DeskDecisionException($"--received {HongKongTime.Format(received)} is in the future; give when the form was received.");
        }

        var values = ParseValues(form, entry.Set, circular);
        if (values.TryGetValue(FieldKeys.SubscriberId, out var named) && named.Display() != subscriber.Id)
        {
            throw new DeskDecisionException($"subscriber_id: the form names {named}, but it is entered for {subscriber.Id}; enter it for {named}, or correct the value.");
        }

        // What the register knows for certain needs no typing: the subscriber's id and name, the circular.
        values.TryAdd(FieldKeys.SubscriberId, new TextValue(subscriber.Id) { Source = FieldSource.Desk });
        values.TryAdd(FieldKeys.SubscriberName, new TextValue(subscriber.Name) { Source = FieldSource.Desk });
        values.TryAdd(FieldKeys.CircularRef, new TextValue(circular.Ref) { Source = FieldSource.Desk });
        var fields = SubmissionRevalidation.Ordered(new FormFields(values.Select(v => new FormField(v.Key, v.Value))), form);
        var (problems, complete) = SubmissionRevalidation.Validate(form, fields, []);

        var evidence = Evidence(entry, item?.Item);
        var fieldsJson = FormFieldsJson.Values(fields);
        var hash = TableKeys.Hash(string.Join('\n', "desk", TableKeys.Circular(circular.Ref), subscriber.Id, formName,
            received.UtcTicks.ToString(CultureInfo.InvariantCulture), fieldsJson, evidence.Hash ?? ""));
        var messageKey = "desk-" + hash[..16];
        string? blob = evidence.Blob;
        if (evidence.Content is { } content)
        {
            blob = await archive.StoreAttachmentAsync(messageKey, received, 0, evidence.Name!, content, cancellationToken).ConfigureAwait(false);
        }

        var submission = new Submission
        {
            CircularRef = circular.Ref,
            SubscriberId = subscriber.Id,
            Form = formName,
            Complete = complete,
            ReceivedAt = received,
            AcceptedAt = now,
            MessageKey = messageKey,
            From = person,
            Subject = "Entered on the service desk",
            AttachmentName = evidence.Name ?? "",
            AttachmentBlob = blob ?? "",
            ContentHash = "desk" + hash[..28],
            FieldsJson = fieldsJson,
            SourcesJson = FormFieldsJson.Sources(fields),
            Problems = problems,
            Source = SubmissionSources.Desk,
            EnteredBy = person,
            EntryNote = why,
        };

        var added = await submissions.TryAddAsync(submission, cancellationToken).ConfigureAwait(false);
        if (!added)
        {
            submission = await submissions.FindAsync(submission.Id, circular.Ref, cancellationToken).ConfigureAwait(false) ?? submission;
        }

        ReviewItem? settled = null;
        if (item is { } open)
        {
            settled = await review.SettleAsync(open.Item with
            {
                Resolution = ReviewResolutions.Entered,
                ResolvedAt = now,
                ResolvedFor = subscriber.Id,
                Note = why,
                ResolvedBy = person,
                SubmissionId = submission.Id,
            }, open.Version, cancellationToken).ConfigureAwait(false);
        }

        if (added || settled is not null)
        {
            await audit.WriteAsync(new AuditEntry
            {
                Action = "entry",
                CircularRef = circular.Ref,
                SubscriberId = subscriber.Id,
                Subject = submission.Id,
                By = person,
                At = now,
                Why = why,
                Detail = JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["form"] = formName,
                    ["received_at"] = HongKongTime.Format(received),
                    ["fields"] = JsonNode.Parse(fieldsJson),
                    ["file"] = submission.AttachmentBlob,
                    ["review"] = settled?.Id,
                }),
            }, cancellationToken).ConfigureAwait(false);
            await reports.RequestAsync(circular.Ref, "desk entry", cancellationToken).ConfigureAwait(false);
        }

        LogEntered(logger, submission.Id, formName, subscriber.Id, circular.Ref, added);
        var warnings = new List<string>();
        if (!complete)
        {
            warnings.Add("the form is incomplete: " + string.Join("; ", problems.Select(p => p.Message)));
        }

        return new DeskEntryResult(submission, !added, settled, warnings);
    }

    public async Task<DeskNote> AddNoteAsync(string circularRef, string subscriberId, string? text, string? by, CancellationToken cancellationToken)
    {
        var body = DeskText.Required(text, "the note's text (--text TEXT)", DeskText.NoteLength);
        var person = DeskText.Person(by);
        var circular = await CircularAsync(circularRef, cancellationToken).ConfigureAwait(false);
        var subscriber = await SubscriberAsync(subscriberId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var note = new DeskNote { Id = DecisionStore.NewId(DecisionStore.NoteKind, now), CircularRef = circular.Ref, SubscriberId = subscriber.Id, Text = body, By = person, At = now };
        await decisions.AddAsync(note, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(new AuditEntry { Action = "note", CircularRef = circular.Ref, SubscriberId = subscriber.Id, Subject = note.Id, By = person, At = now, Why = body }, cancellationToken).ConfigureAwait(false);
        await reports.RequestAsync(circular.Ref, "note", cancellationToken).ConfigureAwait(false);
        return note;
    }

    /// <summary>Pauses (or resumes) reminders to one subscriber, for every form of the circular or for one.</summary>
    public async Task<ReminderHold> HoldRemindersAsync(string circularRef, string subscriberId, string? form, bool pause, string? note, string? by, CancellationToken cancellationToken)
    {
        var why = DeskText.Optional(note, "the note", DeskText.NoteLength);
        var person = DeskText.Person(by);
        var circular = await CircularAsync(circularRef, cancellationToken).ConfigureAwait(false);
        var subscriber = await SubscriberAsync(subscriberId, cancellationToken).ConfigureAwait(false);
        var formName = form?.Trim().ToLowerInvariant();
        if (formName is not null && circular.Form(formName) is null)
        {
            throw new DeskDecisionException($"circular {circular.Ref} asks for no {FieldEntry.Shorten(form!)} form (it asks for {string.Join(", ", circular.Forms.Select(f => f.Form))}).");
        }

        var now = clock.GetUtcNow();
        var hold = new ReminderHold
        {
            Id = DecisionStore.NewId(DecisionStore.HoldKind, now),
            CircularRef = circular.Ref,
            SubscriberId = subscriber.Id,
            Form = formName,
            Paused = pause,
            Note = why,
            By = person,
            At = now,
        };
        await decisions.AddAsync(hold, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(new AuditEntry
        {
            Action = pause ? "pause" : "resume",
            CircularRef = circular.Ref,
            SubscriberId = subscriber.Id,
            Subject = hold.Id,
            By = person,
            At = now,
            Why = why,
            Detail = JsonSerializer.Serialize(new Dictionary<string, object?> { ["form"] = formName }),
        }, cancellationToken).ConfigureAwait(false);
        await reports.RequestAsync(circular.Ref, pause ? "reminders paused" : "reminders resumed", cancellationToken).ConfigureAwait(false);
        return hold;
    }

    /// <summary>Every decision made about a circular whenever made; narrow it with <see cref="DeskRecord.AsOf"/>.</summary>
    public async Task<DeskRecord> DecisionsAsync(string circularRef, CancellationToken cancellationToken) =>
        await decisions.ListAsync((await CircularAsync(circularRef, cancellationToken).ConfigureAwait(false)).Ref, cancellationToken).ConfigureAwait(false);

    private Dictionary<string, FieldValue> ParseValues(FormDefinition form, IReadOnlyList<string> set, Circular circular)
    {
        var values = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        foreach (var assignment in set)
        {
            var (key, text) = FieldEntry.Split(assignment);
            var field = FieldEntry.Field(form, key);
            if (values.ContainsKey(field.Key))
            {
                throw new DeskDecisionException($"{field.Key}: given twice; give it once.");
            }

            values[field.Key] = FieldEntry.Parse(field, text, circular.Services, catalog);
        }

        return values;
    }

    private static (string? Name, byte[]? Content, string? Blob, string? Hash) Evidence(DeskEntry entry, ReviewItem? item)
    {
        if (entry.File is { } file)
        {
            if (file.Content.Length > DeskText.FileBytes)
            {
                throw new DeskDecisionException($"the evidence file is too large ({file.Content.Length / 1024 / 1024} MB; at most {DeskText.FileBytes / 1024 / 1024} MB).");
            }

            if (file.Content.Length == 0)
            {
                throw new DeskDecisionException("the evidence file is empty.");
            }

            var name = DeskText.OneLine(DeskText.Clean(Path.GetFileName(file.Name)));
            name = name.Length == 0 ? "evidence" : name.Length > DeskText.FileNameLength ? name[^DeskText.FileNameLength..] : name;
            return (name, file.Content, null, TableKeys.Hash(file.Content));
        }

        if (item?.Blob is { } blob)
        {
            return (item.AttachmentName ?? "attachment", null, blob, TableKeys.Hash(blob));
        }

        return (null, null, null, null);
    }

    private async Task<Submission> ReadingAsync(string submissionId, string? circularRef, CancellationToken cancellationToken)
    {
        var id = DeskText.Required(submissionId, "the submission id", 200);
        return await submissions.FindAsync(id, circularRef, cancellationToken).ConfigureAwait(false)
            ?? throw new DeskDecisionException($"no submission {FieldEntry.Shorten(id)} (hsnforms submissions list --circular REF shows the ids).");
    }

    private async Task<Circular> CircularAsync(string circularRef, CancellationToken cancellationToken)
    {
        var reference = DeskText.Required(circularRef, "the circular (--circular REF)", 100);
        return await circulars.FindAsync(reference, cancellationToken).ConfigureAwait(false)
            ?? throw new DeskDecisionException($"no circular {FieldEntry.Shorten(reference)}: import it first with hsnforms circular import FILE.json.");
    }

    private async Task<Subscriber> SubscriberAsync(string subscriberId, CancellationToken cancellationToken)
    {
        var id = DeskText.Required(subscriberId, "the subscriber (--subscriber ID)", 100).ToUpperInvariant();
        return await register.FindAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new DeskDecisionException($"{FieldEntry.Shorten(id)} is not in the subscriber register.");
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Submission {SubmissionId} of {CircularRef} corrected: {Set} values set, {Unset} removed")]
    private static partial void LogCorrected(ILogger logger, string submissionId, string circularRef, int set, int unset);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Desk entry {SubmissionId}: {Form} form for {SubscriberId}, circular {CircularRef} (new: {Added})")]
    private static partial void LogEntered(ILogger logger, string submissionId, string form, string subscriberId, string circularRef, bool added);
}
