using Azure;
using Azure.Data.Tables;

namespace HsnForms.Intake.Storage;

/// <summary>Why something received could not be counted, in the codes the service desk filters by.</summary>
public static class ReviewReasons
{
    public const string UnknownSender = "unknown_sender";
    public const string SubscriberMismatch = "subscriber_mismatch";
    public const string NotAForm = "not_a_form";
    public const string AmbiguousCircular = "ambiguous_circular";
    public const string CloudLink = "cloud_link";
    public const string NoForm = "no_form";

    /// <summary>An attached file the mailbox could no longer give (removed before it was read).</summary>
    public const string Unavailable = "unavailable";

    /// <summary>A form whose sender the receiving mail server could not confirm, or found forged: counted for nobody.</summary>
    public const string UnauthenticatedSender = "unauthenticated_sender";

    /// <summary>A message intake failed on, try after try; its original is kept.</summary>
    public const string Unprocessable = "unprocessable";

    /// <summary>A delivery report (bounce), of our own mail or another's.</summary>
    public const string Bounce = "bounce";

    /// <summary>A message over the size intake reads; archived whole, not read.</summary>
    public const string TooLarge = "too_large";

    /// <summary>A file in a mailbox folder that is no mail message.</summary>
    public const string NotMail = "not_mail";

    public static string Rejected(string code) => "rejected:" + code;
}

/// <summary>How the service desk settled a review item.</summary>
public static class ReviewResolutions
{
    /// <summary>The form was counted for the subscriber a person named.</summary>
    public const string Accepted = "accepted";

    /// <summary>Nothing to count (a newsletter, a duplicate sent from a private address, a file the subscriber sent again properly).</summary>
    public const string Dismissed = "dismissed";

    /// <summary>A person entered the form it held by hand (a scanned PDF, a fax) as a desk entry.</summary>
    public const string Entered = "entered";
}

/// <summary>Something received that waits for a person: what it was, who sent it, and why it was not counted.</summary>
public sealed record ReviewItem
{
    public string? CircularRef { get; init; }
    public required string MessageKey { get; init; }

    /// <summary>Which attachment (0-based), or null for the message as a whole.</summary>
    public int? Attachment { get; init; }

    public required string Reason { get; init; }
    public required string Detail { get; init; }
    public required string From { get; init; }
    public string Subject { get; init; } = "";
    public required DateTimeOffset ReceivedAt { get; init; }
    public string? AttachmentName { get; init; }
    public string? Blob { get; init; }

    /// <summary>What the receiving mail server found of the sender's authentication, where it said.</summary>
    public string? Authentication { get; init; }

    /// <summary>How a person settled it (<see cref="ReviewResolutions"/>); null while it waits.</summary>
    public string? Resolution { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>The subscriber an accepted form was counted for.</summary>
    public string? ResolvedFor { get; init; }

    public string? Note { get; init; }

    /// <summary>Who settled it: the --by name, the operating-system user, or the signed-in account.</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>The desk entry that settled it (<see cref="ReviewResolutions.Entered"/>).</summary>
    public string? SubmissionId { get; init; }

    public bool IsOpen => Resolution is null;

    /// <summary>Whether it still waited for a person at a moment: a report for a past moment shows what waited then.</summary>
    public bool WaitedAt(DateTimeOffset moment) => ReceivedAt <= moment && (ResolvedAt is null || ResolvedAt > moment);

    /// <summary>The item as it stood before anyone settled it.</summary>
    public ReviewItem AsWaiting() => this with { Resolution = null, ResolvedAt = null, ResolvedFor = null, Note = null, ResolvedBy = null, SubmissionId = null };

    public string Id => Attachment is { } index ? $"{MessageKey}-{index:D2}" : $"{MessageKey}-msg";
}

public sealed class ReviewStore(StorageContext storage)
{
    private const string NoCircular = "_none";

    public async Task<bool> TryAddAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Review, cancellationToken).ConfigureAwait(false);
        return await StorageContext.TryAddAsync(table, ToEntity(item), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An item by its id, wherever it is filed, with the version a resolution must match.</summary>
    public async Task<(ReviewItem Item, ETag Version)?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Review, cancellationToken).ConfigureAwait(false);
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.RowKey == id, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return (FromEntity(e), e.ETag);
        }

        return null;
    }

    /// <summary>Records how an item was settled; false when someone else changed it since it was read.</summary>
    public async Task<bool> TryResolveAsync(ReviewItem resolved, ETag version, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Review, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.UpdateEntityAsync(ToEntity(resolved), version, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    private static TableEntity ToEntity(ReviewItem item) =>
        new(item.CircularRef is null ? NoCircular : TableKeys.Circular(item.CircularRef), item.Id)
        {
            ["CircularRef"] = item.CircularRef,
            ["MessageKey"] = item.MessageKey,
            ["Attachment"] = item.Attachment,
            ["Reason"] = item.Reason,
            ["Detail"] = StoredText.Bound(item.Detail, StoredText.Text),
            ["From"] = StoredText.Bound(item.From, StoredText.Short),
            ["Subject"] = StoredText.Bound(item.Subject, StoredText.Line),
            ["ReceivedAt"] = item.ReceivedAt.ToUniversalTime(),
            ["AttachmentName"] = StoredText.BoundOrNull(item.AttachmentName, StoredText.Line),
            ["Blob"] = item.Blob,
            ["Authentication"] = StoredText.BoundOrNull(item.Authentication, StoredText.Line),
            ["Resolution"] = item.Resolution,
            ["ResolvedAt"] = item.ResolvedAt?.ToUniversalTime(),
            ["ResolvedFor"] = item.ResolvedFor,
            ["Note"] = StoredText.BoundOrNull(item.Note, StoredText.Text),
            ["ResolvedBy"] = item.ResolvedBy,
            ["SubmissionId"] = item.SubmissionId,
        };

    private static ReviewItem FromEntity(TableEntity e) => new()
    {
        CircularRef = e.GetString("CircularRef"),
        MessageKey = e.GetString("MessageKey"),
        Attachment = e.GetInt32("Attachment"),
        Reason = e.GetString("Reason"),
        Detail = e.GetString("Detail") ?? "",
        From = e.GetString("From") ?? "",
        Subject = e.GetString("Subject") ?? "",
        ReceivedAt = e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
        AttachmentName = e.GetString("AttachmentName"),
        Blob = e.GetString("Blob"),
        Authentication = e.GetString("Authentication"),
        Resolution = e.GetString("Resolution"),
        ResolvedAt = e.GetDateTimeOffset("ResolvedAt"),
        ResolvedFor = e.GetString("ResolvedFor"),
        Note = e.GetString("Note"),
        ResolvedBy = e.GetString("ResolvedBy"),
        SubmissionId = e.GetString("SubmissionId"),
    };

    /// <summary>Items for a circular, plus those that belong to no circular (unknown senders, unreadable files).</summary>
    public async Task<IReadOnlyList<ReviewItem>> ListAsync(string? circularRef, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Review, cancellationToken).ConfigureAwait(false);
        var partitions = circularRef is null ? [NoCircular] : new[] { TableKeys.Circular(circularRef), NoCircular };
        var items = new List<ReviewItem>();
        foreach (var partition in partitions)
        {
            await foreach (var e in table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                items.Add(FromEntity(e));
            }
        }

        return items.OrderBy(i => i.ReceivedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
    }
}
