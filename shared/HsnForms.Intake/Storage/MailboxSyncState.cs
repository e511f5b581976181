using Azure.Data.Tables;

namespace HsnForms.Intake.Storage;

/// <summary>Where the last poll of a mailbox stopped: Graph's delta link and the newest message fully taken.</summary>
public sealed record SyncState(string? DeltaLink, DateTimeOffset? Watermark);

public sealed class MailboxSyncState(StorageContext storage)
{
    private const string Partition = "sync";

    public async Task<SyncState> GetAsync(string mailbox, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.MailboxSync, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(mailbox.ToLowerInvariant()), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue
            ? new SyncState(found.Value!.GetString("DeltaLink"), found.Value.GetDateTimeOffset("Watermark"))
            : new SyncState(null, null);
    }

    public async Task SaveAsync(string mailbox, SyncState state, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(Tables.MailboxSync, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new TableEntity(Partition, TableKeys.Escape(mailbox.ToLowerInvariant()))
        {
            ["DeltaLink"] = state.DeltaLink,
            ["Watermark"] = state.Watermark?.ToUniversalTime(),
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
