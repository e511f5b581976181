using System.Text.Json;
using Azure.Data.Tables;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Forms.Values;

namespace HsnForms.Intake.Storage;

/// <summary>
/// One form received from a subscriber for a circular: what it said, whether it was complete, and when
/// the mailbox received it. Submissions are only ever added, never changed.
/// </summary>
public sealed record Submission
{
    public required string CircularRef { get; init; }
    public required string SubscriberId { get; init; }
    public required string Form { get; init; }
    public required bool Complete { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>
    /// When a person accepted it from review; null for a form counted on arrival. Until then it did not
    /// count, so a report for a moment before the acceptance still shows it waiting.
    /// </summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>How the form came: <see cref="SubmissionSources.Mail"/>, or <see cref="SubmissionSources.Desk"/> for one a person entered.</summary>
    public string Source { get; init; } = SubmissionSources.Mail;

    /// <summary>Who entered a desk entry, and why (the fax, the scan, the call); null for mail.</summary>
    public string? EnteredBy { get; init; }

    public string? EntryNote { get; init; }

    /// <summary>
    /// The corrections applied to this view of the submission, oldest first. The stored reading never
    /// changes: a report as of a moment applies only the corrections made by then.
    /// </summary>
    public IReadOnlyList<Decisions.Correction> Corrections { get; init; } = [];

    public bool Corrected => Corrections.Count > 0;

    /// <summary>Whether the form counted at a moment.</summary>
    public bool CountedAt(DateTimeOffset moment) => ReceivedAt <= moment && (AcceptedAt is null || AcceptedAt <= moment);

    /// <summary>A form read from a file of a message, counted for a subscriber and circular.</summary>
    public static Submission Of(FormReadResult form, string circularRef, string subscriberId, ReadOnlySpan<byte> file, string attachmentName, string attachmentBlob,
        (string MessageKey, string? InternetMessageId, string From, string Subject, DateTimeOffset ReceivedAt) mail) => new()
    {
        CircularRef = circularRef,
        SubscriberId = subscriberId,
        Form = form.Form ?? throw new ArgumentException("Only a recognised form is a submission.", nameof(form)),
        Complete = form.IsComplete,
        ReceivedAt = mail.ReceivedAt,
        MessageKey = mail.MessageKey,
        InternetMessageId = mail.InternetMessageId,
        From = mail.From,
        Subject = mail.Subject,
        AttachmentName = attachmentName,
        AttachmentBlob = attachmentBlob,
        ContentHash = TableKeys.Hash(file),
        FieldsJson = FormFieldsJson.Values(form.Fields),
        SourcesJson = FormFieldsJson.Sources(form.Fields),
        Problems = form.Problems,
    };

    public required string MessageKey { get; init; }
    public string? InternetMessageId { get; init; }
    public required string From { get; init; }
    public string Subject { get; init; } = "";
    public required string AttachmentName { get; init; }
    public required string AttachmentBlob { get; init; }
    public required string ContentHash { get; init; }

    /// <summary>The form's fields as the JSON object of cli.md.</summary>
    public required string FieldsJson { get; init; }

    /// <summary>How each field was found, <c>{"key":"label",...}</c>; "{}" for rows stored before sources were kept.</summary>
    public string SourcesJson { get; init; } = "{}";

    public IReadOnlyList<FormProblem> Problems { get; init; } = [];

    /// <summary>What the receiving mail server found of the sender's authentication, where it said.</summary>
    public string? Authentication { get; init; }

    /// <summary>
    /// The same file from the same subscriber is the same submission, whichever message brought it:
    /// re-sent mail, or a message seen again, is never counted twice.
    /// </summary>
    public string Id => $"{SubscriberId}-{ContentHash}";

    /// <summary>The fields, typed by the form's definition, each with its source.</summary>
    public FormFields Fields => FormFieldsJson.Parse(FieldsJson, SourcesJson, FormCatalog.Default.Find(Form));
}

/// <summary>How a submission came to be recorded, as the report's <c>source</c> key says.</summary>
public static class SubmissionSources
{
    /// <summary>Read from a file of a message in the mailbox (counted on arrival, or accepted from review).</summary>
    public const string Mail = "mail";

