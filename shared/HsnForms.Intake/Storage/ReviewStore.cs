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

    public static string Rejected(string code) => "rejected:" + code;
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

    public string Id => Attachment is { } index ? $"{MessageKey}-{index:D2}" : $"{MessageKey}-msg";
}

public sealed class ReviewStore(StorageContext storage)
{
    private const string NoCircular = "_none";

    public async Task<bool> TryAddAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.Review, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(item.CircularRef is null ? NoCircular : TableKeys.Circular(item.CircularRef), item.Id)
        {
            ["CircularRef"] = item.CircularRef,
            ["MessageKey"] = item.MessageKey,
            ["Attachment"] = item.Attachment,
            ["Reason"] = item.Reason,
            ["Detail"] = item.Detail,
            ["From"] = item.From,
            ["Subject"] = item.Subject,
            ["ReceivedAt"] = item.ReceivedAt.ToUniversalTime(),
            ["AttachmentName"] = item.AttachmentName,
            ["Blob"] = item.Blob,
        };
        return await StorageContext.TryAddAsync(table, entity, cancellationToken).ConfigureAwait(false);
    }

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
                items.Add(new ReviewItem
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
                });
            }
        }

        return items.OrderBy(i => i.ReceivedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
    }
}
