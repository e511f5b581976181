using Azure;
using Azure.Data.Tables;

namespace HsnForms.Intake.Storage;

/// <summary>Where the last poll of a mailbox stopped: Graph's delta link and the newest message fully taken.</summary>
public sealed record SyncState(string? DeltaLink, DateTimeOffset? Watermark)
{
    /// <summary>The stored row's ETag when read, so a save can tell whether another poller moved on meanwhile.</summary>
    public ETag? Version { get; init; }

    /// <summary>Cycles in a row that kept this position because a message could not be read whole.</summary>
    public int HeldBack { get; init; }
}

/// <summary>Another poller saved the mailbox's position after this one read it.</summary>
public sealed class SyncConflictException(string message) : Exception(message);

public sealed class MailboxSyncState(StorageContext storage)
{
    private const string Partition = "sync";

    public async Task<SyncState> GetAsync(string mailbox, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.MailboxSync, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Mailbox(mailbox), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue
            ? new SyncState(found.Value!.GetString("DeltaLink"), found.Value.GetDateTimeOffset("Watermark")) { Version = found.Value.ETag, HeldBack = found.Value.GetInt32("HeldBack") ?? 0 }
            : new SyncState(null, null);
    }

    /// <summary>
    /// Saves the position only if nobody saved another since <paramref name="read"/> was read (optimistic
    /// concurrency on the row's ETag): two pollers never wind one mailbox back.
    /// </summary>
    public async Task SaveAsync(string mailbox, SyncState state, SyncState read, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.MailboxSync, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition, TableKeys.Mailbox(mailbox))
        {
            // A delta link longer than a column holds cannot be kept: the next cycle catches up from the watermark instead.
            ["DeltaLink"] = state.DeltaLink is { Length: <= StoredText.Json } link ? link : null,
            ["Watermark"] = state.Watermark?.ToUniversalTime(),
            ["HeldBack"] = state.HeldBack,
        };
        try
        {
            if (read.Version is { } version)
            {
                await table.UpdateEntityAsync(entity, version, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new SyncConflictException($"Another poller saved the position of {mailbox} first.");
        }
    }
}