    /// <summary>Entered by a person on the service desk: a fax, a scan, a call confirmed in writing.</summary>
    public const string Desk = "desk";
}

public sealed class SubmissionStore(StorageContext storage)
{
    /// <summary>Records a submission; false when the same one was recorded before.</summary>
    public async Task<bool> TryAddAsync(Submission submission, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Submissions, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Circular(submission.CircularRef), submission.Id)
        {
            ["CircularRef"] = submission.CircularRef,
            ["SubscriberId"] = submission.SubscriberId,
            ["Form"] = submission.Form,
            ["Complete"] = submission.Complete,
            ["ReceivedAt"] = submission.ReceivedAt.ToUniversalTime(),
            ["AcceptedAt"] = submission.AcceptedAt?.ToUniversalTime(),
            ["MessageKey"] = submission.MessageKey,
            ["InternetMessageId"] = StoredText.BoundOrNull(submission.InternetMessageId, StoredText.Short),
            ["From"] = StoredText.Bound(submission.From, StoredText.Short),
            ["Subject"] = StoredText.Bound(submission.Subject, StoredText.Line),
            ["AttachmentName"] = StoredText.Bound(submission.AttachmentName, StoredText.Line),
            ["AttachmentBlob"] = submission.AttachmentBlob,
            ["ContentHash"] = submission.ContentHash,
            ["Fields"] = StoredText.BoundJson(submission.FieldsJson),
            ["FieldSources"] = StoredText.BoundJson(submission.SourcesJson),
            ["Authentication"] = StoredText.BoundOrNull(submission.Authentication, StoredText.Line),
            ["Problems"] = StoredText.BoundJson(JsonSerializer.Serialize(submission.Problems.Select(p => new[] { p.Field, p.Code, p.Message }))),
            ["Source"] = submission.Source,
            ["EnteredBy"] = StoredText.BoundOrNull(submission.EnteredBy, StoredText.Line),
            ["EntryNote"] = StoredText.BoundOrNull(submission.EntryNote, StoredText.Text),
        };
        return await StorageContext.TryAddAsync(table, entity, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<Submission>> ListAsync(string circularRef, CancellationToken cancellationToken) =>
        ListAsync(circularRef, null, cancellationToken);

    /// <summary>The submissions of a circular, or of one subscriber for it.</summary>
    public async Task<IReadOnlyList<Submission>> ListAsync(string circularRef, string? subscriberId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Submissions, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Circular(circularRef);
        var list = new List<Submission>();
        var query = subscriberId is null
            ? table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: cancellationToken)
            : table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and SubscriberId eq {subscriberId}"), cancellationToken: cancellationToken);
        await foreach (var e in query.ConfigureAwait(false))
        {
            list.Add(FromEntity(e));
        }

        return list;
    }

    /// <summary>A submission by its id, in whichever circular it was recorded (ids are unique across circulars in practice; the first wins).</summary>
    public async Task<Submission?> FindAsync(string id, string? circularRef, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Submissions, cancellationToken).ConfigureAwait(false);
        if (circularRef is not null)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Circular(circularRef), id, cancellationToken: cancellationToken).ConfigureAwait(false);
            return found.HasValue ? FromEntity(found.Value!) : null;
        }

        await foreach (var e in table.QueryAsync<TableEntity>(x => x.RowKey == id, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return FromEntity(e);
        }

        return null;
    }

    private static Submission FromEntity(TableEntity e) => new()
    {
        CircularRef = e.GetString("CircularRef"),
        SubscriberId = e.GetString("SubscriberId"),
        Form = e.GetString("Form"),
        Complete = e.GetBoolean("Complete") ?? false,
        ReceivedAt = e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
        AcceptedAt = e.GetDateTimeOffset("AcceptedAt"),
        MessageKey = e.GetString("MessageKey"),
        InternetMessageId = e.GetString("InternetMessageId"),
        From = e.GetString("From"),
        Subject = e.GetString("Subject") ?? "",
        AttachmentName = e.GetString("AttachmentName"),
        AttachmentBlob = e.GetString("AttachmentBlob"),
        ContentHash = e.GetString("ContentHash"),
        FieldsJson = e.GetString("Fields") ?? "{}",
        SourcesJson = e.GetString("FieldSources") ?? "{}",
        Problems = ParseProblems(e.GetString("Problems")),
        Source = e.GetString("Source") ?? SubmissionSources.Mail,
        EnteredBy = e.GetString("EnteredBy"),
        EntryNote = e.GetString("EntryNote"),
        Authentication = e.GetString("Authentication"),
    };

    private static List<FormProblem> ParseProblems(string? json) =>
        string.IsNullOrEmpty(json)
            ? []
            : [.. JsonSerializer.Deserialize<string?[][]>(json)!.Select(p => new FormProblem(p[0], p[1] ?? "", p[2] ?? ""))];
}
